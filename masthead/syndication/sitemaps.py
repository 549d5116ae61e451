"""Sitemaps as Google documents them: what search engines are told the site holds.

/sitemap.xml is an index of every other file:
- /sitemaps/stories-<language>-<yyyy>-<mm>.xml: the stories of one language published in one
  month (in the newsroom's time zone), each with its last change and, when it has a published
  translation, hreflang alternates for both versions and x-default (the English one, as the
  pages' own <link rel="alternate"> tags say). A month too big for one file goes on in
  stories-…-2.xml, -3.xml…;
- /sitemaps/sections.xml, tags.xml and authors.xml: the list pages, in each language they have
  stories in (paged the same way, in much smaller files: see `sitemap_lists.LISTS_LIMIT`);
- /sitemaps/news-<language>.xml: the Google News sitemap, the stories of the last 48 hours.

Every file comes from the page cache after its first request. A story's change purges "home",
so each file that lists stories carries that key (see `views_sitemaps` for why no narrower one).
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from urllib.parse import quote

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    IntegerField,
    Max,
    Min,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from masthead.articles.models import Article, Section
from masthead.core.paths import page_path

# Google's limits for one file: 50,000 addresses and 50 MB uncompressed.
STORIES_LIMIT = 50_000
MAX_BYTES = 50 * 1024 * 1024
# Google News: stories of the last two days, at most a thousand in one file.
NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1_000
# Bytes of one story's <url> besides its addresses, and of a file besides its entries (generous).
ENTRY_MARKUP = 400
FILE_MARKUP = 400

STORY_FIELDS = (
    "slug", "section_id", "translation__language", "translation__slug", "translation__section_id",
)  # fmt: skip


def w3c(moment: datetime) -> str:
    """A time as sitemaps write it (W3C datetime, in the newsroom's time zone, to the second)."""
    return timezone.localtime(moment, timezone.get_default_timezone()).isoformat(timespec="seconds")


def absolute(path: str) -> str:
    """The public address of a path already quoted by reverse() (from settings, never the Host)."""
    return settings.MASTHEAD_SITE_URL + path


def file_path(stem: str, page: int = 1) -> str:
    """The address of a sitemap file: /sitemaps/tags.xml, then /sitemaps/tags-2.xml…"""
    return f"/sitemaps/{stem}{f'-{page}' if page > 1 else ''}.xml"


def hreflang(versions: dict[str, str]) -> list[tuple[str, str]]:
    """(hreflang, address) of each version of a page in several languages, and English as
    x-default (as the pages' own <link rel="alternate"> tags say).

    Nothing for a page in one language only: hreflang names alternatives, and it has none.
    """
    if len(versions) < 2:
        return []
    links = sorted(versions.items())
    if settings.LANGUAGE_CODE in versions:
        links.append(("x-default", versions[settings.LANGUAGE_CODE]))
    return links


def url_entries(urls: list[dict]) -> SafeString:
    """The <url> elements of a file, written here rather than in a template's loop: thousands of
    them cost seconds there, a fifth of that here."""
    return mark_safe("".join(map(_url_entry, urls)))  # every value is escaped below


def _url_entry(url: dict) -> str:
    links = "".join(
        f'<xhtml:link rel="alternate" hreflang="{escape(code)}" href="{escape(href)}"/>'
        for code, href in url["alternates"]
    )
    return f"<url><loc>{escape(url['location'])}</loc><lastmod>{url['lastmod']}</lastmod>{links}</url>\n"


def _languages() -> list[str]:
    """Every language, for filters on the stories' time: named, they let the database walk the
    (language, publication time) index, where SQLite without table statistics would otherwise
    read every published story through the status index."""
    return [code for code, _name in settings.LANGUAGES]


def next_going_live(
    now: datetime, *, language: str | None = None, before: datetime | None = None
) -> datetime | None:
    """When the next scheduled story goes live: it joins the sitemaps then, without an edit to purge
    them (`Article.objects.published()` counts it from that second)."""
    upcoming = Article.objects.filter(status__in=Article.LIVE_STATUSES, published_at__gt=now)
    upcoming = upcoming.filter(language__in=[language] if language else _languages())
    if before:
        upcoming = upcoming.filter(published_at__lt=before)
    return upcoming.aggregate(first=Min("published_at"))["first"]


class SiteSitemap(Sitemap):
    """Django's sitemap, with addresses from MASTHEAD_SITE_URL, times in W3C format and hreflang
    alternates given by `alternates_of(item, location)`."""

    changefreq = None  # Google ignores both
    priority = None

    def get_urls(self, page=1, site=None, protocol=None) -> list[dict]:
        scheme, _, domain = settings.MASTHEAD_SITE_URL.partition("://")
        urls = super().get_urls(page=page, site=_Site(domain), protocol=scheme)
        for url in urls:
            url["lastmod"] = w3c(url["lastmod"])
            url["alternates"] = self.alternates_of(url["item"], url["location"])
        return urls

    def alternates_of(self, item, location: str) -> list[tuple[str, str]]:
        return []


@dataclass(frozen=True)
class _Site:
    """What Django's Sitemap asks of a site: its domain (here with any path the site lives under)."""

    domain: str


class StoryPaths:
    """Story addresses without a reverse() each: "/<language>/<section>/" is worked out once per
    language and section, and each slug quoted onto it as reverse() quotes it."""

    def __init__(self, sections: Iterable[Section]):
        self._section_slugs = {section.pk: section.slug for section in sections}
        self._heads: dict[tuple[str, int], str] = {}

    def __call__(self, language: str, section_id: int, slug: str) -> str:
        head = self._heads.get((language, section_id))
        if head is None:
            section = self._section_slugs.get(section_id) or self._slug_of(section_id)
            sample = page_path("articles:detail", language, section=section, slug="x")
            head = self._heads[(language, section_id)] = sample.removesuffix("x/")
        return f"{head}{slug.translate(_QUOTED)}/"

    def _slug_of(self, section_id: int) -> str:
        # A section committed after the sections were read, and a story already filed in it.
        self._section_slugs[section_id] = Section.objects.values_list("slug", flat=True).get(pk=section_id)
        return self._section_slugs[section_id]


class _Quoted(dict):
    """A `str.translate` table: each character as reverse() quotes it in a path, worked out once
    (for fifty thousand Arabic slugs, `quote()` itself costs more than the rest of the file)."""

    def __missing__(self, code: int) -> str:
        self[code] = quote(chr(code))
        return self[code]


_QUOTED = _Quoted()


# --- stories, a file per language and month ----------------------------------------------------------


def month_start(year: int, month: int) -> datetime:
    """The first moment of a month in the newsroom's time zone."""
    return timezone.make_aware(datetime(year, month, 1), timezone.get_default_timezone())


def next_month(start: datetime) -> datetime:
    return month_start(start.year + start.month // 12, start.month % 12 + 1)


def stories_per_file() -> int:
    """How many stories one file lists: STORIES_LIMIT, or fewer if that many could pass MAX_BYTES.

    Fifty thousand Arabic stories could: a slug of 120 bytes is 360 characters percent-encoded,
    and an entry names up to four addresses (its own, then alternates for both languages and
    x-default). So the number comes from the longest entry the fields allow, not from the
    stories: the index and every file agree on it without asking the database, and each file
    stays quick to make again after a purge.
    """
    return max(1, min(STORIES_LIMIT, (MAX_BYTES - FILE_MARKUP) // longest_entry()))


def longest_entry() -> int:
    """The most bytes a story's <url> can take: four addresses of the site, a language, the
    longest section slug and a slug of 200 four-byte characters, percent-encoded."""
    section = "s" * Section._meta.get_field("slug").max_length
    slug = 3 * 4 * Article._meta.get_field("slug").max_length  # %XX for each of up to four bytes
    address = slug + max(
        len(absolute(page_path("articles:detail", code, section=section, slug="x"))) - 1
        for code, _name in settings.LANGUAGES
    )
    return ENTRY_MARKUP + 4 * address


@dataclass(frozen=True)
class Month:
    """The published stories of one language in one month, as the index and the files need them."""

    language: str
    start: datetime
    count: int
    lastmod: datetime

    @property
    def end(self) -> datetime:
        return next_month(self.start)

    @property
    def stem(self) -> str:
        return f"stories-{self.language}-{self.start:%Y-%m}"

    @property
    def files(self) -> int:
        return math.ceil(self.count / stories_per_file())


def months_and_sections(now: datetime) -> tuple[list[Month], list[dict]]:
    """Every language and month with published stories, newest first, and the rows of the
    sections' sitemap (`sitemap_lists.ListsSitemap.rows`): both from one pass over the stories
    (two queries)."""
    starts = _month_starts(now)
    if not starts:
        return [], []
    # Each story's month by comparisons the database makes itself, newest month first: SQLite
    # runs Django's TruncMonth as Python once per row, seconds for 100,000 stories.
    month_number = Case(
        *(When(published_at__gte=start, then=Value(n)) for n, start in reversed(list(enumerate(starts)))),
        output_field=IntegerField(),
    )
    rows = (
        Article.objects.published(now)
        .values("language", "section_id", "section__slug", month=month_number)
        .annotate(count=Count("pk"), lastmod=Max(Greatest("updated_at", "published_at")))
        .order_by()
    )
    by_month: dict[tuple[str, int], list] = {}
    by_section: dict[tuple[int, str], dict] = {}
    for row in rows:
        figures = by_month.setdefault((row["language"], row["month"]), [0, row["lastmod"]])
        figures[0] += row["count"]
        figures[1] = max(figures[1], row["lastmod"])
        section, language = key = (row["section_id"], row["language"])
        listed = by_section.setdefault(key, {"page_id": section, "page_slug": row["section__slug"]})
        listed["lang"] = language
        listed["lastmod"] = max(listed.get("lastmod", row["lastmod"]), row["lastmod"])
    months = [
        Month(language, starts[number], count, lastmod)
        for (language, number), (count, lastmod) in by_month.items()
    ]
    months.sort(key=lambda m: (m.language, -m.start.timestamp()))
    return months, [by_section[key] for key in sorted(by_section)]


def _month_starts(now: datetime) -> list[datetime]:
    """The start of every month from the earliest story's to now's, oldest first (of any story with
    a time, published or not: the index on the time answers that at once)."""
    first = Article.objects.aggregate(first=Min("published_at"))["first"]
    if first is None:
        return []
    local = timezone.localtime(first, timezone.get_default_timezone())
    starts = [month_start(local.year, local.month)]
    while (following := next_month(starts[-1])) <= now:
        starts.append(following)
    return starts


def month(now: datetime, language: str, start: datetime) -> Month | None:
    """One language's month, or None when it has no published story: one query."""
    stories = Article.objects.published(now).in_language(language)
    stories = stories.filter(published_at__gte=start, published_at__lt=next_month(start))
    row = stories.aggregate(count=Count("pk"), lastmod=Max(Greatest("updated_at", "published_at")))
    return Month(language, start, row["count"], row["lastmod"]) if row["count"] else None


class StoriesSitemap(SiteSitemap):
    """One month of one language's stories, oldest first, so that the first files of a month that
    needs several keep their stories as more are published."""

    def __init__(self, month: Month, now: datetime, sections: Iterable[Section]):
        self.month = month
        self.now = now
        self.limit = stories_per_file()
        self.paths = StoryPaths(sections)

    def items(self) -> QuerySet:
        # Worked out by the database: a datetime is the dearest column to load.
        translation_live = Q(
            translation__status__in=Article.LIVE_STATUSES, translation__published_at__lte=self.now
        )
        return (
            Article.objects.published(self.now)
            .in_language(self.month.language)
            .filter(published_at__gte=self.month.start, published_at__lt=self.month.end)
            .order_by("published_at", "pk")
            .values(
                *STORY_FIELDS,
                lastmod=Greatest("updated_at", "published_at"),
                translation_live=ExpressionWrapper(translation_live, output_field=BooleanField()),
            )
        )

    @cached_property
    def paginator(self) -> Paginator:
        paginator = Paginator(self.items(), self.limit)
        paginator.count = self.month.count  # counted with the month's other figures: no second COUNT
        return paginator

    def location(self, item: dict) -> str:
        return self.paths(self.month.language, item["section_id"], item["slug"])

    def lastmod(self, item: dict) -> datetime:
        return item["lastmod"]

    def alternates_of(self, item: dict, location: str) -> list[tuple[str, str]]:
        # Only a live translation: both pages then name each other ("Read in Arabic").
        if not item["translation_live"] or item["translation__language"] == self.month.language:
            return []
        language = item["translation__language"]
        other = self.paths(language, item["translation__section_id"], item["translation__slug"])
        return hreflang({self.month.language: location, language: absolute(other)})

    def section_ids(self, urls: list[dict]) -> set[int]:
        """The sections whose slugs the addresses of `urls` hold (their keys purge renamed ones)."""
        ids = {url["item"]["section_id"] for url in urls}
        ids.update(url["item"]["translation__section_id"] for url in urls if url["alternates"])
        return ids


# --- sections, tags and authors --------------------------------------------------------------------


def news_stories(language: str, now: datetime) -> list[dict]:
    """The newest published stories of the last 48 hours, at most NEWS_LIMIT: one query."""
    return list(
        Article.objects.published(now)
        .in_language(language)
        .filter(published_at__gt=now - NEWS_WINDOW)
        .order_by("-published_at", "-pk")
        .values("slug", "section_id", "headline", "published_at")[:NEWS_LIMIT]
    )


def news_lastmods(now: datetime) -> dict[str, datetime]:
    """{language: latest change among its stories of the last 48 hours}: one query."""
    rows = (
        Article.objects.published(now)
        .filter(published_at__gt=now - NEWS_WINDOW, language__in=_languages())
        .values("language")
        .annotate(lastmod=Max(Greatest("updated_at", "published_at")))
        .order_by()
    )
    return {row["language"]: row["lastmod"] for row in rows}
