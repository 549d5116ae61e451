"""Template context of every reader's page that comes from the stories: the sections in the nav."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from masthead.articles.models import Section
from masthead.articles.selectors import all_sections
from masthead.core.pagecache import keys


def request_sections(request: HttpRequest) -> list[Section]:
    """Every section in order, shared by the nav and the view (`all_sections`: no query, mostly).

    Using them means the page shows the navigation: it carries the NAV key.
    """
    found = getattr(request, "_masthead_sections", None)
    if found is None:
        found = request._masthead_sections = all_sections()
        keys.add(request, keys.NAV)
    return found


def navigation(request: HttpRequest) -> dict:
    """`nav_sections`: the sections shown in the header and footer (fetched only if shown)."""
    return {
        "nav_sections": SimpleLazyObject(lambda: [s for s in request_sections(request) if s.is_in_navigation])
    }
