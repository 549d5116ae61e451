"""The demo's advertising: ad slots, two direct-sold campaigns and a house ad, with report figures."""

import random
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from masthead.ads.models import AdSlot, Advertiser, Campaign, Creative, CreativeDay

AD_SLOTS = [
    ("header-leaderboard", "Header leaderboard", "320x50", "728x90,970x90"),
    ("article-sidebar", "Article sidebar", "300x250", "300x250,300x600"),
    ("in-article", "In the story, after paragraph 3", "300x250", "300x250,728x90"),
    ("between-cards", "Home page, between teaser cards", "300x250", "728x90"),
    ("footer", "Footer", "320x50", "728x90"),
]
# (advertiser, campaign, priority, languages, sections, slots, creatives as (name, HTML))
AD_CAMPAIGNS = [
    (
        "Gulf Air",
        "London winter fares",
        20,
        "en",
        "",
        ["article-sidebar", "in-article"],
        [
            (
                "London from BD 189",
                "<p><strong>Gulf Air</strong>: London from BD 189 return this winter. "
                '<a href="https://example.com/gulf-air/london">Book by 15 December</a></p>',
            )
        ],
    ),
    (
        "National Bank",
        "Home finance",
        20,
        "ar",
        "business",
        ["article-sidebar", "between-cards"],
        [
            (
                "تمويل سكني",
                "<p><strong>البنك الوطني</strong>: تمويل سكني بأرباح ثابتة لخمس سنوات. "
                '<a href="https://example.com/bank/home">اعرف المزيد</a></p>',
            )
        ],
    ),
    (
        "The Gulf Ledger",
        "النشرة البريدية (إعلان داخلي)",
        10,
        "ar",
        "",
        ["header-leaderboard", "article-sidebar", "in-article", "between-cards", "footer"],
        [
            (
                "النشرة البريدية",
                "<p><strong>موجز الصباح</strong>: أبرز أخبار اليوم في بريدك. "
                '<a href="/ar/newsletter/">اشترك مجانًا</a></p>',
            )
        ],
    ),
    (
        "The Gulf Ledger",
        "Newsletter (house)",
        10,
        "en",
        "",
        ["header-leaderboard", "article-sidebar", "in-article", "between-cards", "footer"],
        [
            (
                "Newsletter",
                "<p><strong>The morning briefing</strong>: the day's top stories in your inbox. "
                '<a href="/en/newsletter/">Subscribe free</a></p>',
            )
        ],
    ),
]


def advertising(rng: random.Random, now: datetime) -> int:
    """Ad slots, two direct-sold campaigns and a house ad, with a month of report figures."""
    Campaign.objects.filter(advertiser__name__in=[c[0] for c in AD_CAMPAIGNS]).delete()  # a re-run
    slots = {}
    for key, name, phone, desktop in AD_SLOTS:
        slots[key] = AdSlot.objects.update_or_create(
            key=key, defaults={"name": name, "phone_sizes": phone, "desktop_sizes": desktop}
        )[0]
    made = 0
    for advertiser, name, priority, languages, sections, keys, creatives in AD_CAMPAIGNS:
        campaign = Campaign.objects.create(
            advertiser=Advertiser.objects.get_or_create(name=advertiser)[0],
            name=name,
            priority=priority,
            languages=languages,
            sections=sections,
            starts_at=now - timedelta(days=30),
            ends_at=now + timedelta(days=60),
            total_cap=500_000 if priority > 10 else None,
        )
        campaign.slots.set([slots[k] for k in keys])
        for creative_name, html in creatives:
            # The creative's own link, counted as a click on its way there.
            target = html.split('href="', 1)[1].split('"', 1)[0]
            click_url = target if target.startswith("https://") else settings.MASTHEAD_SITE_URL + target
            creative = Creative.objects.create(
                campaign=campaign, name=creative_name, kind="html", html=html, click_url=click_url
            )
            days = []
            for back in range(30, 0, -1):
                served = rng.randint(800, 2400)
                seen = int(served * rng.uniform(0.5, 0.75))
                day = timezone.localdate(now - timedelta(days=back))
                days.append(
                    CreativeDay(
                        creative=creative,
                        day=day,
                        served=served,
                        impressions=seen,
                        clicks=int(seen * rng.uniform(0.002, 0.01)),
                    )
                )
            CreativeDay.objects.bulk_create(days)
            made += 1
    return made
