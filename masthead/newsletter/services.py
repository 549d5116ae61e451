"""Subscribing, choices and removal; queueing issues and sending them exactly once."""

import logging
import smtplib
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from masthead.articles.models import Article, Section
from masthead.core.models import Language
from masthead.newsletter import mail
from masthead.newsletter.backends import (
    HandOverSMTPBackend,
    Refused,
    newsletter_connection,
    send_handing_over,
    send_raw_handing_over,
)
from masthead.newsletter.models import HANDED_OVER, Delivery, Issue, Subscriber, Suppression
from masthead.newsletter.selectors import DigestStories

log = logging.getLogger(__name__)
S = Delivery.Status
# Plain SQL: it runs once per message, between the body and the final dot.
HAND_OVER_SQL = (
    f"UPDATE {Delivery._meta.db_table} SET status = %s, handed_at = %s, attempts = attempts + 1 "
    "WHERE id = %s AND status = %s AND claimed_by = %s"
)


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


def is_suppressed(email: str) -> bool:
    return Suppression.objects.filter(email=email).exists()


# --- Readers -----------------------------------------------------------------------------------


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
    from masthead.newsletter.tasks import send_notice_task

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


def suppress(*, email: str, reason: str, detail: str = "") -> bool:
    """Put an address on the suppression list (True if it was not there); no mail goes to it again."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            _, created = Suppression.objects.get_or_create(
                email=email, defaults={"reason": reason, "detail": detail[:2000]}
            )
    except IntegrityError:  # another process added it first
        created = False
    return created


def purge_unconfirmed(*, now: datetime | None = None, dry_run: bool = False) -> int:
    """Delete sign-ups never confirmed within NEWSLETTER_PENDING_DAYS; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.NEWSLETTER_PENDING_DAYS)
    stale = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created_at__lt=cutoff)
    if dry_run:
        return stale.count()
    with transaction.atomic():
        count, _ = stale.delete()
    return count


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
        subject = subjects[notice] % {"site": settings.MASTHEAD_SITE_NAME}
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


# --- Issues ------------------------------------------------------------------------------------


def queue_issue(*, issue: Issue, user=None) -> Issue:
    """Send a draft issue: queued now, sent by the task worker."""
    from masthead.newsletter.tasks import send_issue_task

    with transaction.atomic():
        issue = Issue.objects.select_for_update().get(pk=issue.pk)
        if issue.status != Issue.Status.DRAFT:
            raise ValidationError(_("This issue was already sent or queued."))
        if issue.kind == Issue.Kind.EDITION and not (
            issue.subject and (issue.body or issue.stories.exists())
        ):
            raise ValidationError(_("An edition needs a subject and a text or stories before it is sent."))
        issue.status = Issue.Status.QUEUED
        issue.queued_at = issue.heartbeat_at = timezone.now()
        issue.save(update_fields=["status", "queued_at", "heartbeat_at"])
        transaction.on_commit(lambda: send_issue_task.enqueue(issue.pk))
    return issue


def queue_alert(*, article: Article, user=None) -> Issue:
    """A breaking alert for a published story, to every subscriber in its language who wants alerts."""
    if not Article.objects.published().filter(pk=article.pk).exists():
        raise ValidationError(_("Only a published story can be sent as an alert."))
    if (
        Issue.objects.filter(kind=Issue.Kind.ALERT, article=article)
        .exclude(status=Issue.Status.CANCELLED)
        .exists()
    ):
        raise ValidationError(_("An alert for this story was already sent."))
    issue = Issue.objects.create(
        kind=Issue.Kind.ALERT, language=article.language, article=article, created_by=user
    )
    return queue_issue(issue=issue, user=user)


def queue_digests(*, kind: str, slot_at: datetime) -> list[Issue]:
    """The digests of one slot, one per language; a slot already queued is not queued again."""
    from masthead.newsletter.tasks import send_issue_task

    queued = []
    for language in Language.values:
        try:
            with transaction.atomic():
                issue, created = Issue.objects.get_or_create(
                    kind=kind,
                    language=language,
                    slot_at=slot_at,
                    defaults={
                        "status": Issue.Status.QUEUED,
                        "queued_at": timezone.now(),
                        "heartbeat_at": timezone.now(),
                    },
                )
        except IntegrityError:  # another worker's clock queued it at the same moment
            continue
        if created:
            transaction.on_commit(lambda pk=issue.pk: send_issue_task.enqueue(pk))
            queued.append(issue)
    return queued


