"""Most read stories, and a story's views per day, from the stored hourly totals.

The one readership module another feature app may import (a seam declared in the import
contracts): the newsletter's digest ranks its stories through `popularity()`, so "Popular
Posts" and the digest follow the same views and the same pins and hides.
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.core.cache import cache
from django.db.models import Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.selectors import CARD_RELATED, attach_bylines
from masthead.readership.counting import hour_of
from masthead.readership.models import HourlyViews, PopularChoice

WINDOWS = {"24h": 24, "7d": 7 * 24, "30d": 30 * 24}
# The ranking is reused for this long: it moves by the hour, and each page asks for it.
RANKING_FOR = 60


def most_read(
    *,
    language: str,
    window: str = "7d",
    section_id: int | None = None,
    exclude_id: int | None = None,
    limit: int = 5,
    now: datetime | None = None,
) -> list[Article]:
    """The most read published stories of a language (and section) over `window`, ready for cards.

    Sponsored stories never count; editors' pins come first and hidden stories never show.
    """
    key = f"masthead:most-read:{language}:{window}:{section_id}:{limit + 1}"
    ids = cache.get(key) if now is None else None
    if ids is None:
        ids = _ranked_ids(language, WINDOWS[window], section_id, limit + 1, now or timezone.now())
        if now is None:
            cache.set(key, ids, RANKING_FOR)
    ids = [pk for pk in ids if pk != exclude_id][:limit]
    found = Article.objects.published().select_related(*CARD_RELATED).order_by().in_bulk(ids)
    stories = [found[pk] for pk in ids if pk in found]
    attach_bylines(stories)
    return stories


def _ranked_ids(language: str, hours: int, section_id: int | None, limit: int, now: datetime) -> list[int]:
    live = Article.objects.published(now).filter(language=language, is_sponsored=False)
    if section_id is not None:
        live = live.filter(section_id=section_id)
    choices = PopularChoice.objects.in_force(now)
    hidden = choices.hides().values("article_id")
    pinned = list(
        live.filter(popular_choice__in=choices.pins())
        .order_by("-published_at")
        .values_list("pk", flat=True)[:limit]
    )
    ranked = (
        HourlyViews.objects.filter(hour__gte=hour_of(now) - timedelta(hours=hours - 1), article__in=live)
        .exclude(article_id__in=hidden)
        .exclude(article_id__in=pinned)
        .values("article_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "-article_id")
        .values_list("article_id", flat=True)[: max(0, limit - len(pinned))]
    )
    return [*pinned, *ranked]


def views_per_day(article_id: int, days: int = 30, today: date | None = None) -> list[tuple[date, int]]:
    """[(day, views)] for the last `days` days up to today (UTC), zeros included."""
    today = today or timezone.now().astimezone(UTC).date()
    first = today - timedelta(days=days - 1)
    totals = dict(
        HourlyViews.objects.filter(article_id=article_id, hour__gte=datetime.combine(first, time.min, UTC))
        .annotate(day=TruncDate("hour", tzinfo=UTC))
        .values("day")
        .annotate(total=Sum("views"))
        .values_list("day", "total")
    )
    return [(first + timedelta(days=n), totals.get(first + timedelta(days=n), 0)) for n in range(days)]


@dataclass(frozen=True)
class Popularity:
    """What "Popular Posts" knows of some stories: their views, and the editors' pins and hides."""

    views: dict[int, int]
    pinned: frozenset[int]
    hidden: frozenset[int]


def popularity(article_ids: Collection[int], *, since: datetime, now: datetime) -> Popularity:
    """Views of these stories from the hour of `since` on, and the editors' choices in force at `now`."""
    ids = list(article_ids)
    views = dict(
        HourlyViews.objects.filter(article_id__in=ids, hour__gte=hour_of(since))
        .values_list("article_id")
        .annotate(total=Sum("views"))
        .values_list("article_id", "total")
    )
    choices = PopularChoice.objects.in_force(now).filter(article_id__in=ids)
    return Popularity(
        views=views,
        pinned=frozenset(choices.pins().values_list("article_id", flat=True)),
        hidden=frozenset(choices.hides().values_list("article_id", flat=True)),
    )
