"""Ghost's JSON export (Settings → Labs/Advanced → Export), read in two streaming passes.

The file is `{"db": [{"meta": {…}, "data": {"posts": […], "tags": […], …}}]}`, or the same
without the `db` wrapper. The first pass reads it as a stream of JSON events and keeps the small
tables (tags, users, settings, who wrote and tagged what) and a few fields of each post; the
second yields the posts one at a time with their bodies. Neither holds the whole file.

Ghost keeps no site address in its database, so stored content says `__GHOST_URL__` where
the site's address goes: pass `site_url`, or it is taken from the export's settings when they
have one, or addresses stay relative to the site.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import ijson
from django.utils.translation import gettext as _

from masthead.core.html import plain_text
from masthead.imports.bodies.ghost import GHOST_URL, convert_body
from masthead.imports.records import Catalogue, Person, Picture, Post, Skip, SourceError, Status, Term

SMALL_TABLES = ("tags", "users", "posts_tags", "posts_authors", "posts_meta", "settings")
# A post's fields the first pass keeps; the rest (bodies above all) wait for the second.
POST_FIELDS = frozenset({"id", "slug", "type", "page", "status", "author_id"})
STATUSES: dict[str, Status] = {"published": "published", "draft": "draft", "scheduled": "scheduled"}
STATUSES["sent"] = "private"  # sent by e-mail only, never on the site
_SCALARS = frozenset({"string", "number", "boolean", "null"})
_POST_FIELD = "data.posts.item."  # the prefix of a post's own fields in the stream of events


@dataclass
class _Index:
    """What the first pass keeps: small tables whole, links and posts as tuples."""

    wrapped: bool = False  # the tables are under db[0]
    posts: list[tuple[str, str, bool, str]] = field(default_factory=list)  # id, slug, is page, author id
    tags: list[dict[str, Any]] = field(default_factory=list)
    users: list[dict[str, Any]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    post_tags: list[tuple[str, Any, str]] = field(default_factory=list)  # post id, sort order, tag id
    post_authors: list[tuple[str, Any, str]] = field(default_factory=list)
    pictures: dict[str, tuple[str, str]] = field(default_factory=dict)  # post id -> image alt, caption
    meta: dict[str, Any] = field(default_factory=dict)

    def keep(self, table: str, row: dict[str, Any]) -> None:
        if table in ("posts_tags", "posts_authors"):
            links = self.post_tags if table == "posts_tags" else self.post_authors
            other = row.get("tag_id" if table == "posts_tags" else "author_id")
            links.append((_text(row.get("post_id")), row.get("sort_order"), _text(other)))
        elif table == "posts_meta":
            alt, caption = _text(row.get("feature_image_alt")), _text(row.get("feature_image_caption"))
            if alt or caption:
                self.pictures[_text(row.get("post_id"))] = (alt, caption)
        elif table == "settings":
            self.settings[_text(row.get("key"))] = row.get("value")
        elif table == "tags":
            self.tags.append(row)
        elif table == "users":
            self.users.append(row)

    def keep_post(self, post: dict[str, Any]) -> None:
        self.posts.append(
            (_text(post.get("id")), _text(post.get("slug")), _is_page(post), _text(post.get("author_id")))
        )


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as error:
        raise SourceError(_("The file cannot be read: %s.") % error) from error


def _broken(error: Exception, count: int) -> SourceError:
    """The parser's own words (they show where it stopped), and how many posts came before."""
    detail = error.args[0] if error.args else error
    if isinstance(detail, bytes):  # the C parser reports in bytes
        detail = detail.decode("utf-8", "replace")
    message = _("The file is not complete, valid JSON (it breaks after %(count)d posts): %(error)s")
    # The C parser adds a snippet and a caret on lines of their own: its first line says it.
    first_line = str(detail).strip().splitlines()[0] if str(detail).strip() else ""
    return SourceError(message % {"count": count, "error": first_line})


def _when(value: Any) -> datetime | None:
    """Ghost's dates: ISO 8601 text, or milliseconds since 1970 (Ghost 0.x and 1.x)."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float | Decimal) or (isinstance(value, str) and value.strip().isdigit()):
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    try:
        moment = datetime.fromisoformat(str(value).strip().replace(" ", "T", 1))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _language(value: Any) -> str:
    return _text(value).replace("_", "-").split("-")[0].lower()


def _is_page(post: dict[str, Any]) -> bool:
    return post.get("type") == "page" or post.get("page") in (True, 1, "1")


def _addresses(slug: str, page: bool, site_url: str) -> list[str]:
    """A post's address first, then its others: /slug/ for posts and pages, /slug/amp/ for posts."""
    if not slug:
        return []
    link = f"{site_url}/{slug}/"
    return [link] if page else [link, f"{link}amp/"]


