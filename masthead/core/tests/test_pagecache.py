"""The page cache: what it stores, how hits are answered, and exact invalidation."""

import time
from datetime import timedelta
from io import BytesIO
from wsgiref.util import setup_testing_defaults

import pytest
import time_machine
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings
from django.utils import timezone
from django.utils.http import http_date, parse_http_date
from django_tasks.signals import task_enqueued

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
from masthead.core.pagecache.backend import get_cdn, get_store
from masthead.core.pagecache.cdn import CDNBackend
from masthead.core.pagecache.store import CachedPage, FileStore, RedisStore
from masthead.core.pagecache.wsgi import CachedPagesApp

pytestmark = pytest.mark.django_db
S = Article.Status


class Response:
    def __init__(self, status: str, headers: list, body: bytes):
        self.status_code = int(status.split()[0])
        self.headers = dict(headers)
        self.text = body.decode()


def fetch(path: str, app=None, **environ) -> Response:
    """One request through the production WSGI stack: the cache front, then Django."""
    path, _, query = path.partition("?")
    env = {"PATH_INFO": path.encode().decode("latin-1"), "QUERY_STRING": query, **environ}
    setup_testing_defaults(env)
    env["wsgi.input"] = BytesIO()
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = status, headers

    # As Django's test client does: the test's transaction must outlive the request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = b"".join((app or CachedPagesApp(WSGIHandler(), get_store()))(env, start_response))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return Response(seen["status"], seen["headers"], body)


def django_must_not_be_called(environ, start_response):
    raise AssertionError("a cache hit reached Django")


def is_cached(path: str, page: str = "") -> bool:
    return get_store().get(path, page) is not None


@pytest.fixture
def editor():
    return UserFactory(username="desk", role="Editor")


@pytest.fixture
def story():
    tag = TagFactory(name="Causeway")
    author = AuthorFactory(name="Mariam Saleh")
    return ArticleFactory(
        headline="Causeway tolls cut for commuters",
        tags=[tag],
        authors=[author],
        featured_image=ImageFactory(alt_text="Cars queue at the toll plaza"),
    )


# --- the store ------------------------------------------------------------------------------


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


def page(body: str = "<p>hi</p>") -> CachedPage:
    return CachedPage(body=body.encode(), headers=[("Content-Type", "text/html")], etag='"x"')


def test_store_keeps_and_purges_by_key(store):
    started = time.time_ns()
    assert store.put("/en/news/a/", "", page("a"), {"article-1", "home"}, started)
    assert store.put("/en/news/b/", "", page("b"), {"article-2"}, started)
    assert store.put("/en/news/", "2", page("list p2"), {"section-1", "article-1"}, started)
    assert store.get("/en/news/a/").body == b"a"
    assert store.get("/en/news/", "2").body == b"list p2"
    assert store.purge({"article-1"}) >= 2
    assert store.get("/en/news/a/") is None and store.get("/en/news/", "2") is None
    assert store.get("/en/news/b/").body == b"b"


def test_store_refuses_a_page_rendered_before_a_purge_of_its_keys(store):
    started = time.time_ns()
    store.purge({"article-1"})  # an edit committed while the page was rendering
    assert not store.put("/en/news/a/", "", page("stale"), {"article-1"}, started)
    assert store.get("/en/news/a/") is None
    assert store.put("/en/news/a/", "", page("fresh"), {"article-1"}, time.time_ns())


def test_store_refuses_unsafe_paths(store):
    assert not store.put("/en/../../etc/", "", page(), {"x"}, time.time_ns())


def test_a_store_serves_a_replaced_page_not_its_old_copy(store):
    # Each process keeps pages in memory; another process replacing or purging one must show.
    store.put("/en/", "", page("one"), {"home"}, time.time_ns())
    assert store.get("/en/").body == b"one"
    assert store.get("/en/").body == b"one"  # from this process's memory
    if isinstance(store, FileStore):
        other_process = FileStore(store.root)
    else:
        other_process = RedisStore(settings.REDIS_URL, prefix=store.prefix)
    other_process.put("/en/", "", page("two, longer"), {"home"}, time.time_ns())
    assert store.get("/en/").body == b"two, longer"
    other_process.purge({"home"})
    assert store.get("/en/") is None


