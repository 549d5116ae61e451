"""What a story is about comes first: the headline and lead, affiliations, capitals; and the
border-crossing wire story of the evaluation set (tests/data/) in both languages."""

import json
from pathlib import Path

import pytest

from masthead.suggestions.candidates import candidates
from masthead.suggestions.candidates.layout import layout
from masthead.suggestions.services import suggest_tags
from masthead.suggestions.tokens import tokenize

DATA = Path(__file__).resolve().parent / "data"


def story(language: str, story_id: str) -> dict:
    lines = (DATA / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()
    return next(s for s in map(json.loads, lines) if s["id"] == story_id)


def order(text: str, language: str) -> list[str]:
    return [c.label for c in candidates(tokenize(text), language)]


def test_the_layout_finds_headline_lead_and_dateline():
    tokens = tokenize("Quake hits Malatya\n\nANKARA — A quake hit Malatya on Sunday.\n\nRescuers came.")
    where = layout(tokens)
    words = [t.text for t in tokens]
    assert [words[i] for i in where.headline] == ["Quake", "hits", "Malatya"]
    assert [words[i] for i in sorted(where.dateline)] == ["ANKARA", "—"]
    assert words[where.lead[0]] == "ANKARA"
    assert layout(tokenize("One paragraph only, Malatya.")).headline == range(0)


def test_a_name_in_the_headline_and_lead_outranks_one_mentioned_more_often_later():
    text = (
        "Talks resume in Ostrel\n\nEnvoys met in Ostrel on Monday.\n\n"
        "Trucks from Velden waited. Velden's mayor spoke, and a Velden official agreed."
    )
    assert order(text, "en")[:2] == ["Ostrel", "Velden"]


def test_an_organisation_named_in_a_person_s_title_gains_a_mention():
    text = (
        "Officials said Qassem Soleimani, the commander of the Quds Force, planned it. "
        "The Red Hand Brigade agreed, and so did the Blue Lake Brigade."
    )
    found = {c.label: c for c in candidates(tokenize(text), "en")}
    assert found["Quds Force"].mentions == 2
    assert found["Red Hand Brigade"].mentions == 1
    assert order(text, "en").index("Quds Force") < order(text, "en").index("Red Hand Brigade")


def test_a_capital_counts_half_when_its_country_is_named():
    with_country = {
        c.label: c for c in candidates(tokenize("Militias loyal to Tehran crossed. Iran denied it."), "en")
    }
    alone = {
        c.label: c for c in candidates(tokenize("Militias loyal to Tehran crossed. Ostrel denied it."), "en")
    }
    assert with_country["Tehran"].factor == 0.5
    assert alone["Tehran"].factor == 1.0
    assert with_country["Tehran"].score < alone["Tehran"].score


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_border_crossing_story_names_everything_it_is_about_in_the_top_ten(language):
    wire = story(language, "border-crossing")
    top = [s.label for s in suggest_tags(wire["text"], language)]
    assert len(top) == 10
    missing = [forms[0] for forms in wire["expected"] if not set(forms) & set(top)]
    assert missing == [], top
    # One suggestion per entity: no two labels name the same expected thing.
    named = [next(n for n, forms in enumerate(wire["expected"]) if label in forms) for label in top]
    assert len(set(named)) == len(named)
