"""The fronts are rendered again right after a publish purges them, before any reader asks."""

import time

import pytest

from masthead.articles import services
from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, SectionFactory, TagFactory, UserFactory
from masthead.core.pagecache import refill
from masthead.core.pagecache.backend import get_store
from masthead.core.pagecache.store import CachedPage, FileStore, RedisStore
from masthead.core.tests.test_pagecache import fetch, is_cached

# The refill thread has its own database connection: it must see what the test committed.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
S = Article.Status


@pytest.fixture
def refilling(settings):
    settings.PAGECACHE_REFILL = True
    yield
    refill.wait(30)


@pytest.fixture
def newsroom():
    news = SectionFactory(slug="news", name="News")
    tag = TagFactory(slug="causeway", name="Causeway")
    ArticleFactory(headline="Older story", section=news, tags=[tag])
    draft = ArticleFactory(
        headline="Causeway reopens after repairs", section=news, tags=[tag], status=S.DRAFT, published_at=None
    )
    return draft, tag


def test_a_publish_leaves_the_home_and_section_fronts_cached_and_new(refilling, newsroom):
    draft, tag = newsroom
    fronts = ["/en/", "/en/news/"]
    for path in [*fronts, tag.get_absolute_url()]:
        assert fetch(path).status_code == 200
        assert is_cached(path), path
    services.publish(article=draft, by=UserFactory(username="desk", role="Editor"))
    refill.wait(30)
    for path in fronts:
        assert is_cached(path), path  # rendered by the refill, no reader asked
        assert "Causeway reopens after repairs" in get_store().get(path).body.decode(), path
    # A tag page is purged too, but is not a front: its first reader renders it.
    assert not is_cached(tag.get_absolute_url())


def test_without_refill_the_fronts_wait_for_their_first_reader(settings, newsroom):
    settings.PAGECACHE_REFILL = False
    draft, _ = newsroom
    assert fetch("/en/").status_code == 200
    services.publish(article=draft, by=UserFactory(username="desk", role="Editor"))
    refill.wait(30)
    assert not is_cached("/en/")


def test_a_page_nobody_read_is_not_rendered_again(refilling, newsroom):
    draft, _ = newsroom
    services.publish(article=draft, by=UserFactory(username="desk", role="Editor"))
    refill.wait(30)
    assert not is_cached("/en/") and not is_cached("/en/news/")


def test_only_first_pages_under_a_language_are_fronts(settings):
    names = [
        "en/index.html",
        "ar/أخبار/index.html",
        "en/news/index-2.html",
        "en/news/feed/index.html",
        "sitemap.xml/index.html",
        "index.html",
    ]
    assert refill.front_paths(names) == ["/en/", "/ar/أخبار/", "/en/news/feed/"]
    assert refill.is_front("home") and refill.is_front("section-4")
    assert not refill.is_front("tag-4-list") and not refill.is_front("article-4")


@pytest.fixture(params=["files", "redis"])
def store(request, tmp_path, settings):
    if request.param == "files":
        yield FileStore(tmp_path)
        return
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set")
    redis_store = RedisStore(settings.REDIS_URL, prefix=f"test-{time.time_ns()}:")
    yield redis_store
    redis_store.clear()


def test_a_purge_names_the_pages_it_dropped(store):
    page = CachedPage(body=b"<p>hi</p>", headers=[("Content-Type", "text/html")], etag='"x"')
    started = time.time_ns() - 1
    store.put("/en/", "", page, {"home"}, started)
    store.put("/ar/أخبار/", "", page, {"home", "section-2"}, started)
    store.put("/en/tags/x/", "", page, {"tag-1-list"}, started)
    assert sorted(store.purge_pages({"home"})) == ["ar/أخبار/index.html", "en/index.html"]
    assert store.purge_pages({"home", "section-2"}) == []  # already gone
    assert store.get("/en/tags/x/") is not None
