"""Sending an issue exactly once: deliveries planned, claimed in leased batches, handed over, answered.

The mail server's answers decide each row: taken (sent), refused for good (failed, and a 5xx
recipient suppressed), refused for now (retried later), or lost with the connection.
"""

import logging
import smtplib
import time
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from masthead.newsletter import mail
from masthead.newsletter.backends import (
    HandOverSMTPBackend,
    Refused,
    newsletter_connection,
    send_handing_over,
    send_raw_handing_over,
)
from masthead.newsletter.models import HANDED_OVER, Delivery, Issue, Subscriber, Suppression
from masthead.newsletter.selectors import DigestStories, issue_stories
from masthead.newsletter.suppression import suppress

log = logging.getLogger(__name__)
S = Delivery.Status
# Plain SQL: it runs once per message, between the body and the final dot.
HAND_OVER_SQL = (
    f"UPDATE {Delivery._meta.db_table} SET status = %s, handed_at = %s, attempts = attempts + 1 "
    "WHERE id = %s AND status = %s AND claimed_by = %s"
)


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
        self.fixed_stories = None if issue.is_digest else issue_stories(issue, None, None)
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
            stories = issue_stories(issue, self.digest, subscriber)
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
        except Exception as error:
            return self.failed(delivery, error)
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

    def failed(self, delivery: Delivery, error: Exception) -> None:
        """Settle a row the mail server refused or could not take; re-raise what is not a mail error."""
        if isinstance(error, smtplib.SMTPRecipientsRefused):
            # Refused at RCPT, before any hand-over.
            code, reply = next(iter(error.recipients.values()))
            if 500 <= code < 600:
                suppress(
                    email=delivery.subscriber.email,
                    reason=Suppression.Reason.REJECTED,
                    detail=f"{code} {reply!r}",
                )
            return self.release(delivery, f"{code} {reply!r}", permanent=500 <= code < 600)
        if isinstance(error, smtplib.SMTPDataError | smtplib.SMTPSenderRefused):
            # Answered after the dot (or at MAIL): the server did not take the message.
            self.undo_hand_over(delivery)
            return self.release(
                delivery, f"{error.smtp_code} {error.smtp_error!r}", permanent=error.smtp_code >= 500
            )
        if isinstance(error, smtplib.SMTPException | OSError):
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
        status = getattr(getattr(error, "response", None), "status_code", None)
        if status is None:
            raise error  # a provider API failed without an answer: it stays handed over
        self.undo_hand_over(delivery)
        return self.release(delivery, f"provider: {status}", permanent=400 <= status < 500 and status != 429)

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
