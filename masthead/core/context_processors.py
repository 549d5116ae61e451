"""Template context every reader's page needs: the site, its name in the page's language, and
its other language."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info, override

from masthead.core.models import Language, in_language


def site_name(language: str | None = None) -> str:
    """The site's name in `language` (the active one by default).

    Arabic pages, feeds and mail use MASTHEAD_SITE_NAME_AR; without it, the one name everywhere.
    Everything that names the site asks here, so a page never mixes the two.
    """
    return in_language(settings.MASTHEAD_SITE_NAME, settings.MASTHEAD_SITE_NAME_AR, language)


def language_versions(request: HttpRequest) -> dict[str, str]:
    """{language: path} of this page in each language: the same page under the other prefix.

    Views whose page does not exist in the other language (a story) pass their own.
    """
    current = get_language()
    versions = {}
    for code in (Language.ENGLISH, Language.ARABIC):
        if code == current:
            versions[code] = request.path
            continue
        versions[code] = _in_language(request, code)
    return versions


def _in_language(request: HttpRequest, code: str) -> str:
    """This page's address under `code`'s prefix, or that language's home if it has none."""
    match = request.resolver_match
    if match is None:  # not resolved (a 404 page): translate_url would find nothing either
        return f"/{code}/"
    # Reversing the view the request already resolved to: resolving the path again (what
    # translate_url does) cost more than the rest of a cached list page's context.
    with override(code):
        try:
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return f"/{code}/"


def site(request: HttpRequest) -> dict:
    """The site's name and address, and this page's other language."""
    current = get_language()
    other = Language.other(current)
    return {
        "SITE_NAME": site_name(current),
        "SITE_URL": settings.MASTHEAD_SITE_URL,
        "BEACON_PATH": settings.READERSHIP_BEACON_PATH,
        "other_language": other,
        "other_language_name": get_language_info(other)["name_local"],
        # Lazy, so views that pass their own (story pages) do not pay for resolving the path.
        "language_versions": SimpleLazyObject(lambda: language_versions(request)),
    }
