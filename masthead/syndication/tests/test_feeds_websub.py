"""WebSub: feeds name the hub, and every change to a live story pings it about each of the story's
feeds, in the background, tried again with growing pauses when the hub fails. The hub here is a
real HTTP server on 127.0.0.1 that records what it is sent."""

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import feedparser
import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from masthead.articles import services
from masthead.articles.models import Article
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    TagFactory,
    UserFactory,
)
from masthead.syndication import tasks

pytestmark = pytest.mark.django_db
S = Article.Status
SUFFIXES = ("", "atom/", "json/")


class Hub:
    """A WebSub hub on a local port: records each ping, answers 500 to the first `failures` of them."""

    def __init__(self):
        self.pings: list[dict[str, list[str]]] = []
        self.failures = 0
        self.lock = threading.Lock()
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = parse_qs(self.rfile.read(length).decode())
                with hub.lock:
                    hub.pings.append(form)
                    failing = hub.failures > 0
                    hub.failures -= 1 if failing else 0
                self.send_response(500 if failing else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def topics(self) -> list[str]:
        return [ping["hub.url"][0] for ping in self.pings]


@pytest.fixture
def hub(settings):
    hub = Hub()
    hub.thread.start()
    settings.WEBSUB_HUB = hub.url
    yield hub
    hub.server.shutdown()
    hub.server.server_close()
    hub.thread.join()


@pytest.fixture
def editor():
    return UserFactory(username="desk", role="Editor")


@pytest.fixture
def draft():
    return ArticleFactory(
        status=S.DRAFT,
        published_at=None,
        section=SectionFactory(slug="business"),
        tags=[TagFactory(slug="pearling"), TagFactory(slug="dhows")],
        authors=[AuthorFactory(slug="mariam-saleh"), AuthorFactory(slug="omar-haddad")],
    )


def feeds_of_draft(settings) -> set[str]:
    scopes = [
        "",
        "business/",
        "tags/dhows/",
        "tags/pearling/",
        "authors/mariam-saleh/",
        "authors/omar-haddad/",
    ]
    site = settings.MASTHEAD_SITE_URL
    return {f"{site}/en/{scope}feed/{suffix}" for scope in scopes for suffix in SUFFIXES}


# --- the feeds name their hub ----------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "atom/"])
def test_xml_feeds_name_the_hub_and_themselves(client, hub, settings, suffix):
    path = f"/ar/feed/{suffix}"
    parsed = feedparser.parse(client.get(path).content)
    links = {link.rel: link.href for link in parsed.feed.links if link.rel in ("hub", "self")}
    assert links == {"hub": hub.url, "self": settings.MASTHEAD_SITE_URL + path}


def test_json_feed_names_the_hub(client, hub):
    data = json.loads(client.get("/en/feed/json/").content)
    assert data["hubs"] == [{"type": "WebSub", "url": hub.url}]


def test_without_a_hub_feeds_name_none(client):
    parsed = feedparser.parse(client.get("/en/feed/atom/").content)
    assert [link.rel for link in parsed.feed.links if link.rel == "hub"] == []


# --- pings -----------------------------------------------------------------------------------


def test_publishing_pings_every_feed_of_the_story(
    hub, draft, editor, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(article=draft, by=editor)
    assert sorted(hub.topics()) == sorted(feeds_of_draft(settings))  # once each
    assert all(ping["hub.mode"] == ["publish"] for ping in hub.pings)


def test_editing_a_live_story_and_unpublishing_it_ping_too(
    hub, draft, editor, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(article=draft, by=editor)
    hub.pings.clear()
    draft.headline = "A new headline"
    with django_capture_on_commit_callbacks(execute=True):
        draft.save()
        services.after_save(article=draft, previous_status=S.PUBLISHED, was_live=True)
    assert set(hub.topics()) == feeds_of_draft(settings)
    hub.pings.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.unpublish(article=draft, by=editor)
    assert set(hub.topics()) == feeds_of_draft(settings)


def test_saving_a_draft_pings_nobody(hub, draft, django_capture_on_commit_callbacks):
    draft.headline = "Still a draft"
    with django_capture_on_commit_callbacks(execute=True):
        draft.save()
        services.after_save(article=draft, previous_status=S.DRAFT, was_live=False)
    assert hub.pings == []


def test_a_failing_hub_is_tried_again(hub, draft, editor, settings, django_capture_on_commit_callbacks):
    hub.failures = 3  # the first three pings get a 500
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(article=draft, by=editor)
    topics = hub.topics()
    assert len(topics) == len(feeds_of_draft(settings)) + 3
    assert set(topics[3:]) == feeds_of_draft(settings)  # each feed reached the hub in the end


def test_a_hub_that_stays_down_is_given_up_after_the_last_attempt(hub, settings):
    hub.failures = 100
    tasks.ping_hub_task.enqueue(["http://example.test/en/feed/"])
    assert hub.topics() == ["http://example.test/en/feed/"] * tasks.MAX_ATTEMPTS


def test_retries_wait_longer_each_time():
    assert [tasks.pause_before(n) for n in range(2, 7)] == [
        timedelta(minutes=1),
        timedelta(minutes=4),
        timedelta(minutes=16),
        timedelta(minutes=64),
        timedelta(minutes=256),
    ]


@pytest.fixture
def database_queue(settings):
    """The production task queue (the database), run by its worker when the test says so."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


# Committed for real: the worker closes the database connection between tasks, as in production.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_production_the_save_only_queues_and_retries_wait_their_pause(
    hub, draft, editor, settings, database_queue
):
    hub.failures = 1
    with time_machine.travel(timezone.now(), tick=False) as clock:
        services.publish(article=draft, by=editor)
        assert hub.pings == []  # the editor's save sent nothing itself
        assert DBTaskResult.objects.filter(task_path=ping_task_path()).count() == 1

        run_worker()
        first = hub.topics()[0]
        assert len(hub.topics()) == len(feeds_of_draft(settings))
        retry = DBTaskResult.objects.filter(task_path=ping_task_path(), status="READY").get()
        assert retry.args_kwargs["args"] == [[first], 2]  # only the failed feed, second attempt
        assert retry.run_after == timezone.now() + timedelta(minutes=1)

        run_worker()  # before its time: nothing
        assert len(hub.topics()) == len(feeds_of_draft(settings))

        clock.shift(timedelta(minutes=1, seconds=1))
        run_worker()
        assert hub.topics()[-1] == first
        assert not DBTaskResult.objects.filter(task_path=ping_task_path(), status="READY").exists()


def ping_task_path() -> str:
    return tasks.ping_hub_task.module_path
