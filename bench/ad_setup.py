"""The ads bench's setup: 5 slots and 40 campaigns of a small paper, built once in a data dir."""

from __future__ import annotations

import json
import random
import re
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import newsroom

ROOT = Path(__file__).resolve().parent.parent
# A built setup older than this is rebuilt: flights are set around the day it was built.
MAX_AGE_DAYS = 30

# (key, name, phone sizes, desktop sizes, creative width x height)
SLOTS = (
    ("header-leaderboard", "Header leaderboard", "320x50", "728x90,970x250", (728, 90)),
    ("article-sidebar", "Article sidebar", "300x250", "300x250,300x600", (300, 250)),
    ("in-article", "In the story", "300x250", "300x250,728x90", (300, 250)),
    ("between-cards", "Between cards", "300x250", "728x90", (728, 90)),
    ("footer", "Footer", "320x50", "728x90", (728, 90)),
)
SLOT_KEYS = tuple(slot[0] for slot in SLOTS)
# What pages ask for, in the order the templates place the slots.
ARTICLE_PAGE = ("header-leaderboard", "article-sidebar", "in-article", "footer")
LISTING_PAGE = ("header-leaderboard", "between-cards", "footer")
SECTIONS = ("news", "business", "sport", "opinion", "culture")
TAGS = (
    "ports",
    "trade",
    "energy",
    "elections",
    "football",
    "film",
    "banking",
    "climate",
    "health",
    "technology",
    "tourism",
    "water",
)
SPONSORSHIP, STANDARD, HOUSE = 30, 20, 10  # masthead.ads.models.Campaign.Priority
# Caps large enough never to run out during a bench; SMALL_DAILY_CAP runs out on purpose.
BIG_DAILY_CAP = 2_000_000
BIG_TOTAL_CAP = 80_000_000
SMALL_DAILY_CAP = 500


