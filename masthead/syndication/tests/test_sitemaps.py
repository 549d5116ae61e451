"""The sitemap index, the monthly story files, the list pages' files and the Google News sitemap,
read as a crawler reads them (lxml), through the production stack and its page cache."""

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from lxml import etree, html

from masthead.articles import services
from masthead.articles.models import Article
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    TagFactory,
    UserFactory,
)
from masthead.core.pagecache.backend import get_store
from masthead.core.pagecache.wsgi import CachedPagesApp
from masthead.core.tests.test_pagecache import django_must_not_be_called, fetch
from masthead.syndication import sitemap_lists, sitemaps

pytestmark = pytest.mark.django_db
S = Article.Status

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
NS = {"s": SITEMAP, "xhtml": XHTML, "news": NEWS}
W3C = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}")
# A fixed Monday morning, after every stamp the test run left (the page cache compares them).
NOW = datetime(2031, 6, 16, 6, 0, tzinfo=UTC)  # 09:00 in Manama


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


def url(path: str) -> str:
    return settings.MASTHEAD_SITE_URL + iri_to_uri(path)


def address(story: Article) -> str:
    return url(story.get_absolute_url())


def second(moment: datetime) -> datetime:
    """A time as sitemaps give it: to the second."""
    return moment.replace(microsecond=0)


@pytest.fixture
def newsroom():
    """Stories in both languages, a linked pair among them, and stories no crawler may see."""
    business = SectionFactory(slug="business", name="Business", name_ar="أعمال")
    pearling = TagFactory(name="Pearling", slug="pearling")
    mariam = AuthorFactory(name="Mariam Saleh", slug="mariam-saleh")
    now = timezone.now()
    en = ArticleFactory(
        headline="Causeway tolls cut for commuters & hauliers",
        slug="causeway-tolls-cut",
        published_at=now - timedelta(hours=1),
        tags=[pearling],
        authors=[mariam],
    )
    ar = ArticleFactory(
        language="ar",
        headline="خفض رسوم جسر الملك فهد",
        slug="خفض-رسوم-الجسر",
        published_at=now - timedelta(minutes=50),
        translation=en,
        authors=[mariam],
    )
    Article.objects.filter(pk=en.pk).update(translation=ar)
    may = ArticleFactory(slug="pearl-diving-season", section=business, published_at=now - timedelta(days=31))
    ArticleFactory(language="ar", slug="موسم-الغوص", status=S.DRAFT, published_at=None, translation=may)
    Article.objects.filter(pk=may.pk).update(translation=Article.objects.get(slug="موسم-الغوص"))
    old = ArticleFactory(slug="dhow-race-results", published_at=now - timedelta(hours=49))
    hidden = [
        ArticleFactory(slug="a-draft", status=S.DRAFT, published_at=None),
        ArticleFactory(slug="in-review", status=S.IN_REVIEW, published_at=None),
        ArticleFactory(slug="coming-up", status=S.SCHEDULED, published_at=now + timedelta(hours=2)),
        ArticleFactory(slug="taken-down", status=S.UNPUBLISHED, published_at=now - timedelta(hours=3)),
    ]
    for story in (en, ar, may, old):  # linking moved their `updated_at`
        story.refresh_from_db()
    return type(
        "Newsroom",
        (),
        {"en": en, "ar": ar, "may": may, "old": old, "hidden": hidden, "tag": pearling, "author": mariam},
    )


def parse(response) -> etree._Element:
    assert response.status_code == 200, response.status_code
    assert response.headers["Content-Type"] == "application/xml; charset=utf-8"
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    return etree.fromstring(response.content)


def get(client, path: str) -> etree._Element:
    return parse(client.get(path))


def entries(root: etree._Element) -> dict[str, etree._Element]:
    """{loc: <url>} of a urlset, checking what every entry must have."""
    assert root.tag == f"{{{SITEMAP}}}urlset"
    found = {}
    for element in root.findall("s:url", NS):
        (loc,) = element.findall("s:loc", NS)
        assert loc.text not in found, "listed twice"
        found[loc.text] = element
    return found


def alternates(element: etree._Element) -> dict[str, str]:
    links = element.findall("xhtml:link", NS)
    assert all(link.get("rel") == "alternate" for link in links)
    return {link.get("hreflang"): link.get("href") for link in links}


