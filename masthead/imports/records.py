"""What every platform's export is read into: one shape, whatever the platform.

A source (`masthead.imports.sources`) reads its file twice. The first pass (`scan`) gathers
everything small: the site, its people, its categories and tags, its pictures, and an index of
its posts (ids, addresses, languages, translation groups); the second (`posts`) yields the
posts one at a time, bodies included, so a file of any size is read in bounded memory.
The writer (`masthead.imports.writing`) knows nothing of any platform.
"""

from __future__ import annotations

from collections.abc import Iterator, ValuesView
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol
from urllib.parse import unquote, urlsplit

Status = Literal["published", "draft", "review", "scheduled", "private", "trash"]
TermKind = Literal["category", "tag"]


class SourceError(Exception):
    """The export cannot be read at all (not this platform's format, unsafe XML, truncated JSON…);
    the message says why and where. Nothing was written."""


@dataclass(slots=True)
class Person:
    """An author as the old platform knew them."""

    key: str  # the platform's id for them: a WordPress login, a Blogger profile URI, a Ghost user id
    name: str  # the display name for the byline
    slug: str = ""  # their old address part (/author/<slug>/), if any
    email: str = ""
    bio: str = ""
    urls: list[str] = field(default_factory=list)  # their old pages, absolute (/author/<slug>/, its feeds)


@dataclass(slots=True)
class Term:
    """A category, tag or label. Which become sections is the writer's choice (a mapping option)."""

    key: str  # unique within the export, e.g. "category:news", "tag:gaza"
    kind: TermKind
    name: str
    slug: str = ""  # the old address part (/category/<slug>/, /tag/<slug>/, /search/label/<slug>)
    parent: str = ""  # the parent term's key (WordPress sub-categories)
    description: str = ""
    language: str = ""  # "en"/"ar" where the platform says (Polylang), else ""
    urls: list[str] = field(default_factory=list)  # its old pages, absolute (/tag/<slug>/, its feeds)


@dataclass(slots=True)
class Picture:
    """A picture the old site served: a featured image, or one in a body."""

    url: str  # absolute URL on the old site, as the export gives it
    alt: str = ""
    caption: str = ""
    credit: str = ""
    key: str = ""  # the platform's id (a WordPress attachment's post id), if any
    title: str = ""
    page_url: str = ""  # WordPress's attachment page, which must redirect too
    parent: str = ""  # the key of the post it was uploaded to, if any


@dataclass(slots=True)
class Post:
    """A story or a page, with its body already converted to Masthead's markup.

    Body pictures stay as `<img src="…old URL…" alt="…">` (inside `<figure>` with a
    `<figcaption>` when they have a caption): the writer fetches each once and points it at the
    stored copy. Links stay as the old site wrote them: the writer rewrites those that reach
    another imported post, tag or author.
    """

    key: str  # the platform's id, unique within the export
    kind: Literal["post", "page"]
    headline: str
    slug: str  # as the old site had it (may be empty, or percent-encoded Arabic)
    body: str  # HTML
    status: Status
    published_at: datetime | None  # aware (UTC); None for a draft never published
    dek: str = ""
    updated_at: datetime | None = None
    language: str = ""  # "en"/"ar" where the export says; "" leaves it to the --language option
    authors: list[str] = field(default_factory=list)  # Person keys, byline order
    terms: list[str] = field(default_factory=list)  # Term keys, as the post lists them
    primary_term: str = ""  # the Term key the platform marks as primary (Ghost), if any
    featured_image: Picture | None = None
    is_featured: bool = False  # sticky (WordPress), featured (Ghost)
    is_members_only: bool = False  # Ghost visibility other than "public"
    guid: str = ""  # the feed identifier the old platform gave it, kept so readers do not see it twice
    link: str = ""  # its canonical address on the old site (absolute)
    old_urls: list[str] = field(default_factory=list)  # every other address it answered at
    translation_group: str = ""  # posts with the same group are one story in several languages
    comment_count: int = 0  # counted for the report; comments are not imported


@dataclass(slots=True)
class Skip:
    """Something in the export that is not imported, and why (shown in the report)."""

    what: str  # e.g. "post 42 “Hello”", "3 comments", "nav_menu_item 7"
    reason: str


def bare_host(url: str) -> str:
    """The host of `url`, lower case, without "www."; "" for a relative or broken address."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


def address_key(url: str, *, with_query: bool = True) -> str:
    """How two spellings of one old address are compared: scheme, www, case of the host,
    percent-encoding and a trailing slash do not matter."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    path = unquote(parts.path).rstrip("/") or "/"
    query = f"?{parts.query}" if with_query and parts.query else ""
    return f"{bare_host(url)}{path}{query}"


class AddressIndex:
    """Old addresses to the keys of the posts they belong to, kept as digests, not as text: an
    archive of 500,000 posts has two million of them (permalinks, ?p=, /amp/, /feed/), and only
    "is this address one of ours, and whose" is ever asked. Spellings that `address_key` treats
    as one address are one entry."""

    def __init__(self) -> None:
        self._keys: dict[int, str] = {}

    @staticmethod
    def digest(url: str) -> int:
        return hash(address_key(url))  # stable within a run, which is all an index lives for

    def __setitem__(self, url: str, key: str) -> None:
        self._keys[self.digest(url)] = key

    def __getitem__(self, url: str) -> str:
        return self._keys[self.digest(url)]

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and self.digest(url) in self._keys

    def get(self, url: str, default: str | None = None) -> str | None:
        return self._keys.get(self.digest(url), default)

    def values(self) -> ValuesView[str]:
        return self._keys.values()

    def __len__(self) -> int:
        return len(self._keys)


@dataclass(slots=True)
class Catalogue:
    """The first pass over an export: everything but the posts' bodies."""

    platform: str  # "wordpress", "blogger", "ghost"
    site_url: str  # the old site's address, e.g. "https://example.com" (no trailing slash)
    title: str = ""
    language: str = ""  # the site's language as the export declares it ("en", "ar"), if at all
    people: dict[str, Person] = field(default_factory=dict)
    terms: dict[str, Term] = field(default_factory=dict)
    pictures: dict[str, Picture] = field(default_factory=dict)  # by Picture.key
    # Every address of every post (its link and old_urls, absolute), to the post's key: how
    # links between posts are found and rewritten.
    addresses: AddressIndex = field(default_factory=AddressIndex)
    post_count: int = 0
    page_count: int = 0
    comment_count: int = 0
    skipped: list[Skip] = field(default_factory=list)
    # Other old addresses of the site (absolute) that now belong to a page of the site as a whole:
    # {"https://example.com/2019/05/": "home"}; date archives redirect to the home page.
    extra_addresses: dict[str, str] = field(default_factory=dict)

    @property
    def site_key(self) -> str:
        """What identifies this site across runs, so a re-run updates what the last one made."""
        return f"{self.platform}:{self.site_url.lower().removeprefix('https://').removeprefix('http://')}"


class Source(Protocol):
    """One platform's export file, read in two passes."""

    platform: str

    def __init__(self, path: Path) -> None: ...

    def scan(self) -> Catalogue:
        """Read the whole file once for everything small; raise SourceError if it is unusable."""
        ...

    def posts(self, catalogue: Catalogue) -> Iterator[Post]:
        """Read the file again and yield each post and page, in file order."""
        ...