def campaign_plan(now: datetime) -> list[dict]:
    """The 40 campaigns: 30 live (4 sponsorships, 20 standard, 6 house) and 10 never to be served.

    Eight are capped (a fifth, each capped ad served costs a database write): seven live with
    caps that do not run out, except one standard campaign whose small daily cap does, and one
    ended. The ones never to be served are chosen to win if they were: sponsorships on every slot
    for every page, among them.
    """
    rng = random.Random(11)
    day = timedelta(days=1)

    def live() -> dict:
        return {"starts_at": now - rng.randint(5, 40) * day, "ends_at": now + rng.randint(60, 300) * day}

    def plan(name: str, advertiser: str, priority: int, slots=SLOT_KEYS, **extra) -> dict:
        flight = live() if "starts_at" not in extra else {}
        return {
            "name": name,
            "advertiser": advertiser,
            "priority": priority,
            "weight": 100,
            "state": "live",
            "slots": list(slots),
            "languages": "",
            "sections": "",
            "tags": "",
            "daily_cap": None,
            "total_cap": None,
            "is_paced": True,
            **flight,
            **extra,
        }

    plans = [
        plan(
            "Ports week",
            "Gulf Port Authority",
            SPONSORSHIP,
            ("header-leaderboard", "article-sidebar"),
            sections="business,news",
            tags="ports,trade",
        ),
        plan(
            "Business pages in Arabic",
            "Cedar Bank",
            SPONSORSHIP,
            languages="ar",
            sections="business",
            daily_cap=BIG_DAILY_CAP,
        ),
        plan("Season sponsor", "National Football League", SPONSORSHIP, sections="sport"),
        plan(
            "Festival fortnight",
            "Harbour Film Festival",
            SPONSORSHIP,
            ("article-sidebar", "in-article"),
            languages="en",
            tags="film",
        ),
    ]
    advertisers = (
        "Blue Line Telecom",
        "Oasis Airways",
        "Sahara Solar",
        "Medina Motors",
        "Crescent Insurance",
        "Palm Grocers",
        "Atlas University",
        "Coral Hotels",
        "Cedar Bank",
        "Gulf Port Authority",
    )
    caps = [
        {"daily_cap": BIG_DAILY_CAP},
        {"total_cap": BIG_TOTAL_CAP},  # evenly paced over the flight
        {"total_cap": BIG_TOTAL_CAP, "is_paced": False},
        {"daily_cap": BIG_DAILY_CAP, "total_cap": BIG_TOTAL_CAP},
        {"daily_cap": BIG_DAILY_CAP},
    ]
    for n in range(19):
        targeting: dict = {}
        if n % 2:  # half of them targeted
            kind = rng.choice(("language", "sections", "tags", "language+sections"))
            if "language" in kind:
                targeting["languages"] = rng.choice(("en", "ar"))
            if "sections" in kind:
                targeting["sections"] = ",".join(rng.sample(SECTIONS, rng.randint(1, 2)))
            if kind == "tags":
                targeting["tags"] = ",".join(rng.sample(TAGS, rng.randint(1, 3)))
        cap = caps[n // 3] if n % 3 == 0 and n // 3 < len(caps) else {}
        slots = sorted(rng.sample(SLOT_KEYS, rng.randint(2, 5)), key=SLOT_KEYS.index)
        plans.append(
            plan(
                f"Spring campaign {n + 1}",
                advertisers[n % len(advertisers)],
                STANDARD,
                slots,
                weight=rng.choice((50, 100, 100, 200, 300)),
                **targeting,
                **cap,
            )
        )
    # Runs out early in a bench (every page may show it): the cap must hold exactly, and once it
    # is reached each pick of it is still a write that is refused before another ad is chosen.
    plans.append(plan("Flash sale", "Palm Grocers", STANDARD, daily_cap=SMALL_DAILY_CAP))
    house = "Masthead (house ads)"
    plans += [
        plan("The daily newsletter", house, HOUSE, weight=300),
        plan("النسخة العربية", house, HOUSE, languages="ar", weight=200),
        plan("Our podcast", house, HOUSE, ("article-sidebar", "in-article", "between-cards"), languages="en"),
        plan("Subscribe", house, HOUSE, weight=200),
        plan("Get the app", house, HOUSE, ("header-leaderboard", "footer"), weight=50),
        plan("Reader events", house, HOUSE, sections="culture,opinion"),
    ]
    ended = {"state": "expired"}
    plans += [
        plan(
            "Last season's sponsor",
            "National Football League",
            SPONSORSHIP,
            starts_at=now - 60 * day,
            ends_at=now - timedelta(hours=1),
            **ended,
        ),
        plan(
            "Winter sale", "Palm Grocers", STANDARD, starts_at=now - 40 * day, ends_at=now - 3 * day, **ended
        ),
        plan(
            "Launch week",
            "Blue Line Telecom",
            STANDARD,
            starts_at=now - 30 * day,
            ends_at=now - 10 * day,
            total_cap=BIG_TOTAL_CAP,
            **ended,
        ),
        plan("Ramadan greetings", house, HOUSE, starts_at=now - 30 * day, ends_at=now - day, **ended),
    ]
    coming = {"state": "future"}
    plans += [
        plan(
            "Summer sponsor",
            "Oasis Airways",
            SPONSORSHIP,
            starts_at=now + 60 * day,
            ends_at=now + 150 * day,
            **coming,
        ),
        plan(
            "Open days",
            "Atlas University",
            STANDARD,
            starts_at=now + 90 * day,
            ends_at=now + 120 * day,
            **coming,
        ),
        plan(
            "Election explainer",
            "Crescent Insurance",
            STANDARD,
            starts_at=now + 120 * day,
            ends_at=now + 160 * day,
            languages="en",
            sections="news",
            **coming,
        ),
    ]
    plans += [
        plan("Sponsor on hold", "Sahara Solar", SPONSORSHIP, state="paused"),
        plan("New models", "Medina Motors", STANDARD, state="paused"),
        plan("Volunteer with us", house, HOUSE, state="paused"),
    ]
    return plans


def creative_html(advertiser: str, arabic: bool, n: int) -> str:
    """A small ad in the sanitised HTML editors write (no images, so no files are needed)."""
    domain = re.sub(r"[^a-z]+", "-", advertiser.lower()).strip("-") + ".example"
    if arabic:
        line = ("عروض هذا الأسبوع", "اكتشف المزيد", "لأول مرة في المدينة")[n % 3]
        return f'<p><strong>{advertiser}</strong>: {line}. <a href="https://{domain}/ar/{n}">المزيد</a></p>'
    line = ("This week's offers", "See what is new", "Now in your city")[n % 3]
    return (
        f'<p><strong>{advertiser}</strong>: {line}. <a href="https://{domain}/offer/{n}?utm_source=masthead">'
        "Find out more</a></p>"
    )


def build() -> dict:
    """Create the slots, advertisers, campaigns and creatives; returns the manifest the checks use."""
    from django.db import transaction
    from django.utils import timezone

    from masthead.ads.models import AdSlot, Advertiser, Campaign, Creative

    now = timezone.now()
    with transaction.atomic():
        slots = {}
        for key, name, phone, desktop, _size in SLOTS:
            slots[key] = AdSlot.objects.create(key=key, name=name, phone_sizes=phone, desktop_sizes=desktop)
        manifest = []
        for n, spec in enumerate(campaign_plan(now)):
            advertiser, _ = Advertiser.objects.get_or_create(name=spec["advertiser"])
            campaign = Campaign(
                advertiser=advertiser,
                is_paused=spec["state"] == "paused",
                **{k: v for k, v in spec.items() if k not in ("advertiser", "state", "slots")},
            )
            campaign.full_clean(exclude=["advertiser"])
            campaign.save()
            campaign.slots.set([slots[key] for key in spec["slots"]])
            width, height = dict((s[0], s[4]) for s in SLOTS)[spec["slots"][0]]
            creatives = []
            # Three creatives each; every fourth campaign also has a retired one, never to be served.
            for c in range(4 if n % 4 == 0 else 3):
                creative = Creative(
                    campaign=campaign,
                    name=f"{spec['name']} #{c + 1}",
                    kind=Creative.Kind.HTML,
                    html=creative_html(spec["advertiser"], spec["languages"] == "ar", n * 4 + c),
                    width=width,
                    height=height,
                    weight=(100, 100, 50, 100)[c],
                    is_active=c < 3,
                )
                creative.full_clean(exclude=["campaign"])
                creative.save()
                creatives.append({"id": creative.pk, "active": creative.is_active})
            manifest.append(
                {
                    **spec,
                    "id": campaign.pk,
                    "starts_at": spec["starts_at"].isoformat(),
                    "ends_at": spec["ends_at"].isoformat(),
                    "creatives": creatives,
                }
            )
    return {"built_at": now.isoformat(), "campaigns": manifest}


def prepare(data_dir: Path, me: list[str], rebuild: bool) -> dict:
    """The data dir with its ad setup, built now or reused; returns the manifest."""
    marker = data_dir / "built.json"
    built = json.loads(marker.read_text()) if marker.exists() and not rebuild else None
    fingerprint = newsroom.data_fingerprint()
    if built is not None and built.get("fingerprint") != fingerprint:
        print("bench: migrations changed since the ad setup was built: rebuilding")
        built = None
    if built is not None:
        age = datetime.now(UTC) - datetime.fromisoformat(built["built_at"])
        if age > timedelta(days=MAX_AGE_DAYS):
            print(f"bench: the ad setup is {age.days} days old (flights are set around then): rebuilding")
            built = None
    if built is not None:
        print(f"bench: reusing the ad setup in {data_dir} (--rebuild to start over)")
        return built
    for name in ("masthead.sqlite3", "masthead.sqlite3-wal", "masthead.sqlite3-shm", "built.json"):
        (data_dir / name).unlink(missing_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    env = newsroom.site_env(data_dir, pagecache="off")
    print(f"bench: building the ad setup in {data_dir}", flush=True)
    migrate = [str(newsroom.MASTHEAD), "migrate", "--noinput", "--verbosity", "0"]
    subprocess.run(migrate, env=env, cwd=ROOT, check=True)
    done = subprocess.run([*me, "--role", "build"], env=env, cwd=ROOT, check=True, capture_output=True)
    built = {**json.loads(done.stdout), "fingerprint": fingerprint}
    marker.write_text(json.dumps(built, indent=1, ensure_ascii=False))
    return built
