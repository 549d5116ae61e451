"""The reader's search page, under each language: /en/search/?q=…, /ar/search/?q=…."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from masthead.core.models import Language
from masthead.core.pagecache.middleware import short_lived
from masthead.search.forms import lenient
from masthead.search.selectors import readers_search

# Result pages are not kept by the page cache: every query is its own address, so storing them
# would let anyone fill the disk, and no purge could name them all. Each process keeps the last
# searches' results instead (bounded, `selectors.readers_search`); a CDN may keep a page this long.
SHARED_CACHE_SECONDS = 60


def search_page(request: HttpRequest) -> HttpResponse:
    language = get_language()
    form = lenient(request.GET)
    data = form.cleaned_data
    now = timezone.now()
    since, until = form.period(now)
    both = data.get("lang") == "all"
    results = readers_search(
        data.get("q", ""),
        languages=tuple(Language.values) if both else (language,),
        section=data.get("section"),
        tag_id=data["tag"].pk if data.get("tag") else None,
        author_id=data["author"].pk if data.get("author") else None,
        since=since,
        until=until,
        newest=data.get("sort") == "newest",
        page=data.get("page") or 1,
        correct=not data.get("exact"),
    )
    kept = {
        name: request.GET.get(name, "") for name in form.fields if name != "page" and request.GET.get(name)
    }
    context = {
        "form": form,
        "results": results,
        "query": data.get("q", ""),
        "both_languages": both,
        "problems": [error for errors in form.errors.values() for error in errors],
        "links": _links(kept, results),
        "other_language_count": sum(n for lang, n in results.by_language.items() if lang != language),
    }
    return short_lived(render(request, "search/results.html", context), SHARED_CACHE_SECONDS)


def _links(kept: dict[str, str], results) -> dict:
    """Addresses of the page's switches: order, languages, each section facet, the pages."""

    def address(**change: str | int | None) -> str:
        query = {**kept, **{k: v for k, v in change.items() if v is not None}}
        for name, value in change.items():
            if value is None:
                query.pop(name, None)
        return "?" + urlencode(query)

    links = {
        "relevant": address(sort=None),
        "newest": address(sort="newest"),
        "this_language": address(lang=None),
        "both_languages": address(lang="all"),
        "any_section": address(section=None),
        "suggestion": address(q=results.suggestion) if results.suggestion else "",
        "as_typed": address(exact="1"),
        "previous": address(page=results.page - 1 if results.page > 2 else None) if results.page > 1 else "",
        "next": address(page=results.page + 1) if results.page < results.pages else "",
    }
    links["sections"] = [(section, n, address(section=section.slug)) for section, n in results.sections]
    return links
