"""A WordPress post's stored content turned into the markup Masthead stores.

WordPress keeps a post as its editor wrote it, not as readers saw it: the block editor's
comments around every block, the classic editor's text without paragraph tags (WordPress adds
them on display, "wpautop"), and shortcodes that plugins expand on display. This does the same
expansion once, for good: blocks lose their comments and keep their content, paragraphs get
their tags, pictures become figures, embeds become Masthead's embed element (or a plain link),
and addresses relative to the old site become absolute. It converts, it does not clean:
`core.html.sanitize_html` runs on every saved body anyway.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from html import escape, unescape
from pathlib import PurePosixPath
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from masthead.core.embeds import embed_markup
from masthead.imports.bodies.autop import NONCHARACTERS, autop
from masthead.imports.bodies.shortcodes import SHORTCODE, shortcode_attrs
from masthead.imports.records import Picture

__all__ = ["convert_body"]

# Markers for what is set aside while the rest is rewritten: Unicode noncharacters, dropped
# from the input (`NONCHARACTERS`) so that the markers are ours.
_KEEP = re.compile(r"\ufdd0(\d+)\ufdd1")  # an embed, until the end
_MORE = re.compile(r"<!--\s*(?:more|nextpage|noteaser)\b[^>]*?-->", re.I)
_BLOCK = re.compile(r"<!--\s+(/)?wp:([a-z][a-z0-9_-]*/)?([a-z][a-z0-9_-]*)\s+(\{.*?\}\s+)?(/)?-->", re.S)
_OWN_LINE_URL = re.compile(r"^[ \t]*(https?://[^\s<>\"]+)[ \t]*$", re.M)
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S | re.I)
_HTML_ATTR = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_IMG = re.compile(r"<img\b([^>]*)>", re.I)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(.*?)</figcaption>", re.S | re.I)
_FIGURE = re.compile(r"<figure\b[^>]*>(.*?)</figure>", re.S | re.I)
_IFRAME = re.compile(r"<iframe\b([^>]*)>(?:(?:(?!<iframe\b).)*?</iframe>)?", re.S | re.I)
_MEDIA_FIGURE = re.compile(
    r"<figure\b[^>]*>\s*<(video|audio)\b([^>]*)>(.*?)</\1>\s*(?:<figcaption\b[^>]*>(.*?)</figcaption>\s*)?</figure>",
    re.S | re.I,
)
_MEDIA = re.compile(r"<(video|audio)\b([^>]*)>(.*?)</\1>", re.S | re.I)
_SOURCE = re.compile(r"<source\b([^>]*)>", re.I)
_SOCIAL = re.compile(
    r"<blockquote\b([^>]*\bclass=[\"'][^\"']*\b(?:twitter-tweet|instagram-media|tiktok-embed)\b[^>]*)>(.*?)</blockquote>",
    re.S | re.I,
)
_LINKED_IMG = re.compile(r"<a\b([^>]*)>\s*(<img\b[^>]*>)\s*</a>", re.I)
_URL_PARAGRAPH = re.compile(r"<p>\s*(https?://[^\s<>\"]+)\s*</p>")
_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_URL_ATTR = re.compile(r"""(\s(?:href|src)\s*=\s*)(["'])(.*?)\2""", re.I)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)(?:\?.*)?$", re.I)
_STATUS_LINK = re.compile(
    r"href=[\"'](https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+)", re.I
)

# Shortcodes of embedding plugins (Jetpack's and others'): [youtube URL], [tweet URL], [vimeo 123]…
_EMBED_SHORTCODES = {
    "youtube": "https://www.youtube.com/watch?v={}",
    "vimeo": "https://vimeo.com/{}",
    "tweet": "https://twitter.com/i/status/{}",
    "twitter": "https://twitter.com/i/status/{}",
    "instagram": "https://www.instagram.com/p/{}/",
    "soundcloud": "",
    "spotify": "",
    "facebook": "",
    "tiktok": "",
    "googlemaps": "",
    "dailymotion": "https://www.dailymotion.com/video/{}",
}
_VIDEO_KEYS = ("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mov")
_AUDIO_KEYS = ("src", "mp3", "m4a", "ogg", "oga", "wav", "wma", "flac")


