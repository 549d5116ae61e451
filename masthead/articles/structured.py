"""Structured data for the reader's pages: schema.org JSON-LD, and the Open Graph values it shares.

Search engines and link previews read a story from two places, the JSON-LD and the Open Graph
tags; both are built from the same values here (the shared picture, the locale, the dates), so
they never tell two different stories. Everything comes from what the story page has already
loaded (its section, tags, byline, picture and translation): building it costs no query.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from masthead.articles.models import Article, Image, Section
from masthead.core.context_processors import site_name
from masthead.core.images import CROP_RATIOS, crop_size
from masthead.core.models import Language
from masthead.core.paths import absolute, page_path
from masthead.core.text import excerpt, truncate_headline

SCHEMA = "https://schema.org"
# Google cuts longer headlines on some devices; the JSON-LD's is cut at a word to fit.
HEADLINE_MAX = 110
DESCRIPTION_MAX = 200  # as the page's meta description
# What a section's stories are, in schema.org's words; any other kind is a plain NewsArticle.
ARTICLE_TYPES = {
    Section.Kind.OPINION: "OpinionNewsArticle",
    Section.Kind.REPORT: "ReportageNewsArticle",
}
# schema.org's type for paid-for content, added beside the section's type on sponsored stories.
SPONSORED_TYPE = "AdvertiserContentArticle"
# Open Graph names a locale language_TERRITORY; Facebook knows Arabic only as ar_AR.
OPEN_GRAPH_LOCALES = {Language.ENGLISH: "en_US", Language.ARABIC: "ar_AR"}
# The widest rendition a shared picture uses: large enough for Google's and Facebook's large
# previews (1200 px), small enough to fetch quickly.
SHARED_WIDTH = 1280
# The site's logo: its icon at 512 px (the site name's initial on the brand's red, drawn by
# bench/icons.py), a PNG as every reader of structured data accepts (SVG is not), square and well
# over Google's 112 px minimum for an organization's logo.
LOGO_PATH = "icons/icon-512.png"
LOGO_SIZE = 512
# Characters that could end the <script> element or open an HTML comment inside it, written as
# JSON escapes (the same as Django's `json_script`): JSON parsers read them back unchanged.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class SharedPicture:
    """A picture as shared beyond the site: an absolute URL, its size, and its words."""

    url: str
    width: int
    height: int
    alt: str = ""
    caption: str = ""
    credit: str = ""

    def as_image_object(self) -> dict[str, Any]:
        data: dict[str, Any] = {"@type": "ImageObject", "url": self.url, "contentUrl": self.url}
        if self.width and self.height:
            data.update(width=self.width, height=self.height)
        if self.caption or self.alt:
            data["caption"] = self.caption or self.alt
        if self.credit:
            data["creditText"] = self.credit
        return data


def _site_url(url: str) -> str:
    """`url` made absolute with the site's address, unless storage already gave a full one."""
    return settings.MASTHEAD_SITE_URL + url if url.startswith("/") else url


def site_logo() -> SharedPicture:
    return SharedPicture(_site_url(static(LOGO_PATH)), LOGO_SIZE, LOGO_SIZE, alt=site_name())


def shared_picture(image: Image | None) -> SharedPicture | None:
    """The version of `image` that link previews and structured data show, with its size.

    The widest rendition up to SHARED_WIDTH, or the uploaded file until renditions exist.
    Renditions keep the picture's proportions, so their height follows from their width.
    """
    if image is None or not image.file:
        return None
    widths = sorted((int(w), name) for w, name in (image.renditions or {}).items() if str(w).isdigit())
    fitting = [(w, name) for w, name in widths if w <= SHARED_WIDTH]
    if fitting:
        width, name = fitting[-1]
        url = default_storage.url(name)
        height = max(1, round(image.height * width / image.width)) if image.width else 0
    else:
        url, width, height = image.file.url, image.width, image.height
    return SharedPicture(
        _site_url(url), width, height, alt=image.alt_text, caption=image.caption, credit=image.credit
    )


def shared_crops(image: Image | None) -> list[SharedPicture]:
    """The centre crops of `image` (16:9, 4:3, 1:1) that its renditions hold, as shared.

    None for a picture rendered before crops were made. Their size follows from the
    original's, as `make_renditions` worked it out.
    """
    if image is None or not image.file or not image.width or not image.height:
        return []
    crops = []
    for ratio in CROP_RATIOS:
        name = (image.renditions or {}).get(ratio)
        size = crop_size(image.width, image.height, ratio)
        if name and size:
            url = _site_url(default_storage.url(name))
            crops.append(
                SharedPicture(url, *size, alt=image.alt_text, caption=image.caption, credit=image.credit)
            )
    return crops


def open_graph_locale(language: str) -> str:
    return OPEN_GRAPH_LOCALES.get(language, language)


def to_script(data: Any) -> SafeString:
    """`data` as a <script type="application/ld+json"> element no text in it can break out of.

    No CSP nonce: a JSON-LD block is data the browser never runs, so the page's policy does not
    apply to it, and a nonce would only keep the page out of the page cache.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text.translate(_SCRIPT_ESCAPES))
    )


def iso_time(moment: datetime | None) -> str | None:
    """ISO 8601 with the offset of the site's time zone (as the page shows the time)."""
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


# --- the organization and the site ------------------------------------------------------------


