"""The parts of a WordPress export (WXR) file, read element by element.

WXR is RSS with WordPress's own elements in the `wp:` namespace (its address names the
version: 1.0, 1.1 and 1.2 are read alike), the body in `content:encoded` and the excerpt in
`excerpt:encoded`. This module knows those names, reads an <item> into plain strings, and
derives what WordPress derives (author slugs, the addresses a post answered at).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from html import unescape
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from django.utils.translation import gettext as _

from masthead.imports.records import Person, Picture, SourceError, Status
from masthead.imports.sources.xmlstream import CleanXml

NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}
WP_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.\d+/$")  # WXR 1.0, 1.1 and 1.2
EXCERPT_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.\d+/excerpt/$")
CHANNEL = frozenset(
    {"item", "title", "link", "language", "wp:base_blog_url", "wp:author", "wp:category", "wp:tag", "wp:term"}
)
META = frozenset(
    {
        "_thumbnail_id",
        "_wp_attachment_image_alt",
        "_wp_attachment_metadata",
        "_wpml_import_language_code",
        "_wpml_import_translation_group",
        "_wpml_language",
        "_yoast_wpseo_primary_category",
        "cap-display_name",
        "cap-user_login",
        "cap-user_email",
        "cap-description",
    }
)
STATUSES: dict[str, Status] = {
    "publish": "published",
    "future": "scheduled",
    "draft": "draft",
    "auto-draft": "draft",
    "pending": "review",
    "private": "private",
    "trash": "trash",
}
# Terms of these taxonomies are plugins' and themes' bookkeeping, not a reader's topics.
INTERNAL_TAXONOMIES = frozenset(
    {
        "nav_menu",
        "language",
        "term_language",
        "post_translations",
        "term_translations",
        "post_format",
        "author",
        "link_category",
        "wp_theme",
        "wp_template_part_area",
        "wp_pattern_category",
    }
)
DESIGN_TYPES = frozenset(
    {
        "custom_css",
        "customize_changeset",
        "wp_navigation",
        "wp_template",
        "wp_template_part",
        "wp_global_styles",
        "wp_font_family",
        "wp_font_face",
        "user_request",
    }
)
TAXONOMIES = {"wp:category": "category", "wp:tag": "post_tag"}
PAIR = re.compile(r's:\d+:"([A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)?)";i:(\d+);')
CREDIT = re.compile(r's:6:"credit";s:(\d+):"')


@lru_cache(maxsize=512)
def short(tag: str) -> str:
    """`{http://wordpress.org/export/1.2/}post_id` as `wp:post_id`, whatever the WXR version."""
    if not tag.startswith("{"):
        return tag
    uri, _, local = tag[1:].partition("}")
    if uri in NAMESPACES:
        return f"{NAMESPACES[uri]}:{local}"
    if WP_NAMESPACE.match(uri):
        return f"wp:{local}"
    return f"excerpt:{local}" if EXCERPT_NAMESPACE.match(uri) else tag


@dataclass
class Item:
    """An <item> as strings: its children's text, its categories, the post meta we use."""

    values: dict[str, str] = field(default_factory=dict)  # each child's text, by short name
    categories: list[tuple[str, str, str]] = field(default_factory=list)  # (domain, nicename, name)
    meta: dict[str, str] = field(default_factory=dict)
    comments: int = 0

    def __getitem__(self, name: str) -> str:
        return self.values.get(name, "")


def read_item(element: Element, *, body: bool = True) -> Item:
    """The item's parts (without its content:encoded unless `body`); comments only counted."""
    item = Item()
    for child in element:
        name = short(child.tag)
        if name == "category":
            item.categories.append((child.get("domain", ""), child.get("nicename", ""), child.text or ""))
        elif name == "wp:postmeta":
            parts = {short(part.tag): part.text or "" for part in child}
            if (key := parts.get("wp:meta_key", "").strip()) in META:
                item.meta.setdefault(key, parts.get("wp:meta_value", "").strip())
        elif name == "wp:comment":
            item.comments += 1
        elif body or name != "content:encoded":
            item.values.setdefault(name, child.text or "")
    return item


def fields(element: Element) -> dict[str, str]:
    """A channel element's children (wp:author, wp:category…) as stripped text, by short name."""
    return {short(child.tag): (child.text or "").strip() for child in element}


def check_root(xml: CleanXml) -> None:
    """Give up at the first element unless it is RSS with WordPress's export namespace."""
    root = xml.root.rpartition("}")[2]
    if root != "rss":
        raise SourceError(
            _("This is not a WordPress export (WXR): its root element is <%(root)s>, not <rss>.")
            % {"root": root}
        )
    if not any(WP_NAMESPACE.match(uri) for uri in xml.namespaces.values()):
        raise SourceError(
            _("This is not a WordPress export (WXR): it is an RSS feed without WordPress's export elements.")
        )


