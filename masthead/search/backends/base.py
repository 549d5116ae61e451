"""What every search backend offers, and the parts they share: documents, queries, filters.

A backend keeps the words of each live story (`write`, `remove`, `clear`) and answers a parsed
query with the ids of matching stories, best first (`search`). The facets are columns of
`Entry`, filtered the same way by every backend; only matching and scoring differ. Scores
weigh, from most to least: the exact word in the headline or a tag, a form of it there, the
dek or a byline, the body; ties go to the newer story.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from typing import Protocol

from masthead.articles.models import Article, ArticleAuthor
from masthead.core.models import Language
from masthead.search.analysis import Term


@dataclass(frozen=True)
class Document:
    """One story's analysed text, by field: what a backend writes."""

    article_id: int
    title: list[Term]  # headline and tags
    lead: list[Term]  # dek, bylines, picture caption
    body: list[Term]  # body text, with its captions


@dataclass(frozen=True)
class Clause:
    """A word or a quoted phrase of the query, its terms in order (one term for a word).

    `alternatives` are other ways of writing it, any of which matches instead: an editor's
    synonym ("IPO" for "initial public offering") or the word joined to its neighbour ("heat
    wave" also finds "heatwave": each of the two words accepts the joined one).
    """

    terms: tuple[Term, ...]
    alternatives: tuple[tuple[Term, ...], ...] = ()

    @property
    def phrases(self) -> tuple[tuple[Term, ...], ...]:
        """The clause's own terms, then each alternative: what a backend ORs together."""
        return (self.terms, *self.alternatives)

    @property
    def is_phrase(self) -> bool:
        return len(self.terms) > 1


@dataclass(frozen=True)
class Query:
    """What to match: every clause of `required`, none of `excluded`."""

    required: tuple[Clause, ...]
    excluded: tuple[Clause, ...] = ()


@dataclass(frozen=True)
class Filters:
    """The facets, as `Entry` columns and the story's tags and bylines."""

    languages: tuple[str, ...]
    now: (
        datetime.datetime | None
    )  # None: any status and time (the back office), else what readers may see now
    section_id: int | None = None
    tag_id: int | None = None
    author_id: int | None = None
    since: datetime.datetime | None = None
    until: datetime.datetime | None = None


@dataclass
class Hits:
    """A page of matches, best first, with how many there are in all and per section and language."""

    ids: list[int]
    scores: list[float]
    total: int
    by_section: dict[int, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)


class Backend(Protocol):
    def write(self, documents: list[Document]) -> None: ...

    def remove(self, article_ids: list[int]) -> None: ...

    def clear(self) -> None: ...

    def prune(self) -> None: ...

    def search(
        self, query: Query, filters: Filters, *, newest: bool, offset: int, limit: int, counts: bool = True
    ) -> Hits:
        """A page of matches; with `counts`, also the totals (one grouped query more)."""
        ...

    def size(self) -> int | None: ...


# How relevance is ranked, first to last: every word (or phrase) of the query in the headline or
# tags as typed; in another form there; in the headline, tags, dek or byline; anywhere. A story
# scores one point per tier it reaches, so the first tier scores 3. Within a tier, the backend's
# own score (bm25, ts_rank), then the newer story. A fixed order of tiers, not weights alone,
# because bm25 gives a word found in most stories (a running story's name) almost no weight, and
# then a word said five times in a body would beat it in a headline.
TIERS = ("title as typed", "title", "title or lead")

# Relevance is rounded before the newer story breaks a tie: to this many decimals of the
# backend's score (scores that differ less than this mean "as relevant" to a reader).
TIE_DECIMALS = 1

# The backend's score is computed for this many matches at most: the first by tier, then the
# newest. Scoring reads each story's word positions, which costs in proportion to the matches
# (thousands for a common word in a large archive); tiers and dates come from small columns.
# So a common word's results are its best-tiered stories, the newest few hundred of them
# ranked by score, then the rest by tier and date; a rare word's are all ranked.
CANDIDATES = 200


# The facet counts, as rows added to a backend's one statement over its matches `m`:
# (None, None, section id, language, matches).
COUNTS_OF_MATCHES = (
    " UNION ALL SELECT NULL, NULL, section_id, language, count(*) FROM m GROUP BY section_id, language"
)


def window(*, newest: bool, offset: int, limit: int) -> int:
    """How many matches the first pass returns: the page, or for relevance at least CANDIDATES."""
    return offset + limit if newest else max(CANDIDATES, offset + limit)


@dataclass(frozen=True)
class Candidate:
    """A match as the first pass of a search sees it, in (tier, newest) order."""

    article_id: int
    tier: int


