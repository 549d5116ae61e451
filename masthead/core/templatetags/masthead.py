"""Presentation helpers for the reader's pages: truncation, responsive pictures, report outlines."""

import re
import threading
from collections import OrderedDict

from django import template
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from masthead.core.html import plain_text
from masthead.core.text import excerpt as plain_excerpt
from masthead.core.text import truncate_headline as cut_headline

register = template.Library()

# The width a browser gets when it ignores srcset; big enough for a lead, small enough for a phone.
DEFAULT_WIDTH = 960
# Sanitized bodies only ever hold bare <h2> tags (no attributes are allowed on headings).
_H2 = re.compile(r"<h2>(.*?)</h2>", re.S)
# News sections share the "news" kind, so each gets one of a few accents by its id.
NEWS_ACCENTS = 5
CARD_TEMPLATE = "articles/_article_card.html"
# Rendered cards and nav links kept per process, keyed by everything they show (`_card_key`).
FRAGMENTS_KEPT = 4096
_fragments: OrderedDict[tuple, SafeString] = OrderedDict()
_fragments_lock = threading.Lock()


@register.filter
def truncate_headline(text: str, max_chars: int | str = "") -> str:
    """`{{ article.headline|truncate_headline:90 }}`: cut at a word, ending with "…" (90 if unset)."""
    return cut_headline(text, int(max_chars or 90))


@register.filter
def teaser_text(article, max_chars: int = 160) -> str:
    """A card's excerpt: the dek, or the start of the body when there is none."""
    return plain_excerpt(article.dek or article.body, int(max_chars))


@register.filter
def accent(section) -> str:
    """The CSS accent class of a section (its colour on kickers, rules and headings)."""
    if section.kind == "news":
        return f"accent-news{section.pk % NEWS_ACCENTS}"
    return f"accent-{section.kind}"


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


def _card_key(article, variant: str, options: dict) -> tuple:
    """Every input of a teaser card, so that a changed story, section, picture or byline
    (or another language, or other options) can never be served a stale card."""
    section, authors = article.section, article.byline
    image = article.featured_image if article.featured_image_id else None
    return (
        variant,
        tuple(sorted(options.items())),
        get_language(),
        timezone.get_current_timezone_name(),
        (article.pk, article.language, article.slug, article.headline, article.dek or article.body),
        (article.published_at, article.is_sponsored),
        (section.pk, section.slug, section.name, section.name_ar, section.kind),
        image
        and (image.pk, image.file.name, image.width, image.height, image.alt_text, str(image.renditions)),
        tuple((a.pk, a.slug, a.name, a.name_ar, a.photo.name, str(a.photo_renditions)) for a in authors),
    )


@register.simple_tag(takes_context=True)
def card(context, article, variant: str = "standard", **options) -> SafeString:
    """`{% card article "row" kicker=True %}`: the `_article_card.html` partial for one story.

    Lists show the same stories on many pages, so each rendered card is kept in this
    process under a key made of everything it displays; an edit anywhere changes the key.
    Pages stay as fresh as their queries; a card is simply not rendered twice.
    """
    key = _card_key(article, variant, options)
    values = {"article": article, "variant": variant, **options}
    return remembered(key, lambda: render_part(context, CARD_TEMPLATE, **values))


@register.simple_tag(takes_context=True)
def site_part(context, template_name: str) -> SafeString:
    """`{% site_part "_nav.html" %}`: the header's or footer's section links, kept like cards.

    They are the same on every page of a language and section; the key holds the sections as
    fetched for this request, so a renamed or reordered section shows at once.
    """
    current = context.get("current_section")
    sections = context["nav_sections"]
    key = (
        template_name,
        get_language(),
        timezone.localdate().year,  # the footer's copyright line
        tuple((s.pk, s.slug, s.name, s.name_ar, s.kind, s.order, s.is_in_navigation) for s in sections),
        current.pk if current else None,
        bool(context.get("article")),
        bool(context.get("is_home")),
    )
    return remembered(key, lambda: render_part(context, template_name))


def render_part(context, template_name: str, **values) -> SafeString:
    partial = context.template.engine.get_template(template_name)
    with context.push(**values):
        return partial.render(context)


def remembered(key: tuple, render) -> SafeString:
    """The fragment rendered under `key` in this process, rendering it the first time (other
    apps keep theirs here too: the newsletter box)."""
    html = _fragments.get(key)
    if html is None:
        html = render()
        with _fragments_lock:
            _fragments[key] = html
            if len(_fragments) > FRAGMENTS_KEPT:
                _fragments.popitem(last=False)
    return html
