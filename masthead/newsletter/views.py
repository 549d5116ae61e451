"""The sign-up box's endpoint and the pages reached from links in mail (signed, no login)."""

import json
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from masthead.core.ratelimit import allow
from masthead.newsletter import subscriptions, tokens
from masthead.newsletter.forms import PreferencesForm, SubscribeForm
from masthead.newsletter.selectors import subscriber_data


def _private(response: HttpResponse) -> HttpResponse:
    """Pages opened from a signed link: never cached or indexed, and the link never leaks onwards."""
    response["Cache-Control"] = "private, no-store"
    # Not "no-referrer": that makes browsers send "Origin: null" with the page's own forms,
    # which the CSRF check refuses. "same-origin" still keeps the link from other sites.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


def _from_this_site(request: HttpRequest) -> bool:
    """The sign-up came from one of our pages (cached pages carry no CSRF token, so this stands in)."""
    allowed = {
        _origin(settings.MASTHEAD_SITE_URL),
        f"{request.scheme}://{request.get_host()}",
        *(_origin(o) for o in settings.CSRF_TRUSTED_ORIGINS),
    }
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin in allowed
    referer = request.headers.get("Referer")
    return bool(referer) and _origin(referer) in allowed


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _answer(
    request: HttpRequest, status: int, message: str, form: SubscribeForm | None = None
) -> HttpResponse:
    if _wants_json(request):
        errors = {k: [str(e) for e in v] for k, v in form.errors.items()} if form is not None else {}
        return _private(
            JsonResponse({"ok": status == 200, "message": message, "errors": errors}, status=status)
        )
    context = {"message": message, "form": form, "ok": status == 200}
    return _private(render(request, "newsletter/subscribe.html", context, status=status))


def signup(request: HttpRequest) -> HttpResponse:
    """A page of its own for the box: the target of links to the newsletter."""
    return render(request, "newsletter/subscribe.html")


@csrf_exempt  # reached from cached pages; guarded by origin, rate limits and a trap field instead
@require_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    if not _from_this_site(request):
        return _answer(request, 403, _("Please subscribe with the form on our site."))
    address = request.META.get(settings.READERSHIP_ADDRESS_HEADER or "REMOTE_ADDR", "") or "unknown"
    if not allow("signup-ip", address, settings.NEWSLETTER_SIGNUPS_PER_IP_HOUR, 3600):
        return _answer(
            request, 429, _("Too many sign-ups from your connection. Please try again in an hour.")
        )
    form = SubscribeForm(request.POST)
    done = _("Almost there: check your inbox and click the link we sent to confirm your subscription.")
    if not form.is_valid():
        return _answer(request, 400, _("Please check the form."), form)
    if form.cleaned_data["website"]:
        return _answer(request, 200, done)  # a robot: it learns nothing
    try:
        email = subscriptions.normalize_email(form.cleaned_data["email"])
    except ValidationError as error:
        form.add_error("email", error)
        return _answer(request, 400, error.messages[0], form)
    # Per address, whoever asks: a known address answers exactly like a new one, and no inbox
    # is flooded with confirmation mails.
    if allow("signup-email", email, settings.NEWSLETTER_MAILS_PER_EMAIL_HOUR, 3600):
        subscriptions.subscribe(
            email=email,
            language=form.cleaned_data["language"] or get_language(),
            section_ids=[s.pk for s in form.cleaned_data["sections"]],
            signup_page=urlsplit(request.headers.get("Referer", "")).path,
        )
    return _answer(request, 200, done)


def signed_page(salt: str):
    """A view reached from a signed link in mail: it gets the link's subscriber (a forged,
    expired or revoked link gets a page saying so), and its answer is kept private."""

    def decorate(view):
        @never_cache
        @wraps(view)
        def wrapper(request: HttpRequest, token: str) -> HttpResponse:
            link = tokens.read(token, salt)
            if link is None:
                return _private(render(request, "newsletter/link_invalid.html", status=400))
            return _private(view(request, link, token))

        return wrapper

    return decorate


@require_http_methods(["GET", "POST"])
@signed_page(tokens.CONFIRM)
def confirm(request: HttpRequest, link: tokens.Link, token: str) -> HttpResponse:
    """GET shows a button (mail scanners follow links; a person presses it); POST confirms."""
    confirmed = request.method == "POST" and subscriptions.confirm_subscription(subscriber=link.subscriber)
    link.subscriber.refresh_from_db()
    context = {
        "subscriber": link.subscriber,
        "just_confirmed": confirmed,
        "manage_token": tokens.manage_token(link.subscriber),
    }
    return render(request, "newsletter/confirm.html", context)


@require_http_methods(["GET", "POST"])
@signed_page(tokens.MANAGE)
def manage(request: HttpRequest, link: tokens.Link, token: str) -> HttpResponse:
    subscriber = link.subscriber
    form = PreferencesForm(request.POST or None, instance=subscriber)
    saved = False
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        subscriptions.update_preferences(
            subscriber=subscriber,
            language=data["language"],
            wants_daily=data["wants_daily"],
            wants_weekly=data["wants_weekly"],
            wants_alerts=data["wants_alerts"],
            section_ids=[s.pk for s in data["sections"]],
        )
        if subscriber.language != get_language():
            # The page follows the reader's new language.
            with translation.override(subscriber.language):
                return redirect(reverse("newsletter:manage", args=[token]) + "?saved=1")
        saved = True
    context = {
        "form": form,
        "subscriber": subscriber,
        "token": token,
        "saved": saved or "saved" in request.GET,
    }
    return render(request, "newsletter/manage.html", context, status=400 if form.errors else 200)


@signed_page(tokens.MANAGE)
def download(request: HttpRequest, link: tokens.Link, token: str) -> HttpResponse:
    """Everything kept about the subscriber, as JSON."""
    body = json.dumps(subscriber_data(link.subscriber), indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="newsletter-data-{stamp}.json"'
    return response


@require_http_methods(["GET", "POST"])
@signed_page(tokens.MANAGE)
def delete(request: HttpRequest, link: tokens.Link, token: str) -> HttpResponse:
    if request.method == "POST":
        email = link.subscriber.email
        subscriptions.delete_subscriber(subscriber=link.subscriber)
        return render(request, "newsletter/deleted.html", {"email": email})
    return render(request, "newsletter/delete.html", {"subscriber": link.subscriber, "token": token})


@csrf_exempt  # RFC 8058: mail programs POST "List-Unsubscribe=One-Click" with no cookie or token
@require_http_methods(["GET", "POST"])
@signed_page(tokens.MANAGE)
def unsubscribe(request: HttpRequest, link: tokens.Link, token: str) -> HttpResponse:
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber=link.subscriber, delivery_id=link.delivery_id)
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(_("You are unsubscribed."), content_type="text/plain; charset=utf-8")
    context = {
        "subscriber": link.subscriber,
        "token": token,
        "manage_token": tokens.manage_token(link.subscriber),
    }
    return render(request, "newsletter/unsubscribe.html", context)
