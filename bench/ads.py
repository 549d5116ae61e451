"""Ad decisions a second: `masthead serve` choosing an ad per impression at /ads/decide/.

A data dir of its own (var/bench/ads/) holds a small paper's ad setup: 5 slots and 40 campaigns
across the three priorities, some targeted by language, section or tag, a fifth of them capped
(each capped ad served is a database write), and some that must never be served (ended, not yet
started, paused, or retired creatives). `masthead serve` (page cache off) is loaded with wrk,
every request asking for the next of 50 query strings, first one slot a request, then three as a
page asks. Decisions a second = requests a second x slots a request.

Honesty is checked too: a sample of answers against the targeting and priority rules, and after
the load (counts given time to be written) that nothing was served for what must never be served,
that caps held, and that the exact cap counts agree with the reports' counts.

.venv/bin/python bench/ads.py                    # 10 s a case
.venv/bin/python bench/ads.py --duration 3       # a quick look
.venv/bin/python bench/ads.py --rebuild          # start the ad setup over
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import harness
import newsroom

ROOT = Path(__file__).resolve().parent.parent
TARGET = 3000  # ad decisions a second, on 2 cores
# Counts are written once a second (ADS_FLUSH_SECONDS); wait this long before reading them.
FLUSH_WAIT = 2.5
# A built setup older than this is rebuilt: flights are set around the day it was built.
MAX_AGE_DAYS = 30
QUERIES = 50  # different query strings a case
BUSY_OTHERS = 0.15  # cores used by other processes that make a run's figure doubtful

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


# The ad setup ----------------------------------------------------------------------------------


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


# Checks ------------------------------------------------------------------------------------------


def check() -> dict:
    """What was served, from the database: never-to-be-served counts, caps, and exact agreement.

    Never to be served: a paused campaign, one whose flight is over or has not begun, a retired
    creative. A capped campaign's own count (kept exactly, per ad) must stay within its caps and
    equal the reports' count of what its creatives served (written once a second).
    """
    from django.db.models import Sum
    from django.utils import timezone

    from masthead.ads.models import Campaign, CreativeDay

    now = timezone.now()
    today = timezone.localdate(now)
    served = dict(
        CreativeDay.objects.values("creative").annotate(n=Sum("served")).values_list("creative", "n")
    )
    served_today = dict(CreativeDay.objects.filter(day=today).values_list("creative", "served"))
    problems: list[str] = []
    never = {"campaigns": 0, "retired_creatives": 0, "served": 0}
    capped = []
    by_priority: dict[str, int] = {}
    for campaign in Campaign.objects.prefetch_related("creatives", "days").order_by("pk"):
        creatives = list(campaign.creatives.all())
        shown = sum(served.get(c.pk, 0) for c in creatives)
        shown_today = sum(served_today.get(c.pk, 0) for c in creatives)
        label = str(campaign.get_priority_display())
        by_priority[label] = by_priority.get(label, 0) + shown_today
        if campaign.is_paused or campaign.ends_at <= now or campaign.starts_at > now:
            never["campaigns"] += 1
            never["served"] += shown + campaign.served
            if shown or campaign.served:
                state = "paused" if campaign.is_paused else "ended" if campaign.ends_at <= now else "future"
                problems.append(
                    f"{state} campaign {campaign.name!r} was served {max(shown, campaign.served)}"
                )
        for creative in creatives:
            if not creative.is_active:
                never["retired_creatives"] += 1
                never["served"] += served.get(creative.pk, 0)
                if served.get(creative.pk):
                    problems.append(f"retired creative {creative.name!r} was served {served[creative.pk]}")
        if campaign.daily_cap is None and campaign.total_cap is None:
            continue
        days = {d.day: d.served for d in campaign.days.all()}
        row = {
            "name": campaign.name,
            "daily_cap": campaign.daily_cap,
            "total_cap": campaign.total_cap,
            "served": campaign.served,
            "served_today": days.get(today, 0),
            "reported": shown,
        }
        capped.append(row)
        if campaign.total_cap is not None and campaign.served > campaign.total_cap:
            problems.append(f"{campaign.name!r} served {campaign.served}, over its total cap")
        if campaign.daily_cap is not None:
            over = {str(d): n for d, n in days.items() if n > campaign.daily_cap}
            if over:
                problems.append(f"{campaign.name!r} over its daily cap of {campaign.daily_cap}: {over}")
            if days.get(today, 0) != shown_today:
                problems.append(
                    f"{campaign.name!r}: {days.get(today, 0)} counted against today's cap, "
                    f"{shown_today} in the reports"
                )
        if shown != campaign.served:
            problems.append(
                f"{campaign.name!r}: {campaign.served} counted against caps, {shown} in the reports"
            )
    return {
        "served_total": sum(served.values()),
        "served_today_by_priority": by_priority,
        "never_to_be_served": never,
        "capped": capped,
        "problems": problems,
    }


def answer_creative(ad: dict) -> int | None:
    """The creative an answer chose (its "creative" field)."""
    value = ad.get("creative")
    return value if isinstance(value, int) else None


class Rules:
    """The choice the endpoint should make, from the manifest: for checking a sample of answers."""

    def __init__(self, manifest: dict):
        self.campaigns = manifest["campaigns"]
        self.by_creative = {
            c["id"]: (campaign, c["active"]) for campaign in self.campaigns for c in campaign["creatives"]
        }

    @staticmethod
    def fits(campaign: dict, slot: str, language: str, section: str, tags: set[str], now: datetime) -> bool:
        def split(text: str) -> set[str]:
            return {part for part in text.split(",") if part}

        starts, ends = (datetime.fromisoformat(campaign[key]) for key in ("starts_at", "ends_at"))
        return (
            campaign["state"] != "paused"
            and slot in campaign["slots"]
            and starts <= now < ends
            and (not campaign["languages"] or language in split(campaign["languages"]))
            and (not campaign["sections"] or section in split(campaign["sections"]))
            and (not campaign["tags"] or bool(split(campaign["tags"]) & tags))
        )

    def problems(self, path: str, answer: dict) -> list[str]:
        """What is wrong with one answer: a slot not asked for, an ad that does not fit, a lower
        priority than the page could have had, or a slot left empty that an ad fits."""
        query = parse_qs(urlsplit(path).query)
        slots = (query.get("slots") or [""])[0].split(",")
        language = (query.get("lang") or ["en"])[0]
        section = (query.get("section") or [""])[0]
        tags = set((query.get("tags") or [""])[0].split(",")) - {""}
        now = datetime.now(UTC)
        found = []
        for slot in set(answer) - set(slots):
            found.append(f"{path}: an ad for {slot}, which was not asked for")
        for slot in slots:
            fitting = [c for c in self.campaigns if self.fits(c, slot, language, section, tags, now)]
            # A campaign whose cap can run out may be refused; the others never are here.
            sure = [c["priority"] for c in fitting if c["daily_cap"] != SMALL_DAILY_CAP]
            ad = answer.get(slot)
            if ad is None:
                if sure:
                    found.append(f"{path}: {slot} left empty")
                continue
            creative = answer_creative(ad)
            campaign, active = self.by_creative.get(creative, (None, False))
            if campaign is None:
                found.append(f"{path}: {slot} got an unknown creative {creative}")
            elif not active:
                found.append(f"{path}: {slot} got retired creative {creative}")
            elif campaign not in fitting:
                found.append(f"{path}: {slot} got {campaign['name']!r}, which does not fit")
            elif sure and campaign["priority"] < max(sure):
                found.append(f"{path}: {slot} got {campaign['name']!r} over a higher priority")
        return found


# Load ------------------------------------------------------------------------------------------


def query_paths(slots_per_request: int, count: int = QUERIES) -> list[str]:
    """`count` different decision requests as the pages' script sends them (reader.js).

    Two in five from listing pages (home or a section: no tags), the rest from stories (a
    section and tags); a third in Arabic. One slot a request goes round all the page's slots.
    """
    rng = random.Random(17 + slots_per_request)
    paths = []
    for n in range(count):
        language = "ar" if n % 3 == 0 else "en"
        if n % 5 < 2:
            page, section, tags = LISTING_PAGE, rng.choice(("", "", *SECTIONS)), []
        else:
            page, section = ARTICLE_PAGE, rng.choice(SECTIONS)
            tags = rng.sample(TAGS, rng.randint(0, 3))
        slots = sorted({page[(n + k) % len(page)] for k in range(slots_per_request)}, key=page.index)
        query = {"slots": ",".join(slots), "lang": language, "section": section, "tags": ",".join(tags)}
        paths.append("/ads/decide/?" + urlencode(query))
    return paths


def sample_answers(port: int, paths: list[str], rules: Rules, rounds: int) -> dict:
    """Ask for every path `rounds` times: status, headers and the choice each answer made."""
    client = harness.Client(port)
    asked = filled = 0
    problems: list[str] = []
    try:
        for _ in range(rounds):
            for path in paths:
                answer = client.get(path)
                slots = len(parse_qs(urlsplit(path).query)["slots"][0].split(","))
                asked += slots
                if answer.status != 200 or not answer.headers.get("content-type", "").startswith(
                    "application/json"
                ):
                    problems.append(f"{path}: HTTP {answer.status} {answer.headers.get('content-type')}")
                    continue
                if answer.headers.get("cache-control") != "no-store":
                    problems.append(f"{path}: Cache-Control {answer.headers.get('cache-control')!r}")
                body = json.loads(answer.body)
                filled += len(body)
                problems += rules.problems(path, body)
    finally:
        client.close()
    return {"slots_asked": asked, "slots_filled": filled, "problems": problems}


# Main ------------------------------------------------------------------------------------------


def role(me: list[str], data_dir: Path, name: str) -> dict:
    """Run `--role name` against the data dir (while the server may be running); its JSON."""
    env = newsroom.site_env(data_dir, pagecache="off")
    done = subprocess.run([*me, "--role", name], env=env, cwd=ROOT, check=True, capture_output=True)
    return json.loads(done.stdout)


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    os.environ["MASTHEAD_LOG_LEVEL"] = "WARNING"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def settle(quiet_wait: float) -> None:
    if quiet_wait > 0:
        waited = harness.wait_for_quiet(quiet_wait)
        if waited >= 1:
            print(f"  (waited {waited:.0f} s for other processes to quieten down)", flush=True)


def figures(result: harness.WrkResult, slots: int) -> str:
    p50, p99 = result.latency_ms.get("p50", 0), result.latency_ms.get("p99", 0)
    cores = " ".join(f"{who} {used:.2f}" for who, used in result.cpu_cores.items() if who != "steal")
    return (
        f"{result.requests_per_sec:8.0f} req/s {result.requests_per_sec * slots:8.0f} decisions/s  "
        f"p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  [cores: {cores}]"
    )


def table(rows: list[dict]) -> str:
    header = ("slots/req", "req/s", "decisions/s", "p50 ms", "p99 ms", "cpu us/decision", "stored", "notes")
    lines = [header]
    for row in rows:
        lines.append(
            (
                str(row["slots_per_request"]),
                f"{row['requests_per_sec']:.0f}",
                f"{row['decisions_per_s']:.0f}",
                f"{row['latency_ms'].get('p50', 0):.2f}",
                f"{row['latency_ms'].get('p99', 0):.2f}",
                f"{row['server_us_per_decision']:.0f}" if row["server_us_per_decision"] else "",
                f"{row['stored_share']:.0%}",
                "; ".join(row["notes"]),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        cells = [
            c.ljust(w) if i == len(header) - 1 else c.rjust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=10, help="seconds of load a case (10)")
    parser.add_argument(
        "--warmup", type=float, default=3, help="untimed seconds of load before each case (3)"
    )
    parser.add_argument("--slots", default="1,3", help="slots a request, one case each (1,3; at most 3)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, help="masthead serve workers (default: one per core)")
    parser.add_argument("--server-threads", type=int, help="masthead serve threads a worker (default 1)")
    parser.add_argument("--quiet-wait", type=float, default=30, help="wait up to this for an idle machine")
    parser.add_argument("--data-dir", default=str(ROOT / "var" / "bench" / "ads"))
    parser.add_argument("--rebuild", action="store_true", help="build the ad setup again")
    parser.add_argument("--out", default=str(ROOT / "var" / "bench" / "ads.json"), help="figures as JSON")
    parser.add_argument("--role", choices=["main", "build", "check"], default="main", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    data_dir = Path(options.data_dir).resolve()

    if options.role == "build":
        setup_django()
        print(json.dumps(build(), ensure_ascii=False))
        return 0
    if options.role == "check":
        setup_django()
        print(json.dumps(check(), ensure_ascii=False))
        return 0

    cases = [int(n) for n in options.slots.split(",")]
    if not all(1 <= n <= 3 for n in cases):
        parser.error("--slots: 1 to 3 slots a request")
    me = [sys.executable, str(Path(__file__).resolve()), "--data-dir", str(data_dir)]
    tools = harness.ensure_tools({"wrk": "wrk"})
    manifest = prepare(data_dir, me, options.rebuild)
    rules = Rules(manifest)
    run_dir = data_dir / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    paths = {n: query_paths(n) for n in cases}
    for n, listed in paths.items():
        (run_dir / f"decide-{n}.txt").write_text("\n".join(listed) + "\n")

    port = harness.free_port()
    log = run_dir / "serve.log"
    log.unlink(missing_ok=True)
    server = harness.masthead_serve(
        env=newsroom.site_env(data_dir, pagecache="off"),
        port=port,
        log=log,
        workers=options.workers,
        threads=options.server_threads,
    )
    rows = []
    count_problems: list[str] = []
    with server:
        server.wait_until_serving(port, paths[cases[0]][0])
        sampled = {n: sample_answers(port, listed, rules, rounds=4) for n, listed in paths.items()}
        asked = sum(s["slots_asked"] for s in sampled.values())
        filled = sum(s["slots_filled"] for s in sampled.values())
        sample_problems = [p for s in sampled.values() for p in s["problems"]]
        print(
            f"bench: {asked} sampled decisions, {filled} filled, "
            f"{len(sample_problems)} against the targeting and priority rules",
            flush=True,
        )
        for problem in sample_problems[:10]:
            print(f"  {problem}")
        print(
            f"\nAd decisions: masthead serve (page cache off), wrk -t{options.threads} "
            f"-c{options.connections} -d{options.duration:g}s, {QUERIES} query strings; "
            f"target >= {TARGET} decisions/s",
            flush=True,
        )
        for n in cases:
            target = {"paths_file": run_dir / f"decide-{n}.txt", "servers": [server]}
            load = {"connections": options.connections, "threads": options.threads}
            if options.warmup > 0:
                settle(options.quiet_wait)
                warm = harness.run_wrk(tools["wrk"], port=port, duration=options.warmup, **load, **target)
                print(
                    f"  {n} slot{'s' if n > 1 else ' '}  warm-up, not counted {figures(warm, n)}", flush=True
                )
            time.sleep(FLUSH_WAIT)
            before = role(me, data_dir, "check")["served_total"]
            settle(options.quiet_wait)
            result = harness.run_wrk(tools["wrk"], port=port, duration=options.duration, **load, **target)
            time.sleep(FLUSH_WAIT)
            stored = role(me, data_dir, "check")["served_total"] - before
            decisions = result.requests * n
            notes = []
            if result.errors:
                notes.append(
                    f"{result.errors} errors {result.socket_errors} non-2xx/3xx={result.non_2xx_3xx}"
                )
            if result.cpu_cores.get("others", 0) > BUSY_OTHERS:
                notes.append(f"busy machine: others used {result.cpu_cores['others']:.2f} cores")
            # Every answered decision is counted; wrk leaves up to one request a connection in
            # flight when it stops (served and counted, but not in its figures).
            if stored > decisions + options.connections * n or (filled == asked and stored < decisions):
                notes.append(f"COUNTS: {stored} stored for {decisions} decisions answered")
                count_problems.append(f"{n} slots a request: {notes[-1]}")
            us = result.server_us_per_request
            rows.append(
                {
                    "slots_per_request": n,
                    "requests_per_sec": result.requests_per_sec,
                    "decisions_per_s": result.requests_per_sec * n,
                    "latency_ms": result.latency_ms,
                    "server_us_per_decision": us / n if us else None,
                    "decisions": decisions,
                    "stored": stored,
                    "stored_share": stored / decisions if decisions else 0.0,
                    "notes": notes,
                    "wrk": result.as_json(),
                }
            )
            print(f"  {n} slot{'s' if n > 1 else ' '}  timed                {figures(result, n)}", flush=True)
        time.sleep(FLUSH_WAIT)
        checked = role(me, data_dir, "check")
    server_log = log.read_text(errors="replace")
    tracebacks = server_log.count("Traceback")

    print()
    print(table(rows))
    never = checked["never_to_be_served"]
    print(
        f"\nnever to be served ({never['campaigns']} campaigns ended, not begun or paused; "
        f"{never['retired_creatives']} retired creatives): served {never['served']}"
    )
    for row in checked["capped"]:
        caps = ", ".join(
            f"{what} {row[key]:,}"
            for what, key in (("daily", "daily_cap"), ("total", "total_cap"))
            if row[key]
        )
        print(
            f"  capped ({caps}): {row['name']}: {row['served']:,} served in all"
            + (f", {row['served_today']:,} today" if row["daily_cap"] else "")
            + f"; {row['reported']:,} in the reports"
        )
    print(f"served today by priority: {checked['served_today_by_priority']}")
    problems = sample_problems + count_problems + checked["problems"]
    if tracebacks:
        problems.append(f"{tracebacks} tracebacks in {log}")
        print(f"\nbench: the server logged {tracebacks} tracebacks; the last lines of {log}:")
        print(server.log_tail(40))
    for problem in checked["problems"]:
        print(f"  PROBLEM: {problem}")

    one = next((r for r in rows if r["slots_per_request"] == 1), rows[0])
    errors = sum(r["wrk"]["errors"] for r in rows)
    verdict = "PASS" if one["decisions_per_s"] >= TARGET and not problems and not errors else "MISS"
    others = ", ".join(
        f"{r['decisions_per_s']:.0f} with {r['slots_per_request']} slots a request"
        for r in rows
        if r is not one
    )
    print(
        f"ads: {one['decisions_per_s']:.0f} decisions/s with {one['slots_per_request']} slot a request"
        + (f", {others}" if others else "")
        + f" ({verdict}, target {TARGET})"
        + (f"; {len(problems)} problems" if problems else "")
        + (f"; {errors} errors" if errors else "")
    )
    summary = {
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "settings": {
            "duration_s": options.duration,
            "warmup_s": options.warmup,
            "connections": options.connections,
            "wrk_threads": options.threads,
            "serve_workers": options.workers or os.cpu_count(),
            "serve_threads": options.server_threads or 1,
            "query_strings": QUERIES,
        },
        "setup": {
            "data_dir": str(data_dir),
            "built_at": manifest["built_at"],
            "campaigns": len(manifest["campaigns"]),
            "capped": sum(1 for c in manifest["campaigns"] if c["daily_cap"] or c["total_cap"]),
        },
        "target_per_s": TARGET,
        "cases": rows,
        "sample": {"slots_asked": asked, "slots_filled": filled, "problems": sample_problems},
        "check": checked,
        "server_tracebacks": tracebacks,
        "problems": problems,
        "verdict": verdict,
    }
    Path(options.out).parent.mkdir(parents=True, exist_ok=True)
    Path(options.out).write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
