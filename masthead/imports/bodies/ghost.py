"""Ghost post bodies as story markup.

A Ghost export usually holds each post's rendered `html`; it is used first, as readers saw it,
with Ghost's cards (`kg-*-card` elements: embeds, bookmarks, galleries, players, callouts)
rewritten into pictures, embeds and link cards. A post without `html` is rendered from its
editor document: `lexical` (Ghost 5 on) or `mobiledoc` (Ghost 1 to 4), both walked node by
node here, then the same rewriting applies. Cards that only make sense on Ghost (sign-up
forms, paywall markers, e-mail-only content) are left out.

Markdown cards are kept as their text in paragraphs: no Markdown library is a dependency.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from masthead.imports.bodies.markup import Converter, Node, card, picture

GHOST_URL = "__GHOST_URL__"  # what Ghost writes for the site's own address in stored content
# Lexical's text format bits, in the order the tags are nested.
TEXT_FORMATS = ((1, "strong"), (2, "em"), (4, "s"), (8, "u"), (16, "code"), (32, "sub"), (64, "sup"))
MOBILEDOC_MARKUPS = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "u": "u", "s": "s"}
MOBILEDOC_MARKUPS |= {"sub": "sub", "sup": "sup", "code": "code"}
# Mobiledoc card names that differ from the Lexical node types with the same payload.
MOBILEDOC_CARDS = {"hr": "horizontalrule", "code": "codeblock", "card-markdown": "markdown"}
LEFT_OUT = frozenset({"paywall", "signup", "email", "email-cta", "kg-signup-card", "kg-cta-card"})
_FIRST_P = re.compile(r"^\s*<p\b[^>]*>", re.I)


class GhostConverter(Converter):
    """Ghost's rendered HTML: cards become pictures, embeds and link cards."""

    def replace(self, node: Node) -> str | None:
        classes = node.classes
        if classes & LEFT_OUT or node.tag == "form":
            return ""
        if "kg-embed-card" in classes:
            return self._embed_card(node)
        if "kg-bookmark-card" in classes:
            link = node.find("a")
            title = node.find(css_class="kg-bookmark-title")
            href = self.absolute(link.get("href")) if link else ""
            return card(href, title.text() if title else "") + self._caption(node)
        if "kg-gallery-card" in classes:
            caption = self._caption_markup(node)
            images = [n for n in node.iter() if n.tag == "img"]
            return "".join(
                self.picture_of(img, caption=caption if i == len(images) - 1 else "")
                for i, img in enumerate(images)
            )
        if classes & {"kg-video-card", "kg-audio-card"}:
            player = node.find("video") or node.find("audio")
            title = node.find(css_class="kg-audio-title")
            if player is None:
                return None
            src = self.absolute(player.get("src") or (player.find("source") or Node("")).get("src"))
            return card(src, title.text() if title else "") + self._caption(node)
        if "kg-file-card" in classes:
            link = node.find("a")
            title = node.find(css_class="kg-file-card-title") or node.find(css_class="kg-file-card-filename")
            return card(self.absolute(link.get("href")), title.text() if title else "") if link else ""
        if "kg-callout-card" in classes:
            emoji = node.find(css_class="kg-callout-emoji")
            text = node.find(css_class="kg-callout-text")
            return self.blocks([emoji.text() + " " if emoji else "", *(text.children if text else [])])
        return None

    def _embed_card(self, node: Node) -> str | None:
        player = next((n for n in node.iter() if n.tag in ("iframe", "video", "object")), None)
        if player is not None:
            return self.embed_of(player) + self._caption(node)
        quote = node.find("blockquote")  # X and Instagram give a quote whose last link is the post
        links = [a.get("href") for a in (quote or node).iter() if a.tag == "a" and a.get("href")]
        return card(self.absolute(links[-1])) + self._caption(node) if links else None

    def _caption_markup(self, node: Node) -> str:
        caption = node.find("figcaption")
        return self.inline(caption.children) if caption else ""

    def _caption(self, node: Node) -> str:
        caption = self._caption_markup(node)
        return f"<p>{caption}</p>" if caption else ""


