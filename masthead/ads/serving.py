"""Ad decisions: the ad for each impression (priority, targeting, flight, weight, pacing, exact
caps), the answer the page's script gets, and the viewable impressions it reports.

Pages are cached and the same for every reader, so the choice is made per impression by the
decision endpoint (answered in front of Django by masthead.ads.wsgi, or by masthead.ads.views),
from the live creatives this process keeps until any campaign, creative or slot changes (the
"ads" version stamp) or they are KEEP_SECONDS old. Caps are held exactly by masthead.ads.caps.
"""

import random
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone

from masthead.ads import caps, tokens
from masthead.ads.counting import tally
from masthead.ads.models import AdSlot, Campaign, Creative
from masthead.core.kept import Kept

STAMP = "ads"
# Flight boundaries pass without any edit: the kept list is reloaded at least this often.
KEEP_SECONDS = 30
MAX_SLOTS = 12


@dataclass(frozen=True)
class Live:
    """A creative with what its choice needs, read once from the database."""

    creative_id: int
    campaign_id: int
    priority: int
    weight: int
    starts_at: datetime
    ends_at: datetime
    slots: frozenset[str]
    # (slot, "phone" or "desktop") where the creative's size is one the slot takes on that device.
    fits_on: frozenset[tuple[str, str]]
    languages: frozenset[str]
    sections: frozenset[str]
    tags: frozenset[str]
    daily_cap: int | None
    total_cap: int | None
    is_paced: bool
    kind: str
    html: str
    image_url: str
    alt_text: str
    click_url: str
    width: int | None
    height: int | None

    def fits(
        self, slot: str, language: str, section: str, tags: frozenset[str], now: datetime, device: str = ""
    ) -> bool:
        return (
            ((slot, device) in self.fits_on if device else slot in self.slots)
            and self.starts_at <= now < self.ends_at
            and (not self.languages or language in self.languages)
            and (not self.sections or section in self.sections)
            and (not self.tags or bool(self.tags & tags))
        )

    @property
    def is_capped(self) -> bool:
        return self.daily_cap is not None or self.total_cap is not None


def _split(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(",") if part.strip())


def load_live(now: datetime | None = None) -> list[Live]:
    """Every active creative of a campaign not paused and not over, in an active slot."""
    now = now or timezone.now()
    campaigns = {
        c.pk: c for c in Campaign.objects.filter(is_paused=False, ends_at__gt=now).prefetch_related("slots")
    }
    creatives = Creative.objects.filter(campaign_id__in=list(campaigns), is_active=True)
    slot_sizes = {
        slot.key: {"phone": _split(slot.phone_sizes), "desktop": _split(slot.desktop_sizes)}
        for slot in AdSlot.objects.filter(is_active=True)
    }
    active_slots = set(slot_sizes)
    live = []
    for creative in creatives:
        campaign = campaigns[creative.campaign_id]
        slots = frozenset(s.key for s in campaign.slots.all()) & active_slots
        if not slots or not campaign.weight or not creative.weight:
            continue
        live.append(
            Live(
                creative_id=creative.pk,
                campaign_id=campaign.pk,
                priority=campaign.priority,
                weight=campaign.weight * creative.weight,
                starts_at=campaign.starts_at,
                ends_at=campaign.ends_at,
                slots=slots,
                fits_on=frozenset(
                    (key, device)
                    for key in slots
                    for device, sizes in slot_sizes[key].items()
                    # A creative without a size, or a slot without sizes for the device, fits.
                    if not sizes or not creative.width or f"{creative.width}x{creative.height}" in sizes
                ),
                languages=_split(campaign.languages),
                sections=_split(campaign.sections),
                tags=_split(campaign.tags),
                daily_cap=campaign.daily_cap,
                total_cap=campaign.total_cap,
                is_paced=campaign.is_paced,
                kind=creative.kind,
                html=creative.html,
                image_url=creative.image.url if creative.image else "",
                alt_text=creative.alt_text,
                click_url=creative.click_url,
                width=creative.width,
                height=creative.height,
            )
        )
    return live


