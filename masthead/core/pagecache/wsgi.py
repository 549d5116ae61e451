"""The WSGI front: answers cache hits before Django is even called.

A hit costs a dictionary lookup and one stat(); everything else goes to Django untouched.
"""

from collections.abc import Callable, Iterable

from masthead.core.pagecache.middleware import cache_address
from masthead.core.pagecache.store import PageStore


class CachedPagesApp:
    def __init__(self, app: Callable, store: PageStore):
        from django.conf import settings

        self.app = app
        self.store = store
        self.prefixes = settings.PAGECACHE_PATH_PREFIXES
        self.session_marker = settings.SESSION_COOKIE_NAME + "="

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if method == "GET" or method == "HEAD":
            # WSGI hands over the raw path as latin-1; pages are filed under the decoded one.
            raw = environ.get("PATH_INFO", "/")
            try:
                path = raw.encode("latin-1").decode("utf-8")
            except UnicodeError:
                path = raw
            address = cache_address(
                path,
                environ.get("QUERY_STRING", ""),
                environ.get("HTTP_COOKIE", ""),
                self.prefixes,
                self.session_marker,
            )
            hit = self.store.get(*address) if address is not None else None
            if hit is not None:
                if environ.get("HTTP_IF_NONE_MATCH") == hit.etag:
                    start_response("304 Not Modified", [("ETag", hit.etag), ("X-Cache", "HIT")])
                    return [b""]
                start_response("200 OK", hit.hit_headers)
                return [b""] if method == "HEAD" else [hit.body]
        return self.app(environ, start_response)