def ranked_page(
    candidates: list[Candidate], scores: dict[int, float], *, decimals: int, offset: int, limit: int
) -> tuple[list[int], list[float]]:
    """The page at `offset` once the first `CANDIDATES` are ordered by tier, then rounded score
    (higher is better); the sort is stable, so equal scores keep the newer story first.

    Returns the page's ids and their scores (tier plus the backend's score; unscored: the tier).
    """
    window = sorted(
        candidates[:CANDIDATES], key=lambda c: (-c.tier, -round(scores.get(c.article_id, 0.0), decimals))
    )
    page = (window + candidates[CANDIDATES:])[offset : offset + limit]
    return [c.article_id for c in page], [c.tier + scores.get(c.article_id, 0.0) for c in page]


def entry_conditions(filters: Filters, alias: str = "e") -> tuple[list[str], list]:
    """SQL conditions on the entry table (as `alias`) for `filters`, and their parameters.

    Written by hand rather than by the ORM because each backend puts them beside its own
    match operator in one statement; every value is a parameter.
    """
    conditions = [f"{alias}.language IN ({', '.join(['%s'] * len(filters.languages))})"]
    params: list = list(filters.languages)
    if filters.now is not None:  # Article.objects.published(), on the entry's copy of the story
        conditions.append(f"{alias}.status IN ({', '.join(['%s'] * len(Article.LIVE_STATUSES))})")
        params += [str(status) for status in Article.LIVE_STATUSES]
        conditions.append(f"{alias}.published_at <= %s")
        params.append(filters.now)
    if filters.section_id is not None:
        conditions.append(f"{alias}.section_id = %s")
        params.append(filters.section_id)
    if filters.since is not None:
        conditions.append(f"{alias}.published_at >= %s")
        params.append(filters.since)
    if filters.until is not None:
        conditions.append(f"{alias}.published_at < %s")
        params.append(filters.until)
    if filters.tag_id is not None:
        tags = Article.tags.through._meta.db_table
        conditions.append(
            f"EXISTS (SELECT 1 FROM {tags} t WHERE t.article_id = {alias}.article_id AND t.tag_id = %s)"
        )
        params.append(filters.tag_id)
    if filters.author_id is not None:
        bylines = ArticleAuthor._meta.db_table
        conditions.append(
            f"EXISTS (SELECT 1 FROM {bylines} b WHERE b.article_id = {alias}.article_id AND b.author_id = %s)"
        )
        params.append(filters.author_id)
    return conditions, params


def facet_filters(filters: Filters) -> Filters:
    """`filters` without the section and language facets: what the per-facet counts are taken over."""
    return replace(filters, section_id=None, languages=tuple(Language.values))


def page_of_hits(
    rows: list[tuple],
    candidates: list[Candidate],
    scores: dict[int, float],
    filters: Filters,
    *,
    newest: bool,
    counts: bool,
    offset: int,
    limit: int,
    decimals: int,
) -> Hits:
    """The `Hits` of a backend's one statement: `rows` are (id, tier, …) for candidates and
    (None, None, section id, language, matches) for the counts; `scores` higher is better."""
    if counts:
        by_section, by_language, total = fold_counts(
            [(section, language, n) for pk, _, section, language, n in rows if pk is None], filters
        )
    else:
        by_section, by_language, total = {}, {}, len(candidates)
    if newest:
        page = candidates[offset : offset + limit]
        ids, page_scores = [c.article_id for c in page], [float(c.tier) for c in page]
    else:
        ids, page_scores = ranked_page(candidates, scores, decimals=decimals, offset=offset, limit=limit)
    return Hits(ids=ids, scores=page_scores, total=total, by_section=by_section, by_language=by_language)


def page_filters(filters: Filters, scope: Filters, alias: str = "") -> tuple[str, list]:
    """SQL conditions on a search's matches (columns language, section_id, of `alias` if given)
    for its page: the languages and section that `scope` (what the counts were taken over) left open."""
    at = f"{alias}." if alias else ""
    conditions, params = ["1 = 1"], []
    if scope.languages != filters.languages:
        conditions.append(f"{at}language IN ({', '.join(['%s'] * len(filters.languages))})")
        params += list(filters.languages)
    if scope.section_id != filters.section_id:
        conditions.append(f"{at}section_id = %s")
        params.append(filters.section_id)
    return " AND ".join(conditions), params


def fold_counts(rows, filters: Filters) -> tuple[dict[int, int], dict[str, int], int]:
    """From (section id, language, matches) rows under `facet_filters`: matches per section (in the
    query's languages), per language (any section), and the total under every filter."""
    by_section: dict[int, int] = {}
    by_language: dict[str, int] = {}
    total = 0
    for section_id, language, n in rows:
        by_language[language] = by_language.get(language, 0) + n
        if language in filters.languages:
            by_section[section_id] = by_section.get(section_id, 0) + n
            if filters.section_id in (None, section_id):
                total += n
    return by_section, by_language, total
