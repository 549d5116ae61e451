"""The mails to one reader about their subscription: a confirmation link, a welcome, a reminder."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from masthead.core.context_processors import site_name
from masthead.newsletter import mail
from masthead.newsletter.backends import newsletter_connection
from masthead.newsletter.models import Subscriber
from masthead.newsletter.suppression import is_suppressed


def send_notice(*, subscriber_id: int, notice: str) -> bool:
    """Mail a confirmation link ("confirm"), a welcome ("welcome") or a link to one's choices ("already")."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or is_suppressed(subscriber.email):
        return False
    if notice == "confirm" and subscriber.status != Subscriber.Status.PENDING:
        return False
    if notice in ("welcome", "already") and subscriber.status != Subscriber.Status.CONFIRMED:
        return False
    with translation.override(subscriber.language):  # the reader's, not the page's or worker's
        subjects = {
            "confirm": _("Please confirm your subscription to %(site)s"),
            "welcome": _("Welcome to the newsletter from %(site)s"),
            "already": _("You are already subscribed to %(site)s"),
        }
        subject = subjects[notice] % {"site": site_name(subscriber.language)}
    context = {
        "subject": subject,
        "subscriber": subscriber,
        "confirm_url": mail.confirm_url(subscriber) if notice == "confirm" else "",
        "confirm_days": settings.NEWSLETTER_CONFIRM_DAYS,
    }
    rendered = mail.render(notice, context, subscriber.language)
    links = mail.links_for(subscriber)
    if notice == "confirm":
        del links["unsubscribe"]  # nothing to leave yet
    message = mail.build(rendered, to=subscriber.email, links=links, list_headers=notice != "confirm")
    newsletter_connection().send_messages([message])
    return True
