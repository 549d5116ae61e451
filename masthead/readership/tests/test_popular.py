"""Most read: windows, sections, exclusions, editors' pins, and the pages that show it."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.test import Client

from masthead.articles.tests.factories import ArticleFactory, SectionFactory
from masthead.core.pagecache.backend import get_store
from masthead.readership import selectors
from masthead.readership.counting import add_counts, hour_of
from masthead.readership.models import PopularChoice

pytestmark = pytest.mark.django_db
NOW = datetime.now(UTC)


@pytest.fixture(autouse=True)
def no_cached_rankings():
    cache.clear()


def read(article, views, hours_ago=0):
    add_counts({(article.pk, hour_of(NOW - timedelta(hours=hours_ago))): views})


def ranking(**kwargs):
    return [a.slug for a in selectors.most_read(**{"language": "en", **kwargs})]


def test_most_read_by_window_language_and_section():
    sport = SectionFactory(slug="sport", name="Sport")
    today = ArticleFactory(slug="today", published_at=NOW - timedelta(days=40))
    week = ArticleFactory(slug="week", section=sport, published_at=NOW - timedelta(days=40))
    month = ArticleFactory(slug="month", published_at=NOW - timedelta(days=40))
    arabic = ArticleFactory(slug="arabic", language="ar")
    read(today, 5)
    read(week, 8, hours_ago=24 * 3)
    read(week, 1)
    read(month, 50, hours_ago=24 * 20)
    read(arabic, 99)
    assert ranking(window="24h") == ["today", "week"]
    assert ranking(window="7d") == ["week", "today"]
    assert ranking(window="30d") == ["month", "week", "today"]
    assert ranking(window="30d", section_id=sport.pk) == ["week"]
    assert [a.slug for a in selectors.most_read(language="ar", window="24h")] == ["arabic"]
    assert ranking(window="30d", exclude_id=month.pk, limit=2) == ["week", "today"]


def test_sponsored_unpublished_and_hidden_stories_never_show_and_pins_come_first():
    big = ArticleFactory(slug="big")
    advert = ArticleFactory(slug="advert", is_sponsored=True, sponsor_name="Bank")
    pulled = ArticleFactory(slug="pulled")
    hidden = ArticleFactory(slug="hidden")
    pinned = ArticleFactory(slug="pinned")
    for story, views in ((big, 10), (advert, 100), (pulled, 90), (hidden, 80), (pinned, 1)):
        read(story, views)
    pulled.status = pulled.Status.UNPUBLISHED
    pulled.save()
    PopularChoice.objects.create(article=hidden, choice="hide")
    PopularChoice.objects.create(article=pinned, choice="pin")
    PopularChoice.objects.create(article=big, choice="hide", until=NOW - timedelta(hours=1))  # expired
    assert ranking(window="24h") == ["pinned", "big"]


def test_views_per_day_has_every_day_with_zeros():
    story = ArticleFactory(slug="story")
    read(story, 3)
    read(story, 2, hours_ago=48)
    days = selectors.views_per_day(story.pk, days=5)
    assert [n for _, n in days] == [0, 0, 2, 0, 3]
    assert days[-1][0] == NOW.date()


def test_the_block_and_the_page_are_fresh_and_never_in_the_page_cache():
    story = ArticleFactory(slug="story", headline="Pearl season opens")
    read(story, 4)
    client = Client()
    block = client.get("/en/most-read/block/?window=24h")
    assert block.status_code == 200 and "Pearl season opens" in block.content.decode()
    assert block["Cache-Control"] == "public, max-age=60, s-maxage=60"
    assert (
        "Pearl season opens"
        not in client.get(f"/en/most-read/block/?window=24h&exclude={story.pk}").content.decode()
    )
    page = client.get("/en/most-read/?window=24h")
    assert page.status_code == 200 and "Pearl season opens" in page.content.decode()
    assert get_store().get("/en/most-read/") is None and client.get("/en/most-read/").status_code == 200
    assert get_store().get("/en/most-read/") is None
    for bad in ("?window=1y", "?window=24h&exclude=x", "?section=-1"):
        assert client.get("/en/most-read/block/" + bad).status_code == 404
