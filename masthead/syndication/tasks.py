"""Background work for feeds: pinging the WebSub hub, tried again with growing pauses."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from masthead.syndication import websub

log = logging.getLogger(__name__)

# Attempts in all, the first included; the pauses before the next ones grow fourfold:
# 1 min, 4 min, 16 min, ~1 h, ~4 h, so a hub that is down for an afternoon still hears of it.
MAX_ATTEMPTS = 6
FIRST_PAUSE = timedelta(minutes=1)


def pause_before(attempt: int) -> timedelta:
    """How long to wait before attempt number `attempt` (2 or more)."""
    return FIRST_PAUSE * 4 ** (attempt - 2)


@task()
def ping_hub_task(topics: list[str], attempt: int = 1) -> int:
    """Tell the hub each feed in `topics` changed; the failed ones are queued again later.

    Returns how many pings the hub took (or refused for good).
    """
    hub = settings.WEBSUB_HUB
    if not hub:
        return 0
    again = [topic for topic in topics if websub.ping(hub, topic) is websub.Outcome.RETRY]
    if again and attempt < MAX_ATTEMPTS:
        queue_pings(again, attempt=attempt + 1)
    elif again:
        log.error("WebSub hub %s: gave up on %d feeds after %d attempts", hub, len(again), attempt)
    return len(topics) - len(again)


def queue_pings(topics: list[str], *, attempt: int = 1) -> None:
    """Ping the hub about `topics` in the background; a retry waits its pause where the task
    backend can defer work (the database and RQ queues), and runs at once where it cannot."""
    ping = ping_hub_task
    if attempt > 1 and ping.get_backend().supports_defer:
        ping = ping.using(run_after=timezone.now() + pause_before(attempt))
    ping.enqueue(sorted(set(topics)), attempt)
