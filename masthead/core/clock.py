"""Periodic jobs, run by every task worker: each job must be safe to run at once in several.

Apps register jobs in their AppConfig.ready(); `masthead worker` runs the due ones in a thread
beside the task loop. A job that must happen once per slot (a digest at 07:00) makes that so
itself, with a unique row per slot, so any number of workers may share the clock.
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.db import close_old_connections, connection

log = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    every: float  # seconds
    run: Callable[[], object]
    last: float = float("-inf")


jobs: dict[str, Job] = {}


def every(seconds: float, name: str, run: Callable[[], object]) -> None:
    """Run `run` about every `seconds` in each worker (the first time when the worker starts)."""
    jobs[name] = Job(name, seconds, run)


def run_due(now: float | None = None) -> list[str]:
    """Run the jobs whose time has come; a failing job is logged and tried again next time."""
    now = time.monotonic() if now is None else now
    ran = []
    for job in jobs.values():
        if now - job.last < job.every:
            continue
        job.last = now
        try:
            job.run()
            ran.append(job.name)
        except Exception:
            log.exception("periodic job %s failed", job.name)
    return ran


def start(tick: float = 5.0) -> threading.Event:
    """Run due jobs every `tick` seconds in a daemon thread; set the returned event to stop it."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            close_old_connections()
            run_due()
            connection.close()  # nothing held open between ticks (SQLite writers, PostgreSQL slots)
            stop.wait(tick)

    threading.Thread(target=loop, name="masthead-clock", daemon=True).start()
    return stop