def send_test(*, issue: Issue, to: str) -> None:
    """Mail an issue as the given address would get it, marked as a test; counts nowhere."""
    email = normalize_email(to)
    subscriber = Subscriber(pk=0, email=email, language=issue.language, key="test")
    stories = _issue_stories(issue, DigestStories(issue, timezone.now()) if issue.is_digest else None, None)
    composer = mail.IssueComposer(issue)
    message = composer.message(subscriber, stories, 0, message_id=None)
    message.subject = _("[Test] %(subject)s") % {"subject": message.subject}
    newsletter_connection().send_messages([message])


def render_preview(*, issue: Issue) -> mail.Rendered:
    """An issue's mail as its subscribers get it, their own links left as placeholders.

    A digest shows the stories of its slot, or of now if it has none.
    """
    digest = DigestStories(issue, issue.slot_at or timezone.now()) if issue.is_digest else None
    return mail.IssueComposer(issue).rendering(_issue_stories(issue, digest, None))


def _issue_stories(
    issue: Issue, digest: DigestStories | None, subscriber: Subscriber | None
) -> list[Article]:
    if issue.kind == Issue.Kind.ALERT:
        return list(Article.objects.for_listing().filter(pk=issue.article_id))
    if issue.kind == Issue.Kind.EDITION:
        return list(issue.stories.published().for_listing().order_by("-published_at"))
    assert digest is not None
    if subscriber is None:
        return digest.for_subscriber(None, [])
    since = subscriber.last_daily_at if issue.kind == Issue.Kind.DAILY else subscriber.last_weekly_at
    return digest.for_subscriber(since, subscriber.section_ids)


def plan(issue_id: int) -> Issue | None:
    """Write one pending delivery per recipient, once; None if the issue is not to be sent."""
    with transaction.atomic():
        issue = Issue.objects.select_for_update().filter(pk=issue_id).first()
        if issue is None or issue.status not in (Issue.Status.QUEUED, Issue.Status.SENDING):
            return None
        if issue.status == Issue.Status.QUEUED:
            recipients = Subscriber.objects.receiving(issue.kind).filter(language=issue.language)
            if issue.is_digest:
                # Confirmed after the slot's cut-off: their first digest is the next one.
                recipients = recipients.filter(confirmed_at__lte=issue.slot_at)
            ids = list(recipients.order_by("pk").values_list("pk", flat=True))
            for start in range(0, len(ids), 2000):
                Delivery.objects.bulk_create(
                    [Delivery(issue=issue, subscriber_id=pk) for pk in ids[start : start + 2000]],
                    ignore_conflicts=True,
                )
            issue.status = Issue.Status.SENDING
            issue.started_at = issue.heartbeat_at = timezone.now()
            issue.save(update_fields=["status", "started_at", "heartbeat_at"])
    return issue


def send_issue(*, issue_id: int) -> int:
    """Plan an issue if needed and send what is left of it; returns how many were handed over."""
    issue = plan(issue_id)
    if issue is None:
        return 0
    sender = Sender(issue)
    sent = sender.run()
    finish(issue)
    return sent


def finish(issue: Issue) -> bool:
    """Mark an issue sent once nothing is left waiting."""
    if Delivery.objects.filter(issue=issue, status__in=[S.PENDING, S.CLAIMED]).exists():
        return False
    return bool(
        Issue.objects.filter(pk=issue.pk, status=Issue.Status.SENDING).update(
            status=Issue.Status.SENT, finished_at=timezone.now()
        )
    )


def resume_stalled(*, now: datetime | None = None) -> list[int]:
    """Queue again the issues whose sender stopped (a worker killed or lost) with mail left to send."""
    from masthead.newsletter.tasks import send_issue_task

    now = now or timezone.now()
    stalled_before = now - timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS)
    resumed = []
    for issue in Issue.objects.filter(
        status__in=[Issue.Status.QUEUED, Issue.Status.SENDING], heartbeat_at__lt=stalled_before
    ):
        # Claimed by this clock: another worker's clock sees a fresh heartbeat and leaves it.
        if Issue.objects.filter(pk=issue.pk, heartbeat_at=issue.heartbeat_at).update(heartbeat_at=now):
            if issue.status == Issue.Status.SENDING and finish(issue):
                continue
            transaction.on_commit(lambda pk=issue.pk: send_issue_task.enqueue(pk))
            resumed.append(issue.pk)
    return resumed


