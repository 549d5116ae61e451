"""Server-side HTML sanitizing for rich text: one allow-list, applied on every write path."""

import re
from html import unescape

import nh3

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
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
# Word processors wrap pasted text in these; their content is kept, the wrapper dropped.
_OFFICE_NOISE = re.compile(r"<(o|w|m|v):[^>]*>|</(o|w|m|v):[^>]*>|<!--\[if.*?<!\[endif\]-->", re.S)
_EMPTY_PARAGRAPH = re.compile(r"<p>(\s|&nbsp;|\xa0|<br>)*</p>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|div|tr|td|th|figcaption|pre)>|<br\s*/?>", re.I)
# Google Docs wraps a whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
_GDOCS_WRAPPER = re.compile(r'<b\b[^>]*id="docs-internal-guid[^"]*"[^>]*>(.*)</b>', re.S)


def sanitize_html(html: str) -> str:
    """Return `html` with only the allowed tags, attributes and link schemes.

    Scripts, styles, event handlers, classes and `javascript:` links are removed; pasted
    Word/Google Docs markup (spans, inline styles, conditional comments) comes out as
    plain paragraphs. The result is stable: sanitizing it again changes nothing.
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
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
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
