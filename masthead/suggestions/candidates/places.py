"""Countries, capitals and major cities by their English and Arabic names, from kept packages.

Nobody should keep a gazetteer by hand in this codebase, so the names come from three packages:

- Babel's copy of the Unicode CLDR: every country's name in English and Arabic as news copy
  writes it ("Iraq", "العراق"; "Syria", "سوريا"), the United Nations and the European Union, and
  the cities that name the world's time zones ("Baghdad", "بغداد"), which are the capitals and
  largest cities of most countries. Cities of Africa, Asia, Europe, Australia and the Americas'
  main zones are kept; polar stations and islands' zones (which are named after their territory)
  are not.
- pycountry: the ISO 3166 official and common names, with their Arabic translations
  ("Islamic Republic of Iran", "الجمهورية الإسلامية الإيرانية").
- countryinfo: each country's capital, demonym ("Iraqi", "Lebanese") and other spellings
  ("UAE", "Holland").

data/places-extra.txt adds the few forms they lack (the short "بريطانيا" and "الإمارات", the
Arabic names of capitals CLDR has no zone for); data/places-ignored.txt drops names that are
ordinary words more often than places. A name that two places share (Amman's "عمّان" and Oman's
"عُمان" once their marks are gone) is dropped for both: guessing would tag the wrong one.

Adjectives count for their place ("Iraqi", "العراقية"): in English countryinfo's demonym plus the
regular endings ("Syria" + "n", "Iran" + "ian"); in Arabic the nisba, which is regular
("العراق" -> "العراقي", "العراقية", "العراقيون"; "سوريا" -> "السوري"; "السعودية" -> "السعودي").
"""

import gettext
import re
from dataclasses import dataclass, field
from functools import cache

from masthead.core.words import normalize_arabic
from masthead.suggestions.candidates.wordlists import DATA_DIR, word_list
from masthead.suggestions.matching import PhraseMatcher

# Organisations CLDR names among its territories.
_ORGANISATIONS = ("UN", "EU")
# Zones whose cities are kept: areas of the world where a zone is named after a real city.
_CITY_AREAS = ("Africa", "Asia", "Europe", "America", "Australia")
_ENGLISH_ENDINGS = ("n", "an", "ian", "i", "ese")
_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass
class Place:
    """A country, city or organisation, with every form it goes by in each language."""

    code: str  # a country's ISO code ("IQ"), "city:<English name>", or "UN"/"EU"
    kind: str  # "country", "city" or "organisation"
    label: dict[str, str]  # language -> the name to show
    country: str = ""  # a city's country (ISO code)
    population: int = 0  # a country's, to tell a state from its territories ("French")
    capital_of: str = ""  # a capital's country (ISO code)
    names: dict[str, set[str]] = field(default_factory=lambda: {"en": set(), "ar": set()})
    adjectives: dict[str, set[str]] = field(default_factory=lambda: {"en": set(), "ar": set()})


@dataclass(frozen=True)
class Gazetteer:
    """Every place, and per language one matcher for names and one for adjectives, each match
    keyed (code, form as listed)."""

    places: dict[str, Place]
    names: dict[str, PhraseMatcher]
    adjectives: dict[str, PhraseMatcher]
    words: dict[str, frozenset[str]]  # language -> every one-word name and adjective, normalised

    def is_place_word(self, word: str, language: str) -> bool:
        """Whether a normalised word is a place's name or adjective ("العراقي", "iraqi")."""
        return word.casefold() in self.words[language]


def _clean_forms(forms: list[str | None]) -> list[str]:
    """Forms worth looking for: "Myanmar (Burma)" is two, "Congo - Kinshasa" and the inverted
    "Korea, Republic of" none, "Sana'a" is also "Sanaa"."""
    result = []
    for form in forms:
        if not form or " - " in form or "," in form or "،" in form:
            continue
        for part in re.split(r"\s*[()]\s*", form):
            part = re.sub(r"^مدينة\s+", "", part.strip())
            if part:
                result += [part, part.replace("'", "")] if "'" in part else [part]
    return result


