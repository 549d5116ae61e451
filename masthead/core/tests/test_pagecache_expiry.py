"""Pages the cache keeps only until a given time (`keep_until`), besides being purged by their keys."""

import time
from datetime import timedelta

import pytest
import time_machine
from django.http import HttpResponse
from django.urls import path
from django.utils import timezone

from masthead.core.pagecache import keys
from masthead.core.pagecache.backend import get_store
from masthead.core.pagecache.middleware import cache_address, keep_until
from masthead.core.pagecache.store import CachedPage, FileStore, RedisStore, cap_cache_control
from masthead.core.pagecache.wsgi import CachedPagesApp
from masthead.core.tests.test_pagecache import django_must_not_be_called, fetch

pytestmark = pytest.mark.django_db

# How long the test views below let their pages be kept, in seconds (None: no expiry).
KEEP_FOR: dict[str, float | None] = {"seconds": 3600}
RENDERS: list[str] = []


def expiring_view(request):
    RENDERS.append(request.path)
    keys.add(request, "clock")
    response = HttpResponse(f"<p>rendered {len(RENDERS)}</p>")
    seconds = KEEP_FOR["seconds"]
    return keep_until(response, None if seconds is None else timezone.now() + timedelta(seconds=seconds))


def file_view(request):
    RENDERS.append(request.path)
    keys.add(request, "clock")
    return keep_until(
        HttpResponse("<x/>", content_type="application/xml"), timezone.now() + timedelta(hours=1)
    )


urlpatterns = [
    path("en/expiring/", expiring_view),
    path("sitemaps/clock.xml", file_view),
]


@pytest.fixture(autouse=True)
def fresh_views():
    KEEP_FOR["seconds"] = 3600
    RENDERS.clear()


def hit_or_none(address: str):
    """The front's answer without Django, or None when it would have to ask Django."""
    try:
        return fetch(address, app=CachedPagesApp(django_must_not_be_called, get_store()))
    except AssertionError:
        return None


# --- the stores ----------------------------------------------------------------------------------


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


def page(body: str, expires: float | None = None) -> CachedPage:
    headers = [("Content-Type", "text/html"), ("Cache-Control", "public, max-age=60, s-maxage=86400")]
    return CachedPage(body=body.encode(), headers=headers, etag='"x"', expires=expires)


def test_store_answers_with_a_page_until_it_expires(store):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        expires = time.time() + 600
        assert store.put("/en/latest/", "", page("fresh", expires), {"home"}, time.time_ns())
        assert store.get("/en/latest/").body == b"fresh"
        assert store.get("/en/latest/").expires == expires
        clock.shift(599)
        assert store.get("/en/latest/") is not None
        clock.shift(1)
        assert store.get("/en/latest/") is None


def test_an_expiring_page_is_still_purged_by_its_keys(store):
    assert store.put("/en/latest/", "", page("fresh", time.time() + 600), {"home"}, time.time_ns())
    assert store.purge({"home"}) == 1
    assert store.get("/en/latest/") is None


def test_a_page_can_stop_and_start_expiring(store):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        store.put("/en/latest/", "", page("one", time.time() + 60), {"home"}, time.time_ns())
        store.put("/en/latest/", "", page("two"), {"home"}, time.time_ns())
        clock.shift(120)
        assert store.get("/en/latest/").body == b"two"  # the new copy carries no expiry
        store.put("/en/latest/", "", page("three", time.time() + 60), {"home"}, time.time_ns())
        assert store.get("/en/latest/").body == b"three"
        clock.shift(120)
        assert store.get("/en/latest/") is None  # no everlasting copy was left behind


def test_file_store_keeps_expiring_pages_where_nginx_does_not_look(tmp_path):
    store = FileStore(tmp_path)
    store.put("/en/latest/", "", page("a", time.time() + 60), {"home"}, time.time_ns())
    assert not (tmp_path / "pages" / "en" / "latest" / "index.html").exists()
    assert (tmp_path / "expiring" / "en" / "latest" / "index.html").exists()
    store.put("/en/latest/", "", page("b"), {"home"}, time.time_ns())
    assert (tmp_path / "pages" / "en" / "latest" / "index.html").read_bytes() == b"b"
    assert not (tmp_path / "expiring" / "en" / "latest" / "index.html").exists()


