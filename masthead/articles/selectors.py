"""Reads that the reader's pages need, each in a fixed number of queries."""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Prefetch, Q, QuerySet, Value
from django.utils import timezone

from masthead.articles.models import Article, ArticleAuthor, Image, Page, Section, SlugRedirect, Tag
from masthead.authors.models import Author
from masthead.authors.selectors import authors_by_id
from masthead.core.kept import Kept, KeptRows

NEWEST_FIRST = ("-published_at", "-id")
BYLINES = Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
# What a teaser card shows besides the story's own row (its byline comes from `attach_bylines`).
CARD_RELATED = ("section", "featured_image")
# The home page: how many stories each place shows.
FRONT_LATEST = 6  # beside the lead
FRONT_SECTION = 4  # per news section
FRONT_OPINION = 4
FRONT_CARICATURES = 4
FRONT_REPORTS = 3
# The home page reads the newest this many stories first; a place they cannot fill costs a query.
FRONT_WINDOW = 120
# A breaking story keeps its banner this long after publication (or until the home is purged).
BREAKING_FOR = timedelta(hours=12)
# Tags are on every story page: each process keeps the ones it has met until any tag changes.
kept_tags = KeptRows(Tag, stamp="tags")
# Pictures too: a story page's own and its related stories' come from this process's copy.
kept_images = KeptRows(Image, stamp="images")
# The sections are on every page (the nav): each process keeps the list until a section changes.
kept_sections: Kept[list[Section]] = Kept(lambda: list(Section.objects.all()), version="sections")
# The columns a teaser card reads (`_article_card.html`, its key and the story's address): lists
# that load stories only for their cards fetch these, which makes their queries quicker to build.
CARD_FIELDS = (
    "language", "headline", "slug", "dek", "body", "section", "featured_image", "is_sponsored",
    "status", "published_at", "updated_at",
)  # fmt: skip
# Every column of a story, and those of its translation that its address and status need.
ARTICLE_FIELDS = tuple(f.name for f in Article._meta.concrete_fields)
TRANSLATION_FIELDS = ("language", "slug", "status", "published_at", "section")
# A story page's story with its picture and, of its translation, only what the translation's
# address and `is_published` need. Built once, like a generic view's `queryset`; each request
# filters a copy (never evaluate it directly: its result would stay cached).
STORY_PAGE = (
    Article.objects.select_related("translation")
    .only(*ARTICLE_FIELDS, *(f"translation__{name}" for name in TRANSLATION_FIELDS))
    .order_by()  # one row at most: sorting it would only cost building the query
)


def all_sections() -> list[Section]:
    """Every section in order, as this process keeps them (a query only after a section changed)."""
    return kept_sections.get()


def published_article(
    *, language: str, section_slug: str, slug: str, sections: Sequence[Section] | None = None
) -> Article | None:
    """The live story at this address, with its picture, tags, byline and translation.

    Building a query costs a story page more than the database's answer, so the story is looked
    up by its unique (language, slug) alone and checked against the address's section and the
    clock on the row (`is_published`, the model's side of `published()`); the story and its
    translation take their section from `sections` (default: `all_sections()`), not from joins.
    """
    sections = all_sections() if sections is None else sections
    section = next((s for s in sections if s.slug == section_slug), None)
    if section is None:
        return None
    found = list(STORY_PAGE.filter(language=language, slug=slug))
    article = found[0] if found else None
    if article is None or article.section_id != section.pk or not article.is_published:
        return None
    with_sections([article, article.translation], sections)
    attach_images([article])
    attach_tags_and_byline(article)
    return article


def attach_images(articles: Iterable[Article | None]) -> None:
    """Give each story its featured picture from this process's copy (a query only for new ones)."""
    stories = [a for a in articles if a is not None and a.featured_image_id]
    images = kept_images.get(a.featured_image_id for a in stories)
    for article in stories:
        if article.featured_image_id in images:
            article.featured_image = images[article.featured_image_id]