def lastmod(element: etree._Element) -> datetime:
    (text,) = [e.text for e in element.findall("s:lastmod", NS)]
    assert W3C.fullmatch(text), text
    return datetime.fromisoformat(text)


def index(client) -> dict[str, datetime | None]:
    root = get(client, "/sitemap.xml")
    assert root.tag == f"{{{SITEMAP}}}sitemapindex"
    found = {}
    for element in root.findall("s:sitemap", NS):
        loc = element.findtext("s:loc", namespaces=NS)
        found[loc] = lastmod(element) if element.find("s:lastmod", NS) is not None else None
    return found


def file_url(stem: str) -> str:
    return url(f"/sitemaps/{stem}.xml")


# --- the index --------------------------------------------------------------------------------------


def test_the_index_lists_a_file_per_language_and_month_with_stories(client, newsroom):
    listed = index(client)
    assert set(listed) == {
        file_url("news-en"),
        file_url("news-ar"),
        file_url("sections"),
        file_url("tags"),
        file_url("authors"),
        file_url("stories-en-2031-06"),
        file_url("stories-en-2031-05"),
        file_url("stories-ar-2031-06"),  # its May story is a draft: no Arabic May file
    }
    june = [newsroom.en, newsroom.old]
    assert listed[file_url("stories-en-2031-06")] == second(max(a.updated_at for a in june))
    assert listed[file_url("stories-en-2031-05")] == second(newsroom.may.updated_at)
    assert listed[file_url("news-ar")] == second(newsroom.ar.updated_at)


def test_months_are_the_newsrooms(client, settings):
    """In its time zone (Manama, UTC+3): half past midnight on 1 June is June's, not May's."""
    settings.TIME_ZONE = "Asia/Bahrain"
    june = ArticleFactory(published_at=datetime(2031, 5, 31, 21, 30, tzinfo=UTC))
    may = ArticleFactory(published_at=datetime(2031, 5, 31, 20, 59, tzinfo=UTC))
    listed = index(client)
    assert file_url("stories-en-2031-06") in listed and file_url("stories-en-2031-05") in listed
    assert set(entries(get(client, "/sitemaps/stories-en-2031-06.xml"))) == {address(june)}
    assert set(entries(get(client, "/sitemaps/stories-en-2031-05.xml"))) == {address(may)}


def test_an_empty_newsroom_has_an_index_of_its_news_sitemaps(client):
    assert set(index(client)) == {file_url("news-en"), file_url("news-ar")}
    assert entries(get(client, "/sitemaps/news-en.xml")) == {}


def test_every_file_the_index_lists_answers(client, newsroom):
    for location in index(client):
        response = client.get(location.removeprefix(settings.MASTHEAD_SITE_URL))
        parse(response)


def not_found(client, path: str) -> bool:
    """Not found, as a crawler ends up (Django's locale middleware may first redirect a root
    address it does not know into a language, where it is not found either)."""
    return client.get(path, follow=True).status_code == 404


def test_files_the_index_does_not_list_are_not_found(client, newsroom):
    for path in (
        "/sitemaps/stories-ar-2031-05.xml",  # no published story that month
        "/sitemaps/stories-en-2031-06-2.xml",  # one file is enough
        "/sitemaps/stories-en-2031-06-1.xml",  # the first file has one address
        "/sitemaps/stories-fr-2031-06.xml",
        "/sitemaps/stories-en-2031-13.xml",
        "/sitemaps/stories-en-0000-01.xml",
        "/sitemaps/stories-en-9999-12.xml",
        "/sitemaps/tags-2.xml",
        "/sitemaps/news-fr.xml",
    ):
        assert not_found(client, path), path


def test_a_file_says_its_language(client, newsroom):
    assert client.get("/sitemaps/stories-ar-2031-06.xml")["Content-Language"] == "ar"
    assert client.get("/sitemaps/news-en.xml", HTTP_ACCEPT_LANGUAGE="ar")["Content-Language"] == "en"
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="ar")["Content-Language"] == "en, ar"


# --- a month of stories --------------------------------------------------------------------------------


