import pytest
from django.test import RequestFactory

from masthead.articles.context_processors import request_sections
from masthead.articles.tests.factories import AuthorFactory, SectionFactory
from masthead.authors.selectors import authors_by_id
from masthead.core import versions

pytestmark = pytest.mark.django_db


def test_bump_moves_the_stamp():
    before = versions.current("test-thing")
    versions.bump("test-thing")
    assert versions.current("test-thing") != before


def test_sections_are_kept_between_requests_until_a_section_changes(
    django_assert_num_queries, django_capture_on_commit_callbacks
):
    section = SectionFactory(slug="news", name="News")
    versions.bump("sections")
    with django_assert_num_queries(1):
        assert [s.name for s in request_sections(RequestFactory().get("/en/"))] == ["News"]
    with django_assert_num_queries(0):
        request_sections(RequestFactory().get("/en/"))
    with django_capture_on_commit_callbacks(execute=True):
        section.name = "Headlines"
        section.save()
    assert [s.name for s in request_sections(RequestFactory().get("/en/"))] == ["Headlines"]


def test_authors_are_kept_until_an_author_changes(
    django_assert_num_queries, django_capture_on_commit_callbacks
):
    first, second = AuthorFactory(name="Layla Haddad"), AuthorFactory(name="Omar Nasser")
    versions.bump("authors")
    with django_assert_num_queries(1):
        assert authors_by_id([first.pk])[first.pk].name == "Layla Haddad"
    with django_assert_num_queries(1):  # only the one not met yet is fetched
        assert set(authors_by_id([first.pk, second.pk])) == {first.pk, second.pk}
    with django_assert_num_queries(0):
        authors_by_id([second.pk, first.pk])
    with django_capture_on_commit_callbacks(execute=True):
        first.name = "Layla Haddad-Saleh"
        first.save()
    assert authors_by_id([first.pk])[first.pk].name == "Layla Haddad-Saleh"
    assert authors_by_id([10**9]) == {}  # unknown ids are left out, not errors


def set_by_another_process(name: str) -> None:
    """What `bump` does, as another process (outside this one's request) would do it."""
    import threading

    other = threading.Thread(target=versions.bump, args=[name])  # no snapshot: not this request's
    other.start()
    other.join()


def test_within_a_request_a_stamp_is_read_once_and_its_own_bumps_show():
    versions.bump("test-thing")
    with versions.reading_once():
        first = versions.current("test-thing")
        set_by_another_process("test-thing")  # seen by the next request, not halfway through this one
        assert versions.current("test-thing") == first
        versions.bump("test-thing")  # this request's own change shows at once
        mine = versions.current("test-thing")
        assert mine != first
    assert versions.current("test-thing") == mine
    set_by_another_process("test-thing")
    with versions.reading_once():
        assert versions.current("test-thing") not in (first, mine)


def test_a_request_reads_every_stamp_it_needs_in_one_go_on_redis(settings, monkeypatch):
    if not settings.REDIS_URL:
        pytest.skip("the stamps are files without REDIS_URL: one stat() each, nothing to batch")
    reads = []
    client = versions._redis(settings.REDIS_URL)
    real_get, real_mget = client.get, client.mget
    monkeypatch.setattr(client, "get", lambda *a, **k: reads.append(a) or real_get(*a, **k))
    monkeypatch.setattr(client, "mget", lambda *a, **k: reads.append(a) or real_mget(*a, **k))
    for name in ("sections", "authors", "tags"):
        versions.register(name)
        versions.bump(name)
    with versions.reading_once():
        stamps = [versions.current(name) for name in ("sections", "authors", "tags", "sections")]
    assert len(reads) == 1
    assert stamps == [versions.current(name) for name in ("sections", "authors", "tags", "sections")]


def test_a_page_request_reads_each_stamp_once(client, monkeypatch, settings):
    SectionFactory(slug="news", name="News")
    read = []
    real = versions._read
    monkeypatch.setattr(versions, "_read", lambda name: read.append(name) or real(name))
    settings.REDIS_URL = ""  # one _read a stamp, whatever the stack
    assert client.get("/en/news/").status_code == 200
    assert read and len(read) == len(set(read))


def test_an_answer_given_before_django_reads_each_stamp_once_too(monkeypatch, settings):
    """Ad decisions (one kept list looked up per slot) are answered in front of Django."""
    import io

    from masthead.wsgi import application

    read = []
    real = versions._read
    monkeypatch.setattr(versions, "_read", lambda name: read.append(name) or real(name))
    settings.REDIS_URL = ""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/ads/decide/",
        "QUERY_STRING": "slots=header-leaderboard%2Cfooter&lang=en&section=news&device=phone",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "REMOTE_ADDR": "203.0.113.7",
    }
    statuses = []
    b"".join(application(environ, lambda status, headers, exc_info=None: statuses.append(status)))
    assert statuses == ["200 OK"]
    assert read and len(read) == len(set(read))
