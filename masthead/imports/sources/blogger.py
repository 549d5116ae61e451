"""Blogger's export (an Atom feed), read in two streaming passes.

Two shapes exist, both handled entry by entry:

- the classic export ("Back up content" before 2020): an entry's kind is a category with scheme
  `http://schemas.google.com/g/2005#kind` (`…/kind#post`, `#page`, `#comment`, `#settings`,
  `#template`); labels are the other categories; a draft says `<app:draft>yes</app:draft>`; the
  address is `<link rel="alternate" type="text/html">`; `thr:total` counts comments;
- the Takeout export (2020 on): `<blogger:type>` POST/PAGE/COMMENT, `<blogger:status>`
  LIVE/DRAFT/SCHEDULED/SOFT_TRASHED, `<blogger:filename>/2019/05/slug.html</blogger:filename>`
  (the address without the site, which this file does not name: pass `site_url`),
  `<blogger:metaDescription>`, `<blogger:parent>` on comments.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from masthead.imports.bodies.blogger import convert_body
from masthead.imports.records import Catalogue, Person, Picture, Post, Skip, SourceError, Status, Term
from masthead.imports.sources.xmlstream import CleanXml, iter_elements, open_xml

ATOM = "{http://www.w3.org/2005/Atom}"
KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
KIND_PREFIX = "http://schemas.google.com/blogger/2008/kind#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TAKEOUT_TYPES = {"POST": "post", "PAGE": "page", "COMMENT": "comment"}
TAKEOUT_STATUS: dict[str, Status] = {
    "LIVE": "published",
    "DRAFT": "draft",
    "SCHEDULED": "scheduled",
    "SOFT_TRASHED": "trash",
}
PLACEHOLDER_EMAIL = "noreply@blogger.com"  # what Blogger writes instead of an author's address
_DATE_PATH = re.compile(r"^/(\d{4})/(\d{2})/")
_FIRST_IMG = re.compile(r'<img src="([^"]*)" alt="([^"]*)">')
_FEED_LANG = re.compile(rb"""<feed\b[^>]*?\bxml:lang\s*=\s*["']([\w-]+)["']""")
_FEED_PARTS = frozenset({ATOM + "entry", ATOM + "id", ATOM + "title", ATOM + "link"})


@dataclass
class _Entry:
    """What one <entry> says, whichever export shape wrote it."""

    id: str = ""
    kind: str = ""  # post, page, comment, settings, template, … ("" when nothing says)
    blogger: bool = False  # the entry carried a Blogger kind or type
    title: str = ""
    content: str = ""
    published: str = ""
    updated: str = ""
    link: str = ""
    filename: str = ""
    status: str = ""  # Takeout's blogger:status
    draft: bool = False  # classic app:draft
    labels: list[str] = field(default_factory=list)
    authors: list[tuple[str, str, str]] = field(default_factory=list)  # (name, uri, email)
    thr_total: int | None = None
    parent: str = ""  # the post a comment belongs to
    description: str = ""
    language: str = ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _is_blogger_ns(tag: str) -> bool:
    return tag.startswith("{http://schemas.google.com/blogger/")


def _text(elem: ET.Element) -> str:
    return "".join(elem.itertext()).strip()


def _read_entry(elem: ET.Element, *, with_content: bool) -> _Entry:
    entry = _Entry(language=elem.get(XML_LANG, ""))
    for child in elem:
        name = _local(child.tag)
        if _is_blogger_ns(child.tag):
            if name == "type":
                value = _text(child)
                entry.kind, entry.blogger = TAKEOUT_TYPES.get(value.upper(), value.lower()), True
            elif name == "status":
                entry.status = _text(child).upper()
            elif name == "filename":
                entry.filename = _text(child)
            elif name == "metaDescription":
                entry.description = _text(child)
            elif name == "parent":
                entry.parent = _text(child)
        elif name == "id":
            entry.id = _text(child)
        elif name == "category":
            scheme, term = child.get("scheme", ""), (child.get("term") or "").strip()
            if scheme == KIND_SCHEME and term.startswith(KIND_PREFIX):
                if not entry.blogger or not entry.kind:
                    entry.kind, entry.blogger = term.removeprefix(KIND_PREFIX), True
            elif term and term not in entry.labels:
                entry.labels.append(term)
        elif name == "title":
            entry.title = _text(child)
        elif name == "content" and with_content:
            entry.content = "".join(child.itertext())
        elif name in ("published", "updated"):
            setattr(entry, name, _text(child))
        elif name == "link" and child.get("rel") == "alternate" and child.get("href"):
            entry.link = child.get("href", "").strip()
        elif name == "author":
            parts = {_local(c.tag): _text(c) for c in child}
            entry.authors.append((parts.get("name", ""), parts.get("uri", ""), parts.get("email", "")))
        elif name == "total":  # thr:total
            entry.thr_total = int(_text(child)) if _text(child).isdigit() else None
        elif name == "in-reply-to":  # thr:in-reply-to
            entry.parent = child.get("ref", "")
        elif name == "control":  # app:control
            entry.draft = any(_local(c.tag) == "draft" and _text(c).lower() == "yes" for c in child)
    return entry


def _feed_language(path: Path) -> str:
    """The xml:lang of <feed>, if it has one (elements are handed out whole, the root never is)."""
    with path.open("rb") as handle:
        match = _FEED_LANG.search(handle.read(16 * 1024))
    return match.group(1).decode("ascii", "replace") if match else ""


def _check_root(stream: CleanXml) -> None:
    if stream.root != ATOM + "feed":
        message = _("This is not a Blogger export: it is <%s>, not an Atom feed.")
        raise SourceError(message % _local(stream.root))


def _when(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _language(value: str) -> str:
    return value.replace("_", "-").split("-")[0].lower()


def _slug(address: str) -> str:
    path = urlsplit(address).path if "://" in address else address
    return path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")


class BloggerSource:
    """A Blogger export file. `site_url` names the blog's address when the file does not."""

    platform = "blogger"

    def __init__(self, path: Path, *, site_url: str | None = None) -> None:
        self.path = Path(path)
        self.site_url = (site_url or "").rstrip("/")
        self.title = self.feed_id = self.feed_link = self.language = ""
        self.repaired = 0  # characters of the file that were not valid UTF-8 or XML, replaced
        self._comments: Counter[str] | None = None  # comments per post key, from the scan

    def _entries(self, *, with_content: bool) -> Iterator[_Entry]:
        try:
            self.language = _language(_feed_language(self.path))
        except OSError as error:
            raise SourceError(_("The file cannot be read: %s.") % error) from error
        with open_xml(self.path) as stream:
            for elem in iter_elements(stream, _FEED_PARTS, depth=1, on_root=_check_root):
                if elem.tag == ATOM + "entry":
                    yield _read_entry(elem, with_content=with_content)
                elif elem.tag == ATOM + "id":
                    self.feed_id = _text(elem)
                elif elem.tag == ATOM + "title":
                    self.title = _text(elem)
                elif elem.get("rel") == "alternate":
                    self.feed_link = (elem.get("href") or "").strip().rstrip("/")
            self.repaired = stream.replaced + stream.dropped

    def _link(self, entry: _Entry, site_url: str) -> str:
        if entry.link:
            return entry.link
        if entry.filename:
            return site_url + "/" + entry.filename.lstrip("/")
        return ""

    def scan(self) -> Catalogue:
        catalogue = Catalogue(platform=self.platform, site_url=self.site_url)
        comments: Counter[str] = Counter()
        others: Counter[str] = Counter()
        is_blogger = False
        for entry in self._entries(with_content=False):
            is_blogger = is_blogger or entry.blogger
            if not catalogue.site_url and self.feed_link:
                catalogue.site_url = self.feed_link
            if entry.kind == "comment":
                catalogue.comment_count += 1
                comments[entry.parent] += 1
            elif entry.kind in ("post", "page"):
                self._catalogue_entry(catalogue, entry)
            elif entry.kind in ("settings", "template"):
                others[entry.kind] += 1
            else:
                reason = _("not a post, page or comment (%s)") % (entry.kind or "?")
                catalogue.skipped.append(Skip(_("entry %s") % entry.id, reason))
        if not is_blogger and not self.feed_id.startswith("tag:blogger.com,"):
            raise SourceError(_("This Atom feed is not a Blogger export: nothing in it says it is."))
        catalogue.site_url = catalogue.site_url or self.feed_link
        catalogue.title, catalogue.language = self.title, self.language
        if others["settings"]:
            count = others["settings"]
            what = ngettext("%(count)d settings entry", "%(count)d settings entries", count)
            catalogue.skipped.append(Skip(what % {"count": count}, _("blog settings are not imported")))
        if others["template"]:
            catalogue.skipped.append(Skip(_("the blog's template"), _("themes are not imported")))
        if self.repaired:
            what = ngettext("%(count)d damaged character", "%(count)d damaged characters", self.repaired)
            reason = _("bytes that were not UTF-8, or characters XML forbids, were replaced or left out")
            catalogue.skipped.append(Skip(what % {"count": self.repaired}, reason))
        if catalogue.comment_count:
            count = catalogue.comment_count
            what = ngettext("%(count)d comment", "%(count)d comments", count)
            catalogue.skipped.append(Skip(what % {"count": count}, _("comments are not imported")))
        self._comments = comments
        return catalogue

    def _catalogue_entry(self, catalogue: Catalogue, entry: _Entry) -> None:
        if entry.kind == "post":
            catalogue.post_count += 1
        else:
            catalogue.page_count += 1
        site_url = catalogue.site_url or self.feed_link
        if link := self._link(entry, site_url):
            catalogue.addresses[link] = entry.id
            # Blogger's date archives (/2019/ and /2019/05/) answer no more: the home page does.
            parts = urlsplit(link)
            live = entry.status in ("", "LIVE") and not entry.draft
            if entry.kind == "post" and live and (match := _DATE_PATH.match(parts.path)):
                year, month = match.groups()
                base = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
                catalogue.extra_addresses[f"{base}/{year}/"] = "home"
                catalogue.extra_addresses[f"{base}/{year}/{month}/"] = "home"
        for person in self._people(entry):
            catalogue.people.setdefault(person.key, person)
        for label in entry.labels:
            catalogue.terms.setdefault(f"tag:{label}", self._term(label, site_url))

    def _people(self, entry: _Entry) -> list[Person]:
        people = []
        for name, uri, email in entry.authors:
            if name or uri:
                email = "" if email.lower() == PLACEHOLDER_EMAIL else email
                people.append(Person(key=uri or name, name=name or uri, email=email))
        return people

    def _term(self, label: str, site_url: str) -> Term:
        urls: list[str] = []
        for form in (label, quote(label, safe="")):
            for url in (f"{site_url}/search/label/{form}", f"{site_url}/feeds/posts/default/-/{form}"):
                if url not in urls:
                    urls.append(url)
        return Term(key=f"tag:{label}", kind="tag", name=label, slug=label, urls=urls)

    def posts(self, catalogue: Catalogue) -> Iterator[Post]:
        if self._comments is None:
            self.scan()
        comments = self._comments or Counter()
        for entry in self._entries(with_content=True):
            if entry.kind in ("post", "page"):
                yield self._post(entry, catalogue, comments)

    def _post(self, entry: _Entry, catalogue: Catalogue, comments: Counter[str]) -> Post:
        site_url = catalogue.site_url
        link = self._link(entry, site_url)
        if entry.status:
            status: Status = TAKEOUT_STATUS.get(entry.status, "draft")
        else:
            status = "draft" if entry.draft else "published"
        body = convert_body(entry.content, site_url=site_url)
        return Post(
            key=entry.id,
            kind="page" if entry.kind == "page" else "post",
            headline=entry.title,
            slug=_slug(link or entry.filename),
            body=body,
            status=status,
            published_at=None if status == "draft" else _when(entry.published),
            updated_at=_when(entry.updated),
            dek=entry.description,
            language=_language(entry.language) or self.language,
            authors=[person.key for person in self._people(entry)],
            terms=[f"tag:{label}" for label in entry.labels],
            featured_image=_featured_image(body),
            guid=entry.id,
            link=link,
            comment_count=comments.get(entry.id) or entry.thr_total or 0,
        )


def _featured_image(body: str) -> Picture | None:
    """The post's first picture, which is what Blogger itself shows for the post in lists.

    The classic export's `media:thumbnail` is that same picture cut to 72 pixels (or a video's
    still), and the Takeout export has none, so the picture in the body, at full size, is used
    for both shapes. It stays in the body too: taking it out would change the story.
    """
    match = _FIRST_IMG.search(body)
    if not match:
        return None
    return Picture(url=unescape(match.group(1)), alt=unescape(match.group(2)))
