"""Template context every page needs."""

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict:
    return {"SITE_NAME": settings.MASTHEAD_SITE_NAME, "SITE_URL": settings.MASTHEAD_SITE_URL}