def arabic_adjectives(name: str) -> set[str]:
    """The nisba of a one-word Arabic place name, in its common forms."""
    if " " in name:
        return set()
    stem = name[2:] if name.startswith("ال") else name
    plain = normalize_arabic(stem)
    if plain.endswith("يا") and len(plain) > 4:
        stem = stem[:-2]
    elif plain.endswith(("يه", "ا")) and len(plain) > 3:
        stem = stem[: -2 if plain.endswith("يه") else -1]
    endings = ("ي", "ية", "يون", "يين")
    return {f"{article}{stem}{ending}" for article in ("", "ال") for ending in endings}


def english_adjectives(name: str) -> set[str]:
    """Regular English demonyms of a one-word name ("Syria" -> "Syrian", "Oman" -> "Omani")."""
    if " " in name or not name.isalpha() or name.isupper():
        return set()
    bases = {name, name[:-1]} if name[-1] in "aeoy" else {name}
    return {base + ending for base in bases for ending in _ENGLISH_ENDINGS if len(base) > 2}


def _countries() -> dict[str, Place]:
    import babel
    import pycountry
    from countryinfo import all_countries

    english, arabic = babel.Locale("en").territories, babel.Locale("ar").territories
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"]).gettext
    facts = {}
    for country in all_countries():
        iso = country.iso()
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        if code and code not in facts:
            facts[code] = country
    places: dict[str, Place] = {}
    for record in pycountry.countries:
        code = record.alpha_2
        if code not in english:
            continue
        official = [getattr(record, a, None) for a in ("name", "official_name", "common_name")]
        info = facts.get(code)
        label = info.name() if info else english[code]
        population = info.population() if info else 0
        place = Place(code, "country", {"en": label, "ar": arabic.get(code, "")}, population=population or 0)
        place.names["en"].update(_clean_forms([english[code], label, *official]))
        if info:
            spellings = info.alt_spellings() or []
            # Other spellings in Latin letters; ISO codes ("IQ", "IRQ") are not how copy names a country.
            place.names["en"].update(
                s for s in _clean_forms(spellings) if s.isascii() and s not in {code, record.alpha_3}
            )
            if info.demonym():
                place.adjectives["en"].add(info.demonym())
        arabic_names = [arabic.get(code)] + [translate(name) for name in official if name]
        place.names["ar"].update(f for f in _clean_forms(arabic_names) if _ARABIC.search(f))
        places[code] = place
    for code in _ORGANISATIONS:
        place = Place(code, "organisation", {"en": english[code], "ar": arabic[code]})
        place.names["en"].update({english[code], code})
        place.names["ar"].add(arabic[code])
        places[code] = place
    return places


def _cities(countries: dict[str, Place]) -> dict[str, Place]:
    import babel
    from babel.core import get_global
    from countryinfo import all_countries

    english, arabic = babel.Locale("en"), babel.Locale("ar")
    territory_of = get_global("zone_territories")
    cities: dict[str, Place] = {}
    for zone, names in arabic.time_zones.items():
        parts = zone.split("/")
        city_ar = names.get("city")
        if len(parts) != 2 or parts[0] not in _CITY_AREAS or not city_ar:
            continue
        country = countries.get(territory_of.get(zone, ""))
        city_en = (english.time_zones.get(zone) or {}).get("city") or parts[1].replace("_", " ")
        if country and city_en in country.names["en"]:
            continue  # a zone named after its territory ("Asia/Qatar"): the country
        forms_ar = _clean_forms([city_ar])
        code = f"city:{city_en}"
        place = cities.setdefault(
            code, Place(code, "city", {"en": city_en, "ar": ""}, country.code if country else "")
        )
        place.label["ar"] = place.label["ar"] or (forms_ar[-1] if forms_ar else "")
        place.names["en"].add(city_en)
        place.names["ar"].update(forms_ar)
    for country in all_countries():
        capital = country.capital()
        iso = country.iso()
        if not isinstance(capital, str) or not capital or not isinstance(iso, dict):
            continue  # none, or several (countryinfo lists South Africa's three)
        short = capital.removesuffix(" D.C.").removesuffix(" City")
        known = next((c for c in cities.values() if {capital, short} & c.names["en"]), None)
        if known is None:
            code = f"city:{capital}"
            known = cities.setdefault(
                code, Place(code, "city", {"en": short, "ar": ""}, iso.get("alpha2", ""))
            )
        known.names["en"].update(_clean_forms([capital, short]))
        known.capital_of = known.capital_of or iso.get("alpha2", "")
    return cities


