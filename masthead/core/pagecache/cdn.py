"""CDN purge backends behind one small interface; the dummy one is the default."""

from collections.abc import Iterable


class CDNBackend:
    """Purges pages at a CDN by surrogate key (Fastly, Cloudflare Cache-Tags, …)."""

    def purge_keys(self, keys: Iterable[str]) -> None:
        raise NotImplementedError

    def purge_keys_batch(self, batches: Iterable[Iterable[str]]) -> None:
        for keys in batches:
            self.purge_keys(keys)


class DummyCDN(CDNBackend):
    """Keeps what it was asked to purge, for development and tests; talks to nobody."""

    def __init__(self, **options):
        self.purged: list[set[str]] = []

    def purge_keys(self, keys: Iterable[str]) -> None:
        self.purged.append(set(keys))
