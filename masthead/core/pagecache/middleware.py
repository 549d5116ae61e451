"""Stores public pages in the page cache and gives every response its caching headers."""

import hashlib
import re
import time
from datetime import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from masthead.core.pagecache import keys as surrogate
from masthead.core.pagecache.backend import get_store
from masthead.core.pagecache.store import CachedPage, cap_cache_control, seconds_left

PAGE_QUERY = re.compile(r"page=([1-9][0-9]{0,4})")
# Files outside the languages that a view may let the cache keep (sitemaps, robots.txt): a name
# with one of these extensions at the root or one folder down, asked for without a query.
CACHED_FILE = re.compile(r"/(?:[\w-]+/)?[\w.-]+\.(?:xml|txt)")
# Headers a cached copy is sent with; anything else Django added is per-request.
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Cache-Control",
    "ETag",
    "Last-Modified",
    "Surrogate-Key",
    "Cache-Tag",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Content-Security-Policy",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Link",
)


def cache_address(
    path: str,
    query: str,
    cookie_header: str,
    prefixes: tuple[str, ...] | None = None,
    session_marker: str | None = None,
) -> tuple[str, str] | None:
    """(path, page) under which this request's answer is cached, or None if it never is.

    Only public pages: under a language prefix, ending in "/" (Django redirects the other
    spelling), no query but ?page=N, and no session cookie (a signed-in editor sees the site
    live); or a file such as /sitemap.xml (`CACHED_FILE`) without any query. Either is stored
    only if its view names what it shows (surrogate keys). The WSGI front and this middleware
    share this; the front passes the settings in, read once, because this runs on every hit.
    """
    is_page = path.startswith(prefixes or settings.PAGECACHE_PATH_PREFIXES) and path[-1] == "/"
    if not is_page and (query or CACHED_FILE.fullmatch(path) is None):
        return None
    if (session_marker or settings.SESSION_COOKIE_NAME + "=") in cookie_header:
        return None
    if not query:
        return path, ""
    match = PAGE_QUERY.fullmatch(query)
    if match is None or match.group(1) == "1":
        return None
    return path, match.group(1)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started_ns = time.time_ns()
        response = self.get_response(request)
        page_keys = surrogate.for_request(request)
        if not page_keys or not self._is_public(request, response):
            return response
        self._add_headers(response, page_keys)
        expires = _expiry(response)
        if expires is not None:
            response["Cache-Control"] = cap_cache_control(response["Cache-Control"], seconds_left(expires))
        address = cache_address(
            request.path, request.META.get("QUERY_STRING", ""), request.META.get("HTTP_COOKIE", "")
        )
        store = get_store()
        fresh = expires is None or expires > time.time()
        if store is not None and address is not None and request.method == "GET" and fresh:
            cached = CachedPage(
                body=response.content,
                headers=[(k, response[k]) for k in KEPT_HEADERS if k in response],
                etag=response["ETag"],
                expires=expires,
            )
            store.put(address[0], address[1], cached, page_keys, started_ns)
        return (
            get_conditional_response(request, etag=response["ETag"], last_modified=None, response=response)
            if request.method in ("GET", "HEAD")
            else response
        )

    @staticmethod
    def _is_public(request: HttpRequest, response: HttpResponse) -> bool:
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return False
        if response.streaming or response.cookies or getattr(response, "short_lived", False):
            return False
        control = response.get("Cache-Control", "")
        if any(word in control for word in ("private", "no-store", "no-cache")):
            return False
        return "Cookie" not in response.get("Vary", "")

    @staticmethod
    def _add_headers(response: HttpResponse, page_keys: set[str]) -> None:
        ordered = sorted(page_keys)
        response["ETag"] = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
        response["Last-Modified"] = http_date(time.time())
        response["Surrogate-Key"] = " ".join(ordered)
        response["Cache-Tag"] = ",".join(ordered)
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGECACHE_MAX_AGE,
            s_maxage=settings.PAGECACHE_S_MAXAGE,
        )


def keep_until(response: HttpResponse, when: datetime | None) -> HttpResponse:
    """Let the page cache and shared caches keep this page until `when` at the latest.

    For a page that changes at a known time without any edit: a list of the last 48 hours (its
    oldest entry ages out), a scheduled story's time. Its keys still purge it before then. Called
    more than once, the earliest time holds; None leaves the page as it was.
    """
    if when is not None:
        earlier = getattr(response, "keep_until", None)
        response.keep_until = when if earlier is None else min(earlier, when)
    return response


def _expiry(response: HttpResponse) -> float | None:
    """The Unix time set by `keep_until`, if any."""
    when = getattr(response, "keep_until", None)
    return None if when is None else when.timestamp()


def short_lived(response: HttpResponse, seconds: int = 60) -> HttpResponse:
    """Mark a page that changes by the minute (most read): shared caches may keep it `seconds`,
    Masthead's page cache never stores it (it is only purged by content changes)."""
    response.short_lived = True
    response["Cache-Control"] = f"public, max-age={seconds}, s-maxage={seconds}"
    return response
