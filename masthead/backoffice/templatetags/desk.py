"""The desk on the back office's start page (templates/admin/index.html), and its one date format."""

from datetime import datetime

from django import template
from django.http import HttpRequest
from django.template.defaultfilters import date as format_date
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import pgettext_lazy

from masthead.backoffice.selectors import Desk, desk_for

register = template.Library()

# Every time on the desk reads the same way, in the site's time zone: "4 Dec 2026, 09:30"
# (a language may punctuate it its own way, as Arabic does its comma).
DESK_TIME_FORMAT = pgettext_lazy("date and time on the desk (Django date format)", "j M Y, H:i")


@register.simple_tag(takes_context=True)
def desk(context: template.Context) -> Desk | None:
    """The signed-in user's desk (None: the plain list of the back office's sections).

    Kept on the request: the page asks in two places (its body class and its content).
    """
    request: HttpRequest | None = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_masthead_desk"):
        request._masthead_desk = desk_for(request.user)  # type: ignore[attr-defined]
    return request._masthead_desk  # type: ignore[attr-defined]


@register.filter
def desk_time(value: datetime | None) -> SafeString | str:
    """A time as the desk shows every time, in a <time> element a script or reader can parse."""
    if value is None:
        return "—"
    local = timezone.localtime(value, timezone.get_default_timezone())
    return format_html(
        '<time datetime="{}">{}</time>', local.isoformat(), format_date(local, str(DESK_TIME_FORMAT))
    )
