"""The demo's readers: a month of views for "Popular Posts", and newsletter subscribers."""

import random
from datetime import datetime, timedelta

from django.db.models import F

from masthead.articles.models import Article, Section
from masthead.newsletter.models import Issue, Subscriber
from masthead.readership.counting import hour_of
from masthead.readership.models import HourlyViews

READ_STORIES = 1000  # the newest stories get readers; older ones are read too rarely to show


def readers(rng: random.Random, now: datetime) -> int:
    """A month of views for the newest published stories, so "Popular Posts" has something to
    rank: each story draws a popularity (a few are read far more than the rest) that fades
    with age. Returns the hourly rows made."""
    since = now - timedelta(days=30)
    stories = (
        Article.objects.published(now)
        .filter(published_at__gte=since, is_sponsored=False)
        .order_by("-published_at")
        .values_list("pk", "published_at")[:READ_STORIES]
    )
    rows = []
    for pk, published_at in stories:
        popularity = rng.paretovariate(1.3) * 40
        day = published_at
        while day < now:
            age = (day - published_at).days
            views = int(popularity * 0.55**age * rng.uniform(0.6, 1.4))
            if views > 0:
                rows.append(HourlyViews(article_id=pk, hour=hour_of(day), views=views))
            day += timedelta(days=1)
    HourlyViews.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)
    return len(rows)


DEMO_SUBSCRIBERS = 400
READER_NAMES = [
    "amal",
    "bader",
    "dana",
    "fahad",
    "hessa",
    "jassim",
    "layla",
    "mona",
    "omar",
    "reem",
    "sara",
    "yousef",
]


def subscribers(rng: random.Random, now: datetime) -> int:
    """Newsletter subscribers who joined over three months (some left, a few never confirmed),
    so the back office's list and growth chart have something to show, and a draft edition.

    Addresses are at example.org (reserved: nothing sent to them can reach anyone); the demo
    sends mail into files (var/mail/) unless EMAIL_URL says otherwise.
    """
    Subscriber.objects.filter(email__endswith="@example.org").delete()
    Issue.objects.filter(kind=Issue.Kind.EDITION, subject__startswith="[Demo]").delete()
    section_ids = list(Section.objects.values_list("pk", flat=True))
    rows, chosen = [], []
    for i in range(DEMO_SUBSCRIBERS):
        # More sign-ups lately: the list grows.
        joined = now - timedelta(days=90 * rng.random() ** 1.6, minutes=rng.randint(0, 1440))
        status = rng.choices(["confirmed", "unsubscribed", "pending"], weights=[86, 9, 5])[0]
        # Confirmed a little after signing up, and never later than now.
        confirmed = min(now, joined + timedelta(minutes=rng.randint(2, 600))) if status != "pending" else None
        left = confirmed + (now - confirmed) * rng.random() if status == "unsubscribed" else None
        rows.append(
            Subscriber(
                email=f"{rng.choice(READER_NAMES)}.{i}@example.org",
                language="ar" if rng.random() < 0.45 else "en",
                status=status,
                wants_daily=rng.random() < 0.8,
                wants_weekly=rng.random() < 0.35,
                wants_alerts=rng.random() < 0.6,
                confirmed_at=confirmed,
                unsubscribed_at=left,
                # Their last digest went out this morning: the demo's worker has nothing to catch up.
                last_daily_at=now if confirmed else None,
                last_weekly_at=now if confirmed else None,
                signup_page="/en/" if i % 2 else "/ar/",
            )
        )
        chosen.append(
            rng.sample(section_ids, rng.randint(1, 2)) if section_ids and rng.random() < 0.3 else []
        )
    created = Subscriber.objects.bulk_create(rows, batch_size=500)
    # Signed up when they confirmed (sign-up time is set on insert, so it is written afterwards).
    ids = [s.pk for s in created]
    Subscriber.objects.filter(pk__in=ids, confirmed_at__isnull=False).update(created_at=F("confirmed_at"))
    for subscriber in created:
        if subscriber.confirmed_at is None:
            days = rng.randint(1, 20)
            Subscriber.objects.filter(pk=subscriber.pk).update(created_at=now - timedelta(days=days))
    through = Subscriber.sections.through
    through.objects.bulk_create(
        through(subscriber_id=s.pk, section_id=pk)
        for s, picks in zip(created, chosen, strict=True)
        for pk in picks
    )
    top = list(Article.objects.published(now).in_language("en").filter(is_sponsored=False)[:3])
    edition = Issue.objects.create(
        kind=Issue.Kind.EDITION,
        language="en",
        subject="[Demo] The week in the Gulf, explained",
        preheader="Three stories worth your time this weekend.",
        body="<p>Good morning. Here is what our reporters found this week, and why it matters.</p>",
    )
    edition.stories.set(top)
    return len(created)
