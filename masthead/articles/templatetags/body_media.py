"""`{{ article.body|body_media }}`: a body's pictures and embeds as a reader's page shows them
(masthead.articles.bodies); `{{ page.body|body_excerpt:200 }}`: its start as plain text."""

from django import template
from django.utils.safestring import SafeString

from masthead.articles.bodies import BODY_SIZES, with_media
from masthead.core.text import excerpt

register = template.Library()


@register.filter
def body_media(body: str, sizes: str = BODY_SIZES) -> SafeString:
    """The (already sanitized) body with its pictures' renditions and its embeds as cards."""
    return with_media(body, sizes)


@register.filter
def body_excerpt(body: str, max_chars: int = 200) -> str:
    """The start of a body as plain text, e.g. a standing page's description."""
    return excerpt(body, int(max_chars))
