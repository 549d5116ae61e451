"""What a digest holds for each subscriber, and the figures the back office shows."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from masthead.articles.models import Article
from masthead.newsletter.models import ACCEPTED, Delivery, Issue, Subscriber
from masthead.readership.counting import hour_of
from masthead.readership.models import HourlyViews, PopularChoice

DIGEST_SIZE = 8
# A digest never reaches further back than this, however long ago the last one was.
LOOKBACK = {Issue.Kind.DAILY: timedelta(days=2), Issue.Kind.WEEKLY: timedelta(days=8)}


@dataclass(frozen=True)
class Candidate:
    article: Article
    score: tuple


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
        ids = [a.pk for a in stories]
        views = dict(
            HourlyViews.objects.filter(article_id__in=ids, hour__gte=hour_of(self.since))
            .values_list("article_id")
            .annotate(total=Sum("views"))
            .values_list("article_id", "total")
        )
        choices = PopularChoice.objects.filter(Q(until__isnull=True) | Q(until__gt=until), article_id__in=ids)
        picked = set(choices.filter(choice=PopularChoice.Choice.PIN).values_list("article_id", flat=True))
        hidden = set(choices.filter(choice=PopularChoice.Choice.HIDE).values_list("article_id", flat=True))
        # Editors' picks and breaking news first, then the most read, then the newest.
        self.ranked = sorted(
            (a for a in stories if a.pk not in hidden),
            key=lambda a: (a.pk in picked or a.is_breaking, views.get(a.pk, 0), a.published_at),
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


def issue_figures(issue_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Per issue: planned, sent, unconfirmed, waiting, skipped, failed, bounced, complained, unsubscribed.

    "sent" counts only what the mail server or provider said it took; "unconfirmed" is what was
    handed over without that answer (it may or may not have arrived).
    """
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
    return {row.pop("issue_id"): row for row in rows}


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
