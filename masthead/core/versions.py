"""Version stamps shared by every process of the site, for data nearly every page shows.

A process may keep such data (the section list) in memory while the stamp stays the same; a
change bumps the stamp after its transaction commits, and every process reloads on its next
request. Redis holds the stamps when REDIS_URL is set (several machines); otherwise a file's
modification time in the data directory does (one machine), which costs one stat() to read.
"""

import os
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache


def _stamp_file(name: str) -> Path:
    return Path(settings.DATA_DIR) / "versions" / name


def current(name: str) -> int:
    """The stamp of `name` now (0 before its first bump)."""
    if settings.REDIS_URL:
        return cache.get(f"masthead:version:{name}", 0)
    try:
        return os.stat(_stamp_file(name)).st_mtime_ns
    except FileNotFoundError:
        return 0


def bump(name: str) -> None:
    """Give `name` a new stamp: every process drops what it kept under the old one."""
    now = time.time_ns()
    if settings.REDIS_URL:
        cache.set(f"masthead:version:{name}", now, None)
        return
    stamp = _stamp_file(name)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.touch()
    os.utime(stamp, ns=(now, now))