def attach_tags_and_byline(article: Article) -> None:
    """Give the story its tags (`Article.shown_tags`) and byline (`Article.byline`) in one query.

    The ids of both come in one UNION of the two link tables; the tags and authors themselves
    come from this process's copies (`kept_tags`, `authors_by_id`).
    """
    tags = Article.tags.through.objects.filter(article=article).order_by()
    bylines = ArticleAuthor.objects.filter(article=article).order_by()  # UNION parts go unsorted
    tags = tags.values_list(Value("tag"), "tag_id", Value(0), "id")
    bylines = bylines.values_list(Value("author"), "author_id", "order", "id")
    rows = sorted(tags.union(bylines, all=True), key=lambda row: (row[2], row[3]))  # byline order
    tag_ids = [pk for kind, pk, _, _ in rows if kind == "tag"]
    author_ids = [pk for kind, pk, _, _ in rows if kind == "author"]
    article.shown_tags = sorted(kept_tags.get(tag_ids).values(), key=lambda tag: (tag.name, tag.name_ar))
    authors = authors_by_id(author_ids)
    article.byline = [authors[pk] for pk in author_ids if pk in authors]


def as_cards(articles: list[Article], sections: Sequence[Section]) -> list[Article]:
    """Stories loaded with `CARD_FIELDS`, ready for their cards: sections from `sections` (as
    loaded for the page), pictures from this process's copy, bylines in one query."""
    with_sections(articles, sections)
    attach_images(articles)
    attach_bylines(articles)
    return articles


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


def section_articles(*, section: Section, language: str) -> QuerySet[Article]:
    """A section's stories, newest first, for teaser cards: paginate it, then `as_cards`."""
    return Article.objects.published().in_language(language).in_section(section).only(*CARD_FIELDS)


def author_articles(*, author: Author, language: str) -> QuerySet[Article]:
    """A reporter's stories, newest first, for teaser cards: paginate it, then `as_cards`."""
    return Article.objects.published().in_language(language).filter(authors=author).only(*CARD_FIELDS)


def tag_articles(*, tag: Tag, language: str) -> QuerySet[Article]:
    """The stories carrying a tag, newest first, for teaser cards: paginate it, then `as_cards`."""
    return Article.objects.published().in_language(language).filter(tags=tag).only(*CARD_FIELDS)


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


@dataclass(frozen=True)
class _Slot:
    """What dealing out the home page needs to know of a candidate story, before it is loaded."""

    pk: int
    section_id: int
    is_sponsored: bool
    has_picture: bool
    is_featured: bool
    is_breaking: bool
    published_at: datetime


SLOT_FIELDS = (
    "pk", "section_id", "is_sponsored", "featured_image_id", "is_featured", "is_breaking", "published_at",
)  # fmt: skip


