"""Where cached pages live: files on disk (default; nginx can serve them) or Redis.

A page is stored under its address (path and page number) with the headers it was sent with,
and filed under each of its surrogate keys. Purging a key drops every page filed under it.

Purges race with renders: a page rendered from data read before a purge must not be stored
after it. Each purge leaves a timestamp per key; a store that finds a purge of one of its keys
newer than the moment its render began throws the page away (see `PageStore.put`).

A page may also carry an expiry (`CachedPage.expires`, set by a view with
`middleware.keep_until`): for a page that changes at a known time without any edit, such as a
list of the last 48 hours. Past it, the store no longer answers with the page (and Redis drops
it); until then, its hits tell shared caches only the time it has left.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from masthead.core.kept import Kept

_MAX_AGES = re.compile(r"\b(max-age|s-maxage)=([0-9]+)")


def seconds_left(expires: float, now: float | None = None) -> int:
    """Whole seconds until `expires` (Unix time), never less than zero."""
    return max(0, int(expires - (time.time() if now is None else now)))


def cap_cache_control(value: str, seconds: int) -> str:
    """A Cache-Control value whose max-age and s-maxage say at most `seconds`."""
    return _MAX_AGES.sub(lambda m: f"{m.group(1)}={min(int(m.group(2)), seconds)}", value)


@dataclass(frozen=True)
class CachedPage:
    body: bytes
    headers: list[tuple[str, str]]
    etag: str
    # Unix time after which the page is not served any more (None: until purged).
    expires: float | None = None
    # What a hit is answered with, made once when the page is loaded rather than per hit.
    hit_headers: list[tuple[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        hit = [*self.headers, ("Content-Length", str(len(self.body))), ("X-Cache", "HIT")]
        object.__setattr__(self, "hit_headers", hit)

    def is_expired(self, now: float | None = None) -> bool:
        return self.expires is not None and self.expires <= (time.time() if now is None else now)

    def headers_at(self, now: float) -> list[tuple[str, str]]:
        """The hit's headers at `now`: a page that expires gives shared caches only its time left."""
        if self.expires is None:
            return self.hit_headers
        left = seconds_left(self.expires, now)
        return [(k, cap_cache_control(v, left) if k == "Cache-Control" else v) for k, v in self.hit_headers]


def page_file_name(path: str, page: str = "") -> str:
    """The file a page is stored in, relative to the cache folder: "en/news/slug/index.html".

    deploy/nginx.conf finds the same file from the request's path and `page` argument.
    """
    clean = path.strip("/")  # already decoded by Django or the WSGI front
    if ".." in clean.split("/") or "\0" in clean:
        raise ValueError("unsafe path")
    return f"{clean}/index{page}.html" if clean else f"index{page}.html"