def convert_body(
    html: str,
    *,
    site_url: str,
    pictures: Mapping[str, Picture] | None = None,
    parent: str = "",
    unknown: Counter[str] | None = None,
) -> str:
    """`html` as WordPress stored it (content:encoded), as Masthead's body markup.

    `pictures` (the export's attachments by id) fill in `[gallery]`; `parent` is the post's id,
    for a `[gallery]` without ids (all the post's own attachments). The names of shortcodes no
    one knows are counted into `unknown`; their brackets go, their content stays.
    """
    kept: list[str] = []

    def keep(markup: str) -> str:
        kept.append(markup)
        return f"\n\n\ufdd0{len(kept) - 1}\ufdd1\n\n"

    convert = _Converter(site_url.rstrip("/") + "/", pictures or {}, parent, unknown, keep)
    text = _MORE.sub("", html.translate(NONCHARACTERS).replace("\r\n", "\n").replace("\r", "\n"))
    text = convert.blocks(text) if _BLOCK.search(text) else convert.classic(text)
    text = convert.markup(text)
    text = _URL_PARAGRAPH.sub(lambda m: keep(embed_markup(unescape(m.group(1)))).strip(), text)

    def restore(match: re.Match[str]) -> str:
        return kept[int(match.group(1))]

    text = re.sub(r"<p>\s*(\ufdd0\d+\ufdd1)\s*</p>", lambda m: _KEEP.sub(restore, m.group(1)), text)
    text = re.sub(r"<p>\s*</p>", "", _KEEP.sub(restore, text))
    parts = _PRE.split(text)  # blank lines left where block comments were, but not inside <pre>
    parts[::2] = [re.sub(r"\n\s*\n\s*", "\n", part) for part in parts[::2]]
    return "".join(parts).strip()


