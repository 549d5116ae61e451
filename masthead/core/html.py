"""Server-side HTML sanitizing for rich text: one allow-list, applied on every write path."""

import re
from html import unescape
from urllib.parse import urlsplit

import nh3
from django.conf import settings

from masthead.core.embeds import PROVIDER_KEYS

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "code",
    "pre",
    "img",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
    # A stored picture (`data-image`: the Image's id) or embed (`data-embed`: its provider):
    # <figure data-image="12"><img src="/media/images/…" alt="…" width="800" height="500"></figure>
    "figure": {"data-image", "data-embed"},
    "img": {"src", "alt", "width", "height"},
    # A pull quote: a line of the story repeated large, <blockquote data-pull=""><p>…</p></blockquote>.
    "blockquote": {"data-pull"},
}
_DIGITS = re.compile(r"[0-9]{1,9}")
# nh3 writes every attribute as name="value" with `"` and `>` escaped, so an element is matched exactly.
_IMG_WITHOUT_SRC = re.compile(r'<img(?![^>]*\ssrc=")(?:\s+[\w-]+="[^"]*")*\s*/?>')
# A figure left with nothing in it once its picture was dropped (one pasted from another site).
_EMPTY_FIGURE = re.compile(r'<figure(?:\s[\w-]+="[^"]*")*>\s*</figure>')
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
# Word processors wrap pasted text in these; their content is kept, the wrapper dropped.
_OFFICE_NOISE = re.compile(r"<(o|w|m|v):[^>]*>|</(o|w|m|v):[^>]*>|<!--\[if.*?<!\[endif\]-->", re.S)
_EMPTY_PARAGRAPH = re.compile(r"<p>(\s|&nbsp;|\xa0|<br>)*</p>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|div|tr|td|th|figcaption|pre)>|<br\s*/?>", re.I)
# Google Docs wraps a whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
_GDOCS_WRAPPER = re.compile(r'<b\b[^>]*id="docs-internal-guid[^"]*"[^>]*>(.*)</b>', re.S)


def _image_hosts() -> list[str]:
    hosts = getattr(settings, "MASTHEAD_IMAGE_HOSTS", [])
    return [h.lower().removeprefix("https://").removeprefix("http://").strip("/") for h in hosts]


def is_allowed_image_src(src: str) -> bool:
    """Whether a page may show a picture from `src`: one of ours (under MEDIA_URL), or from a host
    listed in MASTHEAD_IMAGE_HOSTS (over HTTPS; "*.example.com" for any of its subdomains)."""
    src = src.strip()
    if "\\" in src or "/../" in src or src.startswith("//"):
        return False
    media = settings.MEDIA_URL
    if media and src.startswith(media) and len(src) > len(media):
        return True
    try:
        parts = urlsplit(src)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host:
        return False
    for allowed in _image_hosts():
        if host == allowed or (allowed.startswith("*.") and host.endswith(allowed[1:])):
            return True
    return False


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    # Only the values the stored figure, picture and pull quote elements need: ids and sizes are
    # digits, embeds name a known provider, pictures come from our storage or a trusted host, a
    # pull quote's mark has no value.
    if tag in ("figure", "img", "blockquote") and attribute not in ALLOWED_ATTRIBUTES[tag]:
        return None  # nh3's attributes allowed on every element (title, lang)
    if tag == "blockquote":
        return ""
    if tag == "figure":
        if attribute == "data-image":
            return value if _DIGITS.fullmatch(value) else None
        if attribute == "data-embed":
            return value if value in PROVIDER_KEYS else None
    elif tag == "img":
        if attribute in ("width", "height"):
            return value if _DIGITS.fullmatch(value) else None
        if attribute == "src":
            return value if is_allowed_image_src(value) else None
    return value


def sanitize_html(html: str) -> str:
    """Return `html` with only the allowed tags, attributes and link schemes.

    Scripts, styles, event handlers, classes and `javascript:` links are removed; pasted
    Word/Google Docs markup (spans, inline styles, conditional comments) comes out as
    plain paragraphs. A picture stays only when it is one we store or comes from a host the
    newsroom trusts (`is_allowed_image_src`). The result is stable: sanitizing it again changes nothing.
    """
    if not html:
        return ""
    html = _OFFICE_NOISE.sub("", html)
    html = _GDOCS_WRAPPER.sub(r"\1", html)
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "title", "head", "xml"},
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    cleaned = _IMG_WITHOUT_SRC.sub("", cleaned)  # a picture from anywhere else is dropped whole
    cleaned = _EMPTY_FIGURE.sub("", cleaned)  # ...and its figure, when nothing else was in it
    return _EMPTY_PARAGRAPH.sub("", cleaned).strip()


def plain_text(html: str) -> str:
    """Visible text of an HTML fragment, for excerpts, search and similarity."""
    spaced = _BLOCK_END.sub(" ", html or "")  # "</p><p>" must not glue two words together
    text = unescape(nh3.clean(spaced, tags=set(), clean_content_tags={"script", "style"}))
    return re.sub(r"\s+", " ", text).strip()


def text_to_html(text: str) -> str:
    """Paragraphs of HTML from plain text, one per blank-line-separated block."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text or "") if b.strip()]
    return sanitize_html("".join(f"<p>{nh3.clean_text(b)}</p>" for b in blocks))
