"""Choosing an ad for each impression: priority, targeting, flight, weight, pacing and exact caps.

Pages are cached and the same for every reader, so the choice is made per impression by the
decision endpoint (masthead.ads.wsgi), from the live creatives this process keeps in memory until
any campaign, creative or slot changes (the "ads" version stamp). Caps are held exactly by a
conditional UPDATE per capped ad: the database's row lock makes concurrent servers queue on it,
so no process can serve past a cap.
"""

import math
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

from django.core import signing
from django.db import connection, transaction
from django.utils import timezone

from masthead.ads.models import AdSlot, Campaign, CampaignDay, Creative
from masthead.core import versions

STAMP = "ads"
CLICK_SALT = "masthead.ads.click"
SEEN_SALT = "masthead.ads.seen"
FRAME_SALT = "masthead.ads.frame"
# Flight boundaries pass without any edit: the kept list is reloaded at least this often.
KEEP_SECONDS = 30


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


@dataclass
class Kept:
    """This process's copy of the live creatives, reloaded when the stamp moves or it is old."""

    stamp: int = -1
    loaded: float = 0.0
    live: list[Live] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, clock: float) -> list[Live]:
        stamp = versions.current(STAMP)
        if stamp != self.stamp or clock - self.loaded > KEEP_SECONDS:
            with self.lock:
                self.live = load_live()
                self.stamp, self.loaded = stamp, clock
        return self.live

    def forget(self) -> None:
        self.stamp = -1


kept = Kept()


def paced_limit(live: Live, now: datetime) -> int | None:
    """How many a capped campaign may have served by `now`: its total cap, or its even share."""
    if live.total_cap is None:
        return None
    if not live.is_paced:
        return live.total_cap
    flight = (live.ends_at - live.starts_at).total_seconds()
    elapsed = (now - live.starts_at).total_seconds()
    # Rounded up, so the first ad of a flight can be served.
    return min(live.total_cap, math.ceil(live.total_cap * min(elapsed / flight, 1.0)) or 1)


def reserve(live: Live, now: datetime) -> bool:
    """Count one served ad against a capped campaign's caps, if they allow it; exact under concurrency."""
    limit = paced_limit(live, now)
    table = Campaign._meta.db_table
    day_table = CampaignDay._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        if limit is not None:
            cursor.execute(
                f"UPDATE {table} SET served = served + 1 WHERE id = %s AND served < %s",
                [live.campaign_id, limit],
            )
        else:
            cursor.execute(f"UPDATE {table} SET served = served + 1 WHERE id = %s", [live.campaign_id])
        if cursor.rowcount != 1:
            return False
        if live.daily_cap is not None:
            cursor.execute(
                f"INSERT INTO {day_table} (campaign_id, day, served) VALUES (%s, %s, 1) "
                f"ON CONFLICT (campaign_id, day) DO UPDATE SET served = {day_table}.served + 1 "
                f"WHERE {day_table}.served < %s",
                [live.campaign_id, timezone.localdate(now).isoformat(), live.daily_cap],
            )
            if cursor.rowcount != 1:
                transaction.set_rollback(True)  # the total is given back
                return False
    return True


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
) -> Live | None:
    """The ad for one impression of `slot`: the highest priority with anything eligible, then by weight.

    A campaign whose cap (or pacing) refuses the impression is set aside and the choice is made
    again among the rest, so a capped campaign never blocks the slot.
    """
    now = now or timezone.now()
    rng = rng or random
    candidates = [
        ad
        for ad in (live if live is not None else kept.get(time.monotonic()))
        if ad.fits(slot, language, section, tags, now, device)
    ]
    while candidates:
        top = max(ad.priority for ad in candidates)
        tier = [ad for ad in candidates if ad.priority == top]
        ad = rng.choices(tier, weights=[a.weight for a in tier])[0]
        if not ad.is_capped or reserve(ad, now):
            return ad
        candidates = [a for a in candidates if a.campaign_id != ad.campaign_id]
    return None


def click_token(creative_id: int, slot: str) -> str:
    return signing.Signer(salt=CLICK_SALT).sign_object([creative_id, slot], compress=False)


def frame_token(creative_id: int) -> str:
    """The address part of a third-party tag's own frame document."""
    return signing.Signer(salt=FRAME_SALT).sign(str(creative_id))


def read_frame_token(token: str) -> int | None:
    try:
        value = signing.Signer(salt=FRAME_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return int(value) if value.isdigit() else None


def seen_token(creative_id: int, nonce: str) -> str:
    return signing.Signer(salt=SEEN_SALT).sign_object([creative_id, nonce], compress=False)


def read_token(token: str, salt: str) -> list | None:
    try:
        value = signing.Signer(salt=salt).unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return value if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) else None
