"""Counting views from the page's beacon: who is not counted, repeats, and where counts go.

Two ways of keeping counts, chosen by settings:
- embedded (default): each process buffers beacons in memory and writes them to the database
  in one transaction every READERSHIP_FLUSH_SECONDS; a crash loses at most that buffer.
- Redis (REDIS_URL): each beacon is checked and counted in Redis at once (one round trip); a
  flusher moves the counts into the database in batches, each batch recorded with its counts
  in one transaction, so a batch interrupted half-way is stored exactly once on retry.
"""

import contextlib
import hashlib
import logging
import re
import secrets
import threading
import uuid
from collections import Counter as Tally
from datetime import UTC, date, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction

from masthead.articles.models import Article
from masthead.core.flushing import FlushedPeriodically
from masthead.readership.models import DaySalt, ViewBatch, ViewMark

logger = logging.getLogger(__name__)

# Crawlers, link previewers, monitors and scripted clients announce themselves in User-Agent.
BOTS = re.compile(
    r"bot|crawl|spider|slurp|archiv|facebookexternalhit|embedly|preview|headless|lighthouse|"
    r"pingdom|uptime|monitor|python-|curl/|wget/|httpclient|okhttp|java/|go-http|scrapy",
    re.IGNORECASE,
)
BEACON_MAX_BYTES = 64
REDIS_MARK_SECONDS = 2 * 86400  # a fingerprint is kept for the day it was seen and the next
PENDING_KEY = "masthead:views:pending"
FLUSHING_PREFIX = "masthead:views:flushing:"


def countable_article(environ: dict) -> int | None:
    """The story a beacon request counts a view of, or None if it must not be counted.

    Not counted: anything but a small POST; bots; prefetches and prerenders that were never
    shown; a signed-in editor (any session cookie: readers have none); another site's page.
    """
    if environ.get("REQUEST_METHOD") != "POST":
        return None
    if BOTS.search(environ.get("HTTP_USER_AGENT", "")) or not environ.get("HTTP_USER_AGENT"):
        return None
    purpose = " ".join(environ.get(h, "") for h in ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_MOZ")).lower()
    if "prefetch" in purpose or "prerender" in purpose or "preview" in purpose:
        return None
    if settings.SESSION_COOKIE_NAME + "=" in environ.get("HTTP_COOKIE", ""):
        return None
    origin = environ.get("HTTP_ORIGIN")
    if origin and origin.split("://", 1)[-1] != environ.get("HTTP_HOST", ""):
        return None
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    if not 0 < length <= BEACON_MAX_BYTES:
        return None
    body = environ["wsgi.input"].read(length).decode("ascii", "replace")
    value = body.split("a=", 1)[1] if body.startswith("a=") else body
    value = value.split("&", 1)[0].strip()
    return int(value) if value.isdigit() and len(value) <= 12 else None


def reader_address(environ: dict) -> str:
    """The reader's address as the front server saw it (READERSHIP_ADDRESS_HEADER behind nginx)."""
    header = settings.READERSHIP_ADDRESS_HEADER
    forwarded = environ.get(header, "") if header else ""
    return forwarded.split(",")[0].strip() or environ.get("REMOTE_ADDR", "")


_salts: dict[date, str] = {}


def day_salt(day: date) -> str:
    """The day's random salt, the same in every process (stored; older ones are deleted)."""
    salt = _salts.get(day)
    if salt is None:
        try:
            salt = DaySalt.objects.get_or_create(day=day, defaults={"salt": secrets.token_hex(16)})[0].salt
        except IntegrityError:  # another process created it first
            salt = DaySalt.objects.get(day=day).salt
        _salts.clear()
        _salts[day] = salt
    return salt


def fingerprint(environ: dict, article_id: int, day: date) -> str:
    raw = f"{day_salt(day)}|{reader_address(environ)}|{environ.get('HTTP_USER_AGENT', '')}|{article_id}"
    return hashlib.blake2b(raw.encode("utf-8", "replace"), digest_size=16).hexdigest()


def hour_of(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def store_views(views: list[tuple[str, int, datetime]]) -> int:
    """Write (fingerprint, article id, hour) views: repeats of a day and stories that are not
    published are dropped. One transaction; returns how many views were counted."""
    if not views:
        return 0
    ids = {article_id for _, article_id, _ in views}
    live = set(Article.objects.published().filter(pk__in=ids).values_list("pk", flat=True))
    views = [view for view in views if view[1] in live]
    ops = connection.ops
    counted: Tally = Tally()
    with transaction.atomic():
        for start in range(0, len(views), 400):
            chunk = views[start : start + 400]
            days = {fp: ops.adapt_datefield_value(hour.date()) for fp, _, hour in chunk}
            values = ", ".join(["(%s, %s)"] * len(chunk))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"INSERT INTO readership_viewmark (day, fingerprint) VALUES {values} "
                    "ON CONFLICT (day, fingerprint) DO NOTHING RETURNING fingerprint",
                    [value for fp, _, _ in chunk for value in (days[fp], fp)],
                )
                new = {row[0] for row in cursor.fetchall()}
            for fp, article_id, hour in chunk:
                if fp in new:
                    new.discard(fp)  # a repeat within the same batch counts once too
                    counted[(article_id, hour)] += 1
        add_counts(counted)
    return sum(counted.values())


def add_counts(counts: Tally) -> None:
    """Add {(article id, hour): views} to the stored hourly totals (inside the caller's transaction)."""
    if not counts:
        return
    ops = connection.ops
    items = list(counts.items())
    for start in range(0, len(items), 300):
        chunk = items[start : start + 300]
        values = ", ".join(["(%s, %s, %s)"] * len(chunk))
        params = [
            v for (article_id, hour), n in chunk for v in (article_id, ops.adapt_datetimefield_value(hour), n)
        ]
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO readership_hourlyviews (article_id, hour, views) VALUES {values} "
                "ON CONFLICT (article_id, hour) DO UPDATE "
                "SET views = readership_hourlyviews.views + excluded.views",
                params,
            )


