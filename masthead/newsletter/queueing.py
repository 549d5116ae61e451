"""An issue before the sender takes it: previewed, tested, queued (editions, alerts, digests), resumed."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.articles.models import Article
from masthead.core.models import Language
from masthead.newsletter import mail
from masthead.newsletter.backends import newsletter_connection
from masthead.newsletter.models import Issue, Subscriber
from masthead.newsletter.selectors import DigestStories, issue_stories
from masthead.newsletter.sending import finish
from masthead.newsletter.subscriptions import normalize_email
from masthead.newsletter.tasks import send_issue_task


def queue_issue(*, issue: Issue, user=None) -> Issue:
    """Send a draft issue: queued now, sent by the task worker."""
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


def resume_stalled(*, now: datetime | None = None) -> list[int]:
    """Queue again the issues whose sender stopped (a worker killed or lost) with mail left to send."""
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


def send_test(*, issue: Issue, to: str) -> None:
    """Mail an issue as the given address would get it, marked as a test; counts nowhere."""
    email = normalize_email(to)
    subscriber = Subscriber(pk=0, email=email, language=issue.language, key="test")
    stories = issue_stories(issue, DigestStories(issue, timezone.now()) if issue.is_digest else None, None)
    composer = mail.IssueComposer(issue)
    message = composer.message(subscriber, stories, 0, message_id=None)
    message.subject = _("[Test] %(subject)s") % {"subject": message.subject}
    newsletter_connection().send_messages([message])


def render_preview(*, issue: Issue) -> mail.Rendered:
    """An issue's mail as its subscribers get it, their own links left as placeholders.

    A digest shows the stories of its slot, or of now if it has none.
    """
    digest = DigestStories(issue, issue.slot_at or timezone.now()) if issue.is_digest else None
    return mail.IssueComposer(issue).rendering(issue_stories(issue, digest, None))
