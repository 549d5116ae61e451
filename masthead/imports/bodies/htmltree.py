"""HTML fragments from other platforms as a small tree, however broken the HTML.

The standard library's tolerant parser does the reading (no lxml at run time); this closes
what browsers close implicitly (a `<p>` at the next block, an `<li>` at the next item) and caps
the depth, so that hostile nesting cannot exhaust the stack of whatever walks the tree.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta"})
VOID |= {"param", "source", "track", "wbr"}
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "center", "details", "div", "dl"})
_BLOCKS |= {"fieldset", "figcaption", "figure", "footer", "header", "hgroup", "hr", "main", "nav"}
_BLOCKS |= {"ol", "p", "pre", "section", "table", "ul", "h1", "h2", "h3", "h4", "h5", "h6"}
MAX_DEPTH = 120  # deeper elements are flattened into their ancestor


@dataclass(eq=False)
class Node:
    """An element of a parsed fragment; text children are plain strings."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def get(self, name: str) -> str:
        return (self.attrs.get(name) or "").strip()

    @property
    def classes(self) -> set[str]:
        return set(self.get("class").split())

    def iter(self) -> Iterator[Node]:
        """This element and every element inside it, in document order."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed([c for c in node.children if isinstance(c, Node)]))

    def find(self, tag: str = "", css_class: str = "") -> Node | None:
        for node in self.iter():
            if (not tag or node.tag == tag) and (not css_class or css_class in node.classes):
                return node
        return None

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_implied(tag)
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        depth = len(self.stack)
        self.handle_starttag(tag, attrs)
        del self.stack[depth:]  # <div/> opens nothing

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read a stray </br> as <br>
            self.stack[-1].children.append(Node("br"))
            return
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _close_implied(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._pop("p", stop={"td", "th", "li", "blockquote", "figure", "button", "table"})
        if tag == "li":
            self._pop("li", stop={"ul", "ol"})
        elif tag in ("dt", "dd"):
            self._pop("dt", "dd", stop={"dl"})
        elif tag in ("td", "th"):
            self._pop("td", "th", stop={"tr", "table"})
        elif tag == "tr":
            self._pop("tr", stop={"table"})

    def _pop(self, *tags: str, stop: set[str]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag in tags:
                del self.stack[index:]
                return
            if self.stack[index].tag in stop:
                return


def parse_fragment(html: str) -> Node:
    """The elements of an HTML fragment under one root node (never raises on bad HTML)."""
    builder = _Builder()
    builder.feed(html or "")
    builder.close()
    return builder.root