def front_page(*, language: str, sections: Sequence[Section], now: datetime | None = None) -> FrontPage:
    """The home page's stories in three queries, however many sections there are.

    Each place on the page is "the newest N stories of some sections"; one query reads a few
    columns of the union of all of them (an OR of small indexed sub-selects), Python deals
    them out, and only the stories shown are then loaded for their cards (with their bylines).
    A place that must not repeat the top stories asks for N more than it shows, which is
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
    slots = _front_slots(published, places, now)

    def newest_in(section_ids: set[int], count: int, skip: set[int] = frozenset()) -> list[_Slot]:
        chosen = [a for a in slots if a.section_id in section_ids and a.pk not in skip]
        return chosen[:count]

    top_stories = newest_in(top_ids, top)
    # The lead is the newest featured story with a picture, else the newest story with a
    # picture, so the page opens with one; a sponsored story never leads.
    leads = [a for a in top_stories if not a.is_sponsored]
    with_picture = [a for a in leads if a.has_picture]
    lead = next(
        (a for a in with_picture if a.is_featured),
        with_picture[0] if with_picture else (leads[0] if leads else None),
    )
    shown = {a.pk for a in top_stories}
    breaking = next((a for a in slots if a.is_breaking and a.published_at >= now - BREAKING_FOR), None)
    placed = {
        "latest": [a for a in top_stories if a is not lead][:FRONT_LATEST],
        "opinion": newest_in(set(kinds.get("opinion", [])), FRONT_OPINION),
        "caricatures": newest_in(set(kinds.get("caricature", [])), FRONT_CARICATURES),
        "reports": newest_in(set(kinds.get("report", [])), FRONT_REPORTS),
    }
    by_section = {s.pk: newest_in({s.pk}, FRONT_SECTION, shown) for s in news}
    blocks = [*placed.values(), *by_section.values(), [lead, breaking]]
    chosen = {a.pk for block in blocks for a in block if a is not None}
    loaded = {a.pk: a for a in _cards(chosen, sections)}

    def load(block: list[_Slot]) -> list[Article]:
        return [loaded[a.pk] for a in block if a.pk in loaded]

    return FrontPage(
        lead=loaded.get(lead.pk) if lead else None,
        breaking=loaded.get(breaking.pk) if breaking else None,
        latest=load(placed["latest"]),
        sections=[(s, picture_first(load(by_section[s.pk]))) for s in news],
        opinion=load(placed["opinion"]),
        caricatures=load(placed["caricatures"]),
        reports=load(placed["reports"]),
    )


def _front_slots(
    published: QuerySet[Article], places: list[tuple[set[int], int]], now: datetime
) -> list[_Slot]:
    """The candidates for every place of the home page, newest first.

    The newest FRONT_WINDOW stories of the language come first, in one plain query: any place
    finds its newest stories among them if it has enough there (the window is the start of the
    order every place reads). Places it cannot fill, and the breaking banner when the window is
    younger than BREAKING_FOR, are read in one more query: an OR of each one's newest stories.
    """
    rows = published.order_by(*NEWEST_FIRST).values_list(*SLOT_FIELDS)[:FRONT_WINDOW]
    window = [_slot(row) for row in rows]
    if len(window) < FRONT_WINDOW:  # every published story is in it
        return window
    wanted = Q()
    for section_ids, count in places:
        if section_ids and sum(1 for slot in window if slot.section_id in section_ids) < count:
            newest = published.filter(section__in=section_ids).order_by(*NEWEST_FIRST).values("pk")[:count]
            wanted |= Q(pk__in=newest)
    breaking_since = now - BREAKING_FOR
    if window[-1].published_at >= breaking_since and not any(slot.is_breaking for slot in window):
        breaking = published.filter(is_breaking=True, published_at__gte=breaking_since)
        wanted |= Q(pk__in=breaking.order_by(*NEWEST_FIRST).values("pk")[:1])
    if not wanted:
        return window
    seen = {slot.pk for slot in window}
    more = Article.objects.filter(wanted).exclude(pk__in=seen).values_list(*SLOT_FIELDS)
    return sorted([*window, *map(_slot, more)], key=lambda slot: (slot.published_at, slot.pk), reverse=True)


def _slot(row: tuple) -> _Slot:
    pk, section_id, sponsored, picture, featured, breaking, published_at = row
    return _Slot(pk, section_id, sponsored, picture is not None, featured, breaking, published_at)


def _cards(ids: set[int], sections: Sequence[Section]) -> list[Article]:
    """These stories as their teaser cards need them (`as_cards`), newest first."""
    if not ids:
        return []
    return as_cards(
        list(Article.objects.filter(pk__in=ids).only(*CARD_FIELDS).order_by(*NEWEST_FIRST)), sections
    )


def picture_first(stories: list[Article]) -> list[Article]:
    """The same stories, the newest one with a picture moved to the front (it is shown large).

    A sponsored story never leads: the front goes to the newest unsponsored one with a picture,
    else to the newest unsponsored one.
    """
    leads = [a for a in stories if not a.is_sponsored]
    lead = next((a for a in leads if a.featured_image_id), leads[0] if leads else None)
    return stories if lead is None else [lead, *(a for a in stories if a is not lead)]


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


# --- standing pages ----------------------------------------------------------------------------


def _footer_pages_by_language() -> dict[str, list[Page]]:
    found: dict[str, list[Page]] = {}
    for page in Page.objects.published().in_footer().defer("body").order_by("order", "title", "id"):
        found.setdefault(page.language, []).append(page)
    return found


# The footer is on every page: each process keeps its links, every language's from one query,
# until a page shown there changes (masthead.articles.signals bumps the stamp).
kept_footer_pages: Kept[dict[str, list[Page]]] = Kept(_footer_pages_by_language, version="footer-pages")


def footer_pages(language: str) -> list[Page]:
    """The published pages listed in the footer of `language`'s pages, in order (no query, mostly)."""
    return kept_footer_pages.get().get(language, [])


def published_page(*, language: str, slug: str) -> Page | None:
    """The published page at this address, with its translation: one query."""
    found = list(Page.objects.published().filter(language=language, slug=slug).select_related("translation"))
    return found[0] if found else None