def _add_extra(places: dict[str, Place]) -> None:
    for line in (DATA_DIR / "places-extra.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, language, kind, forms = (part.strip() for part in line.split("|"))
        place = places.get(code) or places.get(f"city:{code}")
        if place is None:
            raise ValueError(f"places-extra.txt names an unknown place: {code}")
        target = place.adjectives if kind == "adjective" else place.names
        target[language].update(form.strip() for form in forms.split(","))
        if kind == "name" and language == "ar" and not place.label.get("ar"):
            place.label["ar"] = forms.split(",")[0].strip()


def _drop_shared_and_ignored(places: dict[str, Place]) -> None:
    """A form two places go by is ambiguous; so are the ignored ones. A city that has the
    name of its own country ("Kuwait", "تونس") is the country, and a form that countries share
    is the one of a country five times as populous as the others ("Chinese" is China's, not
    Taiwan's or Macao's; "French" France's, not French Polynesia's; "Korean" is no one's)."""
    ignored = {normalize_arabic(form).casefold() for form in word_list("places-ignored")}
    for table in ("names", "adjectives"):
        owners: dict[tuple[str, str], set[str]] = {}
        for place in places.values():
            for language, forms in getattr(place, table).items():
                for form in forms:
                    owners.setdefault((language, normalize_arabic(form).casefold()), set()).add(place.code)
        for place in places.values():
            for language, forms in getattr(place, table).items():
                for form in list(forms):
                    key = normalize_arabic(form).casefold()
                    others = [places[o] for o in owners[(language, key)] - {place.code}]
                    own_city = all(o.kind == "city" and o.country == place.code for o in others)
                    dwarfs = all(o.kind == "country" and place.population >= 5 * o.population for o in others)
                    if key in ignored or (others and not (place.kind == "country" and (own_city or dwarfs))):
                        forms.discard(form)


@cache
def gazetteer() -> Gazetteer:
    """The places, built from the packages once per process (about a tenth of a second)."""
    places = _countries()
    places.update(_cities(places))
    _add_extra(places)
    for place in places.values():
        if place.kind == "country":
            for name in place.names["ar"]:
                place.adjectives["ar"] |= arabic_adjectives(name)
            for name in place.names["en"]:
                place.adjectives["en"] |= english_adjectives(name)
    _drop_shared_and_ignored(places)
    names, adjectives, words = {}, {}, {}
    for language in ("en", "ar"):
        words[language] = frozenset(
            normalize_arabic(form).casefold()
            for p in places.values()
            for form in p.names[language] | p.adjectives[language]
            if " " not in form
        )
        taken = {normalize_arabic(f).casefold() for p in places.values() for f in p.names[language]}
        names[language] = PhraseMatcher(
            (((p.code, form), form) for p in places.values() for form in sorted(p.names[language])),
            proper=True,
        )
        adjectives[language] = PhraseMatcher(
            (
                ((p.code, form), form)
                for p in places.values()
                for form in sorted(p.adjectives[language])
                if normalize_arabic(form).casefold() not in taken  # "Oman" is not Omani "Om"'s adjective
            ),
            proper=True,
        )
    return Gazetteer(places, names, adjectives, words)
