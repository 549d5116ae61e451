"""CDN purge backends behind one small interface; the dummy one is the default."""

from collections import deque
from collections.abc import Iterable


class CDNBackend:
    """Purges pages at a CDN by surrogate key (Fastly, Cloudflare Cache-Tags, …)."""

    # A vendor's API is slow and may be down, so its purges go through the task queue.
    is_remote = True

    def purge_keys(self, keys: Iterable[str]) -> None:
        raise NotImplementedError

    def purge_keys_batch(self, batches: Iterable[Iterable[str]]) -> None:
        for keys in batches:
            self.purge_keys(keys)


class DummyCDN(CDNBackend):
    """Keeps the last purges it was asked for, for development and tests; talks to nobody."""

    is_remote = False

    def __init__(self, **options):
        # Bounded: without a CDN it is told of every edit, for as long as the process runs.
        self.purged: deque[set[str]] = deque(maxlen=10_000)

    def purge_keys(self, keys: Iterable[str]) -> None:
        self.purged.append(set(keys))
