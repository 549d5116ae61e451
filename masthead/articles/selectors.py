"""Reads that the reader's pages need, each in a fixed number of queries."""

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import Count, FloatField, Prefetch, Q, QuerySet, Sum
from django.db.models.expressions import RawSQL
from django.utils import timezone

from masthead.articles.models import Article, ArticleAuthor, Section, SlugRedirect, Tag
from masthead.authors.selectors import authors_by_id
from masthead.core.kept import KeptRows
from masthead.core.prepared import Prepared

NEWEST_FIRST = ("-published_at", "-id")
BYLINES = Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
# The home page: how many stories each place shows.
FRONT_LATEST = 6  # beside the lead
FRONT_SECTION = 4  # per news section
FRONT_OPINION = 4
FRONT_CARICATURES = 4
FRONT_REPORTS = 3
# A breaking story keeps its banner this long after publication (or until the home is purged).
BREAKING_FOR = timedelta(hours=12)
# Tags are on every story page: each process keeps the ones it has met until any tag changes.
kept_tags = KeptRows(Tag, stamp="tags")
# Every column of a story, and those of its translation that its address and status need.
ARTICLE_FIELDS = tuple(f.name for f in Article._meta.concrete_fields)
TRANSLATION_FIELDS = ("language", "slug", "status", "published_at", "section")
# How long a tag's count of published stories is reused for related-story weights (seconds).
TAG_COUNTS_FOR = 300


def published_article(
    *, language: str, section_slug: str, slug: str, sections: Sequence[Section] | None = None
) -> Article | None:
    """The live story at this address, with its tags (`related_with_bylines` adds its byline).

    Given the sections the page loaded anyway (`request_sections`), the story and its
    translation take their section from them instead of two joins of every section column.
    """
    if sections is None:
        found = (
            Article.objects.published()
            .filter(language=language, slug=slug, section__slug=section_slug)
            .select_related("section", "translation__section", "featured_image")
            .order_by()
        )
        article = next(iter(found[:1]), None)
    else:
        section = next((s for s in sections if s.slug == section_slug), None)
        if section is None:
            return None
        found = STORY_AT.fetch(language=language, slug=slug, section_id=section.pk, now=timezone.now())
        article = found[0] if found else None
    if article is not None:
        attach_tags(article)
        if sections is not None:
            with_sections([article, article.translation], sections)
    return article


STORY_AT = Prepared(
    Article,
    lambda language, slug, section_id, now: (
        Article.objects.published(now)
        .filter(language=language, slug=slug, section_id=section_id)
        .select_related("translation", "featured_image")
        # Of the translation, only what its address and `is_published` need.
        .only(*ARTICLE_FIELDS, *(f"translation__{name}" for name in TRANSLATION_FIELDS))
        .order_by()[:1]  # (language, slug) is unique: sorting one row only costs compile time
    ),
)


def attach_tags(article: Article) -> None:
    """Give the story its tags (`Article.shown_tags`): one query of ids, the tags kept per process."""
    ids = list(Article.tags.through.objects.filter(article=article).values_list("tag_id", flat=True))
    tags = kept_tags.get(ids).values()
    article.shown_tags = sorted(tags, key=lambda tag: (tag.name, tag.name_ar))  # Tag's own ordering


def with_sections(articles: Iterable[Article | None], sections: Sequence[Section]) -> None:
    """Give each story its section object from `sections` (no query)."""
    by_id = {section.pk: section for section in sections}
    for article in articles:
        if article is not None and article.section_id in by_id:
            article.section = by_id[article.section_id]


def redirect_target(*, language: str, section_slug: str, slug: str) -> Article | None:
    """The published story that used to live at this address, if any."""
    old = (
        SlugRedirect.objects.filter(language=language, section_slug=section_slug, slug=slug)
        .select_related("article__section")
        .first()
    )
    if old and old.article.is_published:
        return old.article
    # Same slug, other section (a section was renamed or the story moved).
    return Article.objects.published().filter(language=language, slug=slug).select_related("section").first()


def latest(*, language: str, limit: int = 20) -> QuerySet[Article]:
    return Article.objects.published().in_language(language).for_listing()[:limit]


def section_articles(*, section: Section, language: str) -> QuerySet[Article]:
    """A section's stories, newest first, ready for teaser cards (paginate it)."""
    return Article.objects.published().in_language(language).in_section(section).for_listing()


def tag_articles(*, tag: Tag, language: str) -> QuerySet[Article]:
    """The stories carrying a tag, newest first, ready for teaser cards (paginate it)."""
    return Article.objects.published().in_language(language).filter(tags=tag).for_listing()


