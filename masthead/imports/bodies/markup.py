"""Another platform's HTML, rewritten into the body markup a story stores.

Blogger and Ghost both hand over HTML written for their own pages: `<div>` lines and `<br>`
runs for paragraphs, pictures wrapped in links and tables, players as `<iframe>`. `Converter`
walks that HTML once and writes what `core.html.sanitize_html` keeps: paragraphs, headings,
lists, quotes, tables, links, `<figure><img></figure>` for pictures and `core.embeds` elements
for players. A platform's quirks are hooks on a subclass (`replace`, `image_src`).

The fragment is parsed by `htmltree.parse_fragment` (tolerant, depth-capped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html import escape
from urllib.parse import parse_qs, urlsplit

from masthead.core.embeds import embed_markup
from masthead.imports.bodies.htmltree import Node, parse_fragment


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Elements whose content is never part of the story.
DROPPED = _names(
    "script style noscript template form input button select textarea svg math head title meta "
    "link canvas map area source track"
)
INLINE = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "u": "u", "s": "s", "strike": "s"}
INLINE |= {"del": "s", "sub": "sub", "sup": "sup", "code": "code", "tt": "code", "kbd": "code"}
HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
# Containers whose start and end break a line (as a browser shows them).
LINES = _names(
    "div center section article header footer main aside nav address details summary dl dt dd "
    "fieldset hgroup figure table thead tbody tfoot tr td th caption"
)
_SPACES = re.compile(r"[ \t\n\r\f]+")
_YOUTUBE_ID = re.compile(r"^/(?:embed|v)/([\w-]{6,})")


def picture(src: str, alt: str = "", caption: str = "") -> str:
    """The stored markup of one picture; `caption` is markup already."""
    figcaption = f"<figcaption>{caption}</figcaption>" if caption.strip() else ""
    return f'<figure><img src="{escape(src)}" alt="{escape(alt)}">{figcaption}</figure>'


def card(url: str, title: str = "") -> str:
    """An embed (allowed providers) or a link card for an address; one on the site itself may be
    relative (no site address was given), and stays a link."""
    url = url.strip()
    if url.startswith("/") and not url.startswith("//"):
        return f'<p><a href="{escape(url)}">{escape(title.strip() or url)}</a></p>'
    return embed_markup(url, title)


def youtube_watch_url(url: str) -> str:
    """A YouTube player address (/embed/ID, /v/ID) as the watch address an embed stores; else ""."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    if host not in ("youtube.com", "youtube-nocookie.com", "m.youtube.com"):
        return ""
    match = _YOUTUBE_ID.match(parts.path)
    video = match.group(1) if match else (parse_qs(parts.query).get("v") or [""])[0]
    return f"https://www.youtube.com/watch?v={video}" if video else ""


class _Flow:
    """Inline content being written, split into paragraphs by runs of two line breaks.

    Inline elements stay open across a split: they are closed at the end of one paragraph and
    opened again when the next one gets content. In `single` mode (a heading, a list item, a
    table cell) nothing is split and breaks stay `<br>`.
    """

    def __init__(self, emit: Callable[[str], None], *, single: bool = False) -> None:
        self.emit = emit
        self.single = single
        self.parts: list[str] = []
        self.stack: list[tuple[str, str]] = []  # (tag, opening markup) of open inline elements
        self.written = 0  # how many of `stack` are opened in `parts`
        self.has_content = False
        self.breaks = 0  # line breaks seen since the last content
        self.space = False  # a space is due before the next content
        self.line = False  # the current line holds something (content or a no-break space)

    def text(self, text: str) -> None:
        text = _SPACES.sub(" ", text)
        if not text.strip(" \xa0"):
            # A line holding only a no-break space is how Blogger writes an empty line.
            self.line = self.line or "\xa0" in text
            self.space = self.space or (bool(text) and self.has_content)
            return
        if text.startswith(" "):
            self.space = self.space or self.has_content
        self._content()
        self.parts.append(escape(text.strip(" "), quote=False))
        self.space = text.endswith(" ")

    def open(self, tag: str, markup: str) -> None:
        self.stack.append((tag, markup))

    def close(self) -> None:
        tag, _markup = self.stack.pop()
        if self.written > len(self.stack):
            self.parts.append(f"</{tag}>")
            self.written -= 1

    def br(self) -> None:
        if self.has_content:
            self.breaks += 1
        self.line = False

    def line_end(self) -> None:
        """A block boundary inside the flow: the current line, if it holds anything, ends here."""
        if self.has_content and self.line:
            self.breaks += 1
        self.line = False

    def paragraph_end(self) -> None:
        if self.single:
            self.line_end()
        else:
            self.flush()

    def block(self, markup: str) -> None:
        """A block (a figure, a list, a heading) between paragraphs, or inline in `single` mode."""
        if not markup:
            return
        if not self.single:
            self.flush()
            self.emit(markup)
            return
        self._close_written()
        self.parts.append(markup)
        self.has_content = True
        self.breaks = 0
        self.space = self.line = False

    def flush(self) -> None:
        if self.has_content:
            self._close_written()
            self.emit("".join(self.parts) if self.single else f"<p>{''.join(self.parts)}</p>")
        self.parts, self.written, self.has_content, self.breaks = [], 0, False, 0
        self.space = self.line = False

    def _content(self) -> None:
        if self.breaks and self.has_content:
            if self.breaks >= 2 and not self.single:
                self.flush()
            else:
                self.parts.append("<br>")
                self.space = False
        self.breaks = 0
        if self.space and self.has_content:
            self.parts.append(" ")
        self.space = False
        for _tag, markup in self.stack[self.written :]:
            self.parts.append(markup)
        self.written = len(self.stack)
        self.has_content = self.line = True

    def _close_written(self) -> None:
        for tag, _markup in reversed(self.stack[: self.written]):
            self.parts.append(f"</{tag}>")
        self.written = 0