@dataclass
class Sender:
    """Sends an issue's pending deliveries in leased batches at NEWSLETTER_RATE messages a second."""

    issue: Issue
    token: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    handed: int = 0
    failures: int = 0  # connection failures in a row
    accepted: list[int] = field(default_factory=list)  # handed over and answered "250": sent
    digested: list[int] = field(default_factory=list)  # subscribers handed this digest

    def run(self) -> int:
        issue = self.issue
        self.digest = DigestStories(issue, issue.slot_at) if issue.is_digest else None
        self.composer = mail.IssueComposer(issue)
        self.fixed_stories = None if issue.is_digest else _issue_stories(issue, None, None)
        self.connection = newsletter_connection()
        self.catch_up_cutoffs()
        rate = settings.NEWSLETTER_RATE
        self.started = time.monotonic()
        try:
            while batch := self.claim():
                for delivery in batch:
                    if rate:
                        wait = self.started + self.handed / rate - time.monotonic()
                        if wait > 0:
                            time.sleep(wait)
                    self.send(delivery)
                    if self.failures >= 3:
                        # The mail server is unreachable: stop; the clock resumes the issue later.
                        log.warning("issue %s: mail server unreachable, sending paused", issue.pk)
                        return self.handed
                self.confirm_accepted()
                Issue.objects.filter(pk=issue.pk).update(heartbeat_at=timezone.now())
        finally:
            self.confirm_accepted()
            # Whatever this sender still holds was never handed over: free it for the next one.
            Delivery.objects.filter(issue=issue, status=S.CLAIMED, claimed_by=self.token).update(
                status=S.PENDING, claimed_by="", lease_until=None
            )
            try:
                self.connection.close()
            except Exception:
                log.debug("closing the mail connection failed", exc_info=True)
        return self.handed

    def claim(self) -> list[Delivery]:
        now = timezone.now()
        size = settings.NEWSLETTER_BATCH_SIZE
        rate = settings.NEWSLETTER_RATE
        # Long enough to send the whole batch at the configured rate, with room to spare.
        lease = max(settings.NEWSLETTER_LEASE_SECONDS, 2 * size / rate if rate else 0)
        free = Q(status=S.PENDING) & (Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        expired = Q(status=S.CLAIMED, lease_until__lt=now)
        with transaction.atomic():
            ids = list(
                Delivery.objects.select_for_update(skip_locked=True)
                .filter(free | expired, issue=self.issue)
                .order_by("pk")
                .values_list("pk", flat=True)[:size]
            )
            if not ids:
                return []
            Delivery.objects.filter(pk__in=ids).update(
                status=S.CLAIMED, claimed_by=self.token, lease_until=now + timedelta(seconds=lease)
            )
        batch = list(Delivery.objects.filter(pk__in=ids).select_related("subscriber").order_by("pk"))
        subscribers = [d.subscriber for d in batch if d.subscriber]
        suppressed = set(
            Suppression.objects.filter(email__in=[s.email for s in subscribers]).values_list(
                "email", flat=True
            )
        )
        sections: dict[int, list[int]] = {}
        if self.digest is not None:
            through = Subscriber.sections.through.objects.filter(subscriber__in=subscribers)
            for subscriber_id, section_id in through.values_list("subscriber_id", "section_id"):
                sections.setdefault(subscriber_id, []).append(section_id)
        for subscriber in subscribers:
            subscriber.section_ids = sections.get(subscriber.pk, [])
            subscriber.is_suppressed = subscriber.email in suppressed
        return batch

    def skip(self, delivery: Delivery, note: str) -> None:
        Delivery.objects.filter(pk=delivery.pk, claimed_by=self.token).update(
            status=S.SKIPPED, note=note, claimed_by=""
        )

    def release(self, delivery: Delivery, note: str, *, permanent: bool) -> None:
        """Give a row back after a refusal: failed for good, or waiting for a later retry."""
        attempts = delivery.attempts + 1
        if permanent or attempts >= settings.NEWSLETTER_MAX_ATTEMPTS:
            update = {"status": S.FAILED}
        else:
            backoff = timedelta(seconds=60 * 2**attempts)
            update = {"status": S.PENDING, "lease_until": timezone.now() + backoff}
        Delivery.objects.filter(pk=delivery.pk).update(
            attempts=attempts, note=note[:300], claimed_by="", **update
        )

    def send(self, delivery: Delivery) -> None:
        issue, subscriber = self.issue, delivery.subscriber
        if subscriber is None:
            return self.skip(delivery, "deleted")
        if subscriber.status != Subscriber.Status.CONFIRMED:
            return self.skip(delivery, "unsubscribed")
        if subscriber.is_suppressed:
            return self.skip(delivery, "suppressed")
        if self.fixed_stories is not None:
            stories = self.fixed_stories
        else:
            stories = _issue_stories(issue, self.digest, subscriber)
            if not stories:
                return self.skip(delivery, "nothing new")
        raw = None
        if isinstance(self.connection, HandOverSMTPBackend):
            raw = self.composer.wire_message(subscriber, stories, delivery.pk, delivery.message_id)
        message = (
            None if raw else self.composer.message(subscriber, stories, delivery.pk, delivery.message_id)
        )

        def hand_over() -> bool:
            # One statement, committed on its own: the record that this message is now sent.
            with connection.cursor() as cursor:
                cursor.execute(
                    HAND_OVER_SQL, [S.HANDED, self.now_for_sql(), delivery.pk, S.CLAIMED, self.token]
                )
                if cursor.rowcount != 1:
                    return False  # the lease ran out and another sender has it
            self.digested.append(subscriber.pk)
            return True

        try:
            if raw:
                send_raw_handing_over(
                    self.connection, self.composer.wire(stories).sender, subscriber.email, raw, hand_over
                )
            else:
                send_handing_over(self.connection, message, hand_over)
        except Refused:
            return None
        except smtplib.SMTPRecipientsRefused as error:
            # Refused at RCPT, before any hand-over.
            code, reply = next(iter(error.recipients.values()))
            if 500 <= code < 600:
                suppress(
                    email=subscriber.email, reason=Suppression.Reason.REJECTED, detail=f"{code} {reply!r}"
                )
            return self.release(delivery, f"{code} {reply!r}", permanent=500 <= code < 600)
        except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as error:
            # Answered after the dot (or at MAIL): the server did not take the message.
            self.undo_hand_over(delivery)
            return self.release(
                delivery, f"{error.smtp_code} {error.smtp_error!r}", permanent=error.smtp_code >= 500
            )
        except (smtplib.SMTPException, OSError) as error:
            # The connection failed. Before the hand-over nothing was sent; after it, the message
            # may have arrived, so it stays handed over.
            self.reconnect()
            self.failures += 1
            # Not the message's fault: it waits for the server without spending an attempt (the
            # run stops after a few such failures and the issue is resumed later).
            if Delivery.objects.filter(pk=delivery.pk, status=S.CLAIMED, claimed_by=self.token).update(
                status=S.PENDING, claimed_by="", lease_until=None, note=f"connection: {error}"[:300]
            ):
                return None
            Delivery.objects.filter(pk=delivery.pk).update(
                note=f"connection lost after hand-over: {error}"[:300]
            )
            return None
        except Exception as error:
            status = getattr(getattr(error, "response", None), "status_code", None)
            if status is None:
                raise  # a provider API failed without an answer: it stays handed over
            self.undo_hand_over(delivery)
            return self.release(
                delivery, f"provider: {status}", permanent=400 <= status < 500 and status != 429
            )
        self.handed += 1
        self.failures = 0
        provider_id = getattr(getattr(message, "anymail_status", None), "message_id", None)
        if provider_id is not None:  # kept to match the provider's bounce and complaint reports
            Delivery.objects.filter(pk=delivery.pk, status=S.HANDED).update(
                status=S.SENT, provider_id=str(provider_id)[:200]
            )
        else:
            self.accepted.append(delivery.pk)
        return None

    def confirm_accepted(self) -> None:
        """Record, for the messages handed over since last time, the answers and digest cut-offs."""
        if self.accepted:
            Delivery.objects.filter(pk__in=self.accepted, status=S.HANDED).update(status=S.SENT)
            self.accepted = []
        if self.digested and self.cutoff_field:
            Subscriber.objects.filter(pk__in=self.digested).update(**{self.cutoff_field: self.issue.slot_at})
        self.digested = []

    @property
    def cutoff_field(self) -> str | None:
        return {Issue.Kind.DAILY: "last_daily_at", Issue.Kind.WEEKLY: "last_weekly_at"}.get(self.issue.kind)

    def catch_up_cutoffs(self) -> None:
        """A sender killed mid-batch left digests handed over without their cut-off: write them."""
        if self.cutoff_field:
            handed = Delivery.objects.filter(issue=self.issue, status__in=HANDED_OVER).values("subscriber_id")
            Subscriber.objects.filter(pk__in=handed).exclude(
                **{self.cutoff_field: self.issue.slot_at}
            ).update(**{self.cutoff_field: self.issue.slot_at})

    @staticmethod
    def now_for_sql():
        return connection.ops.adapt_datetimefield_value(timezone.now())

    def undo_hand_over(self, delivery: Delivery) -> None:
        Delivery.objects.filter(pk=delivery.pk, status=S.HANDED).update(
            status=S.CLAIMED, claimed_by=self.token
        )

    def reconnect(self) -> None:
        try:
            self.connection.close()
        except Exception:
            log.debug("closing a failed connection", exc_info=True)
        self.connection = newsletter_connection()
