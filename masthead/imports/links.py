"""Links between the old site's pages: checked as posts are read, rewritten once all are written.

A story links to others by their old addresses. Every imported post, author, category and tag
leaves its old addresses behind as redirects, so once the whole export is written, each link
to the old site is looked up like a reader's request would be and replaced by where it leads
now: one hop less for readers, and nothing left pointing at a site that will go away.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape, unescape

from django.conf import settings
from django.db.models import F

from masthead.articles.models import Article
from masthead.articles.purging import purges_deferred
from masthead.imports.models import ImportedItem
from masthead.imports.records import AddressIndex, Catalogue, Post, address_key, bare_host
from masthead.imports.report import Report
from masthead.redirects.addresses import candidates, old_path, split
from masthead.redirects.selectors import LOOKUP
from masthead.syndication.addresses import FORMATS, feed_url
from masthead.syndication.tasks import queue_pings

HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
CHUNK = 500


class KnownAddresses:
    """Every old address the import will answer, to tell which links in a body reach nothing."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.host = bare_host(catalogue.site_url)
        self.posts = catalogue.addresses
        others: list[str] = list(catalogue.extra_addresses)
        for person in catalogue.people.values():
            others += person.urls
        for term in catalogue.terms.values():
            others += term.urls
        for picture in catalogue.pictures.values():
            others += [picture.url, picture.page_url]
        self.others = {AddressIndex.digest(url) for url in others if url}

    def is_old_site(self, url: str) -> bool:
        return bool(self.host) and bare_host(url) == self.host

    def knows(self, url: str) -> bool:
        bare = url.split("?", 1)[0]
        return any(
            address in self.posts or AddressIndex.digest(address) in self.others for address in (url, bare)
        )

    def check(self, post: Post, label: str, report: Report) -> None:
        for _quote, raw in HREF.findall(post.body):
            url = unescape(raw)
            if not self.is_old_site(url) or address_key(url, with_query=False) == f"{self.host}/":
                continue  # another site's, or the old home page (the new home page answers it)
            seen_in = report.unresolved_links.get(url, ())
            if not self.knows(url) and label not in seen_in:
                report.unresolved_links[url].append(label)


def destinations(urls: Iterable[str]) -> dict[str, str]:
    """Where each old URL now leads, by the redirects, as a reader's request would be answered
    (those that lead nowhere are left out); one query a few hundred addresses."""
    wanted: dict[str, list[str]] = {}
    for url in urls:
        try:
            wanted[url] = candidates(*split(old_path(url)))
        except ValueError:
            continue
    names = list({address for addresses in wanted.values() for address in addresses})
    stored = {}
    for start in range(0, len(names), CHUNK):
        for redirect in LOOKUP.filter(old_path__in=names[start : start + CHUNK]).order_by():
            stored[redirect.old_path] = redirect
    found: dict[str, str] = {}
    for url, addresses in wanted.items():
        redirect = next((stored[address] for address in addresses if address in stored), None)
        target = redirect.destination() if redirect is not None else None
        if target:
            found[url] = target
    return found


def rewrite_imported(catalogue: Catalogue, report: Report) -> int:
    """Point the imported stories' links to the old site where they lead now; returns how many changed."""
    host = bare_host(catalogue.site_url)
    if not host:
        return 0
    ids = list(
        ImportedItem.objects.filter(site=catalogue.site_key, kind=ImportedItem.Kind.POST).values_list(
            "object_id", flat=True
        )
    )
    changed = 0
    with purges_deferred():
        for chunk in _chunks(ids):
            changed += _rewrite_chunk(chunk, host)
    return changed


def _rewrite_chunk(chunk: list[int], host: str) -> int:
    changed = 0
    stories = list(Article.objects.filter(pk__in=chunk, body__icontains=host).only("pk", "body"))
    hrefs = {unescape(raw) for story in stories for _q, raw in HREF.findall(story.body)}
    leads = destinations(url for url in hrefs if bare_host(url) == host)
    for story in stories:
        body = HREF.sub(lambda m, leads=leads: _relinked(m, leads), story.body)
        if body != story.body:
            # Not an editor's change: the story's own `updated_at` stays.
            Article.objects.filter(pk=story.pk).update(body=body, updated_at=F("updated_at"))
            changed += 1
    return changed


def _relinked(match: re.Match, leads: dict[str, str]) -> str:
    url = unescape(match.group(2))
    target = leads.get(url)
    return match.group(0) if target is None else f'href="{escape(target)}"'


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    chunk: list[int] = []
    for pk in ids:
        chunk.append(pk)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def announce_feeds(site_key: str) -> None:
    """Tell the WebSub hub once, at the end, that the site's and sections' feeds changed."""
    if not settings.WEBSUB_HUB:
        return
    stories = Article.objects.filter(
        pk__in=ImportedItem.objects.filter(site=site_key, kind=ImportedItem.Kind.POST).values("object_id")
    ).published()
    scopes = set(stories.values_list("language", "section__slug").distinct())
    topics = [
        feed_url("site", fmt, language=language, slug="")
        for language in {s[0] for s in scopes}
        for fmt in FORMATS
    ]
    topics += [
        feed_url("section", fmt, language=language, slug=slug) for language, slug in scopes for fmt in FORMATS
    ]
    queue_pings(topics)
