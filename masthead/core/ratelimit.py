"""Fixed-window rate limits on the shared cache (Redis when configured).

Without Redis the cache lives in each server process, so each process counts on its own: the
limits then hold per process, which still stops a script hammering one form.
"""

import hashlib
import time

from django.core.cache import cache


def allow(scope: str, who: str, limit: int, seconds: int) -> bool:
    """Count one attempt by `who` in `scope`; False once more than `limit` fall in one window."""
    window = int(time.time() // seconds)
    # Hashed: addresses and email addresses never appear in cache keys.
    digest = hashlib.blake2b(who.encode(), digest_size=12).hexdigest()
    key = f"masthead:rate:{scope}:{window}:{digest}"
    if cache.add(key, 1, seconds + 1):
        return limit >= 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, seconds + 1)
        count = 1
    return count <= limit
