"""When, where and in which languages each demo story runs, before a word of it is written."""

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from masthead.articles.models import Article

SPAN_DAYS = 395  # a little over thirteen months, so the archive covers at least twelve
PAIR_SHARE = 0.45  # stories published in both languages, linked as translations
SPONSORED_SHARE = 0.08  # of business stories
UPDATED_SHARE = 0.06  # published stories edited a few hours later
# Section mix for the archive, dealt out evenly (so each desk knows how many stories it will
# write, and has a beat for each); the first eight stories visit every section once.
SECTION_WEIGHTS = {
    "news": 20,
    "world": 13,
    "politics": 13,
    "business": 16,
    "technology": 12,
    "opinion": 11,
    "report": 4,
    "caricature": 6,
}
# Where drafts and stories in review are, in turn.
DESK_ORDER = ("news", "politics", "business", "world", "technology", "opinion", "report")
S = Article.Status


@dataclass
class Slot:
    """When, where and in which languages a story runs, before a word of it is written."""

    section: str
    languages: tuple[str, ...]
    status: str
    published_at: datetime | None
    is_sponsored: bool = False
    is_breaking: bool = False
    was_updated: bool = False


def schedule(n: int, rng: random.Random, now: datetime) -> Iterator[Slot]:
    """Slots for `n` article rows: an archive oldest first, then the newsroom's work in progress.

    With 20 rows or more there is a breaking story from a few minutes ago, three stories
    scheduled for the coming days, drafts, stories in review and one that was unpublished.
    """
    specials: list[Slot] = []
    if n >= 20:
        specials.append(
            Slot("news", ("en", "ar"), S.PUBLISHED, now - timedelta(minutes=25), is_breaking=True)
        )
        for i, (section, hours) in enumerate((("news", 3), ("business", 26), ("opinion", 53))):
            language = ("en", "ar")[i % 2]
            specials.append(Slot(section, (language,), S.SCHEDULED, now + timedelta(hours=hours)))
        unfinished = [S.DRAFT] * max(2, n // 60) + [S.IN_REVIEW] * max(1, n // 120)
        for i, status in enumerate(unfinished):
            section = DESK_ORDER[i % len(DESK_ORDER)]
            specials.append(Slot(section, (rng.choice(("en", "ar")),), status, None))
    # Taken down months ago: it runs in the archive's order, so the desk tells its beat in turn.
    withdrawn = None
    if n >= 20:
        middle = now - timedelta(days=SPAN_DAYS // 2, hours=5)
        withdrawn = Slot("politics", ("en",), S.UNPUBLISHED, middle, was_updated=True)
    archive_rows = n - sum(len(slot.languages) for slot in specials) - (1 if withdrawn else 0)

    local_now = timezone.localtime(now)
    start = (local_now - timedelta(days=SPAN_DAYS)).replace(hour=0, minute=0, second=0, microsecond=0)
    latest = now - timedelta(minutes=40)
    sections = list(SECTION_WEIGHTS)
    deal = Dealer(SECTION_WEIGHTS)
    row = story = pairs = business = 0
    while row < archive_rows:
        section = sections[story] if story < len(sections) else deal.next()
        # Pairs come at an even rate (the first story is one), in a seeded order of languages.
        pair = archive_rows - row >= 2 and pairs <= story * PAIR_SHARE
        pairs += pair
        languages = ("en", "ar") if pair else (rng.choice(("en", "ar")),)
        if pair and rng.random() < 0.5:
            languages = ("ar", "en")  # either side may be the original
        # The story after the first round of sections is always sponsored, so every demo has one;
        # after it, a steady share of business stories is.
        business += section == "business"
        share = int(business * SPONSORED_SHARE) > int((business - 1) * SPONSORED_SHARE)
        is_sponsored = n >= 20 and (story == len(sections) or (section == "business" and share))
        if is_sponsored:
            section = "business"
        # Spread the archive evenly over the span, within newsroom hours (07:00–22:00).
        position = SPAN_DAYS * row / max(1, archive_rows)
        day = int(position)
        when = start + timedelta(days=day, hours=7 + (position - day) * 15, minutes=rng.randint(0, 14))
        if when > latest:
            when = latest - timedelta(minutes=3 * (archive_rows - row))
        if withdrawn and withdrawn.published_at <= when:
            yield withdrawn
            withdrawn = None
        yield Slot(
            section, languages, S.PUBLISHED, when, is_sponsored, was_updated=rng.random() < UPDATED_SHARE
        )
        row += len(languages)
        story += 1
    yield from specials


class Dealer:
    """Deals sections out in proportion to their weights, evenly spread (smooth weighted round robin)."""

    def __init__(self, weights: dict[str, int]):
        self.weights = weights
        self.credit = dict.fromkeys(weights, 0)
        self.total = sum(weights.values())

    def next(self) -> str:
        for section, weight in self.weights.items():
            self.credit[section] += weight
        chosen = max(self.credit, key=self.credit.__getitem__)
        self.credit[chosen] -= self.total
        return chosen
