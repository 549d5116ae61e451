"""The sitemaps of list pages (sections, tags and authors, each page in the languages it has stories
in) and of the standing pages (About us, Privacy policy…)."""

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from django.db.models import BooleanField, ExpressionWrapper, F, Max, Q
from django.db.models.functions import Greatest

from masthead.articles.models import Article, Page
from masthead.core.pagecache import keys as surrogate
from masthead.core.paths import page_path
from masthead.syndication.sitemaps import SiteSitemap, absolute, hreflang

# Section, tag and author files name the surrogate keys of each page they list, which go out in the
# Surrogate-Key and Cache-Tag headers: a hundred keeps those headers the size of a page's.
LISTS_LIMIT = 100


@dataclass(frozen=True)
class ListKind:
    """A kind of list page: the story field that lists a story there, its page and its key."""

    field: str
    view: str
    argument: str
    key: str


LIST_KINDS = {
    "sections": ListKind("section", "articles:section", "section", "section"),
    "tags": ListKind("tags", "articles:tag", "slug", "tag"),
    "authors": ListKind("authors", "authors:detail", "slug", "author"),
}


class ListsSitemap(SiteSitemap):
    """The section, tag or author pages, each in every language it has published stories in."""

    def __init__(self, name: str, now: datetime, rows: list[dict] | None = None):
        self.name = name
        self.kind = LIST_KINDS[name]
        self.now = now
        self.limit = LISTS_LIMIT
        if rows is not None:  # the sections', as `months_and_sections` found them
            self.rows = rows

    @cached_property
    def rows(self) -> list[dict]:
        """(page, language) with the latest change of its stories, by page then language: one query."""
        field = self.kind.field
        stories = Article.objects.published(self.now).filter(**{f"{field}__isnull": False})
        rows = (
            stories.values(page_id=F(f"{field}__id"), page_slug=F(f"{field}__slug"), lang=F("language"))
            .annotate(lastmod=Max(Greatest("updated_at", "published_at")))
            .order_by("page_id", "lang")
        )
        return list(rows)

    def items(self) -> list[dict]:
        return self.rows

    @cached_property
    def versions(self) -> dict[int, dict[str, str]]:
        """{page id: {language: address}} of every listed page."""
        versions: dict[int, dict[str, str]] = {}
        for row in self.rows:
            versions.setdefault(row["page_id"], {})[row["lang"]] = absolute(self.location(row))
        return versions

    def location(self, item: dict) -> str:
        return page_path(self.kind.view, item["lang"], **{self.kind.argument: item["page_slug"]})

    def lastmod(self, item: dict) -> datetime:
        return item["lastmod"]

    def alternates_of(self, item: dict, location: str) -> list[tuple[str, str]]:
        return hreflang(self.versions[item["page_id"]])

    def files(self) -> list[tuple[int, datetime]]:
        """(page number, latest change in it) of each file: none when nothing is listed."""
        if not self.rows:
            return []
        pages = (self.paginator.page(n).object_list for n in self.paginator.page_range)
        return [(n, max(row["lastmod"] for row in rows)) for n, rows in enumerate(pages, 1)]

    def keys(self, urls: list[dict]) -> list[str]:
        pks = [url["item"]["page_id"] for url in urls]
        found = [f"{self.kind.key}-{pk}" for pk in pks]
        if self.kind.key != "section":  # a section's key is its list's; tags and authors have two
            found += sorted(surrogate.lists_of(self.kind.key, pks))
        return found


# --- standing pages --------------------------------------------------------------------------------


class PagesSitemap(SiteSitemap):
    """The published standing pages, each with its published translation as an hreflang alternate.

    A page's save purges "pages" (masthead.articles.signals), the one key these files carry.
    """

    limit = LISTS_LIMIT

    @cached_property
    def rows(self) -> list[dict]:
        """Every published page, by language: one query."""
        translation_live = Q(translation__status=Page.Status.PUBLISHED)
        pages = Page.objects.published().order_by("language", "pk")
        return list(
            pages.values(
                "pk",
                "language",
                "slug",
                "translation__language",
                "translation__slug",
                lastmod=Greatest("updated_at", "published_at"),
                translation_live=ExpressionWrapper(translation_live, output_field=BooleanField()),
            )
        )

    def items(self) -> list[dict]:
        return self.rows

    def location(self, item: dict) -> str:
        return page_path("articles:page", item["language"], slug=item["slug"])

    def lastmod(self, item: dict) -> datetime:
        return item["lastmod"]

    def alternates_of(self, item: dict, location: str) -> list[tuple[str, str]]:
        other = item["translation__language"]
        if not item["translation_live"] or other == item["language"]:
            return []
        path = page_path("articles:page", other, slug=item["translation__slug"])
        return hreflang({item["language"]: location, other: absolute(path)})

    def files(self) -> list[tuple[int, datetime]]:
        """(page number, latest change in it) of each file: none when no page is published."""
        if not self.rows:
            return []
        pages = (self.paginator.page(n).object_list for n in self.paginator.page_range)
        return [(n, max(row["lastmod"] for row in rows)) for n, rows in enumerate(pages, 1)]

    def keys(self, urls: list[dict]) -> list[str]:
        return [surrogate.PAGES]


# --- Google News -----------------------------------------------------------------------------------
