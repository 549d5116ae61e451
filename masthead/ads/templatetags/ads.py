"""{% ad_slot "article-sidebar" %}: a place the page's script fills with an ad chosen per impression."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def ad_slot(context, key: str) -> SafeString:
    """Nothing shows (and no space is taken) until an ad arrives; without a script, nothing at all.

    The page's section and tags go with it, for targeting; they are the same for every reader,
    so the page stays cacheable.
    """
    article = context.get("article")
    section = context.get("current_section") or getattr(article, "section", None)
    tags = ",".join(t.slug for t in getattr(article, "shown_tags", []) or []) if article else ""
    return format_html(
        '<aside class="ad" data-ad-slot="{}" data-ad-section="{}" data-ad-tags="{}" data-ad-lang="{}" hidden>'
        '<p class="ad__label">{}</p><div class="ad__body"></div></aside>',
        key,
        getattr(section, "slug", ""),
        tags,
        get_language(),
        _("Advertisement"),
    )


AFTER_PARAGRAPH = 3


@register.simple_tag(takes_context=True)
def body_with_ad(context, body: str, key: str, after: int = AFTER_PARAGRAPH) -> SafeString:
    """A story's body with the in-article slot after its `after`-th paragraph (short stories: none)."""
    closing, position = "</p>", -1
    for _i in range(after):
        position = body.find(closing, position + 1)
        if position < 0:
            return SafeString(body)
    cut = position + len(closing)
    if body.find(closing, cut) < 0:
        return SafeString(body)  # nothing after it: an ad would end the story
    return SafeString(body[:cut] + ad_slot(context, key) + body[cut:])
