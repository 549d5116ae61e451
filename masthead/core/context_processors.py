"""Template context every reader's page needs: the site, its sections and its other language."""

from django.apps import apps
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.encoding import iri_to_uri
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info

from masthead.core import versions
from masthead.core.models import Language
from masthead.core.pagecache import keys

# (stamp, sections) as this process last loaded them; see masthead.core.versions.
_sections: tuple[int, list] = (-1, [])


def request_sections(request: HttpRequest) -> list:
    """Every section in order, shared by the nav and the view, and by requests in this process.

    They are reloaded only when a section changed (its "sections" stamp moved), so nearly every
    page saves a query. Using them means the page shows the navigation: it carries the NAV key.
    The model is looked up by name because core sits below the articles app.
    """
    global _sections
    cached = getattr(request, "_masthead_sections", None)
    if cached is None:
        stamp = versions.current("sections")
        if _sections[0] != stamp:
            section_model = apps.get_model("articles", "Section")
            _sections = (stamp, list(section_model.objects.all()))
        cached = request._masthead_sections = _sections[1]
        keys.add(request, keys.NAV)
    return cached


def absolute(path: str) -> str:
    """The public address of a site path (from settings, never from the request's Host)."""
    return settings.MASTHEAD_SITE_URL + iri_to_uri(path)


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
        other = translate_url(request.path, code)
        # An address that does not resolve (a 404) comes back unchanged: use that language's home.
        versions[code] = other if other != request.path else f"/{code}/"
    return versions


def site(request: HttpRequest) -> dict:
    current = get_language()
    other = Language.other(current)

    def nav():
        return [s for s in request_sections(request) if s.is_in_navigation]

    return {
        "SITE_NAME": settings.MASTHEAD_SITE_NAME,
        "SITE_URL": settings.MASTHEAD_SITE_URL,
        "BEACON_PATH": settings.READERSHIP_BEACON_PATH,
        "nav_sections": SimpleLazyObject(nav),
        "other_language": other,
        "other_language_name": get_language_info(other)["name_local"],
        # Lazy, so views that pass their own (story pages) do not pay for resolving the path.
        "language_versions": SimpleLazyObject(lambda: language_versions(request)),
    }