def test_a_month_lists_its_published_stories_with_their_last_change(client, newsroom):
    june = entries(get(client, "/sitemaps/stories-en-2031-06.xml"))
    assert set(june) == {address(newsroom.en), address(newsroom.old)}
    assert lastmod(june[address(newsroom.en)]) == second(newsroom.en.updated_at)
    hidden = {address(story) for story in newsroom.hidden}
    for path in ("/sitemaps/stories-en-2031-05.xml", "/sitemaps/stories-ar-2031-06.xml"):
        assert not hidden & set(entries(get(client, path)))
    assert set(entries(get(client, "/sitemaps/stories-en-2031-05.xml"))) == {address(newsroom.may)}


def test_a_story_and_its_translation_name_each_other(client, newsroom):
    en = entries(get(client, "/sitemaps/stories-en-2031-06.xml"))[address(newsroom.en)]
    ar = entries(get(client, "/sitemaps/stories-ar-2031-06.xml"))[address(newsroom.ar)]
    pair = {"en": address(newsroom.en), "ar": address(newsroom.ar), "x-default": address(newsroom.en)}
    assert alternates(en) == alternates(ar) == pair
    assert "%D8%AE%D9%81%D8%B6" in pair["ar"]  # the Arabic slug, percent-encoded as on the page


def test_the_alternates_are_those_the_page_itself_names(client, newsroom):
    page = html.fromstring(client.get(newsroom.en.get_absolute_url()).content)
    links = page.xpath("//link[@rel='alternate'][@hreflang]")  # not the feeds' links
    on_page = {link.get("hreflang"): link.get("href") for link in links}
    en = entries(get(client, "/sitemaps/stories-en-2031-06.xml"))[address(newsroom.en)]
    assert alternates(en) == on_page


def test_a_story_whose_translation_is_not_live_has_no_alternates(client, newsroom):
    (may,) = entries(get(client, "/sitemaps/stories-en-2031-05.xml")).values()
    assert alternates(may) == {}
    june = entries(get(client, "/sitemaps/stories-en-2031-06.xml"))
    assert alternates(june[address(newsroom.old)]) == {}


def test_addresses_come_from_the_site_url_not_the_request(client, newsroom, settings):
    settings.MASTHEAD_SITE_URL = "https://news.example.com"
    june = entries(get(client, "/sitemaps/stories-en-2031-06.xml"))
    assert set(june) == {f"https://news.example.com{newsroom.en.get_absolute_url()}", address(newsroom.old)}
    assert all(loc.startswith("https://news.example.com/sitemaps/") for loc in index(client))


def test_a_big_month_goes_on_in_numbered_files(client, newsroom, monkeypatch):
    monkeypatch.setattr(sitemaps, "STORIES_LIMIT", 2)
    more = [ArticleFactory(published_at=timezone.now() - timedelta(hours=2 + n)) for n in range(3)]
    stems = ["stories-en-2031-06", "stories-en-2031-06-2", "stories-en-2031-06-3"]
    listed = index(client)
    assert [file_url(stem) for stem in stems] == [loc for loc in listed if "stories-en-2031-06" in loc]
    seen = []
    for stem in stems:
        found = entries(get(client, f"/sitemaps/{stem}.xml"))
        assert 1 <= len(found) <= 2
        seen += found
    assert sorted(seen) == sorted(address(a) for a in [newsroom.en, newsroom.old, *more])
    assert not_found(client, "/sitemaps/stories-en-2031-06-4.xml")


def test_no_file_can_pass_the_size_limit_whatever_its_addresses(client, monkeypatch):
    """Files are cut by the longest entry the fields allow: here, slugs of 200 four-byte letters
    on both sides of every pair (twelve characters each once percent-encoded)."""
    per_file = 3
    monkeypatch.setattr(sitemaps, "MAX_BYTES", sitemaps.FILE_MARKUP + per_file * sitemaps.longest_entry())
    assert sitemaps.stories_per_file() == per_file
    for n in range(7):
        when = timezone.now() - timedelta(hours=n)
        ar = ArticleFactory(language="ar", slug=f"{n:02}" + "𝐀" * 198, published_at=when)
        en = ArticleFactory(slug=f"{n:02}" + "𝐁" * 198, published_at=when, translation=ar)
        Article.objects.filter(pk=ar.pk).update(translation=en)
    files = [loc for loc in index(client) if "stories-ar-2031-06" in loc]
    assert len(files) == 3
    for location in files:
        response = client.get(location.removeprefix(settings.MASTHEAD_SITE_URL))
        found = entries(parse(response))
        assert 1 <= len(found) <= per_file
        assert all(len(alternates(entry)) == 3 for entry in found.values())
        assert len(response.content) <= sitemaps.MAX_BYTES


