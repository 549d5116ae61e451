"""Compose demo stories from the desks' phrase banks: the same choices rendered in each language.

Nothing here touches the database. A `Story` is language-independent (section, tags, byline,
picture); its `drafts` hold the rendered text per language, so a pair of drafts is a faithful
translation. Each desk follows a couple of running stories at a time and tells each beat of
one once, in order (`Desk`, `Topic`, `Beat`): a demo of the default size tells every beat at
most once, so no two of its stories share a headline, a dek or a picture. Only a much larger
archive starts the desks' running stories over, with other places and figures.
"""

import random
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from masthead.demo.banks import CARTOONS, DESKS, OPINION, REPORTS
from masthead.demo.desks import Beat, Cartoon, Pair, Report, Topic
from masthead.demo.facts import LANGUAGES, make_facts, pick, redate, render, render_body, slots_in
from masthead.demo.newsroom import AUTHORS

# Running stories a desk follows at once: their beats interleave on the section's pages.
FOLLOWED = 2
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
    caption: str = ""  # of its picture


@dataclass
class Story:
    """A story before it reaches the database: where it runs, who wrote it, and its drafts."""

    section: str
    tags: list[str]
    authors: list[str]
    picture: tuple | None = None  # ("scene", kind, variant) or ("cartoon", drawing, variant)
    is_sponsored: bool = False
    is_breaking: bool = False
    drafts: dict[str, Draft] = field(default_factory=dict)
    beat: tuple[str, int] = ("", 0)  # the running story (topic key) and which of its beats this is


@dataclass
class Run:
    """A running story as a desk tells it: its facts and byline stay, its beats go in order."""

    topic: Topic
    facts: dict[str, dict]
    authors: list[str]
    told: int = 0
    last: int = 0  # when it was last told, counted in stories


def _sample_in_order(rng: random.Random, items: tuple, k: int) -> list:
    """`k` of `items`, keeping their written order (paragraphs read in sequence)."""
    k = max(0, min(k, len(items)))
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


class Rounds:
    """Hands out items one by one in a seeded order; a new round starts when all have been used."""

    def __init__(self, rng: random.Random, items: tuple):
        self.rng = rng
        self.items = items
        self.left: list = []
        self.round = -1

    def in_season(self, month: int):
        """A seasonal item left this round whose season `month` is, if any."""
        return next((item for item in self.left if month in getattr(item, "months", ())), None)

    def next(self, month: int = 0):
        """The next item of this round: a seasonal one if `month` is its season, else one of any season."""
        if not self.left:
            self.left = self.rng.sample(list(self.items), len(self.items))
            self.round += 1
        timeless = [item for item in self.left if not getattr(item, "months", ())]
        item = self.in_season(month) or (timeless or self.left)[0]
        self.left.remove(item)
        return item