def convert_body(
    *, html: str = "", lexical: str = "", mobiledoc: str = "", markdown: str = "", site_url: str = ""
) -> str:
    """A Ghost post's body as story markup: its `html`, else `lexical`, `mobiledoc` or `markdown`.

    `__GHOST_URL__` becomes `site_url` ("" leaves addresses relative to the site).
    """
    site_url = site_url.rstrip("/")
    in_json = json.dumps(site_url)[1:-1]  # the address as it goes inside a JSON string
    source = html.replace(GHOST_URL, site_url)
    documents = (
        (lexical.replace(GHOST_URL, in_json), lexical_html),
        (mobiledoc.replace(GHOST_URL, in_json), mobiledoc_html),
        (markdown, markdown_html),
    )
    for document, render in documents:
        if source.strip():
            break
        if document:
            try:
                source = render(document)
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
                continue  # a damaged document: the next one, if any
    return GhostConverter(site_url=site_url).convert(source)


def markdown_html(text: str) -> str:
    """Markdown kept as its text: a paragraph per blank-line-separated block, lines kept."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text or "")]
    return "".join(f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks if block)


def lexical_html(document: str | dict[str, Any]) -> str:
    """HTML for a Lexical document (the JSON Ghost stores in `lexical`)."""
    data = json.loads(document) if isinstance(document, str) else document
    return "".join(_node(child) for child in data["root"].get("children") or [])


def mobiledoc_html(document: str | dict[str, Any]) -> str:
    """HTML for a Mobiledoc document (the JSON Ghost 1 to 4 stored in `mobiledoc`)."""
    doc = json.loads(document) if isinstance(document, str) else document
    markups, atoms, cards = doc.get("markups") or [], doc.get("atoms") or [], doc.get("cards") or []
    out = []
    for section in doc.get("sections") or []:
        kind = section[0]
        if kind == 1:  # markup section: [1, tag, markers]
            tag = str(section[1]).lower()
            tag = {"aside": "blockquote", "pull-quote": "blockquote"}.get(tag, tag)
            inner = _markers(section[2], markups, atoms)
            out.append(
                f"<{tag}>{inner}</{tag}>" if tag in ("p", "blockquote", *_HEADINGS) else f"<p>{inner}</p>"
            )
        elif kind == 2:  # image section: [2, src]
            out.append(picture(section[1]))
        elif kind == 3:  # list section: [3, tag, [markers, …]]
            tag = "ol" if str(section[1]).lower() == "ol" else "ul"
            items = "".join(f"<li>{_markers(item, markups, atoms)}</li>" for item in section[2])
            out.append(f"<{tag}>{items}</{tag}>")
        elif kind == 10:  # card section: [10, card index]
            name, payload = cards[section[1]]
            out.append(_node({**(payload or {}), "type": MOBILEDOC_CARDS.get(name, name)}))
    return "".join(out)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _markers(markers: list[Any], markups: list[Any], atoms: list[Any]) -> str:
    parts: list[str] = []
    open_tags: list[str] = []
    for kind, opened, closed, value in markers:
        for index in opened:
            name, *rest = markups[index]
            attrs = rest[0] if rest else []
            if str(name).lower() == "a":
                href = dict(zip(attrs[::2], attrs[1::2], strict=False)).get("href", "")
                parts.append(f'<a href="{escape(href)}">')
                open_tags.append("a")
            else:
                tag = MOBILEDOC_MARKUPS.get(str(name).lower(), "span")
                parts.append(f"<{tag}>")
                open_tags.append(tag)
        if kind == 0:
            parts.append(escape(str(value)))
        else:  # an atom: [name, text, payload]
            name, text, _payload = atoms[value]
            parts.append("<br>" if name == "soft-return" else escape(str(text)))
        for _ in range(min(closed, len(open_tags))):
            parts.append(f"</{open_tags.pop()}>")
    parts.extend(f"</{tag}>" for tag in reversed(open_tags))
    return "".join(parts)


def _text(node: dict[str, Any]) -> str:
    text = escape(str(node.get("text") or ""))
    fmt = node.get("format") if isinstance(node.get("format"), int) else 0
    for bit, tag in TEXT_FORMATS:
        if fmt & bit:
            text = f"<{tag}>{text}</{tag}>"
    return text


def _node(node: dict[str, Any]) -> str:
    kind = str(node.get("type") or "")
    children = "".join(_node(child) for child in node.get("children") or [])
    caption = str(node.get("caption") or "")
    if kind in LEFT_OUT:
        return ""
    if kind in ("text", "extended-text", "tk"):
        return _text(node) if "text" in node else children
    if kind == "linebreak":
        return "<br>"
    if kind == "tab":
        return " "
    if kind in ("link", "autolink", "at-link"):
        url = str(node.get("url") or "")
        return f'<a href="{escape(url)}">{children or escape(url)}</a>'
    if kind in ("paragraph", "extended-paragraph"):
        return f"<p>{children}</p>"
    if kind in ("heading", "extended-heading"):
        tag = str(node.get("tag") or "h2").lower()
        tag = tag if tag in _HEADINGS else "h2"
        return f"<{tag}>{children}</{tag}>"
    if kind in ("quote", "extended-quote", "aside"):
        return f"<blockquote><p>{children}</p></blockquote>"
    if kind == "list":
        tag = "ol" if node.get("listType") == "number" or node.get("tag") == "ol" else "ul"
        return f"<{tag}>{children}</{tag}>"
    if kind == "listitem":
        return f"<li>{children}</li>"
    if kind == "horizontalrule":
        return "<hr>"
    if kind == "image":
        return picture(str(node.get("src") or ""), str(node.get("alt") or ""), caption)
    if kind == "gallery":
        images = [image for image in node.get("images") or [] if image.get("src")]
        return "".join(
            picture(image["src"], image.get("alt") or "", caption if index == len(images) - 1 else "")
            for index, image in enumerate(images)
        )
    if kind in ("embed", "bookmark"):
        url = str(node.get("url") or "")
        title = str((node.get("metadata") or {}).get("title") or "")
        markup = card(url, title) if url else str(node.get("html") or "")
        return markup + (f"<p>{caption}</p>" if caption else "")
    if kind == "html":
        return str(node.get("html") or "")
    if kind == "markdown":
        return markdown_html(str(node.get("markdown") or ""))
    if kind == "codeblock":
        code = f"<pre>{escape(str(node.get('code') or ''), quote=False)}</pre>"
        return code + (f"<p>{caption}</p>" if caption else "")
    if kind == "callout":
        emoji, text = escape(str(node.get("calloutEmoji") or "")), str(node.get("calloutText") or "")
        if not _FIRST_P.match(text):
            text = f"<p>{text}</p>"
        return _FIRST_P.sub(lambda m: m.group(0) + (emoji + " " if emoji else ""), text, count=1)
    if kind == "toggle":
        return f"<h4>{node.get('heading') or ''}</h4>{node.get('content') or ''}"
    if kind == "button":
        return _button(node.get("buttonUrl"), node.get("buttonText"))
    if kind in ("video", "audio", "file"):
        title = node.get("title") or node.get("fileTitle") or node.get("fileName") or ""
        note = caption or str(node.get("fileCaption") or "")
        return card(str(node.get("src") or ""), str(title)) + (f"<p>{note}</p>" if note else "")
    if kind == "header":
        text = f"<h2>{node.get('header') or ''}</h2><p>{node.get('subheader') or ''}</p>"
        return text + (
            _button(node.get("buttonUrl"), node.get("buttonText")) if node.get("buttonEnabled") else ""
        )
    if kind == "product":
        image = picture(str(node["productImageSrc"])) if node.get("productImageSrc") else ""
        text = f"<h3>{node.get('productTitle') or ''}</h3>{image}{node.get('productDescription') or ''}"
        button = node.get("productButtonEnabled") and _button(
            node.get("productUrl"), node.get("productButton")
        )
        return text + (button or "")
    if kind == "call-to-action":
        text = str(node.get("textValue") or "")
        return text + (
            _button(node.get("buttonUrl"), node.get("buttonText")) if node.get("showButton") else ""
        )
    return children  # a node of a type unknown here: its text, if it has any


def _button(url: Any, text: Any) -> str:
    url, text = str(url or ""), str(text or "")
    return f'<p><a href="{escape(url)}">{escape(text or url)}</a></p>' if url else ""
