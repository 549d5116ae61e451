"""Template tags for the back office's pages."""

from django import template
from django.forms import Media
from django.utils.safestring import SafeString
from js_asset import Media as NoncedMedia

register = template.Library()


@register.simple_tag(takes_context=True)
def media_with_nonce(context, media: Media | None) -> SafeString | str:
    """A form's scripts and styles, inline ones carrying the request's CSP nonce (django-csp)."""
    if not media:
        return ""
    request = context.get("request")
    nonce = getattr(request, "csp_nonce", None)
    return NoncedMedia.from_media(media, nonce=nonce).render() if nonce is not None else media.render()