def _is_internal(tag: dict[str, Any]) -> bool:
    return _text(tag.get("name")).startswith("#") or tag.get("visibility") == "internal"


def _ordered(links: list[tuple[str, Any, str]]) -> dict[str, list[str]]:
    """{post id: [tag or author ids]} in the order Ghost shows them (`sort_order`, then file order)."""
    grouped: dict[str, list[tuple[float, int, str]]] = defaultdict(list)
    for position, (post, order, other) in enumerate(links):
        grouped[post].append((float(order or 0), position, other))
    return {post: [other for _order, _position, other in sorted(items)] for post, items in grouped.items()}


class GhostSource:
    """A Ghost JSON export. `site_url` names the site's address, which the file rarely does."""

    platform = "ghost"

    def __init__(self, path: Path, *, site_url: str | None = None) -> None:
        self.path = Path(path)
        self.site_url = (site_url or "").rstrip("/")
        self._wrapped: bool | None = None  # known once scanned: are the tables under db[0]?
        self._tags: dict[str, list[str]] = {}  # post id -> tag ids, in order
        self._authors: dict[str, list[str]] = {}  # post id -> user ids, in order
        self._pictures: dict[str, tuple[str, str]] = {}  # post id -> feature image alt, caption
        self._tag_keys: dict[str, str] = {}  # Ghost tag id -> Term key (public tags only)

    def _read_index(self) -> _Index:
        index = _Index()
        post: dict[str, Any] | None = None
        builder: ijson.ObjectBuilder | None = None
        table = ""
        has_posts = False
        with _open(self.path) as handle:
            events = ijson.parse(handle, use_float=True)
            try:
                for prefix, event, value in events:
                    if prefix.startswith("db.item."):
                        index.wrapped, prefix = True, prefix[8:]
                    elif prefix == "" and event not in ("start_map", "end_map", "map_key"):
                        raise SourceError(_("This JSON file is not a Ghost export: it is not an object."))
                    if builder is not None:  # inside a row of a small table
                        if prefix == f"data.{table}.item" and event == "end_map":
                            index.keep(table, builder.value)
                            builder = None
                        else:
                            builder.event(event, value)
                        continue
                    if post is not None:  # inside a post: its small fields only
                        if prefix == "data.posts.item" and event == "end_map":
                            index.keep_post(post)
                            post = None
                        elif event in _SCALARS and prefix.startswith(_POST_FIELD):
                            name = prefix[len(_POST_FIELD) :]
                            if name in POST_FIELDS:
                                post[name] = value
                        continue
                    if prefix == "data.posts.item" and event == "start_map":
                        post = {}
                    elif prefix == "data.posts" and event == "start_array":
                        has_posts = True
                    elif prefix.startswith("data.") and prefix.endswith(".item") and event == "start_map":
                        table = prefix[5:-5]
                        if table in SMALL_TABLES:
                            builder = ijson.ObjectBuilder()
                            builder.event(event, value)
                    elif prefix.startswith("meta.") and event in _SCALARS:
                        index.meta[prefix[5:]] = value
            except ijson.JSONError as error:
                raise _broken(error, len(index.posts)) from error
        if not has_posts:
            raise SourceError(
                _("This JSON file is not a Ghost export: it has no list of posts under “db[0].data”.")
            )
        return index

    def scan(self) -> Catalogue:
        index = self._read_index()
        settings = index.settings
        site_url = self.site_url or _text(settings.get("url") or index.meta.get("url")).rstrip("/")
        site_url = "" if site_url.startswith(GHOST_URL) else site_url
        catalogue = Catalogue(
            platform=self.platform,
            site_url=site_url,
            title=_text(settings.get("title")),
            language=_language(settings.get("locale") or settings.get("lang")),
        )
        self._wrapped = index.wrapped
        self._tags = _ordered(index.post_tags)
        self._authors = _ordered(index.post_authors)
        self._pictures = index.pictures
        for tag in index.tags:
            if _is_internal(tag):
                what = _("tag “%s”") % _text(tag.get("name"))
                catalogue.skipped.append(Skip(what, _("internal tags (“#…”) are not imported")))
                continue
            term = self._term(tag, site_url)
            self._tag_keys[_text(tag.get("id"))] = term.key
            catalogue.terms.setdefault(term.key, term)
        writers = {author for authors in self._authors.values() for author in authors}
        writers |= {author for _id, _slug, _page, author in index.posts if author}
        for user in index.users:
            if _text(user.get("id")) in writers:
                person = self._person(user, site_url)
                catalogue.people[person.key] = person
        for post_id, slug, page, _author in index.posts:
            catalogue.page_count += page
            catalogue.post_count += not page
            for url in _addresses(slug, page, site_url):
                catalogue.addresses[url] = post_id
        return catalogue

    def _term(self, tag: dict[str, Any], site_url: str) -> Term:
        slug, name = _text(tag.get("slug")), _text(tag.get("name"))
        return Term(
            key=f"tag:{slug or name}",
            kind="tag",
            name=name or slug,
            slug=slug,
            description=_text(tag.get("description")),
            urls=[f"{site_url}/tag/{slug}/", f"{site_url}/tag/{slug}/rss/"] if slug else [],
        )

    def _person(self, user: dict[str, Any], site_url: str) -> Person:
        slug = _text(user.get("slug"))
        return Person(
            key=_text(user.get("id")),
            name=_text(user.get("name")) or slug,
            slug=slug,
            email=_text(user.get("email")),
            bio=_text(user.get("bio")),
            urls=[f"{site_url}/author/{slug}/", f"{site_url}/author/{slug}/rss/"] if slug else [],
        )

    def posts(self, catalogue: Catalogue) -> Iterator[Post]:
        if self._wrapped is None:
            self.scan()
        prefix = "db.item.data.posts.item" if self._wrapped else "data.posts.item"
        count = 0
        with _open(self.path) as handle:
            try:
                for item in ijson.items(handle, prefix, use_float=True):
                    count += 1
                    yield self._post(item, catalogue.site_url)
            except ijson.JSONError as error:
                raise _broken(error, count) from error

    def _post(self, item: dict[str, Any], site_url: str) -> Post:
        post_id = _text(item.get("id"))
        tag_ids = self._tags.get(post_id, [])
        terms = [self._tag_keys[tag] for tag in tag_ids if tag in self._tag_keys]
        authors = self._authors.get(post_id) or ([_text(item["author_id"])] if item.get("author_id") else [])
        addresses = _addresses(_text(item.get("slug")), _is_page(item), site_url)
        return Post(
            key=post_id,
            kind="page" if _is_page(item) else "post",
            headline=_text(item.get("title")),
            slug=_text(item.get("slug")),
            body=convert_body(
                html=_text(item.get("html")),
                lexical=_text(item.get("lexical")),
                mobiledoc=_text(item.get("mobiledoc")),
                markdown=_text(item.get("markdown")),
                site_url=site_url,
            ),
            status=STATUSES.get(_text(item.get("status")), "draft"),
            published_at=_when(item.get("published_at")),
            updated_at=_when(item.get("updated_at")),
            dek=_text(item.get("custom_excerpt")),
            # Only a language set on the post itself: Ghost 0.x's `language` is "en_US" on every
            # post whatever it is written in, so it says nothing.
            language=_language(item.get("locale")),
            authors=authors,
            terms=terms,
            # The first public tag is the primary one: Ghost's own rule (internal tags are not).
            primary_term=terms[0] if terms else "",
            featured_image=self._featured_image(item, site_url),
            is_featured=item.get("featured") in (True, 1, "1", "true"),
            is_members_only=_text(item.get("visibility")) not in ("", "public"),
            guid=post_id,  # what Ghost's RSS feed gives as <guid>
            link=addresses[0] if addresses else "",
            old_urls=addresses[1:],
        )

    def _featured_image(self, item: dict[str, Any], site_url: str) -> Picture | None:
        url = _text(item.get("feature_image") or item.get("image")).replace(GHOST_URL, site_url)
        if not url:
            return None
        if url.startswith("//"):
            url = "https:" + url
        elif url.startswith("/"):  # Ghost before 4.0 stored its own pictures' paths only
            url = site_url + url
        alt, caption = self._pictures.get(_text(item.get("id")), ("", ""))
        return Picture(
            url=url,
            alt=_text(item.get("feature_image_alt")) or alt,
            caption=plain_text(_text(item.get("feature_image_caption")) or caption),
        )
