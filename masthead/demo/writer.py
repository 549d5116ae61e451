"""Compose demo stories from the desks' phrase banks: the same choices rendered in each language.

Nothing here touches the database. A `Story` is language-independent (section, tags, byline,
picture); its `drafts` hold the rendered text per language, so a pair of drafts is a faithful
translation. Bodies are built from fragments checked once by `check_banks()`, so they are
already clean HTML and need no per-story sanitizing.
"""

import random
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from masthead.core.html import sanitize_html
from masthead.core.text import make_slug
from masthead.demo import names
from masthead.demo.desks import (
    Cartoon,
    Desk,
    Pair,
    Report,
    Topic,
    business,
    news,
    opinion,
    politics,
    technology,
    world,
)
from masthead.demo.desks.caricature import CARTOONS
from masthead.demo.desks.reports import REPORTS
from masthead.demo.facts import (
    COUNTRY_TAGS,
    LANGUAGES,
    PLACE_TAGS,
    make_facts,
    pick,
    render,
    render_body,
    slots_in,
)
from masthead.demo.newsroom import AUTHORS, TAGS

DESKS: dict[str, Desk] = {
    desk.section: desk for desk in (news.DESK, world.DESK, politics.DESK, business.DESK, technology.DESK)
}
OPINION = opinion.DESK
# The share of stories on the news desks that carry a picture.
PICTURE_SHARE = 0.7
CARTOONISTS = [a.slug for a in AUTHORS if a.role == "cartoonist"]
COLUMNISTS = [a.slug for a in AUTHORS if a.role == "columnist"]


@dataclass
class Draft:
    """One language version of a story."""

    language: str
    headline: str
    dek: str
    body: str
    sponsor_name: str = ""


@dataclass
class Story:
    """A story before it reaches the database: where it runs, who wrote it, and its drafts."""

    section: str
    tags: list[str]
    authors: list[str]
    picture: tuple | None = None  # ("scene", kind, variant) or ("cartoon", drawing)
    is_sponsored: bool = False
    is_breaking: bool = False
    drafts: dict[str, Draft] = field(default_factory=dict)


