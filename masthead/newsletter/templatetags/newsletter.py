"""{% newsletter_box %}: the sign-up box, rendered once per process for each language and section list."""

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from masthead.core.templatetags.masthead import remembered, render_part

register = template.Library()


@register.simple_tag(takes_context=True)
def newsletter_box(context, box_id: str = "page") -> SafeString:
    """The same on every page of a language (it carries no per-reader token), so kept like the nav."""
    sections = context.get("nav_sections") or []
    key = (
        "newsletter/_box.html",
        get_language(),
        box_id,
        tuple((s.pk, s.name, s.name_ar, s.order) for s in sections),
    )
    return remembered(
        key, lambda: render_part(context, "newsletter/_box.html", box_id=box_id, form=None, message="")
    )
