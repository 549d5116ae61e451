"""The site's own files at the root: /robots.txt, /favicon.ico, the web app manifest, /humans.txt.

Browsers and crawlers ask for these at fixed addresses whatever the page says, so they are answered
here rather than under /static/; the pages' <head> names the icons at their /static/ addresses.
"""

import json
from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.translation import get_language_info
from django.views.decorators.http import require_safe

from masthead.core.context_processors import site_name
from masthead.core.pagecache import keys
from masthead.syndication import robots
from masthead.syndication.models import ROBOTS_KEY, RobotsTxt

# The page's background in site.css (--bg, light and dark): the browser's bars match the masthead.
THEME_COLOUR = "#ffffff"
THEME_COLOUR_DARK = "#111316"
# (static file, manifest "sizes", MIME type, purpose) of each icon the manifest lists.
MANIFEST_ICONS = [
    ("icons/icon.svg", "any", "image/svg+xml", "any"),
    ("icons/icon-192.png", "192x192", "image/png", "any"),
    ("icons/icon-512.png", "512x512", "image/png", "any"),
    ("icons/icon-maskable-512.png", "512x512", "image/png", "maskable"),
]
ICON_MAX_AGE = 86400  # the root addresses carry no fingerprint: browsers check back daily
TEXT = "text/plain; charset=utf-8"


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """The standard rules and sitemaps, with the newsroom's own lines from the back office.

    Kept by the page cache and CDNs under one key, which saving those lines purges.
    """
    row = RobotsTxt.objects.order_by("pk").first()
    keys.add(request, ROBOTS_KEY)
    return HttpResponse(robots.render(row.content if row else ""), content_type=TEXT)


@cache
def _static_bytes(name: str) -> bytes:
    path = finders.find(name)
    if path is None:
        raise Http404(name)
    with open(path, "rb") as file:
        return file.read()


def _icon(name: str, content_type: str) -> HttpResponse:
    response = HttpResponse(_static_bytes(name), content_type=content_type)
    response["Cache-Control"] = f"public, max-age={ICON_MAX_AGE}"
    return response


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """What browsers ask for when a page names no icon (and feed readers, and bookmarks)."""
    return _icon("icons/favicon.ico", "image/x-icon")


@require_safe
def apple_touch_icon(request: HttpRequest) -> HttpResponse:
    """iOS asks /apple-touch-icon.png (and -precomposed) of any site added to a home screen."""
    return _icon("icons/apple-touch-icon.png", "image/png")


def short_name(name: str) -> str:
    """A home screen label: the site's name without a leading "The" when the name is long."""
    first, _space, rest = name.partition(" ")
    return rest if len(name) > 12 and first.lower() == "the" and rest else name


def manifest() -> dict:
    """The web app manifest: one for the site, in its default language; it opens at "/", which
    sends each reader to the home page in their own language."""
    return {
        "id": "/",
        "name": site_name(settings.LANGUAGE_CODE),
        "short_name": short_name(site_name(settings.LANGUAGE_CODE)),
        "lang": settings.LANGUAGE_CODE,
        "dir": "rtl" if get_language_info(settings.LANGUAGE_CODE)["bidi"] else "ltr",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": THEME_COLOUR,
        "icons": [
            {"src": static(name), "sizes": sizes, "type": kind, "purpose": purpose}
            for name, sizes, kind, purpose in MANIFEST_ICONS
        ],
    }


@require_safe
def webmanifest(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        json.dumps(manifest(), ensure_ascii=False, indent=2), content_type="application/manifest+json"
    )
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_safe
def humans_txt(request: HttpRequest) -> HttpResponse:
    languages = [get_language_info(code)["name_local"] for code, _name in settings.LANGUAGES]
    context = {
        "SITE_NAME": site_name(settings.LANGUAGE_CODE),
        "SITE_URL": settings.MASTHEAD_SITE_URL,
        "languages": languages,
    }
    response = HttpResponse(render_to_string("syndication/humans.txt", context), content_type=TEXT)
    response["Cache-Control"] = "public, max-age=86400"
    return response