@dataclass
class FrontPage:
    """What the home page shows, place by place."""

    lead: Article | None = None
    breaking: Article | None = None
    latest: list[Article] = field(default_factory=list)
    sections: list[tuple[Section, list[Article]]] = field(default_factory=list)
    opinion: list[Article] = field(default_factory=list)
    caricatures: list[Article] = field(default_factory=list)
    reports: list[Article] = field(default_factory=list)

    def articles(self) -> Iterator[Article]:
        """Every story on the page, once each (for the page's surrogate keys)."""
        seen: set[int] = set()
        blocks = [self.latest, *(stories for _, stories in self.sections)]
        blocks += [self.opinion, self.caricatures, self.reports, [self.lead, self.breaking]]
        for block in blocks:
            for article in block:
                if article is not None and article.pk not in seen:
                    seen.add(article.pk)
                    yield article


def front_page(*, language: str, sections: Sequence[Section], now: datetime | None = None) -> FrontPage:
    """The home page's stories in two queries, however many sections there are.

    Each place on the page is "the newest N stories of some sections"; one query fetches the
    union of all of them (an OR of small indexed sub-selects) and Python deals them out. A
    place that must not repeat the top stories asks for N more than it shows, which is
    exactly enough: any top story from its sections is newer than the rest of them.
    """
    now = now or timezone.now()
    published = Article.objects.published(now).in_language(language)
    kinds: dict[str, list[int]] = {}
    for section in sections:
        kinds.setdefault(section.kind, []).append(section.pk)
    news = [s for s in sections if s.kind == Section.Kind.NEWS]
    # Reports have their own highlights further down, so the top is news and features.
    top_ids = set(kinds.get("news", []) + kinds.get("feature", []))
    top = 1 + FRONT_LATEST

    places = [
        (top_ids, top),
        (set(kinds.get("opinion", [])), FRONT_OPINION),
        (set(kinds.get("caricature", [])), FRONT_CARICATURES),
        (set(kinds.get("report", [])), FRONT_REPORTS),
        *(({s.pk}, FRONT_SECTION + top) for s in news),
    ]
    wanted = Q(
        pk__in=published.filter(is_breaking=True, published_at__gte=now - BREAKING_FOR)
        .order_by(*NEWEST_FIRST)
        .values("pk")[:1]
    )
    for section_ids, count in places:
        if section_ids:
            newest = published.filter(section__in=section_ids).order_by(*NEWEST_FIRST).values("pk")[:count]
            wanted |= Q(pk__in=newest)
    stories = list(Article.objects.filter(wanted).for_listing().order_by(*NEWEST_FIRST))

    def newest_in(section_ids: set[int], count: int, skip: set[int] = frozenset()) -> list[Article]:
        chosen = [a for a in stories if a.section_id in section_ids and a.pk not in skip]
        return chosen[:count]

    front = FrontPage()
    top_stories = newest_in(top_ids, top)
    # The lead is the newest story with a picture, so the page opens with one.
    front.lead = next(
        (a for a in top_stories if a.featured_image_id), top_stories[0] if top_stories else None
    )
    front.latest = [a for a in top_stories if a is not front.lead][:FRONT_LATEST]
    shown = {a.pk for a in top_stories}
    front.breaking = next(
        (a for a in stories if a.is_breaking and a.published_at >= now - BREAKING_FOR), None
    )
    front.sections = [(s, picture_first(newest_in({s.pk}, FRONT_SECTION, shown))) for s in news]
    front.opinion = newest_in(set(kinds.get("opinion", [])), FRONT_OPINION)
    front.caricatures = newest_in(set(kinds.get("caricature", [])), FRONT_CARICATURES)
    front.reports = newest_in(set(kinds.get("report", [])), FRONT_REPORTS)
    return front


def picture_first(stories: list[Article]) -> list[Article]:
    """The same stories, the newest one with a picture moved to the front (it is shown large)."""
    pictured = next((a for a in stories if a.featured_image_id), None)
    return stories if pictured is None else [pictured, *(a for a in stories if a is not pictured)]


def related_articles(
    article: Article, limit: int = 6, *, with_bylines: bool = True, sections: Sequence[Section] | None = None
) -> list[Article]:
    """ "You May Also Like" as stored for `article`: one query, plus one for the bylines.

    With `sections` (as loaded for the page), the stories take their section from them.
    """
    if sections is None:
        found = list(_related_stories(article.pk, timezone.now(), limit).select_related("section"))
    else:
        found = _prepared_related(limit).fetch(article_id=article.pk, now=timezone.now())
        with_sections(found, sections)
    if with_bylines:
        attach_bylines(found)
    return found


