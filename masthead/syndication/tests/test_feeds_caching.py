"""Feeds in the page cache: exact purges, conditional requests answered with 304 over real HTTP,
and a fixed number of queries however many stories a feed lists."""

import threading
import urllib.error
import urllib.request
from datetime import timedelta
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import feedparser
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.articles import services
from masthead.articles.models import Article
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TagFactory,
    UserFactory,
)
from masthead.core.kept import Kept
from masthead.core.pagecache.backend import get_store
from masthead.core.pagecache.services import clear
from masthead.core.pagecache.wsgi import CachedPagesApp
from masthead.core.tests.test_pagecache import fetch, is_cached

S = Article.Status
FORMATS = ("", "atom/", "json/")


@pytest.fixture
def story(db):
    return ArticleFactory(
        headline="Pearl divers return to the northern beds",
        section=SectionFactory(slug="business", name="Business"),
        tags=[TagFactory(slug="pearling", name="Pearling")],
        authors=[AuthorFactory(slug="mariam-saleh", name="Mariam Saleh")],
        featured_image=ImageFactory(),
    )


@pytest.fixture
def editor(db):
    return UserFactory(username="desk", role="Editor")


def feeds_of(story: Article) -> list[str]:
    """Every feed that lists `story`, in every format."""
    tag, author = story.tags.get(), story.bylines.get().author
    scopes = ["/en/", f"/en/{story.section.slug}/", f"/en/tags/{tag.slug}/", f"/en/authors/{author.slug}/"]
    return [f"{scope}feed/{suffix}" for scope in scopes for suffix in FORMATS]


def warm(*paths: str) -> None:
    for path in paths:
        assert fetch(path).status_code == 200, path
        assert is_cached(path), path


# --- exact purges ------------------------------------------------------------------------------


def test_a_feed_carries_the_keys_of_everything_it_shows(story, client):
    tag, author = story.tags.get(), story.bylines.get().author
    story_keys = {
        f"article-{story.pk}",
        f"image-{story.featured_image_id}",
        f"author-{author.pk}",
        f"tag-{tag.pk}",
    }
    expected = {
        "/en/feed/": {"home"},
        "/en/business/feed/atom/": {f"section-{story.section_id}"},
        "/en/tags/pearling/feed/json/": {f"tag-{tag.pk}-list"},
        "/en/authors/mariam-saleh/feed/": {f"author-{author.pk}-list"},
    }
    for path, own_keys in expected.items():
        keys = set(client.get(path)["Surrogate-Key"].split())
        assert keys == story_keys | own_keys | {"nav"}, path


