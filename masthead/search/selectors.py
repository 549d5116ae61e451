"""A page of search results: the stories, their snippets, the facets and "Did you mean"."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from masthead.articles.models import Article, Section
from masthead.articles.selectors import all_sections, attach_bylines, with_sections
from masthead.core.html import plain_text
from masthead.search import spelling
from masthead.search.backends import get_backend
from masthead.search.backends.base import Filters, Hits, Query
from masthead.search.query import Parsed, parse
from masthead.search.snippets import mark, snippet

PAGE_SIZE = 10


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
) -> Results:
    """Stories matching `raw` under the facets, one page of them, best (or newest) first.

    Queries: two for the matches and their counts, one for the stories, one for their bylines;
    one or two more only when nothing was found and a spelling is tried.
    """
    parsed = parse(raw)
    results = Results(parsed=parsed, page=page)
    if not parsed.query.required:
        return results
    filters = Filters(
        languages=languages,
        now=now or timezone.now(),
        section_id=section.pk if section else None,
        tag_id=tag_id,
        author_id=author_id,
        since=since,
        until=until,
    )
    hits = get_backend().search(
        parsed.query, filters, newest=newest, offset=(page - 1) * page_size, limit=page_size
    )
    results.total, results.by_language = hits.total, hits.by_language
    results.pages = -(-hits.total // page_size)
    sections = all_sections()
    results.sections = [(s, hits.by_section[s.pk]) for s in sections if hits.by_section.get(s.pk)]
    results.stories = _stories(hits, parsed.query, sections, filters.now)
    score_of = dict(zip(hits.ids, hits.scores, strict=True))
    results.scores = [score_of[story.pk] for story in results.stories]
    if hits.total == 0:
        results.suggestion = _suggestion(parsed, filters)
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
    """The query with each unknown word replaced by the nearest known one, if that finds stories."""
    text, changed = parsed.text, False
    for term in sorted(parsed.words, key=lambda t: t.start, reverse=True):
        if spelling.known(term.exact):
            continue
        better = spelling.nearest(term.exact)
        if better is not None:
            text, changed = text[: term.start] + better + text[term.end :], True
    if not changed:
        return None
    corrected = parse(text)
    hits = get_backend().search(corrected.query, filters, newest=False, offset=0, limit=1, counts=False)
    return text if hits.ids else None
