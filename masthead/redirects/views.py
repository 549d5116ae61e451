"""Old addresses answered: one cacheable 301 to where each leads now, else a logged 404.

An address is looked up only once nothing else answered it: a view raised Http404 or returned a
404 (`middleware.RedirectMiddleware`), or nothing in the URLconf matched (`page_not_found`,
Django's handler404; with DEBUG on, the middleware, after Django's own 404 page). The root with
a query (WordPress's /?p=123) is looked up by `root` before it sends the reader home.
"""

import logging

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import is_valid_path
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, get_language_from_path
from django.views import defaults

from masthead.articles.views import root_redirect
from masthead.redirects.selectors import PROBE, find_redirect
from masthead.redirects.services import record_missing

logger = logging.getLogger(__name__)

LOOKED_UP = "_masthead_redirect_looked_up"  # on the request: once per request, whoever asks first


def root(request: HttpRequest) -> HttpResponse:
    """The bare domain: an old platform's address (/?p=123, /?page_id=5, /?cat=3) to its new
    home, else the home page in the reader's language."""
    if request.META.get("QUERY_STRING"):
        response = redirect_response(request)
        if response is not None:
            return response
    return root_redirect(request)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler404: the redirect of an old address, looked up before any 404 page is rendered."""
    return answer_missing(request) or defaults.page_not_found(request, exception)


def answer_missing(request: HttpRequest) -> HttpResponse | None:
    """The 301 for a missing page's address, or None after counting the miss (GET and HEAD)."""
    if request.__dict__.get(LOOKED_UP):
        return None
    response = redirect_response(request)
    if response is None and request.method in ("GET", "HEAD") and not _sent_on(request):
        try:
            record_missing(request.path, referrer=request.META.get("HTTP_REFERER", ""))
        except DatabaseError:  # a busy database must not turn a 404 into a 500
            logger.warning("Could not log the missing page %s", request.path, exc_info=True)
    return response


def redirect_response(request: HttpRequest) -> HttpResponse | None:
    """The 301 to where this GET or HEAD's address leads now, or None: one query.

    Shared caches keep it like a page (PAGECACHE_S_MAXAGE) under the redirect's surrogate key and
    its target's, so changing either purges it; browsers keep it PAGECACHE_MAX_AGE.
    """
    request.__dict__[LOOKED_UP] = True
    if request.method not in ("GET", "HEAD") or request.META.get(PROBE):
        return None
    redirect = find_redirect(request.path, request.META.get("QUERY_STRING", ""))
    destination = redirect.destination() if redirect is not None else None
    if destination is None:
        return None
    response = HttpResponsePermanentRedirect(destination)
    patch_cache_control(
        response, public=True, max_age=settings.PAGECACHE_MAX_AGE, s_maxage=settings.PAGECACHE_S_MAXAGE
    )
    keys = redirect.surrogate_keys()
    response["Surrogate-Key"] = " ".join(keys)
    response["Cache-Tag"] = ",".join(keys)
    return response


def _sent_on(request: HttpRequest) -> bool:
    """Whether Django's own middleware sends this 404 on to a page (CommonMiddleware adding the
    trailing slash, LocaleMiddleware the language prefix): not a missing page for the log."""
    path = request.path_info
    urlconf = getattr(request, "urlconf", None)
    slash = settings.APPEND_SLASH and not path.endswith("/")
    # CommonMiddleware adds the slash only to an address nothing matched (not to a view's 404).
    tries = [path + "/"] if slash and not is_valid_path(path, urlconf) else []
    if get_language_from_path(path) is None:
        prefixed = f"/{get_language()}{path}"
        tries += [prefixed, prefixed + "/"] if slash else [prefixed]
    return any(is_valid_path(address, urlconf) for address in tries)