def test_redis_drops_an_expiring_page_itself(settings):
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set")
    store = RedisStore(settings.REDIS_URL, prefix=f"test-{time.time_ns()}:")
    try:
        store.put("/en/latest/", "", page("a", time.time() + 60), {"home"}, time.time_ns())
        assert 0 < store.redis.pttl(store._page("/en/latest/", "")) <= 60_000
        store.put("/en/latest/", "", page("b"), {"home"}, time.time_ns())
        assert store.redis.pttl(store._page("/en/latest/", "")) == -1  # kept until purged
    finally:
        store.clear()


def test_cache_control_is_cut_to_the_time_left():
    assert cap_cache_control("public, max-age=60, s-maxage=86400", 90) == "public, max-age=60, s-maxage=90"
    assert cap_cache_control("public, max-age=60, s-maxage=86400", 0) == "public, max-age=0, s-maxage=0"
    cached = page("a", expires=1000.0)
    assert dict(cached.headers_at(700.0))["Cache-Control"] == "public, max-age=60, s-maxage=300"
    assert page("b").headers_at(700.0) == page("b").hit_headers  # no expiry: as stored


# --- through the middleware and the WSGI front ---------------------------------------------------


@pytest.mark.urls(__name__)
def test_a_view_sets_how_long_its_page_is_kept():
    with time_machine.travel(timezone.now(), tick=False) as clock:
        first = fetch("/en/expiring/")
        assert "s-maxage=3600" in first.headers["Cache-Control"]
        clock.shift(3000)
        hit = hit_or_none("/en/expiring/")
        assert hit is not None and hit.headers["X-Cache"] == "HIT" and hit.text == first.text
        assert "s-maxage=600" in hit.headers["Cache-Control"]  # shared caches keep it no longer
        clock.shift(600)
        assert hit_or_none("/en/expiring/") is None
        assert fetch("/en/expiring/").text == "<p>rendered 2</p>"
    assert RENDERS == ["/en/expiring/", "/en/expiring/"]


@pytest.mark.urls(__name__)
def test_without_an_expiry_a_page_is_kept_until_purged():
    KEEP_FOR["seconds"] = None
    with time_machine.travel(timezone.now(), tick=False) as clock:
        fetch("/en/expiring/")
        clock.shift(365 * 86400)
        assert hit_or_none("/en/expiring/") is not None
        get_store().purge({"clock"})
        assert hit_or_none("/en/expiring/") is None


@pytest.mark.urls(__name__)
def test_a_page_already_expired_when_rendered_is_not_stored():
    KEEP_FOR["seconds"] = -1
    response = fetch("/en/expiring/")
    assert response.status_code == 200
    assert "s-maxage=0" in response.headers["Cache-Control"]
    assert get_store().get("/en/expiring/") is None


def test_keep_until_keeps_the_earliest_time():
    now = timezone.now()
    response = keep_until(HttpResponse(), now + timedelta(hours=2))
    keep_until(response, now + timedelta(hours=1))
    keep_until(response, now + timedelta(hours=3))
    keep_until(response, None)
    assert response.keep_until == now + timedelta(hours=1)


@pytest.mark.urls(__name__)
def test_files_outside_the_languages_are_cached_too():
    first = fetch("/sitemaps/clock.xml")
    assert first.status_code == 200 and first.headers["Content-Type"] == "application/xml"
    hit = hit_or_none("/sitemaps/clock.xml")
    assert hit is not None and hit.text == "<x/>" and hit.headers["Content-Type"] == "application/xml"
    assert RENDERS == ["/sitemaps/clock.xml"]


def test_which_files_may_be_cached():
    assert cache_address("/sitemap.xml", "", "") == ("/sitemap.xml", "")
    assert cache_address("/sitemaps/stories-en-2026-05-2.xml", "", "") is not None
    assert cache_address("/robots.txt", "", "") is not None
    assert cache_address("/sitemap.xml", "p=2", "") is None  # any query: never from the cache
    assert cache_address("/sitemap.xml", "", "sessionid=abc") is None
    assert cache_address("/static/site.css", "", "") is None
    assert cache_address("/a/b/c.xml", "", "") is None
    assert cache_address("/en/news", "", "") is None  # pages still end in "/"
