"""The demo newsroom's desks: what each section writes about, in English and Arabic side by side.

Every piece of text is a pair (English, Arabic) written for Masthead, so a story rendered in
both languages from the same choices is a real translation. A desk follows running stories
(`Topic`): each is told as a sequence of developments (`Beat`), one story per beat, published
in order days or weeks apart. A beat has its own headline, dek, lead and caption, so no two
stories of a demo read alike; the topic's `background` holds the paragraphs that fit any of its
beats. Slots in braces are filled by `masthead.demo.facts.make_facts`, once per running story
(the same city, company and figures from the first beat to the last):

    {city} {city2} {capital}                  places at home
    {official} {official_short}               the topic's spokesperson (see `Topic.speakers`)
    {analyst} {analyst_short}                 an outside voice from the desk's pool
    {company} {company_short} {startup} {startup_short} {bank} {bank_short}
    {country} {country2} {capital_of} {leader} {leader_short}   abroad ({capital_of} is {country}'s)
    {pct} 1.1–9.8, {pct2} 0.6–2.9, {big_pct} 12–45, {rate} a central bank rate
    {money} billions, {money_big} a budget, {money_mn} hundreds of millions, {money_small} 11–60 million
    {count} a round number of hundreds
    {weekday} {month} (the one before publication) {next_month} {quarter}: from each story's date
    {year} {last_year} {next_year}: from the running story's first date

Numbers are chosen so that the Arabic noun after them can stay singular (decimals, round
hundreds, 11–99), which keeps the Arabic grammatical without spelling numbers out.

In Arabic, verbs that agree with a person are slots too: {o_said}, {a_adding}, {l_warned}…
(o = official, a = analyst, l = leader; see `names.VERBS_AR`). In English, a person slot is
always followed by a full stop or a comma, because some forms end in an appositive. After
its first mention in a body, a person is named by surname only.
"""

from dataclasses import dataclass, field

Pair = tuple[str, str]  # (English, Arabic)


@dataclass(frozen=True)
class Beat:
    """One development of a running story: one story, with what makes it its own."""

    headline: Pair
    dek: Pair
    lead: Pair
    details: tuple[Pair, ...] = ()  # paragraphs about this development, after the lead
    caption: Pair = ("", "")  # under the picture: what the story's illustration stands for
    scene: str = ""  # the kind of drawing (`drawing.scenes.SCENES`); default: the topic's first


@dataclass(frozen=True)
class Topic:
    """A running story a desk follows, told beat by beat, or (opinion) a columnist's theme."""

    key: str
    tags: tuple[str, ...]
    speakers: tuple[str, ...]
    scenes: tuple[str, ...]
    beats: tuple[Beat, ...]
    background: tuple[Pair, ...] = ()
    months: tuple[int, ...] = ()  # when it starts, if it is seasonal (1–12)
    bylines: tuple[str, ...] = ()  # who writes it, if not anyone on the desk
    company: str = ""  # the organisation it is about (English name), for sponsored stories
    is_sponsored: bool = False
    is_breaking: bool = False


@dataclass(frozen=True)
class Desk:
    """One section's running stories plus the paragraphs that fit any of its stories."""

    section: str
    analysts: str
    topics: tuple[Topic, ...]
    quotes: tuple[Pair, ...] = ()
    context: tuple[Pair, ...] = ()
    closings: tuple[Pair, ...] = ()


@dataclass(frozen=True)
class Chapter:
    heading: Pair
    paragraphs: tuple[Pair, ...]


@dataclass(frozen=True)
class Report:
    """A long read: an introduction, chapters under subheadings, and an ending."""

    key: str
    tags: tuple[str, ...]
    speakers: tuple[str, ...]
    scenes: tuple[str, ...]
    headlines: tuple[Pair, ...]  # the first runs; the others only when an archive reruns it
    deks: tuple[Pair, ...]
    intro: tuple[Pair, ...]
    chapters: tuple[Chapter, ...]
    ending: tuple[Pair, ...]
    caption: Pair = ("", "")


@dataclass(frozen=True)
class Cartoon:
    """A cartoon (see `drawing.cartoons.CARTOONS`) with its titles, alt text and caption."""

    drawing: str
    tags: tuple[str, ...]
    headlines: tuple[Pair, ...]  # the first runs; the others only when an archive reruns it
    alt: Pair
    caption: Pair
    note: Pair = field(default=("", ""))
