"""Signed links in mail: confirm (expires), manage and unsubscribe (revoked by a new key).

No token table: a link carries the subscriber's id and is signed with the site's secret and the
subscriber's own key, so changing the key (or deleting the row) makes every old link useless.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from masthead.newsletter.models import Subscriber

CONFIRM = "newsletter.confirm"
MANAGE = "newsletter.manage"


@dataclass(frozen=True)
class Link:
    subscriber: Subscriber
    delivery_id: int | None = None


def _sign(salt: str, subscriber: Subscriber, delivery_id: int | None = None) -> str:
    value = [subscriber.pk, subscriber.key] + ([delivery_id] if delivery_id else [])
    # A timestamp only where it is checked: manage links stay short.
    if salt == CONFIRM:
        return signing.TimestampSigner(salt=salt).sign_object(value, compress=False)
    return signing.Signer(salt=salt).sign_object(value, compress=False)


def confirm_token(subscriber: Subscriber) -> str:
    return _sign(CONFIRM, subscriber)


def manage_token(subscriber: Subscriber, delivery_id: int | None = None) -> str:
    return _sign(MANAGE, subscriber, delivery_id)


def read(token: str, salt: str) -> Link | None:
    """The subscriber a token names, or None if it is forged, expired, revoked or deleted."""
    try:
        if salt == CONFIRM:
            value = signing.TimestampSigner(salt=salt).unsign_object(
                token, max_age=settings.NEWSLETTER_CONFIRM_DAYS * 86400
            )
        else:
            value = signing.Signer(salt=salt).unsign_object(token)
        pk, key, *rest = value
    except (signing.BadSignature, ValueError, TypeError):
        return None
    subscriber = Subscriber.objects.filter(pk=pk, key=key).first() if isinstance(pk, int) else None
    if subscriber is None:
        return None
    delivery_id = rest[0] if rest and isinstance(rest[0], int) else None
    return Link(subscriber, delivery_id)
