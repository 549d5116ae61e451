"""Presentation helpers for reader pages: pictures, truncation, outlines, alternates, kept fragments."""

import re
from collections.abc import Callable, Hashable

from django import template
from django.core.files.storage import default_storage
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from masthead.core.html import plain_text
from masthead.core.kept import Kept
from masthead.core.text import truncate_headline as cut_headline

register = template.Library()

# The width a browser gets when it ignores srcset; big enough for a lead, small enough for a phone.
DEFAULT_WIDTH = 960
# Sanitized bodies only ever hold bare <h2> tags (no attributes are allowed on headings).
_H2 = re.compile(r"<h2>(.*?)</h2>", re.S)
# Rendered fragments (teaser cards, section links) kept per process, each under its key.
fragments: Kept[SafeString] = Kept(size=4096)


@register.filter
def truncate_headline(text: str, max_chars: int | str = "") -> str:
    """`{{ article.headline|truncate_headline:90 }}`: cut at a word, ending with "…" (90 if unset)."""
    return cut_headline(text, int(max_chars or 90))


def _urls(file, renditions: dict) -> tuple[str, str]:
    """(src, srcset) for a stored picture and its renditions ({"640": "renditions/…webp"})."""
    widths = sorted((int(w), name) for w, name in (renditions or {}).items() if str(w).isdigit())
    if not widths:
        return file.url, ""
    srcset = ", ".join(f"{default_storage.url(name)} {w}w" for w, name in widths)
    src = next((name for w, name in widths if w >= DEFAULT_WIDTH), widths[-1][1])
    return default_storage.url(src), srcset


@register.simple_tag
def picture(image, sizes: str = "100vw", eager: bool = False, css: str = "") -> SafeString:
    """An <img> for an `Image`: renditions in srcset, intrinsic size, lazy unless `eager`.

    The lead picture is eager and high priority (it is the page's largest paint); every
    other picture loads lazily.
    """
    if image is None or not image.file:
        return mark_safe("")
    src, srcset = _urls(image.file, image.renditions)
    return format_html(
        '<img src="{}"{} alt="{}"{}{}{}>',
        src,
        format_html(' srcset="{}" sizes="{}"', srcset, sizes) if srcset else "",
        image.alt_text,
        format_html(' width="{}" height="{}"', image.width, image.height) if image.width else "",
        mark_safe(' fetchpriority="high"') if eager else mark_safe(' loading="lazy" decoding="async"'),
        format_html(' class="{}"', css) if css else "",
    )


@register.simple_tag
def portrait(author, size: int = 64, css: str = "portrait") -> SafeString:
    """An author's photo as a small square (cropped by CSS), or nothing if there is none."""
    if not author.photo:
        return mark_safe("")
    src, srcset = _urls(author.photo, author.photo_renditions)
    return format_html(
        '<img src="{}"{} alt="" width="{}" height="{}" loading="lazy" decoding="async" class="{}">',
        src,
        format_html(' srcset="{}" sizes="{}px"', srcset, size) if srcset else "",
        size,
        size,
        css,
    )


@register.simple_tag
def image_url(image, site_url: str = "") -> str:
    """The absolute URL of a large version of `image`, for Open Graph and Twitter cards."""
    if image is None or not image.file:
        return ""
    widths = sorted((int(w), name) for w, name in (image.renditions or {}).items() if str(w).isdigit())
    large = [name for w, name in widths if w <= 1280]
    url = default_storage.url(large[-1]) if large else image.file.url
    return site_url + url if url.startswith("/") else url


@register.filter
def outline(body: str) -> list[tuple[str, str]]:
    """[(anchor, title)] of the body's <h2> headings, for a report's table of contents."""
    return [(f"part-{n}", plain_text(title)) for n, title in enumerate(_H2.findall(body or ""), 1)]


@register.filter
def anchor_headings(body: str) -> SafeString:
    """The (already sanitized) body with ids on its <h2>s, matching `outline`."""
    counter = iter(range(1, 10_000))
    # The body was sanitized when saved; only ids we make ourselves are added here.
    return mark_safe(_H2.sub(lambda m: f'<h2 id="part-{next(counter)}">{m.group(1)}</h2>', body or ""))


@register.simple_tag
def hreflang_links(versions: dict[str, str], site_url: str) -> SafeString:
    """<link rel="alternate" hreflang=…> for each language version, and English as x-default."""
    links = [(code, site_url + iri_to_uri(path)) for code, path in sorted(versions.items())]
    if "en" in versions:
        links.append(("x-default", site_url + iri_to_uri(versions["en"])))
    return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}">', links)


@register.filter
def version_in(versions: dict[str, str], code: str) -> str:
    """This page in language `code`, or that language's home when it has no such version."""
    return versions.get(code) or f"/{code}/"


def render_part(context, template_name: str, **values) -> SafeString:
    """A partial template rendered with the page's context and `values` on top."""
    partial = context.template.engine.get_template(template_name)
    with context.push(**values):
        return partial.render(context)


def remembered(key: tuple[Hashable, ...], render: Callable[[], SafeString]) -> SafeString:
    """The fragment rendered under `key` in this process, rendering it the first time.

    The key must hold everything the fragment depends on: nothing else ever drops it.
    """
    return fragments.get(*key, load=render)


def row_versions(*rows) -> tuple:
    """What a fragment showing `rows` depends on: each row's model, id and last change.

    The writes that change what readers see move `updated_at`: `save()` (with `update_fields`
    too: `TimeStampedModel`), `Article.objects.update()` and the renditions task. A new field
    shown in a fragment needs no change to its key.
    """
    return tuple((type(row), row.pk, row.updated_at) for row in rows if row is not None)
