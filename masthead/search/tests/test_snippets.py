"""Result snippets: the passage richest in the query's words, read only as far as needed."""

import pytest
from django.utils.html import escape

from masthead.search import snippets
from masthead.search.analysis import analyze, skim, skim_key
from masthead.search.query import parse
from masthead.search.snippets import mark, snippet

FILLER = "The council met again on Tuesday to discuss other business. " * 60  # about 3,600 characters


def test_the_snippet_marks_the_words_as_the_story_writes_them():
    html = snippet("Voters went to the polls. The Elections were calm.", parse("election").query)
    assert "<mark>Elections</mark>" in html


def test_a_window_holding_every_word_wins_over_an_earlier_mention_of_one():
    text = "Heat was mentioned first. " + FILLER + "A heat wave warning was issued for the coast. " + FILLER
    html = snippet(text, parse("heat warning").query)
    assert "<mark>warning</mark>" in html
    assert html.startswith("… ")  # the passage from further down, not the opening


def test_the_first_full_window_is_the_snippet_even_far_into_a_long_story():
    text = FILLER + "Desalination plants along the coast will double output. " + FILLER * 3
    html = snippet(text, parse("desalination plants").query)
    assert "<mark>Desalination</mark> <mark>plants</mark>" in html
    assert html.endswith(" …")


def test_the_text_is_read_no_further_than_the_first_window_with_every_word(monkeypatch):
    read = []
    real = snippets.analyze
    monkeypatch.setattr(snippets, "analyze", lambda text, language=None: read.append(len(text)) or real(text))
    text = "Flooding closed the main road. " + FILLER * 10
    snippet(text, parse("flooding").query)
    assert sum(read) < len(text) / 4


def test_nothing_matched_gives_the_fallback_shortened_and_escaped():
    html = snippet(FILLER, parse("volcano").query, fallback="<b>Dek</b> " * 80)
    assert html.startswith("&lt;b&gt;Dek")
    assert len(html) < len(escape("<b>Dek</b> " * 80)) / 2


def test_the_end_of_a_short_story_is_kept_whole():
    html = snippet("Rain fell on the capital.", parse("rain").query)
    assert html == "<mark>Rain</mark> fell on the capital."
    assert mark("Heavy rain", parse("rain").query) == "Heavy <mark>rain</mark>"


SAMPLES = [
    "The city's centres and theatres: colourful, organised cities; a cease-fire, O’Brien's "
    "catalogue, the defence of Ærøskøbing, naïve café owners, heatwaves and well-being.",
    "وَالْمُسْتَشْفَى الجديد في مدينةِ الفجر، لؤلؤة الخليج ومسئولو الهيئة والمسؤولون، "
    "بالانتخابات وللمدرسة وكتابهم، سيارات الإسعاف وإسترافيا وآبار النفط، الـــمـــدن، "
    "کتاب فارسی ورئيس الوزراء والقرآن.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_every_word_is_found_by_a_skim_of_the_text_it_came_from(text):
    keys_checked = 0
    for term in analyze(text):
        key = skim_key(term.stem)
        assert key in skim(text[term.start : term.end]), (term, skim(text[term.start : term.end]))
        keys_checked += 1
    assert keys_checked > 20


def test_a_part_without_the_words_is_skipped_but_highlights_stay_complete(monkeypatch):
    read = []
    real = snippets.analyze
    monkeypatch.setattr(snippets, "analyze", lambda text, language=None: read.append(text) or real(text))
    text = FILLER + "The Centre for Flood Studies warned of flooding. " + FILLER
    html = snippet(text, parse("center flooding").query)
    assert "<mark>Centre</mark>" in html and "<mark>flooding</mark>" in html
    assert sum(len(part) for part in read) < len(text) / 3
