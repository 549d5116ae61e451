"""The reader's "most read" page, and the "Popular Posts" block that pages fill in."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from masthead.core.pagecache.middleware import short_lived
from masthead.readership import selectors

BLOCK_SIZE = 5
PAGE_SIZE = 20


def _window(request: HttpRequest, default: str) -> str:
    window = request.GET.get("window", default)
    if window not in selectors.WINDOWS:
        raise Http404("No such period")
    return window


def _number(request: HttpRequest, name: str) -> int | None:
    value = request.GET.get(name, "")
    if not value:
        return None
    if not value.isdigit() or len(value) > 12:
        raise Http404(f"Bad {name}")
    return int(value)


def most_read(request: HttpRequest) -> HttpResponse:
    """/<language>/most-read/?window=24h|7d|30d: the most read stories, as cards."""
    window = _window(request, "7d")
    stories = selectors.most_read(language=get_language(), window=window, limit=PAGE_SIZE)
    response = render(
        request,
        "readership/most_read.html",
        {"stories": stories, "window": window, "windows": list(selectors.WINDOWS), "canonical_query": ""},
    )
    return short_lived(response)


def popular_block(request: HttpRequest) -> HttpResponse:
    """The "Popular Posts" list a page's script puts in its rail (?window=&section=&exclude=)."""
    window = _window(request, "7d")
    stories = selectors.most_read(
        language=get_language(),
        window=window,
        section_id=_number(request, "section"),
        exclude_id=_number(request, "exclude"),
        limit=BLOCK_SIZE,
    )
    return short_lived(render(request, "readership/_popular_items.html", {"stories": stories}))
