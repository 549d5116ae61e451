"""Reads: the redirect for a request's address (one indexed query), and what the site itself
answers at an address (so no redirect is made where it would never be used)."""

import io
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.handlers.wsgi import WSGIRequest
from django.http import Http404
from django.http.response import HttpResponseBase
from django.urls import Resolver404, get_script_prefix, resolve
from django.utils import translation

from masthead.redirects.addresses import candidates, old_path, split
from masthead.redirects.models import Redirect

__all__ = ["PROBE", "find_redirect", "is_live_page", "live_answer", "old_path"]

logger = logging.getLogger(__name__)

# What `destination()` reads of each target, joined in the lookup's one query. A story's body is
# the bulk of its row and is not needed for its address.
TARGET_COLUMNS = (
    "old_path", "language", "target_url", "article", "section", "tag", "author",
    "article__language", "article__slug", "article__status", "article__published_at",
    "article__section", "article__section__slug", "section__slug", "tag__slug", "author__slug",
)  # fmt: skip
LOOKUP = Redirect.objects.select_related("article__section", "section", "tag", "author").only(*TARGET_COLUMNS)
# Marks the request `live_answer` makes up: the redirects app neither looks it up nor logs it.
# Not an HTTP header, so no reader can send it.
PROBE = "masthead.redirects.probe"


def find_redirect(path: str, query: str = "") -> Redirect | None:
    """The redirect for a request of `path` (decoded, as `request.path`) with `query`, or None.

    One query over the unique index: the whole address, the path with each single pair of the
    query, the bare path, and the path with or without its trailing slash; the first of those
    that has a redirect wins.
    """
    wanted = candidates(path, query)
    found = {redirect.old_path: redirect for redirect in LOOKUP.filter(old_path__in=wanted).order_by()}
    return next((found[address] for address in wanted if address in found), None)


def is_live_page(address: str) -> bool:
    """Whether the site answers `address` (stored form) itself, so a redirect from it would never
    be used: anything but a 404 from its own pages."""
    return live_answer(address) is not None


def live_answer(address: str) -> HttpResponseBase | None:
    """What the site's own view answers at `address` (stored form), or None for a 404.

    The address is resolved in its own language and its view called with an anonymous GET, as
    a reader's request would reach it once nothing earlier answered: a story that does not
    exist raises Http404 (None), a section answers 200, an old feed address a 301. The root
    with a query is None: it looks up redirects before anything else (`views.root`). Only for
    writes (the back office, imports), never on a reader's request.
    """
    path, query = split(address)
    if path == "/" and query:
        return None
    prefix = get_script_prefix()
    path_info = "/" + path[len(prefix) :] if path.startswith(prefix) else path
    language = translation.get_language_from_path(path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            match = resolve(path_info)
        except Resolver404:
            return None
        request = _made_up_request(path_info, query, language)
        request.resolver_match = match
        try:
            response = match.func(request, *match.args, **match.kwargs)
        except Http404:
            return None
        except Exception:  # a view that needs more than a bare request: it is no page for readers either
            logger.debug("Could not tell what %s answers", address, exc_info=True)
            return None
    return None if response.status_code == 404 else response


def _made_up_request(path_info: str, query: str, language: str) -> WSGIRequest:
    """An anonymous reader's GET of `path_info`, addressed to the site's public host."""
    site = urlsplit(settings.MASTHEAD_SITE_URL)
    secure = site.scheme == "https"
    request = WSGIRequest(
        {
            "REQUEST_METHOD": "GET",
            "SCRIPT_NAME": "",
            # WSGI carries the path's UTF-8 bytes as a latin-1 string.
            "PATH_INFO": path_info.encode().decode("iso-8859-1"),
            "QUERY_STRING": query,
            "SERVER_NAME": site.hostname or "localhost",
            "SERVER_PORT": str(site.port or (443 if secure else 80)),
            "HTTP_HOST": site.netloc or "localhost",
            "wsgi.url_scheme": "https" if secure else "http",
            "wsgi.input": io.BytesIO(),
            PROBE: True,
        }
    )
    request.user = AnonymousUser()
    request.LANGUAGE_CODE = language
    return request
