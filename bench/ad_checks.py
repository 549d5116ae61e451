"""The ads bench's checks: what the database says was served, and answers against the rules."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import harness
from ad_setup import SMALL_DAILY_CAP


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
