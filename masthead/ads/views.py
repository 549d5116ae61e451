"""A signed click goes to its creative's own address; /ads.txt comes from the back office."""

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.ads import serving
from masthead.ads.counting import tally
from masthead.ads.models import AdsTxt, Creative


def click(request: HttpRequest, token: str) -> HttpResponse:
    """The address comes from the creative, never from the link: an altered link goes nowhere."""
    value = serving.read_token(token, serving.CLICK_SALT)
    creative = Creative.objects.filter(pk=value[0]).only("click_url").first() if value else None
    if creative is None or not creative.click_url:
        return HttpResponseBadRequest(
            _("This ad link is not valid."), content_type="text/plain; charset=utf-8"
        )
    tally.add(creative.pk, timezone.localdate(), "clicks")
    response = HttpResponseRedirect(creative.click_url)
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def ads_txt(request: HttpRequest) -> HttpResponse:
    row = AdsTxt.objects.first()
    response = HttpResponse(row.content if row else "", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response
