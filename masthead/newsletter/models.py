"""Subscribers, the suppression list, issues (digests, alerts, editions) and one delivery per pair."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from masthead.core.models import Language, TimeStampedModel


def new_key() -> str:
    """A subscriber's secret, mixed into every signed link; changing it revokes old links."""
    return secrets.token_urlsafe(12)


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self) -> "SubscriberQuerySet":
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def receiving(self, kind: str) -> "SubscriberQuerySet":
        """Confirmed subscribers who asked for this kind of issue and are not suppressed."""
        wanted = {
            Issue.Kind.DAILY: Q(wants_daily=True),
            Issue.Kind.WEEKLY: Q(wants_weekly=True),
            Issue.Kind.ALERT: Q(wants_alerts=True),
            Issue.Kind.EDITION: Q(),
        }[kind]
        return self.confirmed().filter(wanted).exclude(email__in=Suppression.objects.values("email"))


class Subscriber(models.Model):
    """A reader's address and choices. Deleting the row is how "delete me" is honoured."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), max_length=254, unique=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    wants_daily = models.BooleanField(_("daily digest"), default=True)
    wants_weekly = models.BooleanField(_("weekly digest"), default=False)
    wants_alerts = models.BooleanField(_("breaking news alerts"), default=True)
    sections = models.ManyToManyField(
        "articles.Section",
        verbose_name=_("sections"),
        blank=True,
        related_name="+",
        help_text=_("None chosen: every section."),
    )
    key = models.CharField(max_length=24, default=new_key, editable=False)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # Where digests start from: the cut-off of the last digest this subscriber was sent.
    last_daily_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_weekly_at = models.DateTimeField(null=True, blank=True, editable=False)
    signup_page = models.CharField(_("signed up on"), max_length=300, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self) -> str:
        return self.email


class Suppression(models.Model):
    """An address no mail goes to: it bounced, complained, or an operator blocked it."""

    class Reason(models.TextChoices):
        BOUNCED = "bounced", _("Bounced")
        COMPLAINED = "complained", _("Marked as spam")
        REJECTED = "rejected", _("Rejected by the provider")
        MANUAL = "manual", _("Blocked by an operator")

    email = models.EmailField(_("email address"), max_length=254, unique=True)
    reason = models.CharField(_("reason"), max_length=12, choices=Reason.choices)
    detail = models.TextField(_("detail"), blank=True)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppression list")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} ({self.get_reason_display()})"


class Issue(TimeStampedModel):
    """One mailing: a digest for a time slot, a breaking alert, or an edition written by editors."""

    class Kind(models.TextChoices):
        DAILY = "daily", _("Daily digest")
        WEEKLY = "weekly", _("Weekly digest")
        ALERT = "alert", _("Breaking alert")
        EDITION = "edition", _("Edition")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        CANCELLED = "cancelled", _("Cancelled")

    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.EDITION)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    status = models.CharField(_("status"), max_length=9, choices=Status.choices, default=Status.DRAFT)
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    preheader = models.CharField(
        _("preview text"),
        max_length=200,
        blank=True,
        help_text=_("Shown after the subject in most inboxes."),
    )
    body = ProseEditorField(
        _("text"),
        blank=True,
        extensions={
            "Bold": True,
            "Italic": True,
            "Heading": {"levels": [2, 3]},
            "BulletList": True,
            "OrderedList": True,
            "ListItem": True,
            "Blockquote": True,
            "Link": {"protocols": ["http", "https", "mailto"]},
        },
        sanitize=True,
    )
    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="alerts",
        verbose_name=_("story"),
        help_text=_("The story a breaking alert announces."),
    )
    stories = models.ManyToManyField(
        "articles.Article",
        blank=True,
        related_name="+",
        verbose_name=_("stories"),
        help_text=_("Stories listed under the text of an edition."),
    )
    # Digests: the slot they were made for (unique, so a slot is never sent twice) and the
    # cut-off time of their stories.
    slot_at = models.DateTimeField(_("for"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False
    )
    queued_at = models.DateTimeField(_("queued"), null=True, blank=True, editable=False)
    started_at = models.DateTimeField(_("started"), null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True, editable=False)
    # Refreshed by the sender as it goes: a sending issue whose heartbeat stopped lost its worker.
    heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
        ordering = ["-created_at"]
        permissions = [("send_issue", _("Can send newsletter issues"))]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "language", "slot_at"],
                condition=Q(slot_at__isnull=False),
                name="one_digest_per_slot",
            ),
            models.CheckConstraint(
                condition=~Q(kind="alert") | Q(article__isnull=False), name="alert_has_a_story"
            ),
        ]

    def __str__(self) -> str:
        return self.subject or f"{self.get_kind_display()} ({self.language})"

    @property
    def is_digest(self) -> bool:
        return self.kind in (self.Kind.DAILY, self.Kind.WEEKLY)


class Delivery(models.Model):
    """One issue to one subscriber: the unit that is sent exactly once.

    PENDING → CLAIMED (a sender holds a lease) → HANDED (the message's last line is about to
    leave: from here it is never sent again) → SENT (the server said yes). A row left HANDED
    never heard that yes (the connection or the worker died first): it may or may not have
    arrived, so its figures show it as handed over, not as sent.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        CLAIMED = "claimed", _("Being sent")
        HANDED = "handed", _("Handed over")
        SENT = "sent", _("Sent")
        SKIPPED = "skipped", _("Skipped")
        FAILED = "failed", _("Failed")
        BOUNCED = "bounced", _("Bounced")
        COMPLAINED = "complained", _("Marked as spam")

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    # Emptied when the subscriber deletes themselves; the row stays for the issue's figures.
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.SET_NULL, null=True, blank=True, related_name="deliveries"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    claimed_by = models.CharField(max_length=32, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    handed_at = models.DateTimeField(null=True, blank=True)
    provider_id = models.CharField(max_length=200, blank=True, db_index=True)
    note = models.CharField(max_length=300, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="one_delivery_per_subscriber")
        ]
        indexes = [models.Index(fields=["issue", "status"])]

    def __str__(self) -> str:
        return f"{self.issue_id}/{self.subscriber_id}: {self.status}"

    @property
    def message_id(self) -> str:
        """The same Message-ID whenever this delivery is rendered, so a copy is recognisable."""
        return f"<issue-{self.issue_id}.delivery-{self.pk}@{settings.NEWSLETTER_MESSAGE_ID_DOMAIN}>"


# The server or provider answered that it took the message (bounces and complaints come later).
ACCEPTED = (Delivery.Status.SENT, Delivery.Status.BOUNCED, Delivery.Status.COMPLAINED)
# Never to be sent again: accepted, or handed over without an answer.
HANDED_OVER = (Delivery.Status.HANDED, *ACCEPTED)
