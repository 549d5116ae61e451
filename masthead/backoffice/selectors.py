"""What the back office's start page (the desk) shows each member of the newsroom.

Editors (who may publish) get the newsroom's queue: stories in review, the schedule, what went
out today, the most read stories, and their own drafts. Contributors get their own stories: what
came back from review with the editor's note, their drafts, and what waits for an editor.

Every list is capped (`SHOWN`) and its total counted, all totals in one query, so the page costs
the same number of queries however busy the newsroom is.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.services import can_publish
from masthead.readership.counting import hour_of
from masthead.readership.models import HourlyViews
from masthead.readership.selectors import WINDOWS, most_read

S = Article.Status
SHOWN = 10  # rows a desk list shows; "see all" opens the story list with the same filter
MOST_READ_WINDOW = "24h"  # the shortest window readership ranks: what is being read now
MOST_READ_SHOWN = 5


@dataclass(frozen=True)
class DeskList:
    """Up to `SHOWN` stories, how many there are in all, and the story list's filter for them all."""

    stories: list[Article]
    total: int
    filters: dict[str, str] = field(default_factory=dict)

    @property
    def has_more(self) -> bool:
        return self.total > len(self.stories)

    @property
    def see_all_url(self) -> str:
        return f"{reverse('admin:articles_article_changelist')}?{urlencode(self.filters)}"


@dataclass(frozen=True)
class MostRead:
    """A language's most read stories now, each with its views in the window."""

    language: str
    stories: list[tuple[Article, int]]


@dataclass(frozen=True)
class Desk:
    is_editor: bool
    drafts: DeskList
    sent_back: DeskList
    # Editors: the newsroom's queue and schedule. Contributors: their own stories waiting.
    in_review: DeskList
    scheduled: DeskList | None = None
    published_today: DeskList | None = None
    most_read: list[MostRead] = field(default_factory=list)


def today_bounds(now: datetime) -> tuple[datetime, datetime]:
    """Midnight to midnight of `now`'s day in the site's time zone (a newsroom's "today")."""
    local = timezone.localtime(now, timezone.get_default_timezone())
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def desk_for(user: AbstractBaseUser, *, now: datetime | None = None) -> Desk | None:
    """The desk of `user`, or None for staff who write no stories (their start page is the app list)."""
    if not user.is_active or not user.has_perm("articles.view_article"):
        return None
    now = now or timezone.now()
    if can_publish(user):
        return _editors_desk(user, now)
    return _contributors_desk(user)


def _own(user: AbstractBaseUser) -> Q:
    return Q(created_by=user)


SENT_BACK = Q(status=S.DRAFT) & ~Q(review_note="")
DRAFT = Q(status=S.DRAFT, review_note="")


def _editors_desk(user: AbstractBaseUser, now: datetime) -> Desk:
    start, end = today_bounds(now)
    queues = {
        "in_review": Q(status=S.IN_REVIEW),
        "scheduled": Q(status=S.SCHEDULED, published_at__gt=now),
        "published_today": Q(
            status__in=Article.LIVE_STATUSES, published_at__gte=start, published_at__lte=now
        ),
        "drafts": _own(user) & DRAFT,
        "sent_back": _own(user) & SENT_BACK,
    }
    totals = _totals(Article.objects.all(), queues)
    mine = {"created_by__exact": str(user.pk)}
    return Desk(
        is_editor=True,
        in_review=_listed(
            Article.objects.filter(queues["in_review"])
            .select_related("section", "submitted_by", "created_by")
            .order_by(Coalesce("submitted_at", "updated_at"), "pk"),
            totals["in_review"],
            {"status__exact": S.IN_REVIEW},
        ),
        scheduled=_listed(
            Article.objects.filter(queues["scheduled"])
            .select_related("section")
            .order_by("published_at", "pk"),
            totals["scheduled"],
            {"status__exact": S.SCHEDULED},
        ),
        published_today=_listed(
            Article.objects.filter(queues["published_today"])
            .select_related("section")
            .order_by("-published_at", "-pk"),
            totals["published_today"],
            # The story list's own "Today" filter (its date links), on the site's day.
            {"published_at__gte": str(start), "published_at__lt": str(end), "status__exact": S.PUBLISHED},
        ),
        drafts=_listed(_drafts(queues["drafts"]), totals["drafts"], {"status__exact": S.DRAFT, **mine}),
        sent_back=_listed(
            _sent_back(queues["sent_back"]), totals["sent_back"], {"status__exact": S.DRAFT, **mine}
        ),
        most_read=_most_read(now),
    )


def _contributors_desk(user: AbstractBaseUser) -> Desk:
    queues = {
        "sent_back": _own(user) & SENT_BACK,
        "drafts": _own(user) & DRAFT,
        "in_review": _own(user) & Q(status=S.IN_REVIEW),
    }
    totals = _totals(Article.objects.all(), queues)
    # A contributor's story list holds only their own stories.
    return Desk(
        is_editor=False,
        sent_back=_listed(_sent_back(queues["sent_back"]), totals["sent_back"], {"status__exact": S.DRAFT}),
        drafts=_listed(_drafts(queues["drafts"]), totals["drafts"], {"status__exact": S.DRAFT}),
        in_review=_listed(
            Article.objects.filter(queues["in_review"])
            .select_related("section")
            .order_by(Coalesce("submitted_at", "updated_at"), "pk"),
            totals["in_review"],
            {"status__exact": S.IN_REVIEW},
        ),
    )


def _totals(stories: QuerySet, queues: dict[str, Q]) -> dict[str, int]:
    """Every queue's size in one query, reading only rows in one of them (each queue is indexed
    by status or by publication time, so no more of the archive than that is read)."""
    either = Q()
    for condition in queues.values():
        either |= condition
    return stories.filter(either).aggregate(
        **{name: Count("pk", filter=condition) for name, condition in queues.items()}
    )


def _listed(stories: QuerySet, total: int, filters: dict[str, str]) -> DeskList:
    # The body is the one large column, and no desk list shows it. A translation draft has no
    # headline yet: its source's names it (`source_headline`), from the same query.
    stories = stories.defer("body").annotate(
        source_headline=F("translation__headline"), source_language=F("translation__language")
    )
    shown = list(stories[:SHOWN]) if total else []
    return DeskList(stories=shown, total=total, filters=filters)


def _drafts(condition: Q) -> QuerySet:
    return Article.objects.filter(condition).select_related("section").order_by("-updated_at", "-pk")


def _sent_back(condition: Q) -> QuerySet:
    return (
        Article.objects.filter(condition)
        .select_related("section", "review_note_by")
        .order_by("-review_note_at", "-pk")
    )


def _most_read(now: datetime) -> list[MostRead]:
    """Each language's most read stories (readership's ranking, pins first), with their views."""
    ranked = {
        code: most_read(language=code, window=MOST_READ_WINDOW, limit=MOST_READ_SHOWN)
        for code, _name in settings.LANGUAGES
    }
    ids = [story.pk for stories in ranked.values() for story in stories]
    since = hour_of(now) - timedelta(hours=WINDOWS[MOST_READ_WINDOW] - 1)
    views = (
        dict(
            HourlyViews.objects.filter(article_id__in=ids, hour__gte=since)
            .values_list("article_id")
            .annotate(total=Sum("views"))
            .values_list("article_id", "total")
        )
        if ids
        else {}
    )
    return [
        MostRead(language=code, stories=[(story, views.get(story.pk, 0)) for story in stories])
        for code, stories in ranked.items()
    ]
