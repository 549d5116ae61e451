"""Fixed-window rate limits that hold across every process of the site.

With a shared cache (Redis) the count is kept there; otherwise the default cache lives in each
server process, so the count is kept in the database instead (one `RateCount` row per client and
window, incremented atomically), and a limit of 20 means 20 for the whole site, not per worker.
"""

import datetime
import time

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

from masthead.core.models import RateCount

# Caches every process shares, with an atomic incr(); any other cache is counted in the database.
SHARED_CACHES = (
    "django.core.cache.backends.redis.RedisCache",
    "django.core.cache.backends.memcached.PyMemcacheCache",
    "django.core.cache.backends.memcached.PyLibMCCache",
)


def allow(scope: str, who: str, limit: int, seconds: int) -> bool:
    """Count one attempt by `who` in `scope`; False once more than `limit` fall in one window."""
    # Keyed hash: addresses and email addresses are never stored, nor guessable from what is.
    digest = salted_hmac("masthead.core.ratelimit", who).hexdigest()[:32]
    window_start = int(time.time() // seconds) * seconds
    if settings.CACHES["default"]["BACKEND"] in SHARED_CACHES:
        count = _count_in_cache(scope, digest, window_start, seconds)
    else:
        count = _count_in_database(scope, digest, window_start, seconds)
    return count <= limit


def _count_in_cache(scope: str, digest: str, window_start: int, seconds: int) -> int:
    key = f"masthead:rate:{scope}:{window_start}:{digest}"
    if cache.add(key, 1, seconds + 1):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, seconds + 1)
        return 1


def _count_in_database(scope: str, digest: str, window_start: int, seconds: int) -> int:
    """This attempt's number in its window, counted in one transaction with every other process."""
    row = RateCount.objects.filter(scope=scope, key_hash=digest, window_start=window_start)
    with transaction.atomic():
        if not row.update(count=F("count") + 1):
            expires_at = datetime.datetime.fromtimestamp(window_start + seconds, datetime.UTC)
            try:
                with transaction.atomic():
                    RateCount.objects.create(
                        scope=scope,
                        key_hash=digest,
                        window_start=window_start,
                        count=1,
                        expires_at=expires_at,
                    )
            except IntegrityError:  # another process opened the window first: count on its row
                row.update(count=F("count") + 1)
            else:
                # The first attempt of a window clears windows that have ended, so rows stay few.
                RateCount.objects.filter(expires_at__lte=timezone.now()).delete()
                return 1
        # The row stays locked until commit, so this is our own increment's result.
        return row.values_list("count", flat=True).get()