def _sample_in_order(rng: random.Random, items: tuple, k: int) -> list:
    """`k` of `items`, keeping their written order (paragraphs read in sequence)."""
    k = max(0, min(k, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


class Writer:
    """Writes stories for every desk from one seeded random stream."""

    def __init__(self, rng: random.Random, *, scene_variants: int = 3):
        self.rng = rng
        self.scene_variants = scene_variants
        self.pools = self._bylines()
        self.seen: set[str] = set()

    @staticmethod
    def _bylines() -> dict[str, list[str]]:
        pools: dict[str, list[str]] = {}
        for author in AUTHORS:
            if author.role in ("reporter", "editor"):
                for section in author.sections:
                    pools.setdefault(section, []).append(author.slug)
        return pools

    def write(
        self,
        *,
        section: str,
        languages: tuple[str, ...],
        when: datetime | None,
        sponsor: names.Organisation | None = None,
        is_breaking: bool = False,
    ) -> Story:
        """One story for `section`, rendered in `languages`."""
        if section == "report":
            return self._report(languages, when)
        if section == "caricature":
            return self._cartoon(languages)
        if section == "opinion":
            return self._column(languages, when)
        return self._news(section, languages, when, sponsor, is_breaking)

    def _headline(self, headlines: tuple[Pair, ...], facts: dict | None = None) -> Pair:
        """A headline this run has not printed yet, if the topic has one left."""
        candidates = [headlines[i] for i in self.rng.sample(range(len(headlines)), len(headlines))]
        for pair in candidates:
            text = render(pair[0], facts["en"]) if facts else pair[0]
            if text not in self.seen:
                self.seen.add(text)
                return pair
        return candidates[0]

    def _byline(self, section: str, extra_chance: float = 0.2) -> list[str]:
        pool = self.pools[section]
        first = pick(self.rng, pool)
        if len(pool) > 1 and self.rng.random() < extra_chance:
            return [first, pick(self.rng, [slug for slug in pool if slug != first])]
        return [first]

    def _picture(self, scenes: tuple[str, ...], share: float) -> tuple | None:
        if not scenes or self.rng.random() >= share:
            return None
        return ("scene", pick(self.rng, scenes), self.rng.randrange(self.scene_variants))

    def _drafts(
        self,
        languages,
        facts,
        headline: Pair,
        dek: Pair,
        body: list[tuple[str, Pair]],
        sponsor: names.Organisation | None = None,
    ) -> dict[str, Draft]:
        drafts = {}
        for language in languages:
            index = LANGUAGES.index(language)
            drafts[language] = Draft(
                language=language,
                headline=render(headline[index], facts[language]),
                dek=render(dek[index], facts[language]),
                body=render_body(body, facts[language], index),
                sponsor_name=(sponsor.en if index == 0 else sponsor.ar) if sponsor else "",
            )
        return drafts

    @staticmethod
    def _place_tags(facts, used: list[Pair]) -> list[str]:
        slots = set().union(*(slots_in(pair[0]) for pair in used))
        return [tag for slot, tag in facts["en"]["_tags"].items() if slot[1:-1] in slots]

    def _news(self, section, languages, when, sponsor, is_breaking) -> Story:
        rng = self.rng
        desk = DESKS[section]
        if sponsor:
            topic = pick(rng, [t for t in desk.topics if t.is_sponsored])
        elif is_breaking:
            topic = pick(rng, [t for t in desk.topics if t.is_breaking])
        else:
            topic = pick(rng, [t for t in desk.topics if not (t.is_sponsored or t.is_breaking)])
        facts = make_facts(
            rng, desk_analysts=desk.analysts, speakers=topic.speakers, when=when, company=sponsor
        )
        headline, dek, lead = (
            self._headline(topic.headlines, facts),
            pick(rng, topic.deks),
            pick(rng, topic.leads),
        )
        details = _sample_in_order(rng, topic.details, rng.randint(3, len(topic.details)))
        body = [lead, *details]
        if not (sponsor or is_breaking):
            quotes = _sample_in_order(rng, desk.quotes, rng.randint(0, 2))
            context = _sample_in_order(rng, desk.context, rng.randint(0, 3))
            # Quotes and background go between the story's own details, as a reporter would order them.
            body = [lead, *details[:1], *quotes[:1], *details[1:], *context, *quotes[1:]]
            if rng.random() < 0.5:
                body.append(pick(rng, desk.closings))
        used = [headline, dek, lead, *details]
        return Story(
            section=section,
            tags=list(dict.fromkeys([*topic.tags, *self._place_tags(facts, used)])),
            authors=self._byline(section),
            picture=self._picture(topic.scenes, 1.0 if (sponsor or is_breaking) else PICTURE_SHARE),
            is_sponsored=sponsor is not None,
            is_breaking=is_breaking,
            drafts=self._drafts(languages, facts, headline, dek, [("p", p) for p in body], sponsor),
        )

    def _column(self, languages, when) -> Story:
        rng = self.rng
        topic: Topic = pick(rng, OPINION.topics)
        facts = make_facts(rng, desk_analysts=OPINION.analysts, speakers=(), when=when)
        headline, dek, lead = (
            self._headline(topic.headlines, facts),
            pick(rng, topic.deks),
            pick(rng, topic.leads),
        )
        arguments = _sample_in_order(rng, topic.details, rng.randint(3, len(topic.details)))
        body = [lead, *arguments, pick(rng, OPINION.closings)]
        return Story(
            section="opinion",
            tags=list(dict.fromkeys([*topic.tags, *self._place_tags(facts, [headline, lead])])),
            authors=[pick(rng, COLUMNISTS)],
            drafts=self._drafts(languages, facts, headline, dek, [("p", p) for p in body]),
        )

    def _report(self, languages, when) -> Story:
        rng = self.rng
        report: Report = pick(rng, REPORTS)
        facts = make_facts(rng, desk_analysts="news", speakers=report.speakers, when=when)
        headline, dek = self._headline(report.headlines, facts), pick(rng, report.deks)
        body: list[tuple[str, Pair]] = [("p", p) for p in report.intro]
        for chapter in _sample_in_order(rng, report.chapters, 3):
            body.append(("h2", chapter.heading))
            body.extend(("p", p) for p in chapter.paragraphs)
        body.append(("p", pick(rng, report.ending)))
        used = [headline, dek, *report.intro]
        return Story(
            section="report",
            tags=list(dict.fromkeys([*report.tags, *self._place_tags(facts, used)])),
            authors=self._byline("report", extra_chance=0.4),
            picture=("scene", pick(rng, report.scenes), rng.randrange(self.scene_variants)),
            drafts=self._drafts(languages, facts, headline, dek, body),
        )

    def _cartoon(self, languages) -> Story:
        rng = self.rng
        index = rng.randrange(len(CARTOONS))
        cartoon: Cartoon = CARTOONS[index]
        headline = self._headline(cartoon.headlines)
        drafts = {}
        for language in languages:
            i = LANGUAGES.index(language)
            drafts[language] = Draft(language, headline[i], "", f"<p>{cartoon.note[i]}</p>")
        return Story(
            section="caricature",
            tags=list(cartoon.tags),
            authors=[cartoonist_for(cartoon)],
            picture=("cartoon", cartoon.drawing),
            drafts=drafts,
        )


def cartoonist_for(cartoon: Cartoon) -> str:
    """Each cartoon is always credited to the same cartoonist."""
    return CARTOONISTS[[c.drawing for c in CARTOONS].index(cartoon.drawing) % len(CARTOONISTS)]


def all_pairs() -> list[Pair]:
    """Every piece of text in the phrase banks, for checking."""
    pairs: list[Pair] = []
    for desk in [*DESKS.values(), OPINION]:
        pairs += [*desk.quotes, *desk.context, *desk.closings]
        for topic in desk.topics:
            pairs += [*topic.headlines, *topic.deks, *topic.leads, *topic.details]
    for report in REPORTS:
        pairs += [*report.headlines, *report.deks, *report.intro, *report.ending]
        for chapter in report.chapters:
            pairs += [chapter.heading, *chapter.paragraphs]
    for cartoon in CARTOONS:
        pairs += [*cartoon.headlines, cartoon.alt, cartoon.caption, cartoon.note]
    return pairs


@cache
def check_banks() -> int:
    """Fail loudly if any bank text would change under the sanitizer, or uses an unknown slot.

    Run once per process (cached): this is what lets the builder skip sanitizing each body.
    Returns how many texts were checked.
    """
    facts = make_facts(random.Random(0), desk_analysts="news", speakers=("met",), when=None)
    known = {language: {key for key in facts[language] if not key.startswith("_")} for language in LANGUAGES}
    values = [v for language in facts.values() for v in language.values() if isinstance(v, str)]
    values += [name for person in names.OFFICIALS.values() for name in (person.en, person.ar)]
    for value in values:
        if any(ch in value for ch in "<>&"):
            raise ValueError(f"Slot value would need escaping: {value!r}")
    checked = 0
    for pair in all_pairs():
        for language, text in zip(LANGUAGES, pair, strict=True):
            html = f"<p>{text}</p>"
            if sanitize_html(html) != html:
                raise ValueError(f"Phrase bank text is not clean HTML: {text!r}")
            if unknown := slots_in(text) - known[language]:
                raise ValueError(f"Unknown slots {sorted(unknown)} in {text!r}")
            checked += 1
    topics = [t for desk in [*DESKS.values(), OPINION] for t in desk.topics]
    used_tags = {tag for item in [*topics, *REPORTS, *CARTOONS] for tag in item.tags}
    used_tags |= set(PLACE_TAGS.values()) | set(COUNTRY_TAGS.values())
    if missing := used_tags - TAGS.keys():
        raise ValueError(f"Tags used by the desks but missing from the newsroom: {sorted(missing)}")
    for slug, (name, name_ar) in TAGS.items():
        if not (name and name_ar and slug == make_slug(name)):
            raise ValueError(f"Tag {slug!r} needs both names and a slug made from the English one")
    return checked