# This process's copy of the live creatives.
kept_live: Kept[list[Live]] = Kept(load_live, version=STAMP, max_age=KEEP_SECONDS)


def choose(
    slot: str,
    *,
    language: str,
    section: str = "",
    tags: frozenset[str] = frozenset(),
    now: datetime | None = None,
    rng: random.Random | None = None,
    live: list[Live] | None = None,
    device: str = "",
    shown: Collection[int] = (),
) -> Live | None:
    """The ad for one impression of `slot`: the highest priority with anything eligible, then by weight.

    A campaign whose cap (or pacing) refuses the impression is set aside and the choice is made
    again among the rest, so a capped campaign never blocks the slot. House campaigns already in
    `shown` (filled elsewhere on the page) are left out: the site's own notice, once a page.
    """
    now = now or timezone.now()
    rng = rng or random
    candidates = [
        ad
        for ad in (live if live is not None else kept_live.get())
        if ad.fits(slot, language, section, tags, now, device)
        and not (ad.priority <= Campaign.Priority.HOUSE and ad.campaign_id in shown)
    ]
    while candidates:
        top = max(ad.priority for ad in candidates)
        tier = [ad for ad in candidates if ad.priority == top]
        ad = rng.choices(tier, weights=[a.weight for a in tier])[0]
        if not ad.is_capped or caps.reserve(ad, now):
            return ad
        candidates = [a for a in candidates if a.campaign_id != ad.campaign_id]
    return None


def render_markup(ad: Live, slot: str) -> str:
    """The ad's HTML: a signed click link around an image, sanitised HTML, or a sandboxed tag."""
    context = {
        "ad": ad,
        "click": f"/ads/click/{tokens.click_token(ad.creative_id, slot)}/",
        "frame": f"/ads/frame/{tokens.frame_token(ad.creative_id)}/" if ad.kind == Creative.Kind.TAG else "",
    }
    return render_to_string("ads/_creative.html", context).strip()


# Each ad's markup in each slot, rendered once: it depends on nothing else, and a changed creative
# is a new `Live` (a new key). Rendering costs more than the rest of a decision.
kept_markup: Kept[str] = Kept(render_markup, size=10_000)


def markup(ad: Live, slot: str) -> str:
    """The ad's HTML in `slot`, as `render_markup` makes it."""
    return kept_markup.get(ad, slot)


def decide(query: dict[str, list[str]]) -> dict:
    """The answer to one decision request (its parsed query string): {slot: the ad to show} for
    the slots that have one, each served ad counted."""
    language = (query.get("lang") or ["en"])[0][:5]
    section = (query.get("section") or [""])[0][:80]
    tags = frozenset(t for t in (query.get("tags") or [""])[0].split(",")[:20] if t)
    slots = [s for s in (query.get("slots") or [""])[0].split(",") if s][:MAX_SLOTS]
    device = (query.get("device") or [""])[0]
    device = device if device in ("phone", "desktop") else ""
    now = timezone.now()
    today = timezone.localdate(now)
    answer = {}
    shown: set[int] = set()  # campaigns on this page so far, in the page's order of slots
    for slot in dict.fromkeys(slots):
        ad = choose(slot, language=language, section=section, tags=tags, now=now, device=device, shown=shown)
        if ad is None:
            continue
        shown.add(ad.campaign_id)
        tally.add(ad.creative_id, today, "served")
        answer[slot] = {
            "creative": ad.creative_id,  # for the page's own use and for checks; no secret
            "html": markup(ad, slot),
            "seen": tokens.seen_token(ad.creative_id, secrets.token_urlsafe(8)),
            "width": ad.width,
            "height": ad.height,
        }
    return answer


def record_seen(token: str) -> bool:
    """Count a viewable impression for a valid token, once: a replayed token counts nothing."""
    value = tokens.read_token(token, tokens.SEEN_SALT)
    if value is None or not cache.add(f"masthead:ads:seen:{value[1]}", 1, 3600):
        return False
    tally.add(value[0], timezone.localdate(), "impressions")
    return True