class _Converter:
    def __init__(
        self,
        base: str,
        pictures: Mapping[str, Picture],
        parent: str,
        unknown: Counter[str] | None,
        keep: Callable[[str], str],
    ) -> None:
        self.base = base
        self.pictures = pictures
        self.parent = parent
        self.unknown = unknown if unknown is not None else Counter()
        self.keep = keep

    # Blocks ---------------------------------------------------------------------------------
    def blocks(self, text: str) -> str:
        """Block editor content: comments out, content kept; text between blocks is classic."""
        out: list[str] = []
        pos = depth = 0
        while match := _BLOCK.search(text, pos):
            between = text[pos : match.start()]
            out.append(self.shortcodes(between) if depth else self.classic(between))
            pos = match.end()
            closer, namespace, name, attrs, void = match.groups()
            full = (namespace or "core/") + name
            if closer:
                depth = max(0, depth - 1)
                continue
            embed = full == "core/embed" or full.startswith("core-embed/")
            if void:
                out.append(self._embed_block(_json(attrs), "") if embed else "")
                continue
            if embed or full == "core/gallery":
                closing = re.compile(rf"<!--\s+/wp:{re.escape(namespace or '')}{name}\s+-->").search(
                    text, pos
                )
                inner = text[pos : closing.start() if closing else len(text)]
                pos = closing.end() if closing else len(text)
                inner = _BLOCK.sub("", inner)
                out.append(self._embed_block(_json(attrs), inner) if embed else self._gallery_html(inner))
                continue
            depth += 1
        tail = text[pos:]
        out.append(self.shortcodes(tail) if depth else self.classic(tail))
        return "".join(out)

    def _embed_block(self, attrs: dict, inner: str) -> str:
        url = attrs.get("url") if isinstance(attrs.get("url"), str) else ""
        if not url:
            found = re.search(r"https?://[^\s<>\"]+", re.sub(r"<[^>]*>", " ", inner))
            url = unescape(found.group(0)) if found else ""
        return self.keep(embed_markup(url)) if url else ""

    def _gallery_html(self, inner: str) -> str:
        inner = re.sub(
            r"<figcaption\b[^>]*blocks-gallery-caption[^>]*>(.*?)</figcaption>", r"<p>\1</p>", inner
        )
        note = "".join(re.findall(r"<p>.*?</p>", inner, re.S))
        return "\n\n" + "".join(_figure(img, caption) for img, caption in _pictures_in(inner)) + note + "\n\n"

    # Classic editor ------------------------------------------------------------------------------
    def classic(self, text: str) -> str:
        if not text.strip():
            return text
        parts = _PRE.split(text)
        for index in range(0, len(parts), 2):  # an address alone on its line, but not in <pre>
            parts[index] = _OWN_LINE_URL.sub(r"\n\n\1\n\n", parts[index])
        return autop(self.shortcodes("".join(parts)))

    # Shortcodes -----------------------------------------------------------------------------------
    def shortcodes(self, text: str) -> str:
        out: list[str] = []
        pos = 0
        while match := SHORTCODE.search(text, pos):
            out.append(text[pos : match.start()])
            pos = match.end()
            escaped, name, raw_attrs, closed, extra = match.groups()
            lower = name.lower()
            if escaped and extra:  # [[name]] is how a writer shows a shortcode as text
                out.append(match.group(0)[1:-1])
                continue
            if escaped:  # a stray "[" before a shortcode: keep it, read the shortcode after it
                out.append("[")
                pos = match.start() + 1
                continue
            if extra:  # "[name]]": the second "]" is text
                pos -= 1
            content = None
            if not closed:
                closing = re.compile(rf"\[/{re.escape(name)}\]", re.IGNORECASE).search(text, pos)
                if closing:
                    content, pos = text[pos : closing.start()], closing.end()
            known = lower in _HANDLED or lower in _EMBED_SHORTCODES
            if not known and content is None and not closed and "=" not in raw_attrs:
                out.append(match.group(0))  # "[sic]", "[Updated]": brackets in prose, not a shortcode
                pos = match.end()
                continue
            out.append(self._shortcode(lower, shortcode_attrs(raw_attrs), content))
        out.append(text[pos:])
        return "".join(out)

    def _shortcode(self, name: str, attrs: dict[str, str], content: str | None) -> str:
        inner = self.shortcodes(content or "")
        if name in ("caption", "wp_caption"):
            return self._caption(attrs, inner)
        if name == "gallery":
            return self._gallery(attrs)
        if name == "embed":
            url = unescape((content or "").strip()) or attrs.get("src", "") or attrs.get("url", "")
            return self.keep(embed_markup(url)) if url else ""
        if name in ("video", "audio"):
            keys = _VIDEO_KEYS if name == "video" else _AUDIO_KEYS
            url = next((attrs[key] for key in keys if attrs.get(key)), "")
            return self.keep(embed_markup(self.absolute(url), _file_name(url))) if url else ""
        if name in _EMBED_SHORTCODES:
            url = self._plugin_embed_url(name, attrs, content or "")
            return self.keep(embed_markup(url)) if url else ""
        self.unknown[name] += 1
        return inner

    def _caption(self, attrs: dict[str, str], inner: str) -> str:
        image = _IMG.search(inner)
        if image is None:
            return inner
        caption = _LINKED_IMG.sub("", inner, count=1) if _LINKED_IMG.search(inner) else inner
        caption = caption.replace(image.group(0), "", 1).strip() or attrs.get("caption", "")
        return "\n\n" + _figure(image.group(0), caption) + "\n\n"

    def _gallery(self, attrs: dict[str, str]) -> str:
        ids = [
            part.strip()
            for part in (attrs.get("ids") or attrs.get("include") or "").split(",")
            if part.strip()
        ]
        if not ids and self.parent:
            excluded = {part.strip() for part in attrs.get("exclude", "").split(",")}
            ids = sorted(
                (key for key, picture in self.pictures.items() if picture.parent == self.parent),
                key=lambda key: (len(key), key),
            )
            ids = [key for key in ids if key not in excluded]
        figures = []
        for key in ids:
            picture = self.pictures.get(key)
            if picture is not None and picture.url:
                img = f'<img src="{escape(picture.url)}" alt="{escape(picture.alt)}">'
                figures.append(_figure(img, escape(picture.caption)))
        return "\n\n" + "".join(figures) + "\n\n" if figures else ""

    def _plugin_embed_url(self, name: str, attrs: dict[str, str], content: str) -> str:
        candidates = [attrs.get(key, "") for key in ("url", "src", "id", "", "0")] + [content.strip()]
        value = unescape(next((c for c in candidates if c), "")).strip().lstrip("=").strip()
        if not value:
            return ""
        if _SCHEME.match(value) or value.startswith("//"):
            return urljoin("https:", value)
        pattern = _EMBED_SHORTCODES[name]
        return pattern.format(value) if pattern and re.fullmatch(r"[\w-]+", value) else ""

    # The markup as a whole ----------------------------------------------------------------------------
    def markup(self, text: str) -> str:
        text = _IFRAME.sub(lambda m: self._iframe(_html_attrs(m.group(1))), text)
        text = _MEDIA_FIGURE.sub(lambda m: self._media(m.group(2), m.group(3), m.group(4) or ""), text)
        text = _MEDIA.sub(lambda m: self._media(m.group(2), m.group(3), ""), text)
        text = _SOCIAL.sub(self._social, text)
        text = _FIGURE.sub(self._figure_content, text)
        text = _TAG.sub(lambda m: _URL_ATTR.sub(self._absolute_attr, m.group(0)), text)
        return _IMG.sub(lambda m: self._img(_html_attrs(m.group(1))), text)

    def absolute(self, url: str) -> str:
        url = url.strip()
        if not url or url.startswith("#") or (_SCHEME.match(url) and not url.startswith("//")):
            return url
        return urljoin("https:" if url.startswith("//") else self.base, url)

    def _absolute_attr(self, match: re.Match[str]) -> str:
        value = escape(self.absolute(unescape(match.group(3))))
        return f"{match.group(1)}{match.group(2)}{value}{match.group(2)}"

    def _img(self, attrs: dict[str, str]) -> str:
        """Only the address and the text: sizes, classes and srcset belong to the old theme."""
        src = attrs.get("src", "")
        if not src or src.startswith("data:"):  # lazy-loading plugins keep the real address aside
            src = attrs.get("data-src") or attrs.get("data-lazy-src") or attrs.get("data-orig-file") or src
        return f'<img src="{escape(self.absolute(src))}" alt="{escape(attrs.get("alt", ""))}">'

    def _iframe(self, attrs: dict[str, str]) -> str:
        src = self.absolute(attrs.get("src") or attrs.get("data-src") or "")
        parts = urlsplit(src)
        host, path = (parts.hostname or "").removeprefix("www."), parts.path
        query = parse_qs(parts.query)
        if host in ("youtube.com", "youtube-nocookie.com") and path.startswith("/embed/"):
            src = f"https://www.youtube.com/watch?v={path.split('/')[2]}"
        elif host == "player.vimeo.com" and path.startswith("/video/"):
            src = f"https://vimeo.com/{path.split('/')[2]}"
        elif host == "open.spotify.com" and path.startswith("/embed/"):
            src = f"https://open.spotify.com/{path.removeprefix('/embed/')}"
        elif host == "instagram.com" and path.rstrip("/").endswith("/embed"):
            src = f"https://www.instagram.com{path.rstrip('/').removesuffix('/embed')}/"
        elif (host == "w.soundcloud.com" and "url" in query) or (host == "facebook.com" and "href" in query):
            src = (query.get("url") or query.get("href") or [""])[0]
        return self.keep(embed_markup(src, attrs.get("title", ""))) if src else ""

    def _media(self, raw_attrs: str, inner: str, caption: str) -> str:
        attrs = _html_attrs(raw_attrs)
        src = attrs.get("src") or next(
            (_html_attrs(m.group(1)).get("src", "") for m in _SOURCE.finditer(inner)), ""
        )
        if not src:
            return ""
        src = self.absolute(src)
        title = unescape(re.sub(r"<[^>]*>", "", caption)).strip() or _file_name(src)
        return self.keep(embed_markup(src, title))

    def _social(self, match: re.Match[str]) -> str:
        attrs = _html_attrs(match.group(1))
        url = attrs.get("data-instgrm-permalink") or attrs.get("cite") or ""
        if not url:
            links = _STATUS_LINK.findall(match.group(2))
            url = unescape(links[-1]) if links else ""
        if not url:
            return match.group(0)
        return self.keep(embed_markup(url.split("?")[0] if "instagram.com" in url else url))

    def _figure_content(self, match: re.Match[str]) -> str:
        inner = match.group(1)
        found = _pictures_in(inner)
        if found:
            return "".join(_figure(img, caption) for img, caption in found)
        # A figure around a table, a pull quote or an embed: keep what it holds.
        return _FIGCAPTION.sub(r"<p>\1</p>", inner)


