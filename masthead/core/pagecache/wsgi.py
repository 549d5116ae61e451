"""The WSGI front: answers cache hits before Django is even called.

A hit costs a dictionary lookup and one stat(); everything else goes to Django untouched.
"""

import time
from collections.abc import Callable, Iterable

from django.utils.http import parse_http_date_safe

from masthead.core.pagecache.middleware import cache_address
from masthead.core.pagecache.store import PageStore


class CachedPagesApp:
    def __init__(self, app: Callable, store: PageStore):
        from django.conf import settings

        self.app = app
        self.store = store
        self.prefixes = settings.PAGECACHE_PATH_PREFIXES
        self.session_marker = settings.SESSION_COOKIE_NAME + "="
        # What SecurityMiddleware does for the pages Django answers, done here for hits.
        self.https_only = settings.SECURE_SSL_REDIRECT
        self.proxy_ssl_header = settings.SECURE_PROXY_SSL_HEADER
        self.hsts: list[tuple[str, str]] = []
        if settings.SECURE_HSTS_SECONDS:
            value = f"max-age={settings.SECURE_HSTS_SECONDS}"
            value += "; includeSubDomains" if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS else ""
            value += "; preload" if settings.SECURE_HSTS_PRELOAD else ""
            self.hsts = [("Strict-Transport-Security", value)]

    def is_secure(self, environ: dict) -> bool:
        """The request came over HTTPS, by the same rule as Django's `request.is_secure()`."""
        if self.proxy_ssl_header:
            header, secure_value = self.proxy_ssl_header
            value = environ.get(header)
            if value is not None:
                return value.split(",", 1)[0].strip() == secure_value
        return environ.get("wsgi.url_scheme") == "https"

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        secure = self.is_secure(environ) if self.https_only or self.hsts else False
        # A plain request to a site that requires HTTPS goes to Django, which redirects it.
        if (method == "GET" or method == "HEAD") and (secure or not self.https_only):
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
                extra = self.hsts if secure else []
                if _not_modified(environ, hit):
                    start_response("304 Not Modified", [("ETag", hit.etag), ("X-Cache", "HIT"), *extra])
                    return [b""]
                headers = hit.hit_headers if hit.expires is None else hit.headers_at(time.time())
                start_response("200 OK", headers + extra if extra else headers)
                return [b""] if method == "HEAD" else [hit.body]
        return self.app(environ, start_response)


def _not_modified(environ: dict, hit) -> bool:
    """Whether the reader's copy is current: its ETag, or (without one) a date no earlier than the
    stored page's Last-Modified. A stored page is dropped on any change, so its date is exact."""
    if "HTTP_IF_NONE_MATCH" in environ:
        return environ["HTTP_IF_NONE_MATCH"] == hit.etag
    if "HTTP_IF_MODIFIED_SINCE" not in environ:  # most requests: no date to parse on a hit
        return False
    since = parse_http_date_safe(environ["HTTP_IF_MODIFIED_SINCE"])
    stored = next((value for name, value in hit.headers if name.lower() == "last-modified"), "")
    modified = parse_http_date_safe(stored)
    return since is not None and modified is not None and modified <= since
