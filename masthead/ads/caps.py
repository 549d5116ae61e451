"""Caps: each served ad of a capped campaign counted against its total and daily caps, exactly.

On one machine the database holds the counts: a conditional UPDATE per capped ad, whose row
lock makes concurrent servers queue, so no process can serve past a cap. On the scale-out
stack (ADS_CAPS = "redis", the default with REDIS_URL) that is a PostgreSQL transaction and a
WAL flush per impression, several times the cost of the rest of the decision; there Redis holds
the counts instead: one script checks both caps and counts, atomically for every server. The
database's `served` columns are brought up to Redis's counts every ADS_FLUSH_SECONDS, for the
reports, and are where Redis starts again if it loses a key (a restart without persistence):
then a campaign may serve at most what was counted since the last write.
"""

from __future__ import annotations

import functools
import math
import threading
from datetime import date, datetime
from typing import Protocol

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from masthead.ads.models import Campaign, CampaignDay
from masthead.core.flushing import FlushedPeriodically

# Daily counts outlive their day by this much: long enough for a late write to the database.
DAY_KEY_SECONDS = 3 * 86_400


class Capped(Protocol):
    """What counting needs of a capped campaign (a `serving.Live` has it all)."""

    campaign_id: int
    starts_at: datetime
    ends_at: datetime
    daily_cap: int | None
    total_cap: int | None
    is_paced: bool


def paced_limit(live: Capped, now: datetime) -> int | None:
    """How many a capped campaign may have served by `now`: its total cap, or its even share."""
    if live.total_cap is None:
        return None
    if not live.is_paced:
        return live.total_cap
    flight = (live.ends_at - live.starts_at).total_seconds()
    elapsed = (now - live.starts_at).total_seconds()
    # Rounded up, so the first ad of a flight can be served.
    return min(live.total_cap, math.ceil(live.total_cap * min(elapsed / flight, 1.0)) or 1)


def reserve_in_database(live: Capped, now: datetime) -> bool:
    """Count one served ad in the database, if the caps allow it."""
    limit = paced_limit(live, now)
    table = Campaign._meta.db_table
    day_table = CampaignDay._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        if limit is not None:
            cursor.execute(
                f"UPDATE {table} SET served = served + 1 WHERE id = %s AND served < %s",
                [live.campaign_id, limit],
            )
        else:
            cursor.execute(f"UPDATE {table} SET served = served + 1 WHERE id = %s", [live.campaign_id])
        if cursor.rowcount != 1:
            return False
        if live.daily_cap is not None:
            cursor.execute(
                f"INSERT INTO {day_table} (campaign_id, day, served) VALUES (%s, %s, 1) "
                f"ON CONFLICT (campaign_id, day) DO UPDATE SET served = {day_table}.served + 1 "
                f"WHERE {day_table}.served < %s",
                [live.campaign_id, timezone.localdate(now).isoformat(), live.daily_cap],
            )
            if cursor.rowcount != 1:
                transaction.set_rollback(True)  # the total is given back
                return False
    return True


# KEYS: the campaign's total, its day's count. ARGV: the total allowed now, the daily cap (-1:
# none). Returns 1 (counted), 0 (a cap refuses) or -1 (a count is missing: load it, try again).
_RESERVE_SCRIPT = """
local limit, cap = tonumber(ARGV[1]), tonumber(ARGV[2])
local total = redis.call('GET', KEYS[1])
if not total then return -1 end
local day = 0
if cap >= 0 then
  day = redis.call('GET', KEYS[2])
  if not day then return -1 end
  day = tonumber(day)
end
if (limit >= 0 and tonumber(total) >= limit) or (cap >= 0 and day >= cap) then return 0 end
redis.call('INCR', KEYS[1])
if cap >= 0 then redis.call('INCR', KEYS[2]) end
return 1
"""


class RedisCaps(FlushedPeriodically):
    """Counts in Redis; `flush` raises the database's counts to them (never lowers them)."""

    thread_name = "masthead-ad-caps"

    def __init__(self, url: str) -> None:
        import redis

        self.redis = redis.Redis.from_url(url)
        self.script = self.redis.register_script(_RESERVE_SCRIPT)
        self.touched: set[tuple[int, date]] = set()  # counted here since the last flush
        self.lock = threading.Lock()

    @property
    def flush_seconds(self) -> float:  # read when used, so settings may change it (tests)
        return settings.ADS_FLUSH_SECONDS

    @staticmethod
    def keys(campaign_id: int, day: date) -> list[str]:
        prefix = f"{settings.REDIS_KEY_PREFIX}:ads:served:{campaign_id}"
        return [prefix, f"{prefix}:{day.isoformat()}"]

    def reserve(self, live: Capped, now: datetime) -> bool:
        limit = paced_limit(live, now)
        day = timezone.localdate(now)
        keys = self.keys(live.campaign_id, day)
        args = [-1 if limit is None else limit, -1 if live.daily_cap is None else live.daily_cap]
        counted = self.script(keys=keys, args=args)
        if counted == -1:
            self._load(live.campaign_id, day, daily=live.daily_cap is not None)
            counted = self.script(keys=keys, args=args)
        if counted != 1:
            return False
        with self.lock:
            self.touched.add((live.campaign_id, day))
        self._flush_soon()
        return True

    def _load(self, campaign_id: int, day: date, *, daily: bool) -> None:
        """Start the missing counts from the database's (a no-op where another server was first)."""
        total_key, day_key = self.keys(campaign_id, day)
        total = Campaign.objects.filter(pk=campaign_id).values_list("served", flat=True).first()
        pipe = self.redis.pipeline()
        pipe.set(total_key, total or 0, nx=True)
        if daily:
            days = CampaignDay.objects.filter(campaign_id=campaign_id, day=day)
            pipe.set(day_key, days.values_list("served", flat=True).first() or 0, nx=True, ex=DAY_KEY_SECONDS)
        pipe.execute()

    def flush(self) -> int:
        """Write the counts of every campaign counted here since the last flush; returns how many."""
        with self.lock:
            touched, self.touched = self.touched, set()
        if not touched:
            return 0
        try:
            order = sorted(touched)
            values = self.redis.mget(
                [key for campaign_id, day in order for key in self.keys(campaign_id, day)]
            )
            alive = set(Campaign.objects.filter(pk__in={c for c, _ in order}).values_list("pk", flat=True))
            # A campaign deleted since: its counts go with it.
            counts = [
                (campaign_id, day, total, today)
                for (campaign_id, day), total, today in zip(order, values[::2], values[1::2], strict=True)
                if campaign_id in alive
            ]
            with transaction.atomic():
                CampaignDay.objects.bulk_create(
                    [CampaignDay(campaign_id=c, day=d) for c, d, _, today in counts if today is not None],
                    ignore_conflicts=True,
                )
                for campaign_id, day, total, today in counts:
                    if total is not None:
                        Campaign.objects.filter(pk=campaign_id, served__lt=int(total)).update(
                            served=int(total)
                        )
                    if today is not None:
                        CampaignDay.objects.filter(
                            campaign_id=campaign_id, day=day, served__lt=int(today)
                        ).update(served=int(today))
        except Exception:
            with self.lock:
                self.touched |= touched
            raise
        return len(touched)


@functools.cache
def _in_redis(url: str) -> RedisCaps:
    return RedisCaps(url)


def reserve(live: Capped, now: datetime) -> bool:
    """Count one served ad against a capped campaign's caps, if they allow it; exact under concurrency."""
    if settings.ADS_CAPS != "redis":
        return reserve_in_database(live, now)
    return _in_redis(settings.REDIS_URL).reserve(live, now)