def _key_hash(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


class PageStore:
    """Interface of a page store."""

    def get(self, path: str, page: str = "") -> CachedPage | None:
        raise NotImplementedError

    def put(self, path: str, page: str, cached: CachedPage, keys: set[str], started_ns: int) -> bool:
        raise NotImplementedError

    def purge(self, keys: set[str]) -> int:
        """Drop every page filed under any of `keys`; how many there were."""
        return len(self.purge_pages(keys))

    def purge_pages(self, keys: set[str]) -> list[str]:
        """Drop every page filed under any of `keys`; their file names (`page_file_name`)."""
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError


class FileStore(PageStore):
    """Pages as plain HTML files, headers beside them, key index as marker files.

    Layout under `root`:
      pages/<path>/index<page>.html        the body, exactly as sent
      pages/<path>/index<page>.html.json   its headers
      expiring/<path>/index<page>.html     the same for a page with an expiry: nginx serves pages/
      expiring/<path>/…html.json           without asking Masthead, so it must never find there a
                                           page it could not tell had run out
      keys/<key>/<hash of file name>       one marker per page filed under the key
      purged/<key>                         mtime = when the key was last purged

    A page is in one of pages/ and expiring/ at most: storing it in one drops it from the other.
    """

    memory_entries = 5000

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.pages = self.root / "pages"
        self.expiring = self.root / "expiring"
        self.keys = self.root / "keys"
        self.purged = self.root / "purged"
        self._pages_prefix = str(self.pages) + os.sep
        self._expiring_prefix = str(self.expiring) + os.sep
        # A hit costs one stat() (two for a page with an expiry): a page is kept in memory until
        # its file is replaced or purged (by any process), which changes or removes the file.
        self._memory: Kept[CachedPage | None] = Kept(
            self._read, version=self._file_version, size=self.memory_entries
        )
        for folder in (self.pages, self.expiring, self.keys, self.purged):
            folder.mkdir(parents=True, exist_ok=True)

    def get(self, path: str, page: str = "") -> CachedPage | None:
        try:
            relative = page_file_name(path, page)
        except ValueError:
            return None
        found = self._memory.get(self._pages_prefix + relative)
        if found is None:  # a second stat() only when there is no everlasting copy
            found = self._memory.get(self._expiring_prefix + relative)
        return None if found is None or found.is_expired() else found

    def _file_version(self, name: str) -> tuple[int, int, int] | None:
        """The page file's identity and time, or None when there is no such page."""
        try:
            stat = os.stat(name)  # plain strings: this runs on every hit
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _read(self, name: str) -> CachedPage | None:
        try:
            with open(name + ".json", "rb") as handle:
                meta = json.loads(handle.read())
            with open(name, "rb") as handle:
                body = handle.read()
        except (OSError, ValueError):
            return None
        headers = [tuple(h) for h in meta["headers"]]
        return CachedPage(body=body, headers=headers, etag=meta["etag"], expires=meta.get("expires"))

    def put(self, path: str, page: str, cached: CachedPage, keys: set[str], started_ns: int) -> bool:
        try:
            relative = page_file_name(path, page)
        except ValueError:
            return False
        kept_in, other = (
            (self.pages, self.expiring) if cached.expires is None else (self.expiring, self.pages)
        )
        target = kept_in / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        marker = _key_hash(relative)
        # File the page under its keys first, so a purge that starts after this finds it.
        for key in keys:
            folder = self.keys / _safe_key(key)
            folder.mkdir(exist_ok=True)
            (folder / marker).write_text(relative)
        meta = {"headers": cached.headers, "etag": cached.etag}
        if cached.expires is not None:
            meta["expires"] = cached.expires
        _atomic_write(target.parent / (target.name + ".json"), json.dumps(meta).encode())
        _atomic_write(target, cached.body)
        self._drop_files(other / relative)  # the copy of the other kind, if the page changed kind
        if self._purged_since(keys, started_ns):
            self._drop(relative)
            return False
        return True

    def _purged_since(self, keys: set[str], started_ns: int) -> bool:
        for key in (*keys, "__all__"):
            try:
                if (self.purged / _safe_key(key)).stat().st_mtime_ns >= started_ns:
                    return True
            except FileNotFoundError:
                continue
        return False

    def purge_pages(self, keys: set[str]) -> list[str]:
        now = time.time_ns()
        for key in keys:
            stamp = self.purged / _safe_key(key)
            stamp.touch()
            os.utime(stamp, ns=(now, now))
        dropped = []
        for key in keys:
            folder = self.keys / _safe_key(key)
            try:
                markers = list(folder.iterdir())
            except FileNotFoundError:
                continue
            for marker in markers:
                try:
                    relative = marker.read_text()
                    marker.unlink()
                except FileNotFoundError:
                    continue
                if self._drop(relative):
                    dropped.append(relative)
        return dropped

    def _drop(self, relative: str) -> int:
        return max(self._drop_files(self.pages / relative), self._drop_files(self.expiring / relative))

    @staticmethod
    def _drop_files(target: Path) -> int:
        removed = 0
        for name in (target, target.parent / (target.name + ".json")):
            try:
                name.unlink()
                removed = 1
            except FileNotFoundError:
                pass
        return removed

    def clear(self) -> None:
        for folder in (self.pages, self.expiring, self.keys, self.purged):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True, exist_ok=True)
        now = time.time_ns()
        # Anything rendering right now must not be stored: mark everything as just purged.
        stamp = self.purged / "__all__"
        stamp.touch()
        os.utime(stamp, ns=(now, now))