class Writer:
    """Writes stories for every desk from one seeded random stream.

    `picture_variants` caps how many drawings of each kind a run makes (None: a new drawing for
    every story), so a benchmark archive draws no more pictures than a small demo.
    """

    def __init__(self, rng: random.Random, *, picture_variants: int | None = None):
        self.rng = rng
        self.picture_variants = picture_variants
        self.pools = self._bylines()
        self.topics: dict[str, Rounds] = {}
        self.runs: dict[str, list[Run]] = {}
        self.drawn: dict[str, int] = {}
        self.told = 0
        self.reports = Rounds(rng, REPORTS)
        self.cartoons = Rounds(rng, CARTOONS)

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
        is_sponsored: bool = False,
        is_breaking: bool = False,
    ) -> Story:
        """One story for `section`, rendered in `languages`."""
        if section == "report":
            return self._report(languages, when)
        if section == "caricature":
            return self._cartoon(languages)
        if section == "opinion":
            return self._column(languages, when)
        return self._news(section, languages, when, is_sponsored, is_breaking)

    # --- running stories ---------------------------------------------------------------------

    def _next_beat(
        self, key: str, topics: tuple[Topic, ...], when: datetime | None, start
    ) -> tuple[Run, Beat]:
        """The next beat of one of the running stories followed under `key`, starting one if needed.

        A new story is told at once. A seasonal one starts as soon as its season comes (and not
        before, while any other is left to start); otherwise the desk takes turns between the
        stories it follows, so each moves on every few days and none crowds a section's page.
        """
        rounds = self.topics.setdefault(key, Rounds(self.rng, topics))
        runs = self.runs.setdefault(key, [])
        month = timezone.localtime(when).month if when else 0
        if rounds.in_season(month) or len(runs) < min(FOLLOWED, len(topics)):
            topic = rounds.next(month)
            run = Run(topic, *start(topic, when))
            runs.append(run)
        else:
            run = min(runs, key=lambda r: r.last)
        self.told += 1
        run.last = self.told
        beat = run.topic.beats[run.told]
        run.told += 1
        if run.told == len(run.topic.beats):
            runs.remove(run)
        redate(run.facts, self.rng, when)
        return run, beat

    def _byline(self, section: str, extra_chance: float = 0.2) -> list[str]:
        pool = self.pools[section]
        first = pick(self.rng, pool)
        if len(pool) > 1 and self.rng.random() < extra_chance:
            return [first, pick(self.rng, [slug for slug in pool if slug != first])]
        return [first]

    def _scene(self, kind: str) -> tuple:
        """A drawing of `kind` no story of this run has had yet (within `picture_variants`)."""
        n = self.drawn.get(kind, 0)
        self.drawn[kind] = n + 1
        return ("scene", kind, n % self.picture_variants if self.picture_variants else n)

    def _drafts(
        self,
        languages,
        facts,
        headline: Pair,
        dek: Pair,
        body: list[tuple[str, Pair]],
        *,
        caption: Pair = ("", ""),
        sponsor: str = "",
    ) -> dict[str, Draft]:
        drafts = {}
        for language in languages:
            index = LANGUAGES.index(language)
            values = facts[language]
            drafts[language] = Draft(
                language=language,
                headline=render(headline[index], values),
                dek=render(dek[index], values),
                body=render_body(body, values, index),
                sponsor_name=values["company"] if sponsor else "",
                caption=render(caption[index], values),
            )
        return drafts

    @staticmethod
    def _place_tags(facts, used: list[Pair]) -> list[str]:
        slots = set().union(*(slots_in(pair[0]) for pair in used))
        return [tag for slot, tag in facts["en"]["_tags"].items() if slot[1:-1] in slots]

    def _news(self, section, languages, when, is_sponsored, is_breaking) -> Story:
        rng = self.rng
        desk = DESKS[section]
        kind = "sponsored" if is_sponsored else "breaking" if is_breaking else "news"
        topics = tuple(
            t for t in desk.topics if (t.is_sponsored, t.is_breaking) == (is_sponsored, is_breaking)
        )

        def start(topic: Topic, when):
            facts = make_facts(
                rng,
                desk_analysts=desk.analysts,
                speakers=topic.speakers,
                when=when,
                company=topic.company,
            )
            return facts, self._byline(section)

        run, beat = self._next_beat(f"{section}:{kind}", topics, when, start)
        topic, facts = run.topic, run.facts
        # News stories have four to twelve paragraphs: the topic's background, then the desk's, fill in.
        own = [beat.lead, *beat.details]
        if kind == "news":
            background = _sample_in_order(rng, topic.background, rng.randint(1, 3))
            quotes = _sample_in_order(rng, desk.quotes, rng.randint(0, 1))
            wanted = max(rng.randint(0, 2), 4 - len(own) - len(background) - len(quotes))
            context = _sample_in_order(rng, desk.context, wanted)
            # Quotes and background go between the story's own details, as a reporter would order them.
            body = [*own[:2], *quotes, *own[2:], *background, *context]
            if rng.random() < 0.4:
                body.append(pick(rng, desk.closings))
        else:  # sponsored and breaking stories keep to their own subject
            body = [*own, *_sample_in_order(rng, topic.background, max(4 - len(own), rng.randint(1, 3)))]
        # Every story has a drawing of its own kind: a card never falls back to a writer's portrait.
        picture = self._scene(beat.scene or topic.scenes[(run.told - 1) % len(topic.scenes)])
        used = [beat.headline, beat.dek, *own]
        return Story(
            section=section,
            tags=list(dict.fromkeys([*topic.tags, *self._place_tags(facts, used)])),
            authors=list(run.authors),
            picture=picture,
            is_sponsored=is_sponsored,
            is_breaking=is_breaking,
            beat=(topic.key, run.told - 1),
            drafts=self._drafts(
                languages,
                facts,
                beat.headline,
                beat.dek,
                [("p", p) for p in body],
                caption=beat.caption,
                sponsor=topic.company if is_sponsored else "",
            ),
        )

    def _column(self, languages, when) -> Story:
        rng = self.rng

        def start(topic: Topic, when):
            facts = make_facts(rng, desk_analysts=OPINION.analysts, speakers=(), when=when)
            return facts, [pick(rng, topic.bylines or COLUMNISTS)]

        run, beat = self._next_beat("opinion", OPINION.topics, when, start)
        topic = run.topic
        arguments = _sample_in_order(rng, topic.background, rng.randint(1, 2))
        body = [beat.lead, *beat.details, *arguments, pick(rng, OPINION.closings)]
        return Story(
            section="opinion",
            tags=list(dict.fromkeys([*topic.tags, *self._place_tags(run.facts, [beat.headline, beat.lead])])),
            authors=list(run.authors),
            beat=(topic.key, run.told - 1),
            drafts=self._drafts(languages, run.facts, beat.headline, beat.dek, [("p", p) for p in body]),
        )

    # --- long reads and cartoons -------------------------------------------------------------

    def _report(self, languages, when) -> Story:
        rng = self.rng
        report: Report = self.reports.next()
        again = self.reports.round
        facts = make_facts(rng, desk_analysts="news", speakers=report.speakers, when=when)
        headline = report.headlines[again % len(report.headlines)]
        dek = report.deks[again % len(report.deks)]
        body: list[tuple[str, Pair]] = [("p", p) for p in report.intro]
        for chapter in report.chapters:
            body.append(("h2", chapter.heading))
            body.extend(("p", p) for p in chapter.paragraphs)
        body.append(("p", report.ending[again % len(report.ending)]))
        used = [headline, dek, *report.intro]
        return Story(
            section="report",
            tags=list(dict.fromkeys([*report.tags, *self._place_tags(facts, used)])),
            authors=self._byline("report", extra_chance=0.4),
            picture=self._scene(report.scenes[again % len(report.scenes)]),
            drafts=self._drafts(languages, facts, headline, dek, body, caption=report.caption),
        )

    def _cartoon(self, languages) -> Story:
        cartoon: Cartoon = self.cartoons.next()
        again = self.cartoons.round
        headline = cartoon.headlines[again % len(cartoon.headlines)]
        variant = again % self.picture_variants if self.picture_variants else again
        drafts = {}
        for language in languages:
            i = LANGUAGES.index(language)
            drafts[language] = Draft(
                language, headline[i], "", f"<p>{cartoon.note[i]}</p>", caption=cartoon.caption[i]
            )
        return Story(
            section="caricature",
            tags=list(cartoon.tags),
            authors=[cartoonist_for(cartoon)],
            picture=("cartoon", cartoon.drawing, variant),
            drafts=drafts,
        )


def cartoonist_for(cartoon: Cartoon) -> str:
    """Each cartoon is always credited to the same cartoonist."""
    return CARTOONISTS[[c.drawing for c in CARTOONS].index(cartoon.drawing) % len(CARTOONISTS)]
