"""The back office's "Suggest" button: tag suggestions for the draft being edited, as JSON."""

import re

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from masthead.core.html import plain_text
from masthead.suggestions.services import LANGUAGES, suggest_tags

# A long feature is some 50,000 characters of HTML; past this the request is not a story
# (and would keep a worker busy for nothing).
MAX_TEXT_LENGTH = 200_000
# Block ends become paragraph breaks before the markup goes: a headline, a subheading or a
# list item ends a sentence without a full stop, and names must not run across it.
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption|pre|td|th|tr)>|<br\s*/?>", re.I)
_PARAGRAPHS = re.compile(r"\n\s*\n")


def draft_text(html: str) -> str:
    """The visible text of a draft (headline, dek and body, HTML allowed), one paragraph a line."""
    blocks = _PARAGRAPHS.split(_BLOCK_END.sub(lambda m: m.group() + "\n\n", html))
    return "\n".join(text for text in (plain_text(block) for block in blocks) if text)


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


@never_cache
def suggest(request: HttpRequest) -> JsonResponse:
    """POST `text` and `language`: `{"suggestions": [{label, kind, tag_id, score}, ...]}`.

    Only staff who may edit stories may ask (403 otherwise, never a redirect to the login
    page, which a script could not follow). The CSRF check applies as to any form post.
    """
    user = request.user
    if not (
        user.is_authenticated
        and user.is_active
        and user.is_staff
        and user.has_perm("articles.change_article")
    ):
        return _error("You may not suggest tags.", 403)
    if request.method != "POST":
        response = _error("Send the draft with POST.", 405)
        response["Allow"] = "POST"
        return response
    text = request.POST.get("text", "")
    language = request.POST.get("language", "")
    if language not in LANGUAGES:
        return _error(f"The language must be one of: {', '.join(LANGUAGES)}.", 400)
    if len(text) > MAX_TEXT_LENGTH:
        return _error(f"The text is too long (more than {MAX_TEXT_LENGTH:,} characters).", 400)
    suggestions = suggest_tags(draft_text(text), language)
    return JsonResponse(
        {
            "suggestions": [
                {"label": s.label, "kind": s.kind, "tag_id": s.tag_id, "score": s.score} for s in suggestions
            ]
        }
    )
