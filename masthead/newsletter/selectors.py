"""What an issue holds (a digest: for each subscriber), and the figures the back office shows."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from masthead.articles.models import Article
from masthead.newsletter.models import ACCEPTED, Delivery, Issue, Subscriber
from masthead.readership.selectors import popularity

DIGEST_SIZE = 8
# A digest never reaches further back than this, however long ago the last one was.
LOOKBACK = {Issue.Kind.DAILY: timedelta(days=2), Issue.Kind.WEEKLY: timedelta(days=8)}


class DigestStories:
    """The stories of one digest slot, ranked once, then chosen per subscriber in Python."""

    def __init__(self, issue: Issue, until: datetime):
        self.since = until - LOOKBACK[issue.kind]
        self.until = until
        live = (
            Article.objects.published(until)
            .in_language(issue.language)
            .filter(published_at__gt=self.since, is_sponsored=False)
        )
        stories = list(live.for_listing().order_by("-published_at"))
        known = popularity([a.pk for a in stories], since=self.since, now=until)
        # Editors' picks and breaking news first, then the most read, then the newest.
        self.ranked = sorted(
            (a for a in stories if a.pk not in known.hidden),
            key=lambda a: (a.pk in known.pinned or a.is_breaking, known.views.get(a.pk, 0), a.published_at),
            reverse=True,
        )

    def for_subscriber(self, since: datetime | None, section_ids: Sequence[int]) -> list[Article]:
        """The top stories published after `since` in the subscriber's sections (all if none)."""
        start = max(since or self.since, self.since)
        chosen = []
        for article in self.ranked:
            if article.published_at > start and (not section_ids or article.section_id in section_ids):
                chosen.append(article)
                if len(chosen) == DIGEST_SIZE:
                    break
        return chosen


def issue_stories(issue: Issue, digest: DigestStories | None, subscriber: Subscriber | None) -> list[Article]:
    """The stories of an issue's mail: its story (an alert), its stories (an edition), or a
    digest's for `subscriber` (None: as a reader who never had one and chose no section)."""
    if issue.kind == Issue.Kind.ALERT:
        return list(Article.objects.for_listing().filter(pk=issue.article_id))
    if issue.kind == Issue.Kind.EDITION:
        return list(issue.stories.published().for_listing().order_by("-published_at"))
    assert digest is not None
    if subscriber is None:
        return digest.for_subscriber(None, [])
    since = subscriber.last_daily_at if issue.kind == Issue.Kind.DAILY else subscriber.last_weekly_at
    return digest.for_subscriber(since, subscriber.section_ids)


@dataclass(frozen=True)
class IssueFigures:
    """An issue's deliveries by outcome.

    "sent" counts only what the mail server or provider said it took; "unconfirmed" is what was
    handed over without that answer (it may or may not have arrived).
    """

    planned: int = 0
    sent: int = 0
    unconfirmed: int = 0
    waiting: int = 0
    skipped: int = 0
    failed: int = 0
    bounced: int = 0
    complained: int = 0
    unsubscribed: int = 0


def issue_figures(issue_ids: Sequence[int]) -> dict[int, IssueFigures]:
    """The figures of each issue that has deliveries, in one query."""
    S = Delivery.Status
    rows = (
        Delivery.objects.filter(issue_id__in=issue_ids)
        .values("issue_id")
        .annotate(
            planned=Count("pk"),
            sent=Count("pk", filter=Q(status__in=ACCEPTED)),
            unconfirmed=Count("pk", filter=Q(status=S.HANDED)),
            waiting=Count("pk", filter=Q(status__in=[S.PENDING, S.CLAIMED])),
            skipped=Count("pk", filter=Q(status=S.SKIPPED)),
            failed=Count("pk", filter=Q(status=S.FAILED)),
            bounced=Count("pk", filter=Q(status=S.BOUNCED)),
            complained=Count("pk", filter=Q(status=S.COMPLAINED)),
            unsubscribed=Count("pk", filter=Q(unsubscribed_at__isnull=False)),
        )
    )
    return {row.pop("issue_id"): IssueFigures(**row) for row in rows}


def growth(days: int = 90, today: date | None = None) -> list[tuple[date, int]]:
    """Subscribed readers at the end of each of the last `days` days (confirmed, not yet gone).

    Counted from confirmation and unsubscription times; deleted subscribers leave no trace.
    """
    today = today or timezone.localdate()
    start = today - timedelta(days=days - 1)
    before = Subscriber.objects.filter(confirmed_at__date__lt=start)
    base = before.count() - before.filter(unsubscribed_at__date__lt=start).count()

    def per_day(field: str) -> dict[date, int]:
        rows = (
            Subscriber.objects.filter(**{f"{field}__date__gte": start})
            .annotate(day=TruncDate(field))
            .values("day")
            .annotate(n=Count("pk"))
            .values_list("day", "n")
        )
        return dict(rows)

    joined, left = per_day("confirmed_at"), per_day("unsubscribed_at")
    total, series = base, []
    for i in range(days):
        day = start + timedelta(days=i)
        total += joined.get(day, 0) - left.get(day, 0)
        series.append((day, total))
    return series


def subscriber_data(subscriber: Subscriber) -> dict:
    """Everything kept about a subscriber, for "download my data"."""

    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    deliveries = (
        Delivery.objects.filter(subscriber=subscriber).select_related("issue").order_by("handed_at", "pk")
    )
    return {
        "email": subscriber.email,
        "status": subscriber.status,
        "language": subscriber.language,
        "daily_digest": subscriber.wants_daily,
        "weekly_digest": subscriber.wants_weekly,
        "breaking_alerts": subscriber.wants_alerts,
        "sections": [s.display_name(subscriber.language) for s in subscriber.sections.all()],
        "signed_up_at": when(subscriber.created_at),
        "signed_up_on": subscriber.signup_page,
        "confirmed_at": when(subscriber.confirmed_at),
        "unsubscribed_at": when(subscriber.unsubscribed_at),
        "mails": [
            {"issue": str(d.issue), "kind": d.issue.kind, "status": d.status, "sent_at": when(d.handed_at)}
            for d in deliveries
        ],
    }