def test_file_store_layout_is_what_nginx_looks_for(tmp_path):
    FileStore(tmp_path).put("/ar/news/خبر/", "3", page(), {"k"}, time.time_ns())
    assert (tmp_path / "pages" / "ar" / "news" / "خبر" / "index3.html").exists()


# --- headers and hits -------------------------------------------------------------------------


def test_public_page_is_stored_with_caching_headers(story):
    response = fetch(story.get_absolute_url())
    assert response.status_code == 200
    assert response.headers["ETag"].startswith('"')
    assert "Last-Modified" in response.headers
    assert "s-maxage=" in response.headers["Cache-Control"]
    assert "public" in response.headers["Cache-Control"]
    keys = set(response.headers["Surrogate-Key"].split())
    assert {f"article-{story.pk}", "nav"} <= keys
    assert set(response.headers["Cache-Tag"].split(",")) == keys
    assert "Set-Cookie" not in response.headers
    assert "Cookie" not in response.headers.get("Vary", "")
    assert is_cached(story.get_absolute_url())


def test_hit_is_answered_without_django(story):
    first = fetch(story.get_absolute_url())
    hit = fetch(story.get_absolute_url(), app=CachedPagesApp(django_must_not_be_called, get_store()))
    assert hit.status_code == 200 and hit.text == first.text
    assert hit.headers["X-Cache"] == "HIT"
    assert hit.headers["ETag"] == first.headers["ETag"]
    assert hit.headers["Surrogate-Key"] == first.headers["Surrogate-Key"]


