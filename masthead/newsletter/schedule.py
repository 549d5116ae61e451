"""When digests go out: each day (and each week) at a configured local time."""

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from masthead.newsletter.models import Issue
from masthead.newsletter.queueing import queue_digests

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# A worker that was down at the hour still sends the digest when it comes back within this time;
# later than that, the day's digest is left out rather than sent in the evening.
GRACE = timedelta(hours=6)


def latest_slot(kind: str, now: datetime) -> datetime:
    """The most recent time at or before `now` when a digest of `kind` was due."""
    hour, minute = (int(part) for part in settings.NEWSLETTER_DIGEST_TIME.split(":"))
    local = timezone.localtime(now)
    slot = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if kind == Issue.Kind.DAILY:
        return slot if slot <= local else slot - timedelta(days=1)
    weekday = WEEKDAYS.index(settings.NEWSLETTER_WEEKLY_DAY)
    slot -= timedelta(days=(local.weekday() - weekday) % 7)
    return slot if slot <= local else slot - timedelta(days=7)


def queue_due_digests(now: datetime | None = None) -> list[Issue]:
    """Queue the digests whose time has come and that no worker has queued yet."""
    now = now or timezone.now()
    queued = []
    for kind in (Issue.Kind.DAILY, Issue.Kind.WEEKLY):
        slot = latest_slot(kind, now)
        if now - slot <= GRACE:
            queued += queue_digests(kind=kind, slot_at=slot)
    return queued
