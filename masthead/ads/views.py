"""A signed click goes to its creative's own address; a tag's own frame; /ads.txt from the back office.

Also Django's routes to the decision and viewability endpoints, for servers without the front
app (runserver, tests): the same calls into masthead.ads.serving as masthead.ads.wsgi makes.
"""

from csp.decorators import csp
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from masthead.ads import serving, tokens
from masthead.ads.counting import tally
from masthead.ads.models import AdsTxt, Creative


def click(request: HttpRequest, token: str) -> HttpResponse:
    """The address comes from the creative, never from the link: an altered link goes nowhere."""
    value = tokens.read_token(token, tokens.CLICK_SALT)
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


# The frame's own policy: the vendor's scripts may load from anywhere, but the document is sandboxed
# (an opaque origin, even when opened on its own) and may only be framed by this site's pages.
FRAME_POLICY = {
    "default-src": ["*", "data:", "blob:", "'unsafe-inline'", "'unsafe-eval'"],
    "sandbox": ["allow-scripts", "allow-popups", "allow-popups-to-escape-sandbox"],
    "frame-ancestors": ["'self'"],
}


@require_GET
@xframe_options_sameorigin
@csp(FRAME_POLICY)
def frame(request: HttpRequest, token: str) -> HttpResponse:
    """A third-party tag's document, shown in a sandboxed frame in its slot."""
    creative_id = tokens.read_frame_token(token)
    creative = (
        Creative.objects.filter(pk=creative_id, kind=Creative.Kind.TAG).only("html").first()
        if creative_id is not None
        else None
    )
    if creative is None:
        return HttpResponse(status=404, headers={"Cache-Control": "no-store"})
    response = HttpResponse(render_to_string("ads/frame.html", {"tag": creative.html}))
    response["Cache-Control"] = "public, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt  # a beacon from cached pages; the signed token is what counts
@require_POST
def seen(request: HttpRequest) -> HttpResponse:
    """Django's route to the viewability beacon (servers without the front app: runserver, tests)."""
    serving.record_seen(request.POST.get("t", ""))
    return HttpResponse(status=204, headers={"Cache-Control": "no-store"})


@require_GET
def decide(request: HttpRequest) -> HttpResponse:
    """Django's route to the decision endpoint; `masthead serve` answers it before Django."""
    response = JsonResponse(serving.decide(dict(request.GET.lists())))
    response["Cache-Control"] = "no-store"
    return response


def ads_txt(request: HttpRequest) -> HttpResponse:
    row = AdsTxt.objects.first()
    response = HttpResponse(row.content if row else "", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response