def test_the_default_limits_are_googles():
    per_file = sitemaps.stories_per_file()
    assert per_file <= 50_000
    assert sitemaps.FILE_MARKUP + per_file * sitemaps.longest_entry() <= 50 * 1024 * 1024
    assert sitemaps.NEWS_LIMIT == 1000
    assert timedelta(hours=48) == sitemaps.NEWS_WINDOW


# --- sections, tags and authors --------------------------------------------------------------------------


def test_list_pages_are_listed_in_each_language_they_have_stories_in(client, newsroom):
    sections = entries(get(client, "/sitemaps/sections.xml"))
    news, business = newsroom.en.section, newsroom.may.section
    news_en, news_ar = url(f"/en/{news.slug}/"), url(f"/ar/{news.slug}/")
    assert set(sections) == {news_en, news_ar, url(f"/en/{business.slug}/")}
    assert alternates(sections[news_en]) == {"en": news_en, "ar": news_ar, "x-default": news_en}
    assert alternates(sections[url(f"/en/{business.slug}/")]) == {}  # no Arabic story in it
    assert lastmod(sections[news_ar]) == second(newsroom.ar.updated_at)

    tags = entries(get(client, "/sitemaps/tags.xml"))
    assert set(tags) == {url("/en/tags/pearling/")}
    authors = entries(get(client, "/sitemaps/authors.xml"))
    mariam = {"en": url("/en/authors/mariam-saleh/"), "ar": url("/ar/authors/mariam-saleh/")}
    assert set(authors) == set(mariam.values())
    assert alternates(authors[mariam["ar"]]) == {**mariam, "x-default": mariam["en"]}


def test_tags_go_on_in_numbered_files(client, newsroom, monkeypatch):
    monkeypatch.setattr(sitemap_lists, "LISTS_LIMIT", 2)
    monkeypatch.setattr(sitemap_lists.ListsSitemap, "limit", 2)
    tags = [TagFactory(slug=f"tag-{n}") for n in range(3)]
    newsroom.old.tags.add(*tags)
    listed = [loc for loc in index(client) if "/tags" in loc]
    assert listed == [file_url("tags"), file_url("tags-2")]
    first, second = (entries(get(client, f"/sitemaps/{stem}.xml")) for stem in ("tags", "tags-2"))
    assert len(first) == 2 and len(second) == 2 and not set(first) & set(second)


def test_list_files_carry_the_keys_of_the_pages_they_list(client, newsroom):
    keys = set(client.get("/sitemaps/tags.xml")["Surrogate-Key"].split())
    assert keys == {"home", f"tag-{newsroom.tag.pk}", f"tag-{newsroom.tag.pk}-list"}
    keys = set(client.get("/sitemaps/authors.xml")["Surrogate-Key"].split())
    assert keys == {"home", f"author-{newsroom.author.pk}", f"author-{newsroom.author.pk}-list"}
    keys = set(client.get("/sitemaps/stories-en-2031-05.xml")["Surrogate-Key"].split())
    assert keys == {"home", f"section-{newsroom.may.section_id}"}


# --- Google News ----------------------------------------------------------------------------------------


def news(client, language: str = "en") -> dict[str, etree._Element]:
    root = get(client, f"/sitemaps/news-{language}.xml")
    assert root.nsmap == {None: SITEMAP, "news": NEWS}
    return entries(root)


def test_the_news_sitemap_gives_what_google_news_asks_for(client, newsroom):
    found = news(client)
    assert set(found) == {address(newsroom.en)}
    (item,) = found[address(newsroom.en)].findall("news:news", NS)
    assert item.findtext("news:publication/news:name", namespaces=NS) == settings.MASTHEAD_SITE_NAME
    assert item.findtext("news:publication/news:language", namespaces=NS) == "en"
    published = item.findtext("news:publication_date", namespaces=NS)
    assert W3C.fullmatch(published) and datetime.fromisoformat(published) == second(newsroom.en.published_at)
    assert item.findtext("news:title", namespaces=NS) == "Causeway tolls cut for commuters & hauliers"
    (arabic,) = news(client, "ar").values()
    assert arabic.findtext("news:news/news:publication/news:language", namespaces=NS) == "ar"
    assert arabic.findtext("news:news/news:title", namespaces=NS) == "خفض رسوم جسر الملك فهد"


