"""The pictures of a converted body: found, then pointed at their stored copies.

A source leaves each picture as the old site had it, `<img src="OLD URL" alt="…">`, bare in a
paragraph or in a `<figure>` with its `<figcaption>`. Once stored, each becomes the one element
stories keep a picture as:

    <figure data-image="12"><img src="/media/images/…" alt="…" width="800" height="500">
    <figcaption>…</figcaption></figure>

A figure cannot sit inside a paragraph, so a picture found in one is moved out to just after it
(the paragraph stays if it holds anything else). Bodies are parsed as HTML (lxml), never matched
with patterns.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import lxml.html
from lxml.html import HtmlElement

from masthead.core.images import IMAGE_EXTENSIONS
from masthead.imports.media import StoredPicture, normal_url

Lookup = Callable[[str], StoredPicture | None]

# Elements a figure may not sit in: a picture found inside one is moved out after it.
PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
# What makes a paragraph worth keeping once its pictures have left, besides text.
CONTENT = {"img", "iframe", "video", "audio", "object", "embed", "figure", "table", "ul", "ol"}


def picture_urls(body: str) -> list[str]:
    """The address of every `<img>` in `body`, in order, each once."""
    if not body or "<img" not in body.lower():
        return []
    root = _parse(body)
    return list(dict.fromkeys(src for img in root.iter("img") if (src := (img.get("src") or "").strip())))


def place_pictures(body: str, lookup: Lookup, *, keep_missing: bool = False) -> tuple[str, list[str]]:
    """Point every `<img>` of `body` at its stored copy, as a `<figure data-image>`.

    `lookup` gives the stored copy of an address (PictureFetcher.get). A picture with none is
    dropped, or with `keep_missing` left as it is; either way its address is in the list returned.
    """
    if not body or "<img" not in body.lower():
        return body, []
    root = _parse(body)
    missing: dict[str, None] = {}
    left: list[HtmlElement] = []  # paragraphs a picture was taken out of
    placed_after: dict[HtmlElement, HtmlElement] = {}  # paragraph: the last figure put after it
    for img in list(root.iter("img")):
        figure = _nearest(img, {"figure"})
        if figure is not None and figure.get("data-image"):
            continue  # placed already
        src = (img.get("src") or "").strip()
        stored = lookup(src) if src else None
        if stored is None:
            if src:
                missing[src] = None
            if not keep_missing:
                _drop_picture(img, figure, left)
            continue
        link = _wrapping_link(img)
        href = link.get("href", "") if link is not None else ""
        if link is not None and _is_same_picture(href, src, stored, lookup):
            href = ""
        new = _figure(stored, img.get("alt") or stored.alt, href)
        if figure is not None and _picture_count(figure) == 1:
            caption = figure.find(".//figcaption")
            if caption is not None and _has_text(caption):
                caption.tail = None
                caption.attrib.clear()
                new.append(caption)
            _replace(figure, new)
            continue
        paragraph = _nearest(img, PARAGRAPHS)
        if paragraph is not None and (figure is None or _is_inside(figure, paragraph)):
            anchor = placed_after.get(paragraph, paragraph)
            new.tail, anchor.tail = anchor.tail, None
            anchor.addnext(new)
            placed_after[paragraph] = new
            _take_out(link if link is not None else img)
            left.append(paragraph)
        else:
            _replace(link if link is not None else img, new)
    for paragraph in left:
        if paragraph.getparent() is not None and not _has_content(paragraph):
            paragraph.drop_tree()
    _unwrap_galleries(root)
    _drop_repeats(root)
    return _serialize(root), list(missing)


def _parse(body: str) -> HtmlElement:
    return lxml.html.fragment_fromstring(body, create_parent="div")


def _serialize(root: HtmlElement) -> str:
    text = escape(root.text or "", quote=False)
    return text + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)


def _nearest(element: HtmlElement, tags: set[str]) -> HtmlElement | None:
    for ancestor in element.iterancestors():
        if ancestor.tag in tags and ancestor.getparent() is not None:  # the parse's wrapper is no match
            return ancestor
    return None


def _is_inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _picture_count(element: HtmlElement) -> int:
    return sum(1 for _img in element.iter("img"))


def _has_text(element: HtmlElement) -> bool:
    return bool(element.text_content().replace("\xa0", " ").strip())


def _has_content(element: HtmlElement) -> bool:
    return _has_text(element) or any(child.tag in CONTENT for child in element.iterdescendants())


def _wrapping_link(img: HtmlElement) -> HtmlElement | None:
    """The `<a>` around the picture and nothing else, if there is one."""
    parent = img.getparent()
    if parent is None or parent.tag != "a" or len(parent) != 1:
        return None
    if (parent.text or "").strip() or (img.tail or "").strip():
        return None
    return parent


def _is_same_picture(href: str, src: str, stored: StoredPicture, lookup: Lookup) -> bool:
    """Whether a link around a picture leads only to the picture (its file, full size or not, or
    WordPress's page for it): such a link is dropped, any other kept."""
    if not href.strip() or normal_url(href) == normal_url(src):
        return True
    parts = urlsplit(href)
    if PurePosixPath(parts.path).suffix.lower().removeprefix(".") in IMAGE_EXTENSIONS:
        return True
    if "attachment_id=" in parts.query or "/attachment/" in parts.path:
        return True
    linked = lookup(href)
    return linked is not None and linked.image_id == stored.image_id


def _figure(stored: StoredPicture, alt: str, href: str) -> HtmlElement:
    figure = lxml.html.Element("figure")
    figure.set("data-image", str(stored.image_id))
    holder = figure
    if href:
        holder = lxml.html.Element("a")
        holder.set("href", href)
        figure.append(holder)
    img = lxml.html.Element("img")
    img.set("src", stored.url)
    img.set("alt", alt.strip())
    if stored.width and stored.height:
        img.set("width", str(stored.width))
        img.set("height", str(stored.height))
    holder.append(img)
    return figure


def _replace(old: HtmlElement, new: HtmlElement) -> None:
    new.tail, old.tail = old.tail, None
    old.getparent().replace(old, new)


def _take_out(element: HtmlElement) -> None:
    """Remove an inline element, its text after it kept ("a <img> b" becomes "a b", not "a  b")."""
    before = element.getprevious()
    text_before = (before.tail if before is not None else element.getparent().text) or ""
    if element.tail and element.tail[0].isspace() and (not text_before or text_before[-1].isspace()):
        element.tail = element.tail.lstrip()
    element.drop_tree()


def _drop_picture(img: HtmlElement, figure: HtmlElement | None, left: list[HtmlElement]) -> None:
    """Take out a picture that has no stored copy (its figure and caption with it, if it has one)."""
    if figure is not None and _picture_count(figure) == 1:
        figure.drop_tree()
        return
    paragraph = _nearest(img, PARAGRAPHS)
    link = _wrapping_link(img)
    _take_out(link if link is not None else img)
    if paragraph is not None:
        left.append(paragraph)


def _unwrap_galleries(root: HtmlElement) -> None:
    """A figure holding several pictures (a gallery) becomes the pictures' figures one after another,
    its caption a paragraph after them."""
    for outer in list(root.iter("figure")):
        if outer.get("data-image") or outer.get("data-embed") or outer.getparent() is None:
            continue
        if not any(child.tag == "figure" and child.get("data-image") for child in outer):
            continue
        for caption in outer.findall("figcaption"):
            if _has_text(caption):
                caption.tag, caption.tail = "p", None
                caption.attrib.clear()
                outer.append(caption)  # after the pictures
            else:
                caption.drop_tree()
        outer.drop_tag()


def _drop_repeats(root: HtmlElement) -> None:
    """The same picture twice in a row (a resized copy beside its original) is shown once, unless
    the second has a caption of its own."""
    for figure in list(root.iter("figure")):
        before = figure.getprevious()
        if (
            figure.get("data-image")
            and before is not None
            and before.tag == "figure"
            and before.get("data-image") == figure.get("data-image")
            and not (before.tail or "").strip()
            and not _has_text(figure)
        ):
            figure.drop_tree()
