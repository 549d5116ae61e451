"""The ad desk's figures: served, seen and clicked per campaign, per day and per creative."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from masthead.ads.models import Campaign, Creative, CreativeDay

# The longest range a report fills day by day (its chart has one bar a day).
MAX_REPORT_DAYS = 731


@dataclass(frozen=True)
class Figures:
    """Ads served, impressions (seen, viewable) and clicks over some period."""

    served: int = 0
    impressions: int = 0
    clicks: int = 0

    @property
    def ctr(self) -> Decimal | None:
        """Clicks per hundred impressions (a percentage); None when nothing was seen."""
        if not self.impressions:
            return None
        return Decimal(self.clicks * 100) / Decimal(self.impressions)

    def __add__(self, other: "Figures") -> "Figures":
        return Figures(
            self.served + other.served, self.impressions + other.impressions, self.clicks + other.clicks
        )


@dataclass(frozen=True)
class DayFigures:
    day: date
    figures: Figures


@dataclass(frozen=True)
class CreativeFigures:
    creative: Creative
    figures: Figures


@dataclass(frozen=True)
class Report:
    """One campaign's figures from `since` to `until` (local days, both included)."""

    campaign: Campaign
    since: date
    until: date
    days: list[DayFigures]  # every day of the range, the quiet ones with zeros
    creatives: list[CreativeFigures]  # every creative of the campaign, in order of creation
    total: Figures


FIELDS = ("served", "impressions", "clicks")


def _sums(path: str = "", alias: str = "", condition: Q | None = None) -> dict:
    """Sum() of each count as `{alias}{name}`, 0 rather than NULL where there are no rows."""
    return {f"{alias}{name}": Coalesce(Sum(f"{path}{name}", filter=condition), 0) for name in FIELDS}


def campaign_totals(campaign_ids: Iterable[int]) -> dict[int, Figures]:
    """All-time figures of each campaign that has any, in one query (for a page of the changelist)."""
    rows = (
        CreativeDay.objects.filter(creative__campaign_id__in=list(campaign_ids))
        .values("creative__campaign_id")
        .annotate(**_sums())
        .order_by()
    )
    return {
        row["creative__campaign_id"]: Figures(row["served"], row["impressions"], row["clicks"])
        for row in rows
    }


def default_range(campaign: Campaign, today: date | None = None) -> tuple[date, date]:
    """The campaign's flight so far, in local days: from its first day to today or its last day."""
    today = today or timezone.localdate()
    since = timezone.localdate(campaign.starts_at)
    until = max(since, min(today, timezone.localdate(campaign.ends_at)))
    return max(since, until - timedelta(days=MAX_REPORT_DAYS - 1)), until


def campaign_report(campaign: Campaign, since: date, until: date) -> Report:
    """Per day and per creative, from `since` to `until`: two queries."""
    in_range = Q(creative__campaign=campaign, day__gte=since, day__lte=until)
    by_day = {
        row["day"]: Figures(row["served"], row["impressions"], row["clicks"])
        for row in CreativeDay.objects.filter(in_range).values("day").annotate(**_sums()).order_by()
    }
    days = [
        DayFigures(day, by_day.get(day, Figures()))
        for day in (since + timedelta(days=n) for n in range((until - since).days + 1))
    ]
    creatives = [
        CreativeFigures(c, Figures(c.range_served, c.range_impressions, c.range_clicks))
        for c in Creative.objects.filter(campaign=campaign)
        .annotate(**_sums("days__", "range_", Q(days__day__gte=since, days__day__lte=until)))
        .order_by("pk")
    ]
    return Report(
        campaign=campaign,
        since=since,
        until=until,
        days=days,
        creatives=creatives,
        total=sum((d.figures for d in days), Figures()),
    )


def creative_day_rows(
    campaign: Campaign, since: date, until: date
) -> Iterator[tuple[date, int, str, str, int, int, int]]:
    """(day, creative id, name, kind, served, impressions, clicks) per creative and day, in chunks."""
    return (
        CreativeDay.objects.filter(creative__campaign=campaign, day__gte=since, day__lte=until)
        .order_by("day", "creative_id")
        .values_list(
            "day", "creative_id", "creative__name", "creative__kind", "served", "impressions", "clicks"
        )
        .iterator(chunk_size=2000)
    )
