"""A WordPress export (WXR, as Tools → Export writes it) read into the importer's records.

The file is RSS with WordPress's own elements: the channel holds the site, its authors, its
categories, tags and other terms; each <item> is a post, a page, an attachment (a picture), a
menu entry, a revision… Plugins add to it: Co-Authors Plus puts its bylines on items as
"author" categories, Polylang the language and translation group as categories (the group's
members listed in the term's description), WPML its language and group as post meta.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from masthead.imports.bodies.wordpress import convert_body
from masthead.imports.records import Catalogue, Person, Post, Skip, SourceError, Term
from masthead.imports.sources.wxr import (
    CHANNEL,
    INTERNAL_TAXONOMIES,
    PAIR,
    STATUSES,
    Item,
    attachment_picture,
    author_slug,
    byline,
    check_root,
    describe,
    feeds,
    fields,
    item_date,
    language_code,
    note_group,
    plain,
    post_addresses,
    read_item,
    short,
    term_fields,
    type_reason,
)
from masthead.imports.sources.xmlstream import CleanXml, XmlError, iter_elements, open_xml


@dataclass
class _Scan:
    """What the first pass keeps beyond the catalogue itself, all of it small."""

    raw_slugs: dict[str, str] = field(default_factory=dict)  # term key -> slug as in addresses
    term_ids: dict[str, str] = field(default_factory=dict)  # WordPress term id -> term key
    term_languages: dict[str, str] = field(default_factory=dict)  # WordPress term id -> language
    thumbnails: list[tuple[str, str, str]] = field(default_factory=list)  # (post id, title, picture id)
    taxonomies: Counter[str] = field(default_factory=Counter)  # terms of taxonomies not imported


class WordPressSource:
    """A WXR file; `time_zone` is the site's, for dates WordPress gives in local time only."""

    platform = "wordpress"

    def __init__(self, path: Path, *, time_zone: str | None = None) -> None:
        self.path = Path(path)
        name = time_zone or settings.TIME_ZONE
        try:
            self.zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise SourceError(_("Unknown time zone: %(zone)s") % {"zone": name}) from error
        self.languages = frozenset(code for code, _name in settings.LANGUAGES)

    # First pass ----------------------------------------------------------------------------------
    def scan(self) -> Catalogue:
        catalogue = Catalogue(platform=self.platform, site_url="")
        scan = _Scan()
        groups: dict[str, tuple[str, str]] = {}
        with open_xml(self.path) as xml:
            for name, element in self._elements(xml):
                if name == "item":
                    self._scan_item(read_item(element, body=False), catalogue, scan, groups)
                elif name in ("wp:category", "wp:tag", "wp:term"):
                    self._scan_term(name, fields(element), catalogue, scan, groups)
                elif name == "wp:author":
                    self._scan_author(fields(element), catalogue)
                else:
                    self._channel(name, (element.text or "").strip(), catalogue)
            self._finish(catalogue, scan, xml)
        return catalogue

    def _channel(self, name: str, text: str, catalogue: Catalogue) -> None:
        if name == "title":
            catalogue.title = unescape(text)
        elif name in ("link", "wp:base_blog_url") and not catalogue.site_url:
            catalogue.site_url = text.rstrip("/")
        elif name == "language" and (code := language_code(text)) in self.languages:
            catalogue.language = code

    def _scan_author(self, values: dict[str, str], catalogue: Catalogue) -> None:
        login = values.get("wp:author_login", "")
        if not login:
            return
        slug = values.get("wp:author_nicename") or values.get("wp:author_slug") or author_slug(login)
        catalogue.people[login] = Person(
            key=login,
            name=unescape(values.get("wp:author_display_name") or login),
            slug=unquote(slug),
            email=values.get("wp:author_email", ""),
            urls=feeds(f"{catalogue.site_url}/author/{slug}/"),
        )

    def _scan_term(
        self,
        name: str,
        values: dict[str, str],
        catalogue: Catalogue,
        scan: _Scan,
        groups: dict[str, tuple[str, str]],
    ) -> None:
        taxonomy, slug, description = term_fields(name, values)
        if taxonomy in ("category", "post_tag") and slug:
            label = values.get("wp:cat_name") or values.get("wp:tag_name") or values.get("wp:term_name", "")
            parent = values.get("wp:category_parent") or values.get("wp:term_parent", "")
            key = self._add_term(taxonomy, slug, label, catalogue, scan)
            term = catalogue.terms[key]
            term.description = unescape(description)
            term.parent = f"category:{unquote(parent)}" if parent and taxonomy == "category" else ""
            if term_id := values.get("wp:term_id", ""):
                scan.term_ids[term_id] = key
        elif taxonomy == "term_translations":
            for language, term_id in PAIR.findall(description):
                scan.term_languages[term_id] = language_code(language)
        elif taxonomy == "post_translations":
            note_group(slug, description, groups)
        elif taxonomy not in INTERNAL_TAXONOMIES:
            scan.taxonomies[taxonomy] += 1

    def _add_term(self, taxonomy: str, raw_slug: str, label: str, catalogue: Catalogue, scan: _Scan) -> str:
        kind = "category" if taxonomy == "category" else "tag"
        slug = unquote(raw_slug)
        key = f"{kind}:{slug}"
        if key not in catalogue.terms:
            catalogue.terms[key] = Term(key=key, kind=kind, name=unescape(label.strip()) or slug, slug=slug)
            scan.raw_slugs[key] = raw_slug
        return key

    def _scan_item(
        self, item: Item, catalogue: Catalogue, scan: _Scan, groups: dict[str, tuple[str, str]]
    ) -> None:
        post_type, post_id, title = item["wp:post_type"].strip(), item["wp:post_id"].strip(), item["title"]
        catalogue.comment_count += item.comments
        if not catalogue.site_url:
            parts = urlsplit(item["link"].strip())
            catalogue.site_url = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
        if post_type == "attachment":
            picture = attachment_picture(item)
            if picture is None:
                catalogue.skipped.append(
                    Skip(describe(post_type, post_id, title), _("it has no file address"))
                )
            else:
                catalogue.pictures[picture.key] = picture
            return
        if post_type == "guest-author":
            self._guest_author(item, catalogue)
            return
        if post_type not in ("post", "page"):
            catalogue.skipped.append(Skip(describe(post_type, post_id, title), type_reason(post_type)))
            return
        language, raw_language, _group = self._language(item, groups)
        if raw_language and not language:
            catalogue.skipped.append(
                Skip(
                    describe(post_type, post_id, title),
                    _("language %(code)s is not one of the site's") % {"code": language_code(raw_language)},
                )
            )
            return
        if post_type == "post":
            catalogue.post_count += 1
        else:
            catalogue.page_count += 1
        link, old_urls = post_addresses(catalogue.site_url, post_id, post_type, item["link"].strip())
        for url in (link, *old_urls):
            if url:
                catalogue.addresses[url] = post_id
        date = item["wp:post_date"].strip()
        published = post_type == "post" and item["wp:status"].strip() == "publish"
        if published and link and "?" not in link and re.match(r"[1-9]\d{3}-\d\d-\d\d", date):
            year, month, day = date[:4], date[5:7], date[8:10]
            for path in (year, f"{year}/{month}", f"{year}/{month}/{day}"):  # its date archives
                catalogue.extra_addresses[f"{catalogue.site_url}/{path}/"] = "home"
        if thumbnail := item.meta.get("_thumbnail_id", ""):
            scan.thumbnails.append((post_id, title, thumbnail))
        for domain, nicename, label in item.categories:
            if domain in ("category", "post_tag") and nicename:
                self._add_term(domain, nicename, label, catalogue, scan)
        self._note_people(item, catalogue)

    def _note_people(self, item: Item, catalogue: Catalogue) -> None:
        """People in a byline whom the export does not describe: guest authors, mostly."""
        people, site = catalogue.people, catalogue.site_url
        for domain, nicename, label in item.categories:
            if domain == "author" and nicename:
                slug = unquote(nicename).removeprefix("cap-")
                key = byline(Item(categories=[(domain, nicename, label)]), people)[0]
                if key not in people:
                    name = unescape(label.strip()) or slug
                    people[key] = Person(key=key, name=name, slug=slug, urls=feeds(f"{site}/author/{slug}/"))
        creator = item["dc:creator"].strip()
        if creator and creator not in people:
            slug = author_slug(creator)
            people[creator] = Person(
                key=creator, name=creator, slug=slug, urls=feeds(f"{site}/author/{slug}/")
            )

    def _guest_author(self, item: Item, catalogue: Catalogue) -> None:
        """Co-Authors Plus keeps a byline without a user account as an item of its own."""
        slug = unquote(item["wp:post_name"].strip()).removeprefix("cap-")
        person = next((p for p in catalogue.people.values() if p.slug == slug), None)
        if person is None:
            key = item.meta.get("cap-user_login") or slug
            person = catalogue.people.setdefault(key, Person(key=key, name=key, slug=slug))
            person.urls = feeds(f"{catalogue.site_url}/author/{slug}/")
        person.name = unescape(item.meta.get("cap-display_name") or item["title"] or person.name)
        person.email = item.meta.get("cap-user_email") or person.email
        person.bio = item.meta.get("cap-description") or person.bio

    def _finish(self, catalogue: Catalogue, scan: _Scan, xml: CleanXml) -> None:
        site = catalogue.site_url
        for key, term in catalogue.terms.items():
            path = [scan.raw_slugs.get(key, term.slug)]
            parent, seen = term.parent, {key}
            while parent in catalogue.terms and parent not in seen:
                seen.add(parent)
                path.insert(0, scan.raw_slugs.get(parent, catalogue.terms[parent].slug))
                parent = catalogue.terms[parent].parent
            if term.kind == "tag":
                term.urls = feeds(f"{site}/tag/{path[-1]}/")
            else:
                term.urls = feeds(f"{site}/category/{'/'.join(path)}/")
                if len(path) > 1:
                    term.urls += feeds(f"{site}/category/{path[-1]}/")
        for term_id, language in scan.term_languages.items():
            if (key := scan.term_ids.get(term_id)) and language in self.languages:
                catalogue.terms[key].language = language
        for post_id, title, picture_id in scan.thumbnails:
            if picture_id not in catalogue.pictures:
                catalogue.skipped.append(
                    Skip(
                        _("featured image %(id)s of post %(post)s “%(title)s”")
                        % {"id": picture_id, "post": post_id, "title": title},
                        _("not in the export"),
                    )
                )
        for taxonomy, count in sorted(scan.taxonomies.items()):
            what = ngettext(
                "%(count)d term of the taxonomy “%(taxonomy)s”",
                "%(count)d terms of the taxonomy “%(taxonomy)s”",
                count,
            ) % {"count": count, "taxonomy": taxonomy}
            catalogue.skipped.append(Skip(what, _("only categories and tags are imported")))
        if xml.replaced:
            what = ngettext(
                "%(count)d sequence of bytes that is not valid text",
                "%(count)d sequences of bytes that are not valid text",
                xml.replaced,
            ) % {"count": xml.replaced}
            catalogue.skipped.append(Skip(what, _("replaced with “\ufffd”")))
        if xml.dropped:
            what = ngettext("%(count)d control character", "%(count)d control characters", xml.dropped) % {
                "count": xml.dropped
            }
            catalogue.skipped.append(Skip(what, _("XML does not allow them: dropped")))

    # Second pass -------------------------------------------------------------------------------
    def posts(self, catalogue: Catalogue) -> Iterator[Post]:
        groups: dict[str, tuple[str, str]] = {}
        term_ids: dict[str, str] = {}
        unknown: Counter[str] = Counter()
        posts_with: Counter[str] = Counter()
        with open_xml(self.path) as xml:
            for name, element in self._elements(xml):
                if name in ("wp:category", "wp:tag", "wp:term"):
                    values = fields(element)
                    taxonomy, slug, description = term_fields(name, values)
                    if taxonomy == "post_translations":
                        note_group(slug, description, groups)
                    elif taxonomy in ("category", "post_tag") and slug and values.get("wp:term_id"):
                        kind = "category" if taxonomy == "category" else "tag"
                        term_ids[values["wp:term_id"]] = f"{kind}:{unquote(slug)}"
                    continue
                if name != "item":
                    continue
                item = read_item(element)
                if item["wp:post_type"].strip() not in ("post", "page"):
                    continue
                language, raw_language, group = self._language(item, groups)
                if raw_language and not language:
                    continue
                found: Counter[str] = Counter()
                post = self._post(item, catalogue, language, group, term_ids, found)
                unknown.update(found)
                posts_with.update(found.keys())
                yield post
        for name, count in sorted(unknown.items()):
            what = ngettext(
                "shortcode [%(name)s], %(count)d time in %(posts)d post",
                "shortcode [%(name)s], %(count)d times in %(posts)d posts",
                count,
            ) % {"name": name, "count": count, "posts": posts_with[name]}
            catalogue.skipped.append(
                Skip(what, _("unknown to the importer: its brackets were dropped, its text kept"))
            )

    def _post(
        self,
        item: Item,
        catalogue: Catalogue,
        language: str,
        group: str,
        term_ids: dict[str, str],
        unknown: Counter[str],
    ) -> Post:
        post_id, kind = item["wp:post_id"].strip(), item["wp:post_type"].strip()
        status = STATUSES.get(item["wp:status"].strip(), "draft")
        if item["wp:post_password"].strip() and status in ("published", "scheduled"):
            status = "private"  # behind a password on the old site: not for every reader here
        link, old_urls = post_addresses(catalogue.site_url, post_id, kind, item["link"].strip())
        terms = [
            f"{'category' if domain == 'category' else 'tag'}:{unquote(nicename)}"
            for domain, nicename, _label in item.categories
            if domain in ("category", "post_tag") and nicename
        ]
        primary = term_ids.get(item.meta.get("_yoast_wpseo_primary_category", ""), "")
        body = convert_body(
            item["content:encoded"],
            site_url=catalogue.site_url,
            pictures=catalogue.pictures,
            parent=post_id,
            unknown=unknown,
        )
        return Post(
            key=post_id,
            kind="page" if kind == "page" else "post",
            headline=plain(item["title"]),
            slug=unquote(item["wp:post_name"].strip()),
            body=body,
            status=status,
            published_at=item_date(item["wp:post_date_gmt"], item["wp:post_date"], self.zone),
            updated_at=item_date(item["wp:post_modified_gmt"], item["wp:post_modified"], self.zone),
            dek=plain(item["excerpt:encoded"]),
            language=language,
            authors=byline(item, catalogue.people),
            terms=list(dict.fromkeys(terms)),
            primary_term=primary if primary in terms else "",
            featured_image=catalogue.pictures.get(item.meta.get("_thumbnail_id", "")),
            is_featured=item["wp:is_sticky"].strip() == "1",
            guid=item["guid"].strip(),
            link=link,
            old_urls=old_urls,
            translation_group=group,
            comment_count=item.comments,
        )

    # Shared by both passes ---------------------------------------------------------------------------
    def _elements(self, xml: CleanXml) -> Iterator[tuple[str, Element]]:
        try:
            for element in iter_elements(xml, lambda tag: short(tag) in CHANNEL, depth=2, on_root=check_root):
                yield short(element.tag), element
        except XmlError as error:
            if xml.root:
                raise
            raise SourceError(
                _("This is not a WordPress export (WXR): it is not XML at all (%(reason)s, line %(line)d).")
                % {"reason": error.reason, "line": error.line}
            ) from error

    def _language(self, item: Item, groups: dict[str, tuple[str, str]]) -> tuple[str, str, str]:
        """(the post's language if the site has it, the language as the export says, the group)."""
        named = {domain: nicename for domain, nicename, _label in reversed(item.categories)}
        raw, group = named.get("language", ""), named.get("post_translations", "")
        raw = raw or item.meta.get("_wpml_import_language_code") or item.meta.get("_wpml_language", "")
        group = group or item.meta.get("_wpml_import_translation_group", "")
        listed_language, listed_group = groups.get(item["wp:post_id"].strip(), ("", ""))
        raw, group = raw.strip() or listed_language, group.strip() or listed_group
        code = language_code(raw)
        return (code if code in self.languages else ""), raw, group