def organization() -> dict[str, Any]:
    """The publisher: a NewsMediaOrganization with its logo, and its profiles elsewhere if set.

    Named as this language's pages name it; the one organization (one @id) in both languages
    carries its name in the other language as `alternateName` when the two differ.
    """
    name = site_name()
    other = site_name(Language.other(translation.get_language()))
    data: dict[str, Any] = {
        "@type": "NewsMediaOrganization",
        "@id": f"{settings.MASTHEAD_SITE_URL}/#organization",
        "name": name,
        "url": absolute(page_path("articles:home")),
        "logo": site_logo().as_image_object(),
    }
    if other != name:
        data["alternateName"] = other
    if settings.MASTHEAD_SAME_AS:
        data["sameAs"] = list(settings.MASTHEAD_SAME_AS)
    return data


def home_data(language: str) -> list[dict[str, Any]]:
    """The home page's JSON-LD: the WebSite in this language, with its search, and the publisher."""
    with translation.override(language):
        home = absolute(page_path("articles:home"))
        search = absolute(page_path("search:search"))
        publisher = organization()
    website = {
        "@context": SCHEMA,
        "@type": "WebSite",
        "@id": f"{home}#website",
        "url": home,
        "name": site_name(language),
        "inLanguage": language,
        "publisher": {"@id": publisher["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
    return [website, {"@context": SCHEMA, **publisher}]


# --- a story ----------------------------------------------------------------------------------


def article_type(article: Article) -> str:
    return ARTICLE_TYPES.get(article.section.kind, "NewsArticle")


def published_translation(article: Article) -> Article | None:
    """The story's translation if readers can see it (the story page loaded it with the story)."""
    other = article.translation if article.translation_id else None
    return other if other is not None and other.is_published else None


def is_original(article: Article, other: Article) -> bool:
    """Of a story and its translation, the original is the one published first (the older one).

    Compared on the publication time both rows have loaded; the same time goes to the row made
    first. A later change of publication time (an unpublished story republished) can swap
    them, which only matters if the newsroom republishes originals after their translations.
    A story not yet published (a preview) is the newer one.
    """
    if article.published_at is None:
        return False
    return (article.published_at, article.pk) <= (other.published_at, other.pk)


def story_url(article: Article) -> str:
    return absolute(article.get_absolute_url())


def _reference(article: Article) -> dict[str, Any]:
    """Another story, by its address: what the translation links need of it."""
    url = story_url(article)
    return {
        "@type": article_type(article),
        "@id": f"{url}#article",
        "url": url,
        "inLanguage": article.language,
    }


def _authors(article: Article) -> list[dict[str, Any]]:
    """The byline as Persons linking to their pages; a story without one is the newsroom's own."""
    people = [
        {"@type": "Person", "name": author.display_name(), "url": absolute(author.get_absolute_url())}
        for author in article.byline
    ]
    if people:
        return people
    return [
        {
            "@type": "NewsMediaOrganization",
            "name": site_name(article.language),
            "url": absolute(page_path("articles:home")),
        }
    ]


def article_data(article: Article) -> dict[str, Any]:
    """The story as a NewsArticle (or the subtype its section's kind calls for)."""
    url = story_url(article)
    kind = article_type(article)
    published = iso_time(article.first_published_at or article.published_at)
    data: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": [kind, SPONSORED_TYPE] if article.is_sponsored else kind,
        "@id": f"{url}#article",
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": truncate_headline(article.headline, HEADLINE_MAX),
        "description": excerpt(article.dek or article.body, DESCRIPTION_MAX),
        "inLanguage": article.language,
        "articleSection": article.section.display_name(),
        "isAccessibleForFree": True,
        "author": _authors(article),
        "publisher": organization(),
    }
    if published:
        # Modified: the "Updated" time the page shows, else the publication time (Google reads both).
        data["datePublished"] = published
        data["dateModified"] = iso_time(article.updated_at) if article.was_updated else published
    if tags := [tag.display_name() for tag in article.shown_tags]:
        data["keywords"] = tags
    featured = article.featured_image if article.featured_image_id else None
    picture = shared_picture(featured)
    if picture is not None:
        # The crops in the ratios Google asks for, then the whole picture.
        data["image"] = [crop.as_image_object() for crop in [*shared_crops(featured), picture]]
        if article.section.kind == Section.Kind.CARICATURE:
            # The cartoon is the story: the page's main image, and the work the story carries.
            cartoon = {**picture.as_image_object(), "author": data["author"]}
            data["associatedMedia"] = cartoon
            data["mainEntityOfPage"]["primaryImageOfPage"] = picture.as_image_object()
    if article.is_sponsored and article.sponsor_name:
        data["sponsor"] = {"@type": "Organization", "name": article.sponsor_name}
    other = published_translation(article)
    if other is not None:
        link = "workTranslation" if is_original(article, other) else "translationOfWork"
        data[link] = _reference(other)
    return data


def breadcrumb_data(article: Article) -> dict[str, Any]:
    """Home > Section > Story, as a BreadcrumbList."""
    trail = [
        (site_name(article.language), absolute(page_path("articles:home"))),
        (article.section.display_name(), absolute(article.section.get_absolute_url())),
        (truncate_headline(article.headline, HEADLINE_MAX), story_url(article)),
    ]
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": item}
            for position, (name, item) in enumerate(trail, 1)
        ],
    }


def story_data(article: Article) -> list[dict[str, Any]]:
    """A story page's JSON-LD, in the story's language whatever the active one."""
    with translation.override(article.language):
        return [article_data(article), breadcrumb_data(article)]
