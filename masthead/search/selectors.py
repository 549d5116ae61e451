"""A page of search results: the stories, their snippets, the facets and "Did you mean"."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from masthead.articles.models import Article, Section
from masthead.articles.selectors import all_sections, attach_bylines, with_sections
from masthead.core import versions
from masthead.core.html import plain_text
from masthead.core.kept import Kept
from masthead.core.pagecache.services import PURGED
from masthead.search import spelling, synonyms
from masthead.search.backends import get_backend
from masthead.search.backends.base import Filters, Hits, Query
from masthead.search.query import Parsed, parse
from masthead.search.services import INDEXED
from masthead.search.snippets import mark, snippet

PAGE_SIZE = 10
# Readers' results are kept by each process for this many searches: the last ones asked.
KEPT_SEARCHES = 200


@dataclass
class Results:
    parsed: Parsed
    stories: list[Article] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)  # the backend's, one a story
    total: int = 0
    page: int = 1
    pages: int = 0
    sections: list[tuple[Section, int]] = field(default_factory=list)  # facet: section, matches
    by_language: dict[str, int] = field(default_factory=dict)
    suggestion: str | None = None  # the query with a misspelt word corrected, when that finds stories
    corrected_from: str | None = None  # what the reader typed, when these are the suggestion's results

    @property
    def has_query(self) -> bool:
        return bool(self.parsed.query.required)


def search(
    raw: str,
    *,
    languages: tuple[str, ...],
    section: Section | None = None,
    tag_id: int | None = None,
    author_id: int | None = None,
    since: datetime.datetime | None = None,
    until: datetime.datetime | None = None,
    newest: bool = False,
    page: int = 1,
    page_size: int = PAGE_SIZE,
    now: datetime.datetime | None = None,
    correct: bool = True,
) -> Results:
    """Stories matching `raw` under the facets, one page of them, best (or newest) first.

    When nothing matches and a spelling correction would find stories, the results are the
    correction's (`corrected_from` says what was typed), unless `correct` is False; then the
    correction is only offered (`suggestion`).

    Queries: two for the matches (with their counts) and their ranking, one for the stories,
    one for their bylines; when nothing was found, one for the words' spelling and one to try
    the correction, then the correction's own.
    """
    filters = Filters(
        languages=languages,
        now=now or timezone.now(),
        section_id=section.pk if section else None,
        tag_id=tag_id,
        author_id=author_id,
        since=since,
        until=until,
    )
    parsed = parse(raw)
    results = _results(parsed, filters, newest=newest, page=page, page_size=page_size)
    if results.has_query and results.total == 0:
        suggestion = _suggestion(parsed, filters)
        if suggestion is not None and correct:
            corrected = _results(parse(suggestion), filters, newest=newest, page=1, page_size=page_size)
            corrected.corrected_from = parsed.text
            return corrected
        results.suggestion = suggestion
    return results


def _kept_version(*key) -> tuple[int, int, int]:
    # What a page of results shows changes with the index (a story written or removed), with any
    # purge (a section, picture or byline changed), and with the editors' synonyms.
    return versions.current(INDEXED), versions.current(PURGED), versions.current(synonyms.STAMP)


for _stamp in (INDEXED, PURGED, synonyms.STAMP):
    versions.register(_stamp)  # read with the others, in one go on Redis

kept_results: Kept[Results] = Kept(
    version=_kept_version, max_age=settings.SEARCH_KEEP_SECONDS, size=KEPT_SEARCHES
)


def readers_search(raw: str, **options) -> Results:
    """`search(raw, **options)` as readers see it now (no `now` among the options), kept by this
    process while nothing it shows changes.

    Many readers ask the same thing between two changes (the name in today's news); a search
    costs several times a story page. A change to the index, a purge of any page or an edit of
    the synonyms starts over; a scheduled story's time passes without one, so nothing is kept
    longer than SEARCH_KEEP_SECONDS (as long as a CDN may keep the page). Periods ("past day")
    are keyed to the minute.
    """
    if settings.SEARCH_KEEP_SECONDS <= 0:
        return search(raw, **options)
    key = tuple(sorted((name, _key_part(value)) for name, value in options.items()))
    return kept_results.get(raw, key, load=lambda: search(raw, **options))


def _key_part(value):
    if isinstance(value, datetime.datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, Section):
        return value.pk
    return value


def _results(parsed: Parsed, filters: Filters, *, newest: bool, page: int, page_size: int) -> Results:
    results = Results(parsed=parsed, page=page)
    if not parsed.query.required:
        return results
    query = synonyms.expand(parsed.query)
    hits = get_backend().search(query, filters, newest=newest, offset=(page - 1) * page_size, limit=page_size)
    results.total, results.by_language = hits.total, hits.by_language
    results.pages = -(-hits.total // page_size)
    sections = all_sections()
    results.sections = [(s, hits.by_section[s.pk]) for s in sections if hits.by_section.get(s.pk)]
    results.stories = _stories(hits, query, sections, filters.now)
    score_of = dict(zip(hits.ids, hits.scores, strict=True))
    results.scores = [score_of[story.pk] for story in results.stories]
    return results


def _stories(hits: Hits, query: Query, sections: list[Section], now: datetime.datetime) -> list[Article]:
    """The page's stories in the order found, each with its marked headline and snippet.

    Loaded through `published()` once more: a story unpublished since it was indexed is
    dropped here, whatever the index says.
    """
    if not hits.ids:
        return []
    found = Article.objects.published(now).select_related("featured_image").in_bulk(hits.ids)
    stories = [found[pk] for pk in hits.ids if pk in found]
    with_sections(stories, sections)
    attach_bylines(stories)
    for story in stories:
        story.marked_headline = mark(story.headline, query, story.language)
        # The body's best passage; else the dek, marked where it matched (a tag or byline match).
        story.snippet = snippet(plain_text(story.body), query, story.language, fallback="")
        if not story.snippet and story.dek:
            story.snippet = mark(story.dek, query, story.language)
    return stories


def _suggestion(parsed: Parsed, filters: Filters) -> str | None:
    """The query with each unknown word replaced by the nearest known one, as the stories write it,
    if that finds stories.
    """
    text = spelling.correct(parsed.text, parsed.words)
    if text is None:
        return None
    corrected = synonyms.expand(parse(text).query)
    hits = get_backend().search(corrected, filters, newest=False, offset=0, limit=1, counts=False)
    return text if hits.ids else None