def test_the_news_sitemap_holds_the_last_48_hours_only(client, newsroom, clock):
    assert address(newsroom.old) not in news(client)  # 49 hours old
    clock.shift(timedelta(hours=46, minutes=59))
    assert address(newsroom.en) in news(client)  # 47 h 59 min
    clock.shift(timedelta(minutes=2))
    assert address(newsroom.en) not in news(client)


def test_the_news_sitemap_holds_the_newest_thousand(client, newsroom, monkeypatch):
    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 3)
    newer = [ArticleFactory(published_at=timezone.now() - timedelta(minutes=n)) for n in range(1, 4)]
    assert set(news(client)) == {address(a) for a in newer}


# --- the page cache ---------------------------------------------------------------------------------------

FILES = [
    "/sitemap.xml",
    "/sitemaps/stories-en-2031-06.xml",
    "/sitemaps/news-en.xml",
    "/sitemaps/sections.xml",
    "/sitemaps/tags.xml",
    "/sitemaps/authors.xml",
]


def from_cache(path: str):
    """The cache front's answer, or None when Django would have to make the file."""
    try:
        return fetch(path, app=CachedPagesApp(django_must_not_be_called, get_store()))
    except AssertionError:
        return None


def warm() -> dict[str, str]:
    texts = {}
    for path in FILES:
        response = fetch(path)
        assert response.status_code == 200, path
        texts[path] = response.text
    return texts


def test_a_second_request_comes_from_the_page_cache(newsroom):
    first = warm()
    for path in FILES:
        hit = from_cache(path)
        assert hit is not None, path
        assert hit.headers["X-Cache"] == "HIT" and hit.text == first[path]
        assert hit.headers["Content-Type"] == "application/xml; charset=utf-8"


@pytest.fixture
def editor():
    return UserFactory(username="desk", role="Editor")


def test_publishing_and_unpublishing_purge_every_sitemap(
    newsroom, editor, django_capture_on_commit_callbacks
):
    draft = newsroom.hidden[0]
    draft.tags.add(newsroom.tag)
    warm()
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(article=draft, by=editor)
    assert all(from_cache(path) is None for path in FILES)
    texts = warm()
    assert address(draft) in texts["/sitemaps/stories-en-2031-06.xml"]
    assert address(draft) in texts["/sitemaps/news-en.xml"]

    with django_capture_on_commit_callbacks(execute=True):
        services.unpublish(article=draft, by=editor)
    assert all(from_cache(path) is None for path in FILES)
    texts = warm()
    assert address(draft) not in texts["/sitemaps/stories-en-2031-06.xml"]
    assert address(draft) not in texts["/sitemaps/news-en.xml"]


def test_a_story_edit_elsewhere_leaves_nothing_stale(newsroom, django_capture_on_commit_callbacks):
    warm()
    with django_capture_on_commit_callbacks(execute=True):
        newsroom.may.slug = "pearl-diving-season-opens"
        newsroom.may.save()
    assert from_cache("/sitemaps/stories-en-2031-06.xml") is None  # "home": any story's change
    assert "pearl-diving-season-opens" in fetch("/sitemaps/stories-en-2031-05.xml").text


def test_renaming_a_section_tag_or_author_purges_the_files_with_their_addresses(
    newsroom, django_capture_on_commit_callbacks
):
    warm()
    with django_capture_on_commit_callbacks(execute=True):
        newsroom.tag.slug = "pearl-diving"
        newsroom.tag.save()
    assert from_cache("/sitemaps/tags.xml") is None
    assert "/en/tags/pearl-diving/" in fetch("/sitemaps/tags.xml").text
    with django_capture_on_commit_callbacks(execute=True):
        newsroom.author.slug = "mariam-al-saleh"
        newsroom.author.save()
    assert from_cache("/sitemaps/authors.xml") is None
    assert "/en/authors/mariam-al-saleh/" in fetch("/sitemaps/authors.xml").text
    with django_capture_on_commit_callbacks(execute=True):
        section = newsroom.en.section
        section.slug = "headlines"
        section.save()
    for path in ("/sitemaps/stories-en-2031-06.xml", "/sitemaps/news-en.xml", "/sitemaps/sections.xml"):
        assert from_cache(path) is None, path
    assert url("/en/headlines/causeway-tolls-cut/") in fetch("/sitemaps/news-en.xml").text