def test_conditional_requests_get_304(story):
    etag = fetch(story.get_absolute_url()).headers["ETag"]
    front = fetch(
        story.get_absolute_url(),
        app=CachedPagesApp(django_must_not_be_called, get_store()),
        HTTP_IF_NONE_MATCH=etag,
    )
    assert front.status_code == 304 and front.text == ""
    get_store().purge({f"article-{story.pk}"})
    django = fetch(story.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert django.status_code == 304


def test_a_reader_with_only_a_date_gets_304_from_the_cache_until_the_page_changes(story):
    first = fetch(story.get_absolute_url())
    front = CachedPagesApp(django_must_not_be_called, get_store())
    stamp = first.headers["Last-Modified"]
    assert fetch(story.get_absolute_url(), app=front, HTTP_IF_MODIFIED_SINCE=stamp).status_code == 304
    older = http_date(parse_http_date(stamp) - 60)
    assert fetch(story.get_absolute_url(), app=front, HTTP_IF_MODIFIED_SINCE=older).status_code == 200
    # An ETag that does not match wins over a date that would.
    mismatched = {"HTTP_IF_MODIFIED_SINCE": stamp, "HTTP_IF_NONE_MATCH": '"other"'}
    assert fetch(story.get_absolute_url(), app=front, **mismatched).status_code == 200


def test_signed_in_editors_and_odd_queries_bypass_the_cache(story):
    fetch(story.get_absolute_url())
    for extra in ({"HTTP_COOKIE": "sessionid=abc"},):
        with pytest.raises(AssertionError, match="reached Django"):
            fetch(
                story.get_absolute_url(), app=CachedPagesApp(django_must_not_be_called, get_store()), **extra
            )
    with pytest.raises(AssertionError, match="reached Django"):
        fetch(
            story.get_absolute_url() + "?utm_source=x",
            app=CachedPagesApp(django_must_not_be_called, get_store()),
        )
    fetch(story.get_absolute_url() + "?utm_source=x")
    assert not is_cached(story.get_absolute_url(), "utm")


def test_errors_and_redirects_are_not_stored(story):
    assert fetch("/en/news/no-such-story/").status_code == 404
    assert not is_cached("/en/news/no-such-story/")


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=3600, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_with_https_required_cached_pages_redirect_plain_http_and_carry_hsts(story):
    path = story.get_absolute_url()
    https = {"HTTP_X_FORWARDED_PROTO": "https"}
    assert fetch(path, **https).status_code == 200 and is_cached(path)
    hit = fetch(path, app=CachedPagesApp(django_must_not_be_called, get_store()), **https)
    assert hit.headers["X-Cache"] == "HIT"
    assert hit.headers["Strict-Transport-Security"] == "max-age=3600; includeSubDomains"
    plain = fetch(path)  # the front leaves it to Django, which redirects
    assert plain.status_code == 301 and plain.headers["Location"] == f"https://127.0.0.1{path}"
    assert "Strict-Transport-Security" not in plain.headers  # only ever sent over HTTPS


@override_settings(PAGECACHE="off")
def test_cache_can_be_switched_off(story):
    from masthead.core.pagecache import backend

    backend.get_store.cache_clear()
    try:
        assert backend.get_store() is None
        response = fetch(story.get_absolute_url(), app=WSGIHandler())
        assert response.status_code == 200 and "ETag" in response.headers
    finally:
        backend.get_store.cache_clear()


# --- exact invalidation -----------------------------------------------------------------------


def warm(*paths: str) -> None:
    for path in paths:
        assert fetch(path).status_code == 200
        assert is_cached(path), path


def test_publishing_purges_every_page_that_should_list_it(story, editor, django_capture_on_commit_callbacks):
    tag, author = story.tags.get(), story.bylines.get().author
    pages = [
        "/en/",
        story.section.get_absolute_url(),
        tag.get_absolute_url(),
        author.get_absolute_url(),
        story.get_absolute_url(),
    ]
    warm(*pages)
    draft = ArticleFactory(
        status=S.DRAFT,
        published_at=None,
        headline="Second bridge approved",
        section=story.section,
        tags=[tag],
        authors=[author],
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(article=draft, by=editor)
    for path in pages:
        assert not is_cached(path), path
    assert "Second bridge approved" in fetch("/en/").text
    assert "Second bridge approved" in fetch(tag.get_absolute_url()).text
    assert any(f"article-{draft.pk}" in keys for keys in get_cdn().purged)


def test_unrelated_pages_stay_cached_when_a_story_is_published(
    story, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # as if committed before the page is read
        other_tag = TagFactory(name="Pearling")
        draft = ArticleFactory(status=S.DRAFT, published_at=None, section=SectionFactory(slug="world"))
    warm(other_tag.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(article=draft, by=editor)
    assert is_cached(other_tag.get_absolute_url())


def test_editing_a_story_updates_its_page_and_lists(story, editor, django_capture_on_commit_callbacks):
    warm("/en/", story.get_absolute_url())
    story.headline = "Causeway tolls scrapped entirely"
    with django_capture_on_commit_callbacks(execute=True):
        story.save()
        services.after_save(article=story, previous_status=S.PUBLISHED, was_live=True)
    assert "Causeway tolls scrapped entirely" in fetch(story.get_absolute_url()).text
    assert "Causeway tolls scrapped entirely" in fetch("/en/").text


def test_unpublishing_removes_it_everywhere(story, editor, django_capture_on_commit_callbacks):
    warm("/en/", story.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        services.unpublish(article=story, by=editor)
    assert fetch(story.get_absolute_url()).status_code == 404
    assert "Causeway tolls cut" not in fetch("/en/").text


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_scheduled_story_going_live_purges_home():
    editor = UserFactory(username="desk", role="Editor")
    ArticleFactory(headline="Yesterday's news")
    warm("/en/")
    story = ArticleFactory(status=S.DRAFT, published_at=None, headline="Budget unveiled at dawn")
    when = timezone.now() + timedelta(hours=2)
    services.publish(article=story, by=editor, at=when)
    assert is_cached("/en/")
    with time_machine.travel(when + timedelta(seconds=2), tick=False):
        call_command("db_worker", batch=True, interval=0, verbosity=0)
        assert not is_cached("/en/")
        assert "Budget unveiled at dawn" in fetch("/en/").text


def test_renaming_a_section_updates_every_page(story, django_capture_on_commit_callbacks):
    warm("/en/", story.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        story.section.name = "Headlines"
        story.section.save()
    assert not is_cached("/en/") and not is_cached(story.get_absolute_url())
    assert "Headlines" in fetch(story.get_absolute_url()).text


def test_renaming_a_tag_updates_pages_that_show_it(story, django_capture_on_commit_callbacks):
    tag = story.tags.get()
    warm(story.get_absolute_url(), tag.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        tag.name = "King Fahd Causeway"
        tag.save()
    assert "King Fahd Causeway" in fetch(story.get_absolute_url()).text
    assert "King Fahd Causeway" in fetch(tag.get_absolute_url()).text


def test_renaming_an_author_updates_their_bylines(story, django_capture_on_commit_callbacks):
    author = story.bylines.get().author
    warm(story.get_absolute_url(), author.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        author.name = "Mariam Al-Saleh"
        author.save()
    assert "Mariam Al-Saleh" in fetch(story.get_absolute_url()).text
    assert "Mariam Al-Saleh" in fetch(author.get_absolute_url()).text


def test_changing_an_image_updates_pages_that_show_it(story, django_capture_on_commit_callbacks):
    warm(story.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        story.featured_image.alt_text = "Empty toll booths at night"
        story.featured_image.save()
    assert "Empty toll booths at night" in fetch(story.get_absolute_url()).text


def test_many_changes_in_one_transaction_make_one_purge(django_capture_on_commit_callbacks):
    from django.db import transaction

    before = len(get_cdn().purged)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for n in range(30):
            TagFactory(name=f"Tag {n}").delete()
    assert len(get_cdn().purged) == before + 1
    assert len(get_cdn().purged[-1]) == 30


def test_address_without_trailing_slash_is_never_answered_from_the_cache(story):
    fetch(story.get_absolute_url())
    response = fetch(story.get_absolute_url().rstrip("/"))
    assert response.status_code == 301


def test_pages_cached_by_other_code_are_dropped_once_when_the_server_starts(story, settings, tmp_path):
    from masthead.core.pagecache import services as cache_services

    warm(story.get_absolute_url())
    assert is_cached(story.get_absolute_url())
    assert cache_services.clear_if_code_changed() is True  # first start: nothing says who cached them
    assert not is_cached(story.get_absolute_url())
    warm(story.get_absolute_url())
    assert cache_services.clear_if_code_changed() is False  # same code: the pages stay
    assert is_cached(story.get_absolute_url())


# --- the CDN --------------------------------------------------------------------------------------


class RecordingCDN(CDNBackend):
    """Stands for a vendor's API, whose purges are worth a queued task."""

    purged: list[set[str]] = []

    def purge_keys(self, keys) -> None:
        RecordingCDN.purged.append(set(keys))


@pytest.fixture
def queued_tasks():
    """The paths of the tasks queued during the test."""
    queued: list[str] = []

    def record(sender, task_result, **kwargs):
        queued.append(task_result.task.module_path)

    task_enqueued.connect(record)
    yield queued
    task_enqueued.disconnect(record)


def test_without_a_cdn_an_edit_queues_no_cdn_purge(story, queued_tasks, django_capture_on_commit_callbacks):
    story.headline = "Causeway tolls scrapped entirely"
    with django_capture_on_commit_callbacks(execute=True):
        story.save()
    assert "masthead.core.tasks.purge_cdn_task" not in queued_tasks
    assert f"article-{story.pk}" in get_cdn().purged[-1]  # the dummy still hears of it, in-process


def test_a_configured_cdn_is_purged_by_a_queued_task(
    story, queued_tasks, settings, django_capture_on_commit_callbacks
):
    settings.PAGECACHE_CDN_BACKEND = f"{__name__}.RecordingCDN"
    get_cdn.cache_clear()
    try:
        story.headline = "Causeway tolls scrapped entirely"
        with django_capture_on_commit_callbacks(execute=True):
            story.save()
    finally:
        get_cdn.cache_clear()
    assert "masthead.core.tasks.purge_cdn_task" in queued_tasks
    assert f"article-{story.pk}" in RecordingCDN.purged[-1]