def _related_stories(article_id: int, now: datetime, limit: int) -> QuerySet[Article]:
    return (
        Article.objects.published(now)
        .select_related("featured_image")
        .filter(related_to__article=article_id)
        .order_by("related_to__rank")[:limit]
    )


@functools.cache
def _prepared_related(limit: int) -> Prepared:
    return Prepared(Article, lambda article_id, now: _related_stories(article_id, now, limit))


def related_with_bylines(
    article: Article, limit: int = 6, *, sections: Sequence[Section] | None = None
) -> list[Article]:
    """A story page's related stories, with its own bylines and theirs in one query."""
    related = related_articles(article, limit, with_bylines=False, sections=sections)
    attach_bylines([article, *related])
    return related


def attach_bylines(articles: Sequence[Article]) -> None:
    """Give each story its byline (`Article.byline`) in one query of ids.

    The authors themselves come from this process's copy (`authors_by_id`), so a page with
    many stories does not build the same few Author objects again and again.
    """
    rows = list(
        ArticleAuthor.objects.filter(article__in=[a.pk for a in articles])
        .order_by("order", "id")
        .values_list("article_id", "author_id")
    )
    authors = authors_by_id(author_id for _, author_id in rows)
    by_article: dict[int, list] = {a.pk: [] for a in articles}
    for article_id, author_id in rows:
        if author_id in authors:
            by_article[article_id].append(authors[author_id])
    for article in articles:
        article.byline = by_article[article.pk]


def related_by_tags(article: Article, limit: int = 6) -> list[Article]:
    """ "You May Also Like": published stories in the same language sharing the most specific tags.

    Each shared tag weighs 1 / (published stories in this language carrying it), so sharing
    a rare tag counts for more than sharing a common one; ties go to the newer story. At most
    four queries whatever the number of tags. The ranking used when a language has no text
    model yet (see masthead.discovery).
    """
    ranked = ids_by_shared_tags(article, limit)
    found = Article.objects.for_listing().order_by().in_bulk(ranked)  # ranked's order is kept below
    return [found[pk] for pk in ranked if pk in found]


def ids_by_shared_tags(article: Article, limit: int) -> list[int]:
    """Ids of the published stories in `article`'s language sharing its most specific tags, best first."""
    tags = list(article.tags.all())
    if not tags:
        return []
    tag_ids = [tag.pk for tag in tags]
    published = Article.objects.published().in_language(article.language)
    counts = published_counts(tags, article.language)
    if not counts:
        return []
    # The weight of the tag on each joined row, as one CASE over the join the filter below
    # makes (Django names it after the through table). Written out, because compiling a
    # Case() of When()s per tag costs more than the query itself on an uncached page.
    through = Article.tags.through._meta.db_table
    weight = RawSQL(
        f'CASE "{through}"."tag_id" ' + " ".join("WHEN %s THEN %s" for _ in counts) + " ELSE 0.0 END",
        [value for tag_id, n in counts.items() for value in (tag_id, 1.0 / n)],
        output_field=FloatField(),
    )
    ranked = list(
        published.exclude(pk=article.pk)
        .filter(tags__in=tag_ids)
        .values("pk", "published_at")  # group by the story alone, not by every column
        .annotate(score=Sum(weight))
        .order_by("-score", *NEWEST_FIRST)
        .values_list("pk", flat=True)[:limit]
    )
    return ranked


def published_counts(tags: list[Tag], language: str) -> dict[int, int]:
    """{tag id: published stories in `language` carrying it}, the weights' denominators.

    Counting walks every story of a tag (the costliest part of an uncached story page in a big
    archive), yet the numbers barely move, so they are kept in the cache for a few minutes:
    a weight may lag a publication by that long, which reorders nothing that matters. The
    key holds the tag's creation time, so a reused id never inherits an old count.
    """
    keys = {f"masthead:tag-count:{language}:{tag.pk}:{tag.created_at.timestamp()}": tag.pk for tag in tags}
    counts = {keys[key]: n for key, n in cache.get_many(list(keys)).items()}
    missing = [pk for pk in keys.values() if pk not in counts]
    if missing:
        fresh = dict(
            Article.objects.published()
            .in_language(language)
            .filter(tags__in=missing)
            .order_by()
            .values_list("tags")
            .annotate(n=Count("pk"))
        )
        counts.update(fresh)
        cache.set_many({key: fresh[pk] for key, pk in keys.items() if pk in fresh}, TAG_COUNTS_FOR)
    return counts
