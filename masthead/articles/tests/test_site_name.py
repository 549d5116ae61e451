"""The site's name in each language (MASTHEAD_SITE_NAME_AR): Arabic pages, feeds, structured data
and mail name the site in Arabic; English ones, and every one when no Arabic name is set, do not."""

import json
import re
from email.header import decode_header, make_header

import pytest
from django.core import mail
from django.test import Client

from masthead.articles.tests.factories import ArticleFactory, ImageFactory
from masthead.core.context_processors import site_name
from masthead.newsletter import notices
from masthead.newsletter.models import Subscriber
from masthead.newsletter.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

ENGLISH, ARABIC = "The Gulf Ledger", "سجل الخليج"


@pytest.fixture
def named(settings):
    settings.MASTHEAD_SITE_NAME, settings.MASTHEAD_SITE_NAME_AR = ENGLISH, ARABIC


def get(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def names_on(html: str) -> dict[str, str]:
    """Where a page names the site: the masthead, the footer, the title, Open Graph."""
    return {
        "masthead": re.search(r'<a class="brand"[^>]*>([^<]+)</a>', html).group(1),
        "footer": re.search(r'<p class="brand">([^<]+)</p>', html).group(1),
        "title": re.search(r"<title>([^<]+)</title>", html).group(1).rsplit(" · ", 1)[-1],
        "og:site_name": re.search(r'property="og:site_name" content="([^"]+)"', html).group(1),
    }


def json_ld(html: str) -> list[dict]:
    found = []
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        found += data if isinstance(data, list) else [data]
    return found


@pytest.mark.parametrize(("language", "name"), [("ar", ARABIC), ("en", ENGLISH)])
def test_each_languages_pages_name_the_site_in_that_language(named, language, name):
    story = ArticleFactory(language=language, featured_image=ImageFactory())
    for path in [f"/{language}/", f"/{language}/news/", story.get_absolute_url()]:
        assert set(names_on(get(path)).values()) == {name}, path


def test_the_arabic_home_pages_structured_data_names_the_publisher_in_arabic(named):
    ArticleFactory(language="ar")
    website, publisher = json_ld(get("/ar/"))
    assert website["name"] == ARABIC
    assert publisher["name"] == ARABIC and publisher["alternateName"] == ENGLISH
    assert publisher["logo"]["caption"] == ARABIC


def test_an_arabic_storys_structured_data_names_its_publisher_in_arabic(named):
    story = ArticleFactory(language="ar")
    article, breadcrumbs = json_ld(get(story.get_absolute_url()))
    assert article["publisher"]["name"] == ARABIC
    assert article["author"][0]["name"] == ARABIC  # a story without a byline is the newsroom's
    assert breadcrumbs["itemListElement"][0]["name"] == ARABIC
    english = ArticleFactory(language="en")
    assert json_ld(get(english.get_absolute_url()))[0]["publisher"]["name"] == ENGLISH


def test_arabic_feeds_are_titled_with_the_arabic_name(named):
    ArticleFactory(language="ar")
    ArticleFactory(language="en")
    assert f"<title>{ARABIC}</title>" in get("/ar/feed/")
    assert f"<title>{ARABIC}: أخبار</title>" in get("/ar/news/feed/")
    assert json.loads(get("/ar/feed/json/"))["title"] == ARABIC
    assert f"<title>{ENGLISH}</title>" in get("/en/feed/")
    discovery = re.findall(r'type="application/rss\+xml" title="([^"]+)"', get("/ar/news/"))
    assert discovery == [f"{ARABIC}: أخبار (RSS)", f"{ARABIC} (RSS)"]


def test_the_arabic_google_news_sitemap_names_the_arabic_publication(named):
    ArticleFactory(language="ar")
    ArticleFactory(language="en")
    assert f"<news:name>{ARABIC}</news:name>" in get("/sitemaps/news-ar.xml")
    assert f"<news:name>{ENGLISH}</news:name>" in get("/sitemaps/news-en.xml")


@pytest.mark.parametrize(("language", "name"), [("ar", ARABIC), ("en", ENGLISH)])
def test_mail_names_the_site_in_the_readers_language(named, language, name):
    reader = SubscriberFactory(language=language, status=Subscriber.Status.PENDING, confirmed_at=None)
    notices.send_notice(subscriber_id=reader.pk, notice="confirm")
    (message,) = mail.outbox
    assert message.subject.endswith(name)
    html = message.alternatives[0][0]
    assert re.search(r'class="brand"[^>]*>([^<]+)</a>', html).group(1) == name
    assert name in message.body
    assert str(make_header(decode_header(message.from_email))).startswith(f"{name} <")
    other = ARABIC if name == ENGLISH else ENGLISH
    assert other not in html and other not in message.body


def test_without_an_arabic_name_arabic_pages_use_the_one_name(settings):
    settings.MASTHEAD_SITE_NAME, settings.MASTHEAD_SITE_NAME_AR = ENGLISH, ""
    ArticleFactory(language="ar")
    html = get("/ar/")
    assert set(names_on(html).values()) == {ENGLISH}
    assert "alternateName" not in json.dumps(json_ld(html))
    assert site_name("ar") == site_name("en") == ENGLISH
