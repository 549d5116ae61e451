"""A reader's own flows: subscribe, confirm, choose, unsubscribe, delete; stale sign-ups removed."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.articles.models import Section
from masthead.core.models import Language
from masthead.newsletter.models import Delivery, Subscriber
from masthead.newsletter.suppression import is_suppressed
from masthead.newsletter.tasks import send_notice_task


def normalize_email(email: str) -> str:
    """The address as stored: trimmed and lower-cased, or ValidationError with a reader's message."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(_("Enter a valid email address, like name@example.com.")) from None
    if len(email) > 254:
        raise ValidationError(_("That email address is too long."))
    return email


@transaction.atomic
def subscribe(*, email: str, language: str, section_ids: Iterable[int] = (), signup_page: str = "") -> None:
    """Start (or restart) a subscription and mail the confirmation link.

    Says nothing about whether the address was known: a confirmed subscriber gets a mail with a
    link to their choices instead, and a suppressed address gets nothing.
    """
    email = normalize_email(email)
    language = language if language in Language.values else Language.ENGLISH
    sections = list(Section.objects.filter(pk__in=list(section_ids)))
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if is_suppressed(email):
        return
    if subscriber is None:
        subscriber = Subscriber.objects.create(email=email, language=language, signup_page=signup_page[:300])
        subscriber.sections.set(sections)
        notice = "confirm"
    elif subscriber.status == Subscriber.Status.CONFIRMED:
        notice = "already"
    else:
        # Pending or gone: ask again, with the choices of this sign-up.
        subscriber.status = Subscriber.Status.PENDING
        subscriber.language = language
        subscriber.save(update_fields=["status", "language"])
        subscriber.sections.set(sections)
        notice = "confirm"
    _notify(subscriber, notice)


def _notify(subscriber: Subscriber, notice: str) -> None:
    pk = subscriber.pk
    transaction.on_commit(lambda: send_notice_task.enqueue(pk, notice))


@transaction.atomic
def confirm_subscription(*, subscriber: Subscriber) -> bool:
    """Confirm a pending subscription (True), or do nothing if it already is (False)."""
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return False
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.unsubscribed_at = None
    subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])
    _notify(subscriber, "welcome")
    return True


@transaction.atomic
def update_preferences(
    *,
    subscriber: Subscriber,
    language: str,
    wants_daily: bool,
    wants_weekly: bool,
    wants_alerts: bool,
    section_ids: Iterable[int],
) -> Subscriber:
    """Save a subscriber's choices; choosing nothing at all is unsubscribing."""
    subscriber.language = language
    subscriber.wants_daily, subscriber.wants_weekly, subscriber.wants_alerts = (
        wants_daily,
        wants_weekly,
        wants_alerts,
    )
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED and (wants_daily or wants_weekly or wants_alerts):
        # Coming back from the preferences page: the address was confirmed before.
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
    subscriber.save()
    subscriber.sections.set(Section.objects.filter(pk__in=list(section_ids)))
    if not (wants_daily or wants_weekly or wants_alerts):
        unsubscribe(subscriber=subscriber)
    return subscriber


@transaction.atomic
def unsubscribe(*, subscriber: Subscriber, delivery_id: int | None = None) -> None:
    """Stop every mail to this subscriber at once; the issue the link came from counts it."""
    now = timezone.now()
    updated = Subscriber.objects.filter(pk=subscriber.pk).exclude(status=Subscriber.Status.UNSUBSCRIBED)
    if updated.update(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=now) and delivery_id:
        Delivery.objects.filter(pk=delivery_id, subscriber=subscriber).update(unsubscribed_at=now)
    subscriber.refresh_from_db()


@transaction.atomic
def delete_subscriber(*, subscriber: Subscriber) -> None:
    """Forget a subscriber: the row goes, and past deliveries keep only their figures."""
    Subscriber.objects.filter(pk=subscriber.pk).delete()


def purge_unconfirmed(*, now: datetime | None = None, dry_run: bool = False) -> int:
    """Delete sign-ups never confirmed within NEWSLETTER_PENDING_DAYS; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.NEWSLETTER_PENDING_DAYS)
    stale = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created_at__lt=cutoff)
    if dry_run:
        return stale.count()
    with transaction.atomic():
        count, _ = stale.delete()
    return count
