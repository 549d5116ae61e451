"""The names and numbers of one demo story, and the phrase-bank templates they fill.

Nothing here touches the database. `make_facts` chooses the same facts for both languages, so the
drafts rendered from them are faithful translations of each other.
"""

import random
from datetime import datetime
from functools import cache
from string import Formatter

from django.utils import timezone

from masthead.core.text import make_slug
from masthead.demo import names
from masthead.demo.desks import Pair

LANGUAGES = ("en", "ar")
# Person slots: named in full at their first mention in a body, by surname after that.
PEOPLE_SLOTS = frozenset({"official", "analyst", "leader"})
PLACE_TAGS = {place.en: make_slug(place.en) for place in names.CITIES}
COUNTRY_TAGS = {country.en: make_slug(country.en.removeprefix("the ")) for country in names.COUNTRIES}


def pick(rng: random.Random, items):
    """One of `items`."""
    return items[rng.randrange(len(items))]


def _money(amount: str, unit_en: str, unit_ar: str) -> tuple[str, str]:
    return f"${amount} {unit_en}", f"{amount} {unit_ar} دولار"


def _decimal(rng: random.Random, low: int, high: int) -> str:
    """A one-decimal figure like 4.2, never 4.0 (Arabic counts whole numbers differently)."""
    value = rng.randint(low, high)
    if value % 10 == 0:
        value += 1
    return f"{value / 10:.1f}"


def make_facts(
    rng: random.Random,
    *,
    desk_analysts: str,
    speakers: tuple[str, ...],
    when: datetime | None,
    company: str = "",
) -> dict[str, dict]:
    """Choose the names and numbers of one running story, returned as slot values per language.

    The English values also carry "_tags": the place and country tags for the slots used.
    """
    city, city2 = rng.sample(names.CITIES, 2)
    country, country2 = rng.sample(names.COUNTRIES, 2)
    # A sponsored story is about its sponsor; any other story about a company picked here.
    sponsor = [c for c in (*names.COMPANIES, *names.STARTUPS) if c.en == company]
    organisation = sponsor[0] if sponsor else pick(rng, names.COMPANIES)
    startup = pick(rng, names.STARTUPS)
    bank = pick(rng, names.BANKS)
    analyst = pick(rng, names.ANALYSTS[desk_analysts])
    official = names.OFFICIALS[pick(rng, speakers)] if speakers else None
    local = timezone.localtime(when) if when else None
    year = local.year if local else timezone.localdate().year
    count = rng.randrange(300, 4900, 100)
    money = _money(_decimal(rng, 11, 98), "billion", "مليار")
    money_big = _money(_decimal(rng, 185, 429), "billion", "مليار")
    money_mn = _money(str(rng.randrange(150, 1000, 50)), "million", "مليون")
    money_small = _money(str(rng.randint(11, 60)), "million", "مليون")
    shared = {
        "pct": _decimal(rng, 11, 98),
        "pct2": _decimal(rng, 6, 29),
        "big_pct": str(rng.randint(12, 45)),
        "rate": pick(rng, ("3.75", "4.00", "4.25", "4.50", "4.75", "5.00", "5.25")),
        "year": str(year),
        "last_year": str(year - 1),
        "next_year": str(year + 1),
    }
    # A name gives each language its own form (and short form); a pair is (English, Arabic).
    named = {"city": city, "city2": city2, "capital": names.CAPITAL, "country": country, "country2": country2}
    shortened = {"company": organisation, "startup": startup, "bank": bank, "leader": country.leader}
    shortened["analyst"] = analyst
    if official:
        shortened["official"] = official
    pairs = {
        "capital_of": (country.capital_en, country.capital_ar),
        "count": (f"{count:,}", str(count)),
        "money": money,
        "money_big": money_big,
        "money_mn": money_mn,
        "money_small": money_small,
    }
    facts = {}
    for index, language in enumerate(LANGUAGES):
        values = {**shared, **{slot: getattr(name, language) for slot, name in named.items()}}
        for slot, name in shortened.items():
            values[slot] = getattr(name, language)
            values[f"{slot}_short"] = getattr(name, f"{language}_short")
        facts[language] = values | {slot: pair[index] for slot, pair in pairs.items()}
    en, ar = facts["en"], facts["ar"]
    people = {"a": analyst, "l": country.leader}
    if official:
        people["o"] = official
    for prefix, person in people.items():
        form = 0 if person.gender == "m" else 1
        for verb, forms in names.VERBS_AR.items():
            ar[f"{prefix}_{verb}"] = forms[form]
    redate(facts, rng, when)
    # Which places the story mentions decides its place tags.
    en["_tags"] = {
        "{city}": PLACE_TAGS[city.en],
        "{city2}": PLACE_TAGS[city2.en],
        "{country}": COUNTRY_TAGS[country.en],
        "{country2}": COUNTRY_TAGS[country2.en],
    }
    return facts


def redate(facts: dict[str, dict], rng: random.Random, when: datetime | None) -> None:
    """Set the slots that follow a story's own date (its weekday, the month before it, its quarter).

    A running story keeps its names and figures from beat to beat; only these change.
    """
    local = timezone.localtime(when) if when else None
    weekday = names.WEEKDAYS[local.weekday() if local else rng.randrange(7)]
    month_index = (local.month if local else rng.randint(1, 12)) - 1
    dated = {
        "weekday": weekday,
        "month": names.MONTHS[month_index - 1],
        "next_month": names.MONTHS[(month_index + 1) % 12],
        "quarter": names.QUARTERS[(month_index // 3 - 1) % 4],
    }
    for index, language in enumerate(LANGUAGES):
        facts[language].update({slot: pair[index] for slot, pair in dated.items()})


def _capitalise(text: str) -> str:
    """Slots such as "the Sundara Islands" may open a sentence."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


@cache
def slots_in(template: str) -> frozenset[str]:
    """The names of the slots a template fills."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


def render(template: str, facts: dict[str, str]) -> str:
    """Fill a phrase-bank template with one story's facts."""
    return _capitalise(template.format_map(facts))


def render_body(pairs: list[tuple[str, Pair]], facts: dict[str, str], index: int) -> str:
    """Paragraphs (and subheadings) as HTML. A person is named in full once, then by surname."""
    facts = dict(facts)
    parts = []
    for tag, pair in pairs:
        template = pair[index]
        parts.append(f"<{tag}>{render(template, facts)}</{tag}>")
        for slot in slots_in(template) & PEOPLE_SLOTS:
            facts[slot] = facts[f"{slot}_short"]
    return "".join(parts)