class Converter:
    """Writes an HTML fragment as story markup; subclasses add a platform's own shapes."""

    def __init__(self, *, site_url: str = "") -> None:
        self.site_url = site_url.rstrip("/")

    def convert(self, html: str) -> str:
        return self.blocks(parse_fragment(html).children)

    # Hooks -------------------------------------------------------------------------------

    def replace(self, node: Node) -> str | None:
        """The markup that stands for `node` and everything in it, or None to walk it as usual."""
        return None

    def image_src(self, img: Node, link: str) -> str:
        """The address to keep for a picture; `link` is the address of a link around it, if any."""
        return self.absolute(img.get("src") or img.get("data-src"))

    # Pieces ------------------------------------------------------------------------------

    def absolute(self, url: str) -> str:
        url = (url or "").strip()
        if url.startswith("//"):
            return "https:" + url
        if url.startswith("/") and self.site_url:
            return self.site_url + url
        return url

    def blocks(self, children: Iterable[Node | str]) -> str:
        out: list[str] = []
        flow = _Flow(out.append)
        for child in children:
            self.walk(child, flow)
        flow.flush()
        return "".join(out)

    def inline(self, children: Iterable[Node | str]) -> str:
        out: list[str] = []
        flow = _Flow(out.append, single=True)
        for child in children:
            self.walk(child, flow)
        flow.flush()
        return "".join(out)

    def picture_of(self, img: Node, *, link: str = "", caption: str = "") -> str:
        src = self.image_src(img, link)
        if not src or src.startswith("data:") or (img.get("width") == "1" and img.get("height") == "1"):
            return ""  # inline data and tracking pixels are not pictures
        return picture(src, img.get("alt"), caption)

    def embed_of(self, node: Node) -> str:
        """The embed (or link card) for a player element: <iframe>, <object>, <embed>, <video>, <audio>."""
        src = node.get("src") or node.get("data-src") or node.get("data")
        if node.tag == "object":
            params = (p for p in node.iter() if p.tag == "param" and p.get("name").lower() == "movie")
            movie = next(params, None)
            inner = node.find("embed")
            src = (movie.get("value") if movie else "") or (inner.get("src") if inner else "") or src
        if node.tag in ("video", "audio") and not src:
            source = node.find("source")
            src = source.get("src") if source else ""
        src = self.absolute(src)
        return card(youtube_watch_url(src) or src, node.get("title"))

    def walk(self, node: Node | str, flow: _Flow) -> None:
        if isinstance(node, str):
            flow.text(node)
            return
        replacement = self.replace(node)
        if replacement is not None:
            flow.block(replacement)
            return
        tag = node.tag
        if tag in DROPPED:
            return
        if tag == "br":
            flow.br()
        elif tag == "img":
            flow.block(self.picture_of(node))
        elif tag == "a":
            self._link(node, flow)
        elif tag in INLINE:
            flow.open(INLINE[tag], f"<{INLINE[tag]}>")
            self._children(node, flow)
            flow.close()
        elif tag in HEADINGS:
            inner = self.inline(node.children)
            flow.block(f"<{HEADINGS[tag]}>{inner}</{HEADINGS[tag]}>" if inner else "")
        elif tag == "p":
            flow.paragraph_end()
            self._children(node, flow)
            flow.paragraph_end()
        elif tag in ("ul", "ol"):
            flow.block(self._list(node))
        elif tag == "blockquote":
            inner = self.blocks(node.children)
            flow.block(f"<blockquote>{inner}</blockquote>" if inner else "")
        elif tag == "pre":
            text = node.text().strip("\n")
            flow.block(f"<pre>{escape(text, quote=False)}</pre>" if text.strip() else "")
        elif tag == "hr":
            flow.block("<hr>")
        elif tag in ("iframe", "object", "embed", "video", "audio"):
            flow.block(self.embed_of(node))
        elif tag == "figure":
            self._figure(node, flow)
        elif tag == "table" and not any(n.tag in ("img", "iframe", "object") for n in node.iter()):
            flow.block(self._table(node))
        elif tag in LINES:  # layout tables (pictures inside) read as lines too
            flow.line_end()
            self._children(node, flow)
            flow.line_end()
        else:  # <span>, <font> and the like: their content only
            self._children(node, flow)

    def _children(self, node: Node, flow: _Flow) -> None:
        for child in node.children:
            self.walk(child, flow)

    def _link(self, node: Node, flow: _Flow) -> None:
        href = self.absolute(node.get("href"))
        images = [n for n in node.iter() if n.tag == "img"]
        if images and not node.text().strip():
            for img in images:  # a picture wrapped in a link: the picture is what counts
                flow.block(self.picture_of(img, link=href))
            return
        if not href or href.startswith(("#", "javascript:")):
            self._children(node, flow)
            return
        flow.open("a", f'<a href="{escape(href)}">')
        self._children(node, flow)
        flow.close()

    def _figure(self, node: Node, flow: _Flow) -> None:
        caption_node = node.find("figcaption")
        caption = self.inline(caption_node.children) if caption_node else ""
        if node.get("data-embed") and (link := node.find("a")):
            flow.block(card(link.get("href"), link.text()))
            return
        images = [n for n in node.iter() if n.tag == "img"]
        players = [n for n in node.iter() if n.tag in ("iframe", "object", "video", "audio")]
        if images:
            for index, img in enumerate(images):
                link = next((a.get("href") for a in node.iter() if a.tag == "a" and img in a.iter()), "")
                last = index == len(images) - 1
                flow.block(self.picture_of(img, link=self.absolute(link), caption=caption if last else ""))
        elif players:
            for player in players:
                flow.block(self.embed_of(player))
            flow.block(f"<p>{caption}</p>" if caption else "")
        else:
            flow.line_end()
            for child in node.children:
                if child is not caption_node:
                    self.walk(child, flow)
            flow.line_end()
            flow.block(f"<p>{caption}</p>" if caption else "")

    def _list(self, node: Node) -> str:
        items: list[str] = []
        loose: list[Node | str] = []  # content outside any <li> (bad HTML): an item of its own
        for child in node.children:
            if isinstance(child, Node) and child.tag == "li":
                if inner := self.inline(loose):
                    items.append(f"<li>{inner}</li>")
                loose = []
                if inner := self.inline(child.children):
                    items.append(f"<li>{inner}</li>")
            else:
                loose.append(child)
        if inner := self.inline(loose):
            items.append(f"<li>{inner}</li>")
        if not items:
            return ""
        start = node.get("start")
        attrs = f' start="{start}"' if node.tag == "ol" and start.isdigit() and start != "1" else ""
        return f"<{node.tag}{attrs}>{''.join(items)}</{node.tag}>"

    def _table(self, node: Node) -> str:
        rows: list[str] = []
        for row in node.iter():
            if row.tag != "tr":
                continue
            cells: list[str] = []
            for cell in row.children:
                if isinstance(cell, Node) and cell.tag in ("td", "th"):
                    spans = "".join(
                        f' {name}="{cell.get(name)}"'
                        for name in ("colspan", "rowspan")
                        if cell.get(name).isdigit()
                    )
                    cells.append(f"<{cell.tag}{spans}>{self.inline(cell.children)}</{cell.tag}>")
            if cells:
                rows.append(f"<tr>{''.join(cells)}</tr>")
        return f"<table><tbody>{''.join(rows)}</tbody></table>" if rows else ""
