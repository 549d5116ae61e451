"""Where cached pages live: files on disk (default; nginx can serve them) or Redis.

A page is stored under its address (path and page number) with the headers it was sent with,
and filed under each of its surrogate keys. Purging a key drops every page filed under it.

Purges race with renders: a page rendered from data read before a purge must not be stored
after it. Each purge leaves a timestamp per key; a store that finds a purge of one of its keys
newer than the moment its render began throws the page away (see `PageStore.put`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from masthead.core.kept import Kept


@dataclass(frozen=True)
class CachedPage:
    body: bytes
    headers: list[tuple[str, str]]
    etag: str
    # What a hit is answered with, made once when the page is loaded rather than per hit.
    hit_headers: list[tuple[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        hit = [*self.headers, ("Content-Length", str(len(self.body))), ("X-Cache", "HIT")]
        object.__setattr__(self, "hit_headers", hit)


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
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError


class FileStore(PageStore):
    """Pages as plain HTML files, headers beside them, key index as marker files.

    Layout under `root`:
      pages/<path>/index<page>.html        the body, exactly as sent
      pages/<path>/index<page>.html.json   its headers
      keys/<key>/<hash of file name>       one marker per page filed under the key
      purged/<key>                         mtime = when the key was last purged
    """

    memory_entries = 5000

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.pages = self.root / "pages"
        self.keys = self.root / "keys"
        self.purged = self.root / "purged"
        self._pages_prefix = str(self.pages) + os.sep
        # A hit costs one stat(): a page is kept in memory until its file is replaced or purged
        # (by any process), which changes or removes the file.
        self._memory: Kept[CachedPage | None] = Kept(
            self._read, version=self._file_version, size=self.memory_entries
        )
        for folder in (self.pages, self.keys, self.purged):
            folder.mkdir(parents=True, exist_ok=True)

    def get(self, path: str, page: str = "") -> CachedPage | None:
        try:
            relative = page_file_name(path, page)
        except ValueError:
            return None
        return self._memory.get(relative)

    def _file_version(self, relative: str) -> tuple[int, int, int] | None:
        """The page file's identity and time, or None when there is no such page."""
        try:
            stat = os.stat(self._pages_prefix + relative)  # plain strings: this runs on every hit
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _read(self, relative: str) -> CachedPage | None:
        name = self._pages_prefix + relative
        try:
            with open(name + ".json", "rb") as handle:
                meta = json.loads(handle.read())
            with open(name, "rb") as handle:
                body = handle.read()
        except (OSError, ValueError):
            return None
        return CachedPage(body=body, headers=[tuple(h) for h in meta["headers"]], etag=meta["etag"])

    def put(self, path: str, page: str, cached: CachedPage, keys: set[str], started_ns: int) -> bool:
        try:
            relative = page_file_name(path, page)
        except ValueError:
            return False
        target = self.pages / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        marker = _key_hash(relative)
        # File the page under its keys first, so a purge that starts after this finds it.
        for key in keys:
            folder = self.keys / _safe_key(key)
            folder.mkdir(exist_ok=True)
            (folder / marker).write_text(relative)
        meta = json.dumps({"headers": cached.headers, "etag": cached.etag}).encode()
        _atomic_write(target.parent / (target.name + ".json"), meta)
        _atomic_write(target, cached.body)
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

    def purge(self, keys: set[str]) -> int:
        now = time.time_ns()
        for key in keys:
            stamp = self.purged / _safe_key(key)
            stamp.touch()
            os.utime(stamp, ns=(now, now))
        dropped = 0
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
                dropped += self._drop(relative)
        return dropped

    def _drop(self, relative: str) -> int:
        target = self.pages / relative
        removed = 0
        for name in (target, target.parent / (target.name + ".json")):
            try:
                name.unlink()
                removed = 1
            except FileNotFoundError:
                pass
        return removed

    def clear(self) -> None:
        for folder in (self.pages, self.keys, self.purged):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True, exist_ok=True)
        now = time.time_ns()
        # Anything rendering right now must not be stored: mark everything as just purged.
        stamp = self.purged / "__all__"
        stamp.touch()
        os.utime(stamp, ns=(now, now))


class RedisStore(PageStore):
    """Pages in Redis: for several web machines sharing one cache."""

    def __init__(self, url: str, prefix: str = "masthead:pc:"):
        import redis

        self.redis = redis.Redis.from_url(url)
        self.prefix = prefix

    def _page(self, path: str, page: str) -> str:
        return f"{self.prefix}page:{page_file_name(path, page)}"

    def get(self, path: str, page: str = "") -> CachedPage | None:
        try:
            found = self.redis.hmget(self._page(path, page), "body", "meta")
        except ValueError:
            return None
        if not found[0]:
            return None
        meta = json.loads(found[1])
        return CachedPage(body=found[0], headers=[tuple(h) for h in meta["headers"]], etag=meta["etag"])

    def put(self, path: str, page: str, cached: CachedPage, keys: set[str], started_ns: int) -> bool:
        try:
            name = self._page(path, page)
        except ValueError:
            return False
        meta = json.dumps({"headers": cached.headers, "etag": cached.etag})
        pipe = self.redis.pipeline()
        for key in keys:
            pipe.sadd(f"{self.prefix}key:{key}", name)
        pipe.hset(name, mapping={"body": cached.body, "meta": meta})
        pipe.mget([f"{self.prefix}purged:{key}" for key in (*keys, "__all__")])
        stamps = pipe.execute()[-1]
        if any(stamp and int(stamp) >= started_ns for stamp in stamps):
            self.redis.delete(name)
            return False
        return True

    def purge(self, keys: set[str]) -> int:
        now = time.time_ns()
        pipe = self.redis.pipeline()
        for key in keys:
            pipe.set(f"{self.prefix}purged:{key}", now)
        for key in keys:
            pipe.smembers(f"{self.prefix}key:{key}")
            pipe.delete(f"{self.prefix}key:{key}")
        results = pipe.execute()[len(keys) :]
        names = set().union(*results[0::2]) if keys else set()
        return self.redis.delete(*names) if names else 0

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