_HANDLED = frozenset({"caption", "wp_caption", "gallery", "embed", "video", "audio"})


def _figure(img: str, caption: str) -> str:
    caption = caption.strip()
    return (
        f"<figure>{img}<figcaption>{caption}</figcaption></figure>" if caption else f"<figure>{img}</figure>"
    )


def _pictures_in(html: str) -> list[tuple[str, str]]:
    """Each picture in `html` with its caption: the figcaption after it, before the next one."""
    html = _LINKED_IMG.sub(lambda m: m.group(2) if _is_picture_link(m.group(1)) else m.group(0), html)
    images = list(_IMG.finditer(html))
    found = []
    for index, image in enumerate(images):
        end = images[index + 1].start() if index + 1 < len(images) else len(html)
        caption = _FIGCAPTION.search(html, image.end(), end)
        found.append((image.group(0), caption.group(1) if caption else ""))
    return found


def _is_picture_link(raw_attrs: str) -> bool:
    """A link from a picture to its own file or attachment page: nothing a reader needs."""
    href = _html_attrs(raw_attrs).get("href", "")
    return bool(_IMAGE_FILE.search(href) or "attachment_id=" in href or "/attachment/" in href)


def _html_attrs(raw: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for match in _HTML_ATTR.finditer(raw):
        name = match.group(1).lower()
        value = next((g for g in match.group(2, 3, 4) if g is not None), "")
        attrs.setdefault(name, unescape(value))
    return attrs


def _json(raw: str | None) -> dict:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _file_name(url: str) -> str:
    """A media file's name, for its link's text ("" when the address names no file)."""
    name = unquote(PurePosixPath(urlsplit(url).path).name)
    return name if "." in name else ""