def test_the_news_sitemap_expires_when_its_oldest_story_turns_48_hours_old(clock):
    ArticleFactory(slug="today", published_at=timezone.now() - timedelta(hours=1))
    ArticleFactory(slug="yesterday", published_at=timezone.now() - timedelta(hours=30))
    first = fetch("/sitemaps/news-en.xml")
    assert "/yesterday/" in first.text
    left = int(re.search(r"s-maxage=([0-9]+)", first.headers["Cache-Control"]).group(1))
    assert 18 * 3600 - 60 < left <= 18 * 3600  # what shared caches are told too
    clock.shift(timedelta(hours=17, minutes=59))
    assert from_cache("/sitemaps/news-en.xml") is not None
    clock.shift(timedelta(minutes=1, seconds=1))
    assert from_cache("/sitemaps/news-en.xml") is None
    assert "/yesterday/" not in fetch("/sitemaps/news-en.xml").text


def test_a_scheduled_story_is_in_the_sitemaps_the_second_its_time_comes(newsroom, clock):
    """No worker, no purge: the files expire at its time."""
    scheduled = next(a for a in newsroom.hidden if a.status == S.SCHEDULED)
    texts = warm()
    assert address(scheduled) not in texts["/sitemaps/news-en.xml"]
    clock.shift(timedelta(hours=1, minutes=59))
    assert all(from_cache(path) is not None for path in FILES)
    clock.shift(timedelta(minutes=1, seconds=1))
    for path in ("/sitemap.xml", "/sitemaps/stories-en-2031-06.xml", "/sitemaps/news-en.xml"):
        assert from_cache(path) is None, path
    assert address(scheduled) in fetch("/sitemaps/news-en.xml").text
    assert address(scheduled) in fetch("/sitemaps/stories-en-2031-06.xml").text


def test_a_past_month_is_kept_until_purged(newsroom, clock):
    fetch("/sitemaps/stories-en-2031-05.xml")
    clock.shift(timedelta(days=30))
    assert from_cache("/sitemaps/stories-en-2031-05.xml") is not None


# --- cost -------------------------------------------------------------------------------------------------


def many_stories(count: int) -> None:
    """`count` stories this month in both languages, half of them linked pairs, tagged and signed."""
    tags = [TagFactory(slug=f"topic-{n}") for n in range(3)]
    authors = [AuthorFactory(slug=f"writer-{n}") for n in range(3)]
    now = timezone.now()
    for n in range(count // 2):
        when = now - timedelta(hours=1 + n)
        en = ArticleFactory(published_at=when, tags=tags[: n % 3 + 1], authors=authors[: n % 2 + 1])
        ar = ArticleFactory(language="ar", slug=f"خبر-{n}", published_at=when, translation=en)
        if n % 2:
            Article.objects.filter(pk=en.pk).update(translation=ar)
    ArticleFactory(slug="coming-up", status=S.SCHEDULED, published_at=now + timedelta(hours=3))


QUERIES = {
    # news lastmods, the first story's month, months and sections, tags, authors, standing pages,
    # next scheduled story
    "/sitemap.xml": 7,
    # the month's count, its stories, its next scheduled story, the sections (kept afterwards)
    "/sitemaps/stories-en-2031-06.xml": 4,
    # its stories, the sections, the next scheduled story
    "/sitemaps/news-ar.xml": 3,
    # its pages, the next scheduled story
    "/sitemaps/tags.xml": 2,
}


@pytest.mark.parametrize("count", [5, 60])
@pytest.mark.parametrize("path", list(QUERIES))
def test_a_file_costs_the_same_queries_for_5_and_60_stories(client, django_assert_num_queries, count, path):
    many_stories(count)
    with django_assert_num_queries(QUERIES[path]):
        response = client.get(path)
    assert response.status_code == 200
    if "stories" in path:
        assert len(entries(parse(response))) == count // 2
