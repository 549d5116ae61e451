"""The story card and the section links, as every reader's page shows them (`{% load articles %}`)."""

from django import template
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from masthead.articles.bodies import image_ids
from masthead.articles.models import Article, Section
from masthead.articles.selectors import footer_pages, kept_images
from masthead.core.kept import Kept
from masthead.core.templatetags.masthead import remembered, render_part, row_versions
from masthead.core.text import excerpt as plain_excerpt

register = template.Library()

CARD_TEMPLATE = "articles/_article_card.html"
# Story pages' stories as rendered (`story_part`), apart from the cards so neither crowds the
# other out: a story part is 5-20 KB, so this is at most a few tens of MB per process.
kept_stories: Kept[SafeString] = Kept(size=2000)
# News sections share the "news" kind, so each gets one of a few accents by its id.
NEWS_ACCENTS = 5


@register.filter
def teaser_text(article: Article, max_chars: int = 160) -> str:
    """A card's excerpt: the dek, or the start of the body when there is none."""
    return plain_excerpt(article.dek or article.body, int(max_chars))


@register.filter
def accent(section: Section) -> str:
    """The CSS accent class of a section (its colour on kickers, rules and headings)."""
    if section.kind == Section.Kind.NEWS:
        return f"accent-news{section.pk % NEWS_ACCENTS}"
    return f"accent-{section.kind}"


@register.simple_tag(takes_context=True)
def card(context, article: Article, variant: str = "standard", **options) -> SafeString:
    """`{% card article "row" kicker=True %}`: the `_article_card.html` partial for one story.

    Lists show the same stories on many pages, so each rendered card is kept in this process
    under what it depends on: the rows it shows (the story, its section, picture and byline, each
    at its last change), the language and time zone, and how it is shown. Pages stay as fresh
    as their queries; a card is simply not rendered twice.
    """
    image = article.featured_image if article.featured_image_id else None
    key = (
        CARD_TEMPLATE,
        variant,
        tuple(sorted(options.items())),
        get_language(),
        timezone.get_current_timezone_name(),
        row_versions(article, article.section, image, *article.byline),
    )
    values = {"article": article, "variant": variant, **options}
    return remembered(key, lambda: render_part(context, CARD_TEMPLATE, **values))


@register.simple_tag(takes_context=True)
def site_part(context, template_name: str) -> SafeString:
    """`{% site_part "_nav.html" %}`: the header's or footer's section links, kept like cards.

    They are the same on every page of a language and section; the key holds the sections as
    fetched for this request, so a renamed or reordered section shows at once, and the footer's
    standing pages (`footer_pages`, kept per process like the sections) likewise.
    """
    current = context.get("current_section")
    pages = footer_pages(get_language())
    key = (
        template_name,
        get_language(),
        timezone.localdate().year,  # the footer's copyright line
        row_versions(*context["nav_sections"]),
        row_versions(*pages),
        current.pk if current else None,
        bool(context.get("article")),
        bool(context.get("is_home")),
    )
    return remembered(key, lambda: render_part(context, template_name, footer_pages=pages))


@register.simple_tag(takes_context=True)
def story_part(context, template_name: str) -> SafeString:
    """`{% story_part "articles/_story.html" %}`: a part of a story page that shows the story alone.

    Rendering a story (its header, body with pictures and embeds, tags, sharing links and link
    preview tags) is most of a story page's cost, yet it changes only when one of the rows it
    shows changes. So it is kept in this process under the versions of all of them, like the
    cards: the story, its section (every section, for its translation's address too), picture,
    reporters, tags and the pictures in its body, the published translation it links to, the
    language and the time zone. A preview is always rendered afresh.
    """
    if context.get("is_preview"):
        return render_part(context, template_name)
    article = context["article"]
    key = (
        template_name,
        get_language(),
        timezone.get_current_timezone_name(),
        story_versions(article),
        row_versions(*context["nav_sections"]),
        translation.get_absolute_url() if (translation := context.get("translation")) else None,
    )
    return kept_stories.get(*key, load=lambda: render_part(context, template_name))


def story_versions(article: Article) -> tuple:
    """The versions of the rows a story page shows of its story (see `story_part`)."""
    image = article.featured_image if article.featured_image_id else None
    pictures = kept_images.get(image_ids(article.body))
    return row_versions(
        article, image, *article.byline, *article.shown_tags, *(pictures[pk] for pk in sorted(pictures))
    )
