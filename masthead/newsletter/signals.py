"""Providers' bounce and complaint reports (django-anymail's tracking webhooks) → suppression list."""

import logging

from anymail.signals import AnymailTrackingEvent, EventType, tracking

from masthead.newsletter.models import Delivery, Suppression
from masthead.newsletter.suppression import suppress

log = logging.getLogger(__name__)

REASONS = {
    EventType.BOUNCED: Suppression.Reason.BOUNCED,
    EventType.COMPLAINED: Suppression.Reason.COMPLAINED,
    EventType.REJECTED: Suppression.Reason.REJECTED,
}
DELIVERY_STATUS = {
    EventType.BOUNCED: Delivery.Status.BOUNCED,
    EventType.COMPLAINED: Delivery.Status.COMPLAINED,
    EventType.REJECTED: Delivery.Status.FAILED,
}


def on_tracking(sender, event: AnymailTrackingEvent, esp_name: str, **kwargs) -> None:
    """A hard bounce, a complaint or a rejection stops all mail to the address."""
    reason = REASONS.get(event.event_type)
    if reason is None or not event.recipient:
        return
    # Soft bounces arrive as "deferred" (the provider retries them) and are not suppressed.
    detail = f"{esp_name}: {event.description or event.reject_reason or event.event_type}"
    suppress(email=event.recipient, reason=reason, detail=detail)
    if event.message_id:
        Delivery.objects.filter(provider_id=str(event.message_id)).update(
            status=DELIVERY_STATUS[event.event_type]
        )
    log.info("suppressed %s (%s)", event.recipient, reason)


def connect() -> None:
    tracking.connect(on_tracking, dispatch_uid="masthead.newsletter.suppress")
