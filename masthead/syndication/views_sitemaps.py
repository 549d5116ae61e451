"""The sitemap index and its files (masthead.syndication.sitemaps), each in a fixed number of queries.

What purges them. Every file that lists stories carries "home", which every change of a story
purges (publishing, editing, unpublishing, its tags and byline: `page_keys`): the key that
names "some story changed". A month's file carries no narrower key because none would be exact:
its stories' own keys miss a story that joins the month (published, or moved to it), and fifty
thousand of them would not fit a Surrogate-Key header anyway. It costs little: a purge only
drops the file, which is made again, in a few queries, when a crawler next asks for it, and the
index tells crawlers by `lastmod` which months changed. Files also carry the keys of the
sections in their addresses (a section's new slug changes every story address in it), and the
section, tag and author files the keys of the pages they list (a new slug, a deleted tag). The
standing pages' file (/sitemaps/pages.xml) and the index carry "pages", which a page's change purges.

What expires them. A scheduled story appears the second its time comes, with no edit to purge
anything, and the News sitemap's oldest story leaves it 48 hours after its publication: each file
is kept (`keep_until`) only until the first such moment that changes it.
"""

from datetime import datetime

from django.conf import settings
from django.core.paginator import EmptyPage
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_safe

from masthead.articles.selectors import all_sections
from masthead.core.context_processors import site_name
from masthead.core.pagecache import keys
from masthead.core.pagecache.middleware import keep_until
from masthead.syndication import sitemaps
from masthead.syndication.sitemap_lists import LIST_KINDS, ListsSitemap, PagesSitemap
from masthead.syndication.sitemaps import NEWS_WINDOW, StoriesSitemap, StoryPaths

XML = "application/xml; charset=utf-8"


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


BOTH = ", ".join(_languages())  # Content-Language of the files that list pages in every language


def _xml(
    request: HttpRequest,
    template: str,
    context: dict,
    *,
    shows: list[str],
    language: str,
    until: datetime | None,
) -> HttpResponse:
    """The file, filed under the keys of what it `shows`, kept at most `until`."""
    keys.add(request, keys.HOME, *shows)
    response = HttpResponse(render_to_string(template, context), content_type=XML)
    # Said here, so a cached copy does not carry the language of whoever asked first.
    response["Content-Language"] = language
    return keep_until(response, until)


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """/sitemap.xml: every sitemap file, each with the time of the latest change in it."""
    now = timezone.now()
    files = []
    news = sitemaps.news_lastmods(now)
    for language in _languages():
        files.append((sitemaps.file_path(f"news-{language}"), news.get(language)))
    months, sections = sitemaps.months_and_sections(now)
    for name in LIST_KINDS:
        lists = ListsSitemap(name, now, rows=sections if name == "sections" else None)
        files += [(sitemaps.file_path(name, page), lastmod) for page, lastmod in lists.files()]
    files += [(sitemaps.file_path("pages", page), lastmod) for page, lastmod in PagesSitemap().files()]
    for month in months:
        files += [(sitemaps.file_path(month.stem, page), month.lastmod) for page in range(1, month.files + 1)]
    entries = [
        {"location": sitemaps.absolute(path), "lastmod": lastmod and sitemaps.w3c(lastmod)}
        for path, lastmod in files
    ]
    until = sitemaps.next_going_live(now)
    context = {"sitemaps": entries}
    shows = [keys.PAGES]  # a page's first publication adds the pages' file
    return _xml(request, "syndication/sitemap_index.xml", context, shows=shows, language=BOTH, until=until)


def _page(page: str | None) -> int:
    return int(page) if page else 1


@require_safe
def stories(
    request: HttpRequest, language: str, year: str, month: str, page: str | None = None
) -> HttpResponse:
    """/sitemaps/stories-<language>-<yyyy>-<mm>[-<page>].xml: a month of one language's stories."""
    now = timezone.now()
    try:
        start = sitemaps.month_start(int(year), int(month))
        sitemaps.next_month(start)
    except (ValueError, OverflowError) as error:  # year 0000, or the month after 9999-12
        raise Http404("No such month") from error
    found = sitemaps.month(now, language, start)
    if found is None:
        raise Http404("No stories that month")
    sitemap = StoriesSitemap(found, now, all_sections())
    try:
        urls = sitemap.get_urls(page=_page(page))
    except EmptyPage as error:
        raise Http404("No such page") from error
    shows = [f"section-{pk}" for pk in sorted(sitemap.section_ids(urls))]
    # A month still running may gain a scheduled story; a past one cannot.
    until = sitemaps.next_going_live(now, language=language, before=found.end) if found.end > now else None
    context = {"entries": sitemaps.url_entries(urls)}
    return _xml(request, "syndication/sitemap.xml", context, shows=shows, language=language, until=until)


@require_safe
def lists(request: HttpRequest, name: str, page: str | None = None) -> HttpResponse:
    """/sitemaps/sections.xml, tags.xml, authors.xml (and their -<page>.xml): the list pages."""
    now = timezone.now()
    sitemap = ListsSitemap(name, now)
    if not sitemap.rows:
        raise Http404("Nothing listed")
    try:
        urls = sitemap.get_urls(page=_page(page))
    except EmptyPage as error:
        raise Http404("No such page") from error
    until = sitemaps.next_going_live(now)
    context = {"entries": sitemaps.url_entries(urls)}
    shows = sitemap.keys(urls)
    return _xml(request, "syndication/sitemap.xml", context, shows=shows, language=BOTH, until=until)


@require_safe
def pages(request: HttpRequest, page: str | None = None) -> HttpResponse:
    """/sitemaps/pages.xml (and its -<page>.xml): the standing pages (About us, Privacy policy…)."""
    sitemap = PagesSitemap()
    if not sitemap.rows:
        raise Http404("No published page")
    try:
        urls = sitemap.get_urls(page=_page(page))
    except EmptyPage as error:
        raise Http404("No such page") from error
    context = {"entries": sitemaps.url_entries(urls)}
    shows = sitemap.keys(urls)
    return _xml(request, "syndication/sitemap.xml", context, shows=shows, language=BOTH, until=None)


@require_safe
def news(request: HttpRequest, language: str) -> HttpResponse:
    """/sitemaps/news-<language>.xml: the Google News sitemap, the stories of the last 48 hours."""
    now = timezone.now()
    found = sitemaps.news_stories(language, now)
    paths = StoryPaths(all_sections())
    entries = [
        {
            "location": sitemaps.absolute(paths(language, story["section_id"], story["slug"])),
            "published": sitemaps.w3c(story["published_at"]),
            "title": story["headline"],
        }
        for story in found
    ]
    context = {"stories": entries, "name": site_name(language), "language": language}
    # The oldest story leaves the window first; a scheduled story may join it before that.
    oldest_leaves: datetime | None = found[-1]["published_at"] + NEWS_WINDOW if found else None
    upcoming = sitemaps.next_going_live(now, language=language)
    until = min((t for t in (oldest_leaves, upcoming) if t is not None), default=None)
    shows = sorted({f"section-{story['section_id']}" for story in found})
    return _xml(request, "syndication/sitemap_news.xml", context, shows=shows, language=language, until=until)
