"""A signed click goes to its creative's own address; /ads.txt comes from the back office."""

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from masthead.ads import serving
from masthead.ads.counting import tally
from masthead.ads.models import AdsTxt, Creative
from masthead.ads.wsgi import decide as decide_slots
from masthead.ads.wsgi import record_seen


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


@csrf_exempt  # a beacon from cached pages; the signed token is what counts
@require_POST
def seen(request: HttpRequest) -> HttpResponse:
    """Django's route to the viewability beacon (servers without the front app: runserver, tests)."""
    value = serving.read_token(request.POST.get("t", ""), serving.SEEN_SALT)
    record_seen(value)
    return HttpResponse(status=204, headers={"Cache-Control": "no-store"})


@require_GET
def decide(request: HttpRequest) -> HttpResponse:
    """Django's route to the decision endpoint; `masthead serve` answers it before Django."""
    response = JsonResponse(decide_slots(dict(request.GET.lists())))
    response["Cache-Control"] = "no-store"
    return response


def ads_txt(request: HttpRequest) -> HttpResponse:
    row = AdsTxt.objects.first()
    response = HttpResponse(row.content if row else "", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response