def attachment_picture(item: Item) -> Picture | None:
    """An attachment as a Picture (None without a file address); the credit from its metadata."""
    url = item["wp:attachment_url"].strip()
    if not url:
        return None
    credit = ""
    if found := CREDIT.search(metadata := item.meta.get("_wp_attachment_metadata", "")):
        raw = metadata[found.end() :].encode("utf-8")[: int(found.group(1))]  # PHP counts bytes
        credit = raw.decode("utf-8", errors="ignore")
    parent = item["wp:post_parent"].strip()
    return Picture(
        url=url,
        alt=item.meta.get("_wp_attachment_image_alt", ""),
        caption=plain(item["excerpt:encoded"]),
        credit=credit.strip(),
        key=item["wp:post_id"].strip(),
        title=plain(item["title"]),
        page_url=item["link"].strip(),
        parent="" if parent in ("", "0") else parent,
    )


def post_addresses(site: str, post_id: str, kind: str, link: str) -> tuple[str, list[str]]:
    """The post's canonical address and every other one WordPress answered it at."""
    old = [f"{site}/?p={post_id}"]
    if kind == "page":
        old.append(f"{site}/?page_id={post_id}")
    if link and "?" not in link and link.endswith("/"):
        old += [f"{link}amp/", f"{link}feed/"]
    return link, [url for url in dict.fromkeys(old) if url != link]


def term_fields(name: str, values: dict[str, str]) -> tuple[str, str, str]:
    """(taxonomy, slug as in addresses, description) of a wp:category, wp:tag or wp:term."""
    taxonomy = TAXONOMIES.get(name) or values.get("wp:term_taxonomy", "")
    slug = values.get("wp:category_nicename") or values.get("wp:tag_slug") or values.get("wp:term_slug", "")
    description = (
        values.get("wp:category_description")
        or values.get("wp:tag_description")
        or values.get("wp:term_description", "")
    )
    return taxonomy, slug, description


def note_group(slug: str, description: str, groups: dict[str, tuple[str, str]]) -> None:
    """Polylang lists a translation group's posts in its description: a:2:{s:2:"en";i:12;…}."""
    for language, post_id in PAIR.findall(description):
        groups.setdefault(post_id, (language, slug))


def language_code(value: str) -> str:
    """ "en_US", "en-US", "ar-SA", "ar" -> "en", "ar"."""
    return re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]


def author_slug(login: str) -> str:
    """The slug WordPress derives from a login for its author pages."""
    slug = re.sub(r"[^%a-z0-9 _-]", "", login.strip().lower().replace(".", "-"))
    return re.sub(r"-+", "-", re.sub(r"\s+", "-", slug)).strip("-")


def feeds(url: str) -> list[str]:
    """A listing page's address and its feed's."""
    return [url, f"{url}feed/"]


def plain(html: str) -> str:
    """Text without tags or entities, its spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]*>", " ", html)).split())


def describe(post_type: str, post_id: str, title: str) -> str:
    """How the report names an item: its type, id and title."""
    title = plain(title)
    if not title:
        return f"{post_type} {post_id}"
    return _("%(type)s %(id)s “%(title)s”") % {"type": post_type, "id": post_id, "title": title}


def type_reason(post_type: str) -> str:
    """Why items of a type other than post, page and attachment are not imported."""
    if post_type == "nav_menu_item":
        return _("menus are not imported")
    if post_type == "revision":
        return _("earlier revisions are not imported")
    if post_type == "wp_block":
        return _("reusable blocks are not imported")
    if post_type == "oembed_cache":
        return _("a cached embed, not content")
    if post_type in DESIGN_TYPES:
        return _("the site's design and settings are not imported")
    return _("the post type “%(type)s” is not imported") % {"type": post_type}


def byline(item: Item, people: dict[str, Person]) -> list[str]:
    """The byline: Co-Authors Plus's authors in their order, else the item's creator."""
    by_slug = {person.slug: person.key for person in people.values() if person.slug}
    authors = []
    for domain, nicename, label in item.categories:
        if domain == "author" and nicename:
            slug = unquote(nicename).removeprefix("cap-")
            label = label.strip()
            authors.append(label if label in people else by_slug.get(slug, slug))
    if not authors and (creator := item["dc:creator"].strip()):
        authors.append(creator)
    return list(dict.fromkeys(authors))


def item_date(gmt: str, local: str, zone: tzinfo) -> datetime | None:
    """WordPress's UTC date, else (a draft's, "0000-00-00 00:00:00") its local one in `zone`."""
    for value, value_zone in ((gmt.strip(), UTC), (local.strip(), zone)):
        if not value or value.startswith("0000"):
            continue
        try:
            moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        return moment.replace(tzinfo=value_zone).astimezone(UTC)
    return None
