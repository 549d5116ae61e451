"""Every desk's phrase bank in one place, and the check that lets the builder trust them."""

import random
from functools import cache

from masthead.core.html import sanitize_html
from masthead.core.text import make_slug
from masthead.demo import names
from masthead.demo.desks import Desk, Pair, business, news, opinion, politics, technology, world
from masthead.demo.desks.caricature import CARTOONS
from masthead.demo.desks.reports import REPORTS
from masthead.demo.drawing.cartoons import CARTOONS as DRAWN_CARTOONS
from masthead.demo.drawing.scenes import SCENES
from masthead.demo.facts import COUNTRY_TAGS, LANGUAGES, PLACE_TAGS, make_facts, slots_in
from masthead.demo.newsroom import AUTHORS, TAGS

__all__ = ["CARTOONS", "DESKS", "OPINION", "REPORTS", "all_pairs", "check_banks"]

DESKS: dict[str, Desk] = {
    desk.section: desk for desk in (news.DESK, world.DESK, politics.DESK, business.DESK, technology.DESK)
}
OPINION = opinion.DESK


def all_pairs() -> list[Pair]:
    """Every piece of text in the phrase banks, for checking."""
    pairs: list[Pair] = []
    for desk in [*DESKS.values(), OPINION]:
        pairs += [*desk.quotes, *desk.context, *desk.closings]
        for topic in desk.topics:
            pairs += topic.background
            for beat in topic.beats:
                pairs += [beat.headline, beat.dek, beat.lead, *beat.details]
                pairs += [beat.caption] if any(beat.caption) else []
    for report in REPORTS:
        pairs += [*report.headlines, *report.deks, *report.intro, *report.ending, report.caption]
        for chapter in report.chapters:
            pairs += [chapter.heading, *chapter.paragraphs]
    for cartoon in CARTOONS:
        pairs += [*cartoon.headlines, cartoon.alt, cartoon.caption, cartoon.note]
    return pairs


def _check_desks() -> None:
    """Pictures, bylines and sponsors that the desks name must exist; pictured beats need captions."""
    authors = {a.slug for a in AUTHORS}
    companies = {c.en for c in [*names.COMPANIES, *names.STARTUPS]}
    for desk in [*DESKS.values(), OPINION]:
        for topic in desk.topics:
            kinds = {*topic.scenes, *(beat.scene for beat in topic.beats if beat.scene)}
            if unknown := kinds - SCENES.keys():
                raise ValueError(f"Topic {topic.key!r} asks for unknown scenes {sorted(unknown)}")
            if set(topic.bylines) - authors:
                raise ValueError(f"Topic {topic.key!r} names an unknown byline")
            if (topic.company or topic.is_sponsored) and topic.company not in companies:
                raise ValueError(f"Topic {topic.key!r} names no known company")
            if topic.scenes and not all(all(beat.caption) for beat in topic.beats):
                raise ValueError(f"Topic {topic.key!r}: every pictured beat needs a caption")
            if not topic.beats:
                raise ValueError(f"Topic {topic.key!r} has no beats")
            # A news story has at least four paragraphs; only ordinary stories borrow the desk's.
            spare = len(topic.background) + (
                0 if topic.is_sponsored or topic.is_breaking else len(desk.context)
            )
            if desk is not OPINION and any(1 + len(beat.details) + spare < 4 for beat in topic.beats):
                raise ValueError(f"Topic {topic.key!r} has too little background for a four-paragraph story")
    for report in REPORTS:
        if set(report.scenes) - SCENES.keys() or not all(report.caption):
            raise ValueError(f"Report {report.key!r} needs known scenes and a caption")
    if unknown := {c.drawing for c in CARTOONS} - DRAWN_CARTOONS.keys():
        raise ValueError(f"Cartoons without a drawing: {sorted(unknown)}")


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
    _check_desks()
    topics = [t for desk in [*DESKS.values(), OPINION] for t in desk.topics]
    used_tags = {tag for item in [*topics, *REPORTS, *CARTOONS] for tag in item.tags}
    used_tags |= set(PLACE_TAGS.values()) | set(COUNTRY_TAGS.values())
    if missing := used_tags - TAGS.keys():
        raise ValueError(f"Tags used by the desks but missing from the newsroom: {sorted(missing)}")
    for slug, (name, name_ar) in TAGS.items():
        if not (name and name_ar and slug == make_slug(name)):
            raise ValueError(f"Tag {slug!r} needs both names and a slug made from the English one")
    return checked
