"""A stored body's pictures and embeds as a reader's page shows them (`{{ body|body_media }}`).

A body stores its media in the plain forms that feeds and newsletters read well
(masthead.core.embeds, the importers' picture step):

- `<figure data-image="ID"><img src alt width height><figcaption>…</figcaption></figure>`: the
  picture gets its renditions (`srcset`, `sizes`) and loads lazily; its pictures come from this
  process's copy (`kept_images`), so a body costs at most one query however many it holds;
- `<figure data-embed="youtube"><a href="URL">title</a></figure>`: becomes a card with the
  provider's name, the title and a link to open it there. Nothing of the provider's loads (no
  frame, script or thumbnail): the reader's click is the first request to another site. Where
  the provider has a player or map page that needs no script of theirs on ours
  (`core.embeds.frame_url`), the card also offers "Load the video (from YouTube)": the reader
  script (static/masthead/reader.js) puts that page in a frame when the button is pressed.

Only the page changes; the stored body stays as it is. Bodies are sanitized on every save
(masthead.core.html): tags and attributes come out lower-case and double-quoted, which is what
the small patterns below rely on.
"""

import re
from collections.abc import Mapping
from html import unescape

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from masthead.articles.selectors import kept_images
from masthead.core.embeds import Provider, frame_url, provider_for
from masthead.core.html import plain_text
from masthead.core.templatetags.masthead import _urls as picture_urls

# The body column is at most 46rem (a report's; a story's is 42rem), the page's gutters 1rem each.
BODY_SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2rem)"
_FIGURE = re.compile(r"<figure\b([^>]*)>(.*?)</figure>", re.S)
_IMG = re.compile(r"<img\b([^>]*?)\s*/?>")
_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.S)
_ATTRIBUTE = re.compile(r'([a-z][a-z0-9_:-]*)="([^"]*)"')
_IMG_ORDER = ("src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding")


def _attributes(markup: str) -> dict[str, str]:
    """The attributes of a sanitized tag's inside, unescaped: {"src": "/media/…", …}."""
    return {name: unescape(value) for name, value in _ATTRIBUTE.findall(markup)}


def _tag(name: str, attributes: Mapping[str, str]) -> SafeString:
    ordered = sorted(attributes.items(), key=lambda item: _rank(item[0]))
    return format_html("<{}{}>", name, format_html_join("", ' {}="{}"', ordered))


def _rank(name: str) -> int:
    return _IMG_ORDER.index(name) if name in _IMG_ORDER else len(_IMG_ORDER)


def with_media(body: str, sizes: str = BODY_SIZES) -> SafeString:
    """The (already sanitized) body with its pictures' renditions and its embeds as cards."""
    if not body or "<figure" not in body:
        return mark_safe(body or "")  # sanitized when saved
    figures = [(m, _attributes(m.group(1))) for m in _FIGURE.finditer(body)]
    images = kept_images.get(_ids(figures))
    parts, end = [], 0
    for match, attributes in figures:
        parts += [body[end : match.start()], _figure(match, attributes, images, sizes)]
        end = match.end()
    parts.append(body[end:])
    return mark_safe("".join(parts))  # every value we add is escaped by format_html


def image_ids(body: str) -> set[int]:
    """The ids of the pictures a body shows (`data-image`): their keys go with the page."""
    if not body or "data-image" not in body:
        return set()
    return _ids((m, _attributes(m.group(1))) for m in _FIGURE.finditer(body))


def _ids(figures) -> set[int]:
    return {int(a["data-image"]) for _m, a in figures if a.get("data-image", "").isdigit()}


def _figure(match: re.Match, attributes: dict[str, str], images: dict, sizes: str) -> str:
    if "data-embed" in attributes:
        return _embed(match)
    image_id = attributes.get("data-image", "")
    image = images.get(int(image_id)) if image_id.isdigit() else None
    inside = _IMG.sub(lambda img: _picture(_attributes(img.group(1)), image, sizes), match.group(2))
    return f"<figure{match.group(1)}>{inside}</figure>"


def _picture(img: dict[str, str], image, sizes: str) -> SafeString:
    """A body's <img>: from the stored picture's renditions when it is known, lazy in any case.

    The alt text stays as written in the body (it may describe the picture for this story);
    an unknown picture (deleted since) keeps the stored address, which then simply fails to load.
    """
    if image is not None and image.file:
        src, srcset = picture_urls(image.file, image.renditions)
        img["src"] = src
        if srcset:
            img.update(srcset=srcset, sizes=sizes)
        img.setdefault("alt", image.alt_text)
        if image.width and not (img.get("width") and img.get("height")):
            img.update(width=str(image.width), height=str(image.height))
    img.update(loading="lazy", decoding="async")
    return _tag("img", img)


def _embed(match: re.Match) -> str:
    """An embed's card, or the plain link it stores when its address is not a known provider's."""
    link = _LINK.search(match.group(2))
    if link is None:
        return match.group(0)
    href = _attributes(link.group(1)).get("href", "")
    title = plain_text(link.group(2)) or href
    provider = provider_for(href)
    if provider is None:
        return format_html('<p><a href="{}">{}</a></p>', href, title)
    return format_html(
        '<figure class="embed embed--{key} embed--{kind}" data-embed="{key}"><div class="embed__card">'
        '<span class="embed__provider">{name}</span>'
        '<span class="embed__title" dir="auto">{title}</span>'
        "{load}"
        '<a class="embed__open" href="{href}" target="_blank" rel="noopener noreferrer">{open}'
        '<span class="visually-hidden"> {new_tab}</span>'
        '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="16" height="16">'
        '<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" '
        'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
        'stroke-linejoin="round"/></svg></a>'
        "</div></figure>",
        key=provider.key,
        kind=provider.kind,
        name=provider.name,
        title=title,
        load=_load_button(provider, frame_url(href), title),
        href=href,
        open=_("Open on %(provider)s") % {"provider": provider.name},
        new_tab=_("(opens in a new tab)"),
    )


def _load_button(provider: Provider, frame: str | None, title: str) -> str:
    """The card's "Load the video (from YouTube)": hidden until the reader script shows it (without
    a script it could do nothing), and the frame's address kept in data-, never in a src."""
    if frame is None:
        return ""
    labels = {
        "video": _("Load the video (from %(provider)s)"),
        "audio": _("Load the audio (from %(provider)s)"),
        "map": _("Load the map (from %(provider)s)"),
    }
    label = labels.get(provider.kind, _("Load the post (from %(provider)s)"))
    return format_html(
        '<span class="embed__note" hidden>{note}</span>'
        '<button type="button" class="embed__load" data-frame="{frame}" data-frame-title="{title}" hidden>'
        "{label}</button>",
        note=_("Nothing is loaded from %(provider)s until you ask for it.") % {"provider": provider.name},
        frame=frame,
        title=title,
        label=label % {"provider": provider.name},
    )
