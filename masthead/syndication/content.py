"""What a feed entry carries of a story: its picture as a file a reader can fetch, and its text
as HTML that stands on its own in a feed reader (absolute links, captions, the sponsor, the
direction of Arabic text)."""

import mimetypes
import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import urljoin

from django.core.files.storage import FileSystemStorage, default_storage
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from masthead.articles.models import Article, Image
from masthead.core.html import plain_text
from masthead.core.models import Language
from masthead.core.paths import absolute
from masthead.core.text import excerpt

# The picture a feed offers: the largest rendition up to this width, as for link previews.
FEED_IMAGE_WIDTH = 1280
# A summary made from the body when a story has no dek: a paragraph's worth.
SUMMARY_CHARS = 300
# Sanitized bodies quote every attribute with double quotes (masthead.core.html).
_URL_ATTRIBUTE = re.compile(r'\b(href|src)="([^"]*)"')


@dataclass(frozen=True)
class FeedImage:
    url: str
    mime_type: str
    length: int | None  # bytes, when known without asking a remote storage
    width: int
    height: int
    alt: str
    caption: str
    credit: str


def feed_image(image: Image | None) -> FeedImage | None:
    """The story's picture as feeds offer it: a large rendition when made, else the original."""
    if image is None or not image.file:
        return None
    widths = sorted((int(w), name) for w, name in (image.renditions or {}).items() if str(w).isdigit())
    large = [(w, name) for w, name in widths if w <= FEED_IMAGE_WIDTH]
    if large:
        width, name = large[-1]
        height = round(image.height * width / image.width) if image.width else 0
        mime_type = "image/webp"  # renditions are WebP (masthead.core.images)
    else:
        name, width, height = image.file.name, image.width, image.height
        mime_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    url = default_storage.url(name)
    return FeedImage(
        url=absolute(url) if url.startswith("/") else url,
        mime_type=mime_type,
        length=_local_size(name),
        width=width,
        height=height,
        alt=image.alt_text,
        caption=image.caption,
        credit=image.credit,
    )


def _local_size(name: str) -> int | None:
    """A stored file's size from the local disk; None for remote storage, which would cost a
    request per picture while the feed is built."""
    if not isinstance(default_storage, FileSystemStorage):
        return None
    try:
        return default_storage.size(name)
    except OSError:
        return None


def summary(article: Article) -> str:
    """Plain text: the dek, or the start of the body when there is none."""
    return plain_text(article.dek) if article.dek else excerpt(article.body, SUMMARY_CHARS)


def story_html(article: Article, image: FeedImage | None) -> str:
    """The whole story as one HTML fragment for a feed reader, in the active language.

    A sponsored story says so first; the picture comes with its caption and credit; links are
    absolute, since a reader shows the text away from the site; an opinion piece ends with its
    disclaimer. Arabic text is marked right-to-left for readers that honour `dir`.
    """
    page = absolute(article.get_absolute_url())
    parts = []
    if article.is_sponsored:
        line = _("Sponsored by %(sponsor)s") % {"sponsor": article.sponsor_name}
        parts.append(format_html("<p><strong>{}</strong></p>", line))
    if image is not None:
        parts.append(_figure(image))
    parts.append(absolute_links(article.body, page))
    if article.effective_disclaimer:
        parts.append(format_html("<p><em>{}</em></p>", article.effective_disclaimer))
    # The body was sanitized when saved; every other part was escaped as it was made.
    html = mark_safe("".join(parts))
    if article.language == Language.ARABIC:
        return format_html('<div dir="rtl" lang="ar">{}</div>', html)
    return html


def _figure(image: FeedImage) -> str:
    words = " ".join(part for part in (image.caption, image.credit and f"({image.credit})") if part)
    return format_html(
        '<figure><img src="{}" alt="{}"{}>{}</figure>',
        image.url,
        image.alt,
        format_html(' width="{}" height="{}"', image.width, image.height) if image.width else "",
        format_html("<figcaption>{}</figcaption>", words) if words else "",
    )


def absolute_links(html: str, base: str) -> str:
    """`html` (sanitized) with every link and picture address made absolute against `base`."""

    def absolute_attribute(match: re.Match) -> str:
        address = urljoin(base, unescape(match.group(2)))
        return f'{match.group(1)}="{escape(address)}"'

    return _URL_ATTRIBUTE.sub(absolute_attribute, html or "")
