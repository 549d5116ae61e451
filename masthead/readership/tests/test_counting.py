"""Views counted from the beacon, through the real WSGI front and a real database (and Redis)."""

import io
import uuid
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.db.models import Sum

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory
from masthead.readership import counting
from masthead.readership.models import HourlyViews, ViewBatch, ViewMark
from masthead.wsgi import application

pytestmark = pytest.mark.django_db

READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.fixture(autouse=True)
def embedded_counter(settings):
    settings.READERSHIP_COUNTER = "embedded"
    counting.reset_counter()
    yield
    counting.reset_counter()


def beacon(body: bytes | str, *, method="POST", ua=READER, address="203.0.113.7", **headers) -> str:
    """One request to the WSGI application as a server would make it; returns the status line."""
    body = body.encode() if isinstance(body, str) else body
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": "/beacon/",
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "news.example",
        "REMOTE_ADDR": address,
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        **({"HTTP_USER_AGENT": ua} if ua else {}),
        **headers,
    }
    statuses = []
    b"".join(application(environ, lambda status, headers_, exc=None: statuses.append(status)))
    return statuses[0]


def stored(article=None) -> int:
    views = HourlyViews.objects.all() if article is None else HourlyViews.objects.filter(article=article)
    return views.aggregate(n=Sum("views"))["n"] or 0


def flush() -> int:
    return counting.get_counter().flush()


def test_a_view_is_counted_once_per_reader_and_story_per_day():
    story, other = ArticleFactory(slug="a"), ArticleFactory(slug="b")
    for _ in range(3):
        assert beacon(f"a={story.pk}") == "204 No Content"
    beacon(f"a={other.pk}")
    beacon(f"a={story.pk}", ua=READER + " Edge/131")  # another browser: another reader
    beacon(f"a={story.pk}", address="198.51.100.9")
    assert flush() == 4
    assert (stored(story), stored(other)) == (3, 1)
    beacon(f"a={story.pk}")  # the same reader again, after the flush: still a repeat
    assert flush() == 0
    with time_machine.travel(datetime.now(UTC) + timedelta(days=1)):
        beacon(f"a={story.pk}")  # a new day, a new salt: counted again
        assert flush() == 1
    assert stored(story) == 4


def test_bots_prefetches_editors_other_sites_and_bad_bodies_are_not_counted():
    story = ArticleFactory(slug="a")
    body = f"a={story.pk}"
    answers = [
        beacon(body, ua="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        beacon(body, ua="facebookexternalhit/1.1"),
        beacon(body, ua=""),
        beacon(body, HTTP_SEC_PURPOSE="prefetch;prerender"),
        beacon(body, HTTP_PURPOSE="prefetch"),
        beacon(body, HTTP_COOKIE=f"csrftoken=x; {settings.SESSION_COOKIE_NAME}=abc"),
        beacon(body, HTTP_ORIGIN="https://elsewhere.example"),
        beacon("a=" + "9" * 80),
        beacon("a=12x"),
        beacon(b"\xff\xfe"),
        beacon(""),
        beacon("a=999999"),  # no such story
    ]
    assert set(answers) == {"204 No Content"}  # the same answer whatever happened
    assert beacon(body, method="GET").startswith("405")
    assert flush() == 0 and stored() == 0
    beacon(body, HTTP_ORIGIN="http://news.example")  # the site's own page
    assert flush() == 1


def test_only_published_stories_count():
    draft = ArticleFactory(slug="draft", status=Article.Status.DRAFT, published_at=None)
    later = ArticleFactory(
        slug="later", status=Article.Status.SCHEDULED, published_at=datetime.now(UTC) + timedelta(hours=1)
    )
    beacon(f"a={draft.pk}")
    beacon(f"a={later.pk}")
    assert flush() == 0 and stored() == 0


def test_a_crash_loses_only_what_was_not_flushed():
    story = ArticleFactory(slug="a")
    for n in range(3):
        beacon(f"a={story.pk}", address=f"192.0.2.{n}")
    assert flush() == 3
    for n in range(3, 5):
        beacon(f"a={story.pk}", address=f"192.0.2.{n}")
    counting.reset_counter()  # the process dies before its next flush
    assert flush() == 0
    assert stored(story) == 3  # what was stored stays stored


def test_views_land_in_their_hour_and_old_fingerprints_are_forgotten():
    story = ArticleFactory(slug="a")
    moment = datetime(2026, 3, 1, 9, 59, 30, tzinfo=UTC)
    with time_machine.travel(moment, tick=False):
        story.published_at = moment - timedelta(days=1)
        story.save()
        beacon(f"a={story.pk}")
        flush()
    with time_machine.travel(moment + timedelta(minutes=1), tick=False):
        beacon(f"a={story.pk}", address="192.0.2.1")
        flush()
    hours = dict(HourlyViews.objects.values_list("hour", "views"))
    assert hours == {datetime(2026, 3, 1, 9, tzinfo=UTC): 1, datetime(2026, 3, 1, 10, tzinfo=UTC): 1}
    counting.forget_old_marks(moment.date() + timedelta(days=2))
    assert not ViewMark.objects.exists()


@pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL")
def test_redis_counts_move_to_the_database_exactly_once(settings):
    settings.READERSHIP_COUNTER = "redis"
    counting.reset_counter()
    counter = counting.get_counter()
    counter.redis.delete(counting.PENDING_KEY)
    for key in counter.redis.scan_iter(match=counting.FLUSHING_PREFIX + "*"):
        counter.redis.delete(key)
    story = ArticleFactory(slug=f"a-{uuid.uuid4().hex[:8]}")
    marks = []
    for n in range(4):
        address = f"192.0.2.{n}-{uuid.uuid4().hex}"
        beacon(f"a={story.pk}", address=address)
        beacon(f"a={story.pk}", address=address)  # a repeat, refused by Redis
    marks = list(counter.redis.scan_iter(match="masthead:views:mark:*"))
    assert len(marks) >= 4
    # A flush interrupted after storing a batch but before deleting it from Redis...
    counter.redis.rename(counting.PENDING_KEY, counting.FLUSHING_PREFIX + "interrupted")
    saved = counter.redis.hgetall(counting.FLUSHING_PREFIX + "interrupted")
    assert counter._store_batch(counting.FLUSHING_PREFIX + "interrupted") == 4
    counter.redis.hset(counting.FLUSHING_PREFIX + "interrupted", mapping=saved)  # ...is left behind
    assert counter.flush() == 0  # and is not counted again
    assert stored(story) == 4
    assert ViewBatch.objects.filter(batch=counting.FLUSHING_PREFIX + "interrupted").exists()
    assert not list(counter.redis.scan_iter(match=counting.FLUSHING_PREFIX + "*"))
    for key in marks:
        counter.redis.delete(key)
