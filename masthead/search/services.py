"""Keeping search current: index stories as they change, remove them as they go, rebuild all.

Every write path reaches `index_stories` through the models' own signals (`signals`), once per
transaction, so the admin, an importer, a command or a shell cannot leave search behind.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from django.db import transaction

from masthead.articles.models import Article
from masthead.core import versions
from masthead.core.words import strip_arabic_marks
from masthead.search.analysis import Term, analyze, is_stop_word, query_terms
from masthead.search.backends import get_backend
from masthead.search.documents import BATCH, _joined, document, indexable
from masthead.search.models import Entry, Word
from masthead.search.spelling import without_possessive, word_language

# Bumped after every committed write to the index: results kept by any process are read again.
INDEXED = "search-index"


def index_stories(article_ids: Iterable[int]) -> int:
    """Bring the entries of these stories up to date: (re)written, or removed if the story is gone.

    Returns how many were written. Safe to run twice, and in any order with other runs.
    """
    ids = sorted(set(article_ids))
    written = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        stories = list(indexable().filter(pk__in=batch))
        with transaction.atomic():
            gone = sorted(set(batch) - {story.pk for story in stories})
            if gone:
                remove_stories(gone)
            _write(stories)
            transaction.on_commit(lambda: versions.bump(INDEXED))
        written += len(stories)
    return written


def remove_stories(article_ids: Iterable[int]) -> None:
    """Take these stories out of search (deleted)."""
    ids = list(article_ids)
    with transaction.atomic():
        get_backend().remove(ids)
        Entry.objects.filter(article_id__in=ids).delete()
        transaction.on_commit(lambda: versions.bump(INDEXED))


def _write(stories: list[Article]) -> None:
    if not stories:
        return
    Entry.objects.bulk_create(
        [
            Entry(
                article_id=story.pk,
                language=story.language,
                status=story.status,
                section_id=story.section_id,
                published_at=story.published_at,
                is_sponsored=story.is_sponsored,
            )
            for story in stories
        ],
        update_conflicts=True,
        unique_fields=["article"],
        update_fields=["language", "status", "section_id", "published_at", "is_sponsored", "indexed_at"],
    )
    get_backend().write([document(story) for story in stories])
    # Only words readers can find: a draft's words are not offered as "Did you mean".
    _remember_words([story for story in stories if story.is_published])


def _remember_words(stories: list[Article]) -> None:
    """Add the headline, tag and dek words to the vocabulary "Did you mean" draws on.

    Each word comes with the form these stories write it in most often (`Word.display`), which
    replaces the form kept before; so a word kept with none gets one on the next rebuild.
    """
    written: Counter[tuple[str, str]] = Counter()  # (word, as written): how often
    for story in stories:
        for text in _vocabulary_texts(story):
            written.update(
                (term.exact, _as_written(text, term))
                for term in analyze(text, story.language)
                if len(term.exact) > 2 and not is_stop_word(term) and not term.exact.isdigit()
            )
    displays: dict[str, str] = {}
    for (word, display), _ in written.most_common():  # most written first, then first seen
        if not displays.get(word) and _searches_as(display, word):
            displays[word] = display
        displays.setdefault(word, "")  # no form that searches as the word: `word` is shown
    Word.objects.bulk_create(
        [
            Word(language=word_language(word), word=word, display=display)
            for word, display in displays.items()
        ],
        update_conflicts=True,
        unique_fields=["language", "word"],
        update_fields=["display"],
    )


def _vocabulary_texts(story: Article) -> tuple[str, str]:
    """The texts `document(story)` analyses for its title and lead, which a `Document` does not keep.

    The same parts joined the same way, so the terms found here are the document's.
    """
    tags = [name for tag in story.tags.all() for name in (tag.name, tag.name_ar)]
    authors = [name for line in story.bylines.all() for name in (line.author.name, line.author.name_ar)]
    picture = story.featured_image
    pictured = [picture.caption, picture.alt_text] if picture is not None else []
    return _joined(story.headline, *tags), _joined(story.dek, *authors, *pictured)


def _as_written(text: str, term: Term) -> str:
    """The word as `text` writes it: its letters and case, without vowel marks, tatweel or 's."""
    written = unicodedata.normalize("NFKC", text[term.start : term.end])  # a hamza mark joins its seat
    return without_possessive(strip_arabic_marks(written).replace("\u00ad", ""))


def _searches_as(display: str, word: str) -> bool:
    """Whether a reader typing `display` searches for `word`: a suggestion must find what it says."""
    terms = query_terms(display)
    return len(display) <= Word._meta.get_field("display").max_length and [t.exact for t in terms] == [word]


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Index every live story again; `progress(n)` after each batch of n. Returns the count.

    Entries are rewritten in place, batch by batch, and those of stories that no longer exist
    are removed at the end: readers keep finding stories all through a rebuild, and a rebuild
    stopped half-way leaves nothing worse than before.
    """
    ids = list(indexable().order_by("pk").values_list("pk", flat=True))
    total = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        total += index_stories(batch)
        if progress is not None:
            progress(len(batch))
    present = set(ids)
    stale = [pk for pk in Entry.objects.values_list("article_id", flat=True).iterator() if pk not in present]
    for start in range(0, len(stale), BATCH):
        remove_stories(stale[start : start + BATCH])
    get_backend().prune()
    return total
