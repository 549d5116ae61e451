"""Version stamps shared by every process of the site, for data nearly every page shows.

A process may keep such data (the section list) in memory while the stamp stays the same; a
change bumps the stamp after its transaction commits, and every process reloads on its next
request. Redis holds the stamps when REDIS_URL is set (several machines); otherwise a file's
modification time in the data directory does (one machine), which costs one stat() to read.
"""

import contextvars
import functools
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse

# The stamps read so far in this request (`reading_once`); None outside a request.
_seen: contextvars.ContextVar[dict[str, int] | None] = contextvars.ContextVar("masthead_stamps", default=None)
# Every stamp a process keeps something under (`Kept` registers its own): read together on Redis.
_known: set[str] = set()


def _stamp_file(name: str) -> Path:
    return Path(settings.DATA_DIR) / "versions" / name


def _key(name: str) -> str:
    return f"{settings.REDIS_KEY_PREFIX}:version:{name}"


@functools.cache
def _redis(url: str):
    # Plain integers through Redis's own client: Django's cache would check and pickle each key
    # and value, which cost more than the round trip itself on every request.
    import redis

    return redis.Redis.from_url(url)


def register(name: str) -> None:
    """Say that this process keeps something under the stamp `name` (read with the others)."""
    _known.add(name)


def current(name: str) -> int:
    """The stamp of `name` now (0 before its first bump); in a request, as first read in it."""
    seen = _seen.get()
    if seen is None:
        return _read(name)
    if name not in seen:
        if settings.REDIS_URL:  # one round trip for every stamp the process knows, not one each
            names = [*(_known | {name})]
            found = _redis(settings.REDIS_URL).mget([_key(n) for n in names])
            for other, stamp in zip(names, found, strict=True):
                seen.setdefault(other, int(stamp or 0))
        else:
            seen[name] = _read(name)
    return seen[name]


def _read(name: str) -> int:
    if settings.REDIS_URL:
        return int(_redis(settings.REDIS_URL).get(_key(name)) or 0)
    try:
        return os.stat(_stamp_file(name)).st_mtime_ns
    except FileNotFoundError:
        return 0


def bump(name: str) -> None:
    """Give `name` a new stamp: every process drops what it kept under the old one."""
    now = time.time_ns()
    seen = _seen.get()
    if seen is not None:  # this request's own change shows in the rest of it
        seen[name] = now
    if settings.REDIS_URL:
        _redis(settings.REDIS_URL).set(_key(name), now)
        return
    stamp = _stamp_file(name)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.touch()
    os.utime(stamp, ns=(now, now))


@contextmanager
def reading_once() -> Iterator[None]:
    """Within the block, each stamp is read at most once, and on Redis all of them at once.

    A request reads the same stamps many times (the sections for the nav, the footer, the
    cards...): on the scale-out stack each read would be a round trip to Redis. One snapshot a
    request is as fresh as the page cache needs: a page whose rendering began before a change
    is never stored after the change's purge (`PageStore.put`).
    """
    if _seen.get() is not None:  # already inside one (the WSGI front's, then Django's): the same
        yield
        return
    token = _seen.set({})
    try:
        yield
    finally:
        _seen.reset(token)


def middleware(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable[[HttpRequest], HttpResponse]:
    """Django middleware: every request reads its stamps once (`reading_once`)."""

    def read_once(request: HttpRequest) -> HttpResponse:
        with reading_once():
            return get_response(request)

    return read_once
