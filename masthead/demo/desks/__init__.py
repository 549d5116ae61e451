"""The demo newsroom's desks: what each section writes about, in English and Arabic side by side.

Every piece of text is a pair (English, Arabic) written for Masthead, so a story rendered in
both languages from the same choices is a real translation. Slots in braces are filled by
`masthead.demo.facts.make_facts` with the same facts in both languages:

    {city} {city2} {capital}                  places at home
    {official} {official_short}               the topic's spokesperson (see `Topic.speakers`)
    {analyst} {analyst_short}                 an outside voice from the desk's pool
    {company} {company_short} {startup} {startup_short} {bank} {bank_short}
    {country} {country2} {capital_of} {leader} {leader_short}   abroad ({capital_of} is {country}'s)
    {pct} 1.1–9.8, {pct2} 0.6–2.9, {big_pct} 12–45, {rate} a central bank rate
    {money} billions, {money_big} a budget, {money_mn} hundreds of millions, {money_small} 11–60 million
    {count} a round number of hundreds
    {weekday} {month} (the one before publication) {next_month} {year} {last_year} {next_year} {quarter}

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
class Topic:
    """A kind of story a desk runs again and again, with the words to tell it."""

    key: str
    tags: tuple[str, ...]
    speakers: tuple[str, ...]
    scenes: tuple[str, ...]
    headlines: tuple[Pair, ...]
    deks: tuple[Pair, ...]
    leads: tuple[Pair, ...]
    details: tuple[Pair, ...]
    is_sponsored: bool = False
    is_breaking: bool = False


@dataclass(frozen=True)
class Desk:
    """One section's topics plus the paragraphs that fit any of its stories."""

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
    """A long read: an introduction, a few chapters under subheadings, and an ending."""

    key: str
    tags: tuple[str, ...]
    speakers: tuple[str, ...]
    scenes: tuple[str, ...]
    headlines: tuple[Pair, ...]
    deks: tuple[Pair, ...]
    intro: tuple[Pair, ...]
    chapters: tuple[Chapter, ...]
    ending: tuple[Pair, ...]


@dataclass(frozen=True)
class Cartoon:
    """A cartoon (see `drawing.cartoons.CARTOONS`) with its titles, alt text and caption."""

    drawing: str
    tags: tuple[str, ...]
    headlines: tuple[Pair, ...]
    alt: Pair
    caption: Pair
    note: Pair = field(default=("", ""))
