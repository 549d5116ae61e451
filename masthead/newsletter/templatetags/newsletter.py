"""{% newsletter_box %}: the sign-up box, the same for every reader of a language (no per-reader token)."""

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from masthead.core.kept import Kept

register = template.Library()

# Each language's box for each place, rendered once per process; again after a section changes
# (the box offers the sections: the "sections" stamp, as the navigation's).
kept_boxes: Kept[SafeString] = Kept(version="sections", size=8)


@register.simple_tag(takes_context=True)
def newsletter_box(context, box_id: str = "page") -> SafeString:
    """The box; `box_id` tells two boxes on one page apart (their labels' ids)."""
    return kept_boxes.get(get_language(), box_id, load=lambda: _render(context, box_id))


def _render(context, box_id: str) -> SafeString:
    box = context.template.engine.get_template("newsletter/_box.html")
    with context.push(box_id=box_id, form=None, message=""):
        return box.render(context)