def test_publishing_a_story_drops_every_feed_that_lists_it(story, editor, django_capture_on_commit_callbacks):
    feeds = feeds_of(story)
    with django_capture_on_commit_callbacks(execute=True):
        other_section = SectionFactory(slug="world", name="World")
        elsewhere = ArticleFactory(section=other_section, headline="Elsewhere")
    warm(*feeds, "/en/world/feed/")
    draft = ArticleFactory(
        status=S.DRAFT,
        published_at=None,
        headline="Second bridge approved",
        section=story.section,
        tags=list(story.tags.all()),
        authors=[story.bylines.get().author],
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(article=draft, by=editor)
    for path in feeds:
        assert not is_cached(path), path
        assert "Second bridge approved" in fetch(path).text, path
    # Exact: a feed that does not list it stays cached.
    assert is_cached("/en/world/feed/")
    assert elsewhere.headline in fetch("/en/world/feed/").text


def test_editing_and_unpublishing_update_the_feeds(story, editor, django_capture_on_commit_callbacks):
    feeds = feeds_of(story)
    warm(*feeds)
    story.headline = "Pearl season opens early"
    with django_capture_on_commit_callbacks(execute=True):
        story.save()
        services.after_save(article=story, previous_status=S.PUBLISHED, was_live=True)
    for path in feeds:
        assert "Pearl season opens early" in fetch(path).text, path
    with django_capture_on_commit_callbacks(execute=True):
        services.unpublish(article=story, by=editor)
    for path in feeds:
        assert "Pearl season opens early" not in fetch(path).text, path


def test_renaming_a_tag_or_section_updates_the_feeds_that_name_it(story, django_capture_on_commit_callbacks):
    warm("/en/feed/", "/en/authors/mariam-saleh/feed/")
    tag = story.tags.get()
    tag.name = "Pearl diving"
    with django_capture_on_commit_callbacks(execute=True):
        tag.save()
    assert "<category>Pearl diving</category>" in fetch("/en/authors/mariam-saleh/feed/").text
    warm("/en/feed/")
    story.section.name = "Economy"
    with django_capture_on_commit_callbacks(execute=True):
        story.section.save()
    assert "<category>Economy</category>" in fetch("/en/feed/").text


def test_a_cache_hit_keeps_the_feeds_type(story):
    warm("/en/feed/", "/en/feed/json/")
    hit = fetch("/en/feed/", app=CachedPagesApp(django_must_not_be_called, get_store()))
    assert hit.headers["X-Cache"] == "HIT"
    assert hit.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert not feedparser.parse(hit.text).bozo
    hit = fetch("/en/feed/json/", app=CachedPagesApp(django_must_not_be_called, get_store()))
    assert hit.headers["Content-Type"] == "application/feed+json; charset=utf-8"


def django_must_not_be_called(environ, start_response):
    raise AssertionError("a cache hit reached Django")


# --- conditional requests over HTTP ------------------------------------------------------------


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site():
    """The production WSGI stack (the page cache's front, then Django) on a real local port; for
    tests whose data is committed (the server's thread has a connection of its own)."""
    server = make_server(
        "127.0.0.1", 0, CachedPagesApp(WSGIHandler(), get_store()), WSGIServer, handler_class=QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def http_get(url: str, **headers: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:  # urllib raises for a 304
        return error.code, dict(error.headers), error.read()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("suffix", FORMATS)
def test_a_reader_polling_an_unchanged_feed_gets_304(site, suffix):
    ArticleFactory(section=SectionFactory(slug="business"), headline="Pearl divers return")
    url = f"{site}/en/business/feed/{suffix}"
    status, headers, body = http_get(url)
    assert status == 200 and b"Pearl divers return" in body
    etag = headers["ETag"]
    assert headers["Last-Modified"]
    # From the cache's front (the page was stored by the first request).
    status, headers, body = http_get(url, **{"If-None-Match": etag})
    assert (status, headers["X-Cache"], body) == (304, "HIT", b"")
    # From Django, once the cached copy is gone: the same page, so the same ETag.
    clear()
    status, headers, body = http_get(url, **{"If-None-Match": etag})
    assert (status, body) == (304, b"")
    assert "X-Cache" not in headers
    # A different ETag (the reader's copy is old) gets the feed.
    status, _headers, body = http_get(url, **{"If-None-Match": '"an-older-copy"'})
    assert status == 200 and b"Pearl divers return" in body


# --- bounded queries ---------------------------------------------------------------------------


def queries_for(client, path: str) -> int:
    """The queries of one render, with nothing kept from earlier requests."""
    clear()
    Kept.forget_all()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def add_stories(count: int, section, tag, author) -> None:
    start = timezone.now() - timedelta(days=2)
    for n in range(count):
        ArticleFactory(
            section=section,
            tags=[tag, TagFactory()],
            authors=[author, AuthorFactory()],
            featured_image=ImageFactory(),
            published_at=start + timedelta(minutes=n),
        )


@pytest.mark.parametrize(
    "path",
    [
        "/en/feed/",
        "/en/business/feed/atom/",
        "/en/tags/pearling/feed/json/",
        "/en/authors/mariam-saleh/feed/",
    ],
)
def test_a_feed_costs_the_same_queries_for_5_and_60_stories(db, client, path):
    section = SectionFactory(slug="business")
    tag, author = TagFactory(slug="pearling"), AuthorFactory(slug="mariam-saleh")
    add_stories(5, section, tag, author)
    few = queries_for(client, path)
    add_stories(55, section, tag, author)
    many = queries_for(client, path)
    assert few == many
    assert many <= 8
