"""Surrogate keys: the names of everything a page shows, so a change purges exactly those pages.

A view calls `add(request, ...)` for every object it displays. The cache middleware sends the
keys as `Surrogate-Key`/`Cache-Tag` headers and files the cached page under each of them;
`purge(keys)` later drops every page that showed any of them, here and at the CDN.

Key names: "home", "nav" (the site's navigation and footer, on every page), "pages" (the list of
standing pages: their sitemap), "article-<pk>", "section-<pk>", "tag-<pk>", "author-<pk>",
"image-<pk>", "page-<pk>" (a standing page), "tag-<pk>-list", "author-<pk>-list", and
"related-<pk>" (the related stories listed on a story's page).

A tag or an author has two keys because pages show them in two ways: "tag-12" is on every page
that names the tag (story pages, feeds), purged when it is renamed; "tag-12-list" only on the
pages that list its stories, purged when a story joins or leaves the list. Publishing a story
then purges its tags' and authors' lists, not every story page that names the same tags and
authors. A section's name is part of the navigation ("nav"), so "section-<pk>" means the lists.
"""

from collections.abc import Iterable

from django.http import HttpRequest

HOME = "home"
NAV = "nav"
PAGES = "pages"


def key_for(obj) -> str:
    """The key of one model instance, e.g. "article-12"."""
    return f"{obj._meta.model_name}-{obj.pk}"


def add(request: HttpRequest, *items) -> None:
    """Record that this response shows `items` (model instances or ready-made key strings)."""
    keys = request.__dict__.setdefault("surrogate_keys", set())
    for item in items:
        if item is None:
            continue
        if isinstance(item, str):
            keys.add(item)
        elif isinstance(item, Iterable):
            add(request, *item)
        else:
            keys.add(key_for(item))


def list_key(obj) -> str:
    """The key of the pages that list a tag's or an author's stories, e.g. "tag-12-list"."""
    return f"{key_for(obj)}-list"


def related_key(article_id: int) -> str:
    """The key of the related stories listed on a story's page: only that page carries it, so a
    list ranked again purges that page, not every page showing the story's card ("article-<pk>")."""
    return f"related-{article_id}"


def lists_of(kind: str, pks) -> set[str]:
    """The list keys of the tags or authors (`kind`) with these primary keys."""
    return {f"{kind}-{pk}-list" for pk in pks}


def for_request(request: HttpRequest) -> set[str]:
    return set(getattr(request, "surrogate_keys", ()))


def teaser_keys(article) -> list[str]:
    """What a teaser card shows of a story: the story, its byline and picture.

    Not its section: a section key means "this page lists the section's stories", and a
    section's name changing purges NAV, which every page carries.
    """
    keys = [f"article-{article.pk}"]
    if article.featured_image_id:
        keys.append(f"image-{article.featured_image_id}")
    keys += [f"author-{author.pk}" for author in article.byline]
    return keys
