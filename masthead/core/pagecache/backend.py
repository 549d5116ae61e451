"""The configured page store and CDN, one of each per process."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from masthead.core.pagecache.store import FileStore, PageStore, RedisStore


@cache
def get_store() -> PageStore | None:
    """The page store chosen by MASTHEAD_PAGECACHE ("files", "redis" or "off")."""
    kind = settings.PAGECACHE
    if kind == "files":
        return FileStore(settings.PAGECACHE_DIR)
    if kind == "redis":
        return RedisStore(settings.REDIS_URL, prefix=f"{settings.REDIS_KEY_PREFIX}:pc:")
    return None


@cache
def get_cdn():
    """The CDN purge backend named by PAGECACHE_CDN_BACKEND."""
    return import_string(settings.PAGECACHE_CDN_BACKEND)(**settings.PAGECACHE_CDN_OPTIONS)