class BufferedCounter(FlushedPeriodically):
    """The embedded counter: beacons in memory, written in batches by a background thread."""

    thread_name = "masthead-views"

    def __init__(self, flush_seconds: float) -> None:
        self.flush_seconds = flush_seconds
        self.pending: list[tuple[str, int, datetime]] = []
        self.lock = threading.Lock()

    def add(self, environ: dict, article_id: int, now: datetime) -> None:
        view = (fingerprint(environ, article_id, now.date()), article_id, hour_of(now))
        with self.lock:
            self.pending.append(view)
        self._start_flushing()

    def flush(self) -> int:
        with self.lock:
            batch, self.pending = self.pending, []
        try:
            return store_views(batch)
        except Exception:
            with self.lock:  # not stored: back in the buffer for the next flush
                self.pending[:0] = batch
            raise
        finally:
            daily_cleanup()


# One Redis round trip per beacon: mark the fingerprint, and count only if it was new.
_COUNT_SCRIPT = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
  return 1
end
return 0
"""


class RedisCounter(FlushedPeriodically):
    thread_name = "masthead-views"
    """Counts in Redis as beacons arrive; `flush` moves them into the database exactly once."""

    def __init__(self, url: str, flush_seconds: float) -> None:
        import redis

        self.redis = redis.Redis.from_url(url)
        self.no_such_key = redis.exceptions.ResponseError  # RENAME of a key that is not there
        self.script = self.redis.register_script(_COUNT_SCRIPT)
        self.flush_seconds = flush_seconds

    def add(self, environ: dict, article_id: int, now: datetime) -> None:
        fp = fingerprint(environ, article_id, now.date())
        field = f"{article_id}:{int(hour_of(now).timestamp())}"
        self.script(keys=[f"masthead:views:mark:{fp}", PENDING_KEY], args=[REDIS_MARK_SECONDS, field])
        self._start_flushing()

    def flush(self) -> int:
        """Store every pending and half-stored batch; returns the views stored."""
        # Only the flusher whose RENAME finds the key takes the pending counts.
        with contextlib.suppress(self.no_such_key):
            self.redis.rename(PENDING_KEY, FLUSHING_PREFIX + uuid.uuid4().hex)
        stored = 0
        for key in self.redis.scan_iter(match=FLUSHING_PREFIX + "*"):
            stored += self._store_batch(key.decode())
        daily_cleanup()
        return stored

    def _store_batch(self, key: str) -> int:
        raw = self.redis.hgetall(key)
        counts: Tally = Tally()
        for field, value in raw.items():
            article_id, stamp = field.decode().split(":")
            hour = datetime.fromtimestamp(int(stamp), tz=UTC)
            counts[(int(article_id), hour)] += int(value)
        live = set(
            Article.objects.published().filter(pk__in={a for a, _ in counts}).values_list("pk", flat=True)
        )
        counts = Tally({k: n for k, n in counts.items() if k[0] in live})
        try:
            with transaction.atomic():
                ViewBatch.objects.create(batch=key)  # a batch stored before is refused here
                add_counts(counts)
        except IntegrityError:
            counts = Tally()  # stored by an earlier, interrupted flush: only the key is left
        self.redis.delete(key)
        return sum(counts.values())


_counter = None
_counter_lock = threading.Lock()


def get_counter():
    """This process's counter, as the settings choose."""
    global _counter
    if _counter is None:
        with _counter_lock:
            if _counter is None:
                if settings.READERSHIP_COUNTER == "redis":
                    _counter = RedisCounter(settings.REDIS_URL, settings.READERSHIP_FLUSH_SECONDS)
                else:
                    _counter = BufferedCounter(settings.READERSHIP_FLUSH_SECONDS)
    return _counter


def reset_counter() -> None:
    """Forget this process's counter (tests change settings)."""
    global _counter
    with _counter_lock:
        _counter = None


_cleaned_on: date | None = None


def daily_cleanup() -> None:
    """Once a day per process: forget what can no longer tell repeats apart."""
    global _cleaned_on
    today = datetime.now(UTC).date()
    if _cleaned_on != today:
        _cleaned_on = today
        forget_old_marks(today)


def forget_old_marks(today: date) -> None:
    """Fingerprints and salts older than yesterday can no longer tell repeats apart: delete them."""
    ViewMark.objects.filter(day__lt=today - timedelta(days=1)).delete()
    DaySalt.objects.filter(day__lt=today - timedelta(days=1)).delete()
