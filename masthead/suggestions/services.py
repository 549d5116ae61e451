"""Tag suggestions for a draft: the existing tags it mentions, then new tags it could have.

Existing tags come first because reusing a tag keeps the archive's tag pages whole: a story
tagged with a new "Zarin border crossing" next to the existing "Zarin crossing" splits the
coverage in two. They are found by name, Arabic name and every alias, whatever the story's
language (an Arabic story may name "UN"; an English one may quote an Arabic name), with the
tolerance of `masthead.suggestions.matching`. New candidates (names, key phrases) come from
`masthead.suggestions.candidates`; one that is already a tag is not offered as new.
"""

import re
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Max

from masthead.articles.models import Tag
from masthead.core.kept import Kept
from masthead.core.models import in_language
from masthead.suggestions.candidates import Candidate, candidates
from masthead.suggestions.matching import PhraseMatcher
from masthead.suggestions.tokens import tokenize

LANGUAGES = ("en", "ar")
_ALIAS_SEPARATORS = re.compile("[,،;؛]")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One suggested tag. `tag_id` is set for an existing tag and None for a new one."""

    label: str
    kind: str  # "existing", "name" (a person, place or organisation) or "phrase"
    score: float
    tag_id: int | None = None


@dataclass(frozen=True)
class TagIndex:
    """Every tag's names ready to be found in a text, and its display names."""

    matcher: PhraseMatcher
    names: dict[int, tuple[str, str]]  # id -> (English name, Arabic name)

    def label(self, tag_id: int, language: str) -> str:
        english, arabic = self.names[tag_id]
        return in_language(english, arabic, language)

    def is_a_tag(self, label: str) -> bool:
        """Whether `label` as a whole is a tag's name or alias (by the matcher's rules)."""
        tokens = tokenize(label)
        return any(match.start == 0 and match.end == len(tokens) for match in self.matcher.find(tokens))


def tag_names(name: str, name_ar: str, aliases: str) -> list[str]:
    """All the names a tag goes by: its two names and each alias (commas in either script)."""
    names = [name, name_ar, *_ALIAS_SEPARATORS.split(aliases or "")]
    return [n.strip() for n in names if n and n.strip()]


def _tags_version() -> tuple:
    """Whether any tag was added, edited or deleted: the count, the latest edit, the highest id."""
    state = Tag.objects.aggregate(count=Count("id"), edited=Max("updated_at"), last=Max("id"))
    return (state["count"], state["edited"], state["last"])


def _build_tag_index() -> TagIndex:
    rows = list(Tag.objects.values_list("id", "name", "name_ar", "aliases"))
    return TagIndex(
        matcher=PhraseMatcher(
            (tag_id, form)
            for tag_id, name, name_ar, aliases in rows
            for form in tag_names(name, name_ar, aliases)
        ),
        names={tag_id: (name, name_ar) for tag_id, name, name_ar, _ in rows},
    )


# Building the index reads and cuts every tag's names, which is worth doing once per process
# and not once per keystroke of an editor; one cheap aggregate query tells whether it is current.
_tag_index: Kept[TagIndex] = Kept(_build_tag_index, version=_tags_version)


def tag_index() -> TagIndex:
    """The tag index, rebuilt when tags change."""
    return _tag_index.get()


def _covered(candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    """Whether every use of a candidate is part of an existing tag's mention."""
    return all(any(start <= s and e <= end for start, end in spans) for s, e in candidate.spans)


def suggest_tags(text: str, language: str, limit: int = 10) -> list[Suggestion]:
    """Up to `limit` tags for a draft in `language` ("en" or "ar"), best first.

    Existing tags the text mentions come first, most mentioned first (then the earliest);
    then new candidates, names and key phrases by their score. Raises ValueError for another
    language: the new-candidate rules exist for these two only.
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    if limit <= 0 or not text or not text.strip():
        return []
    tokens = tokenize(text)
    index = tag_index()
    matches = index.matcher.find(tokens)
    mentions = Counter(match.key for match in matches)
    first_seen: dict[int, int] = {}
    for match in matches:
        first_seen.setdefault(match.key, match.start)
    suggestions = [
        Suggestion(index.label(tag_id, language), "existing", float(count), tag_id)
        for tag_id, count in sorted(mentions.items(), key=lambda item: (-item[1], first_seen[item[0]]))
    ]
    spans = [(match.start, match.end) for match in matches]
    seen = {suggestion.label.casefold() for suggestion in suggestions}
    for candidate in candidates(tokens, language):
        if len(suggestions) >= limit:
            break
        label = candidate.label
        if label.casefold() in seen or _covered(candidate, spans) or index.is_a_tag(label):
            continue
        seen.add(label.casefold())
        suggestions.append(Suggestion(label, candidate.kind, round(candidate.score, 3)))
    return suggestions[:limit]