class RedisStore(PageStore):
    """Pages in Redis: for several web machines sharing one cache."""

    memory_entries = 5000

    def __init__(self, url: str, prefix: str = "masthead:pc:"):
        import redis

        self.redis = redis.Redis.from_url(url)
        self.prefix = prefix
        # A hit asks Redis only for the page's version (a few bytes), not the page: a page is
        # kept in memory until it is replaced or purged (by any process), which changes that.
        self._memory: Kept[CachedPage | None] = Kept(
            self._read, version=self._version, size=self.memory_entries
        )

    def _page(self, path: str, page: str) -> str:
        return f"{self.prefix}page:{page_file_name(path, page)}"

    def get(self, path: str, page: str = "") -> CachedPage | None:
        try:
            name = self._page(path, page)
        except ValueError:
            return None
        cached = self._memory.get(name)
        return None if cached is None or cached.is_expired() else cached  # Redis's clock may lag ours

    def _version(self, name: str) -> bytes | None:
        return self.redis.hget(name, "version")

    def _read(self, name: str) -> CachedPage | None:
        found = self.redis.hmget(name, "body", "meta")
        if not found[0]:
            return None
        meta = json.loads(found[1])
        headers = [tuple(h) for h in meta["headers"]]
        return CachedPage(body=found[0], headers=headers, etag=meta["etag"], expires=meta.get("expires"))

    def put(self, path: str, page: str, cached: CachedPage, keys: set[str], started_ns: int) -> bool:
        try:
            name = self._page(path, page)
        except ValueError:
            return False
        meta = {"headers": cached.headers, "etag": cached.etag}
        if cached.expires is not None:
            meta["expires"] = cached.expires
        pipe = self.redis.pipeline()
        for key in keys:
            pipe.sadd(f"{self.prefix}key:{key}", name)
        # Stored in one command, so a reader never finds the version of one page and the body of
        # another; a new version on every store tells every process's memory to read it again.
        mapping = {
            "body": cached.body,
            "meta": json.dumps(meta),
            "version": f"{time.time_ns()}-{os.getpid()}",
        }
        pipe.hset(name, mapping=mapping)
        if cached.expires is None:
            pipe.persist(name)  # it may replace a copy that had an expiry
        else:
            pipe.pexpireat(name, int(cached.expires * 1000))  # Redis drops it then
        pipe.mget([f"{self.prefix}purged:{key}" for key in (*keys, "__all__")])
        stamps = pipe.execute()[-1]
        if any(stamp and int(stamp) >= started_ns for stamp in stamps):
            self.redis.delete(name)
            return False
        return True

    def purge_pages(self, keys: set[str]) -> list[str]:
        now = time.time_ns()
        pipe = self.redis.pipeline()
        for key in keys:
            pipe.set(f"{self.prefix}purged:{key}", now)
        for key in keys:
            pipe.smembers(f"{self.prefix}key:{key}")
            pipe.delete(f"{self.prefix}key:{key}")
        results = pipe.execute()[len(keys) :]
        names = sorted(set().union(*results[0::2])) if keys else []
        if not names:
            return []
        pipe = self.redis.pipeline()
        for name in names:
            pipe.delete(name)
        page = len(f"{self.prefix}page:")
        return [name[page:].decode() for name, gone in zip(names, pipe.execute(), strict=True) if gone]

    def clear(self) -> None:
        cursor = 0
        while True:
            cursor, names = self.redis.scan(cursor, match=f"{self.prefix}[pk]*", count=1000)
            if names:
                self.redis.delete(*names)
            if cursor == 0:
                break
        # Anything rendering right now must not be stored: mark everything as just purged.
        self.redis.set(f"{self.prefix}purged:__all__", time.time_ns())


def _safe_key(key: str) -> str:
    # Keys are our own ("article-12"), but never let one name a path outside its folder.
    return key.replace("/", "_").replace("..", "_") or "_"


def _atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
