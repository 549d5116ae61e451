"""The phrase banks tell every story once, and running stories in order (no database needed).

The built newsroom itself is checked in `test_default_newsroom`.
"""

import random
from datetime import timedelta
from itertools import pairwise

import pytest
from django.utils import timezone

from masthead.articles.models import Article
from masthead.demo.banks import DESKS, OPINION
from masthead.demo.schedule import schedule
from masthead.demo.tests.similarity import THRESHOLD, similarity, too_similar
from masthead.demo.writer import Writer

LANGUAGES = ("en", "ar")


def test_the_threshold_catches_a_template_with_other_numbers_or_places():
    budget_en = "Cabinet approves a ${} budget for 2027"
    budget_ar = "مجلس الوزراء يقر ميزانية بقيمة {} مليار دولار لعام 2027"
    teachers = "New school year starts with {} extra teachers"
    heat = "Temperatures to top 49C as heatwave grips {}"
    copies = [
        (budget_en.format("21.5bn"), budget_en.format("32.2bn")),
        (budget_ar.format("21.5"), budget_ar.format("32.2")),
        (teachers.format("3,900"), teachers.format("800")),
        (heat.format("Wadi Sidra"), heat.format("Khor Bayan")),
        ("Metro line to Ras Nakhla opens", "Metro line to Umm al-Nakheel opens to passengers"),
    ]
    for a, b in copies:
        assert similarity(a, b) >= THRESHOLD, (a, b)
    # Two developments of one running story are not copies.
    assert (
        similarity("Shura Council passes the labour law by a wide margin", "Labour law takes effect")
        < THRESHOLD
    )


def _texts(field: str) -> dict[str, list[str]]:
    """Every beat's `field` template in the phrase banks, per language."""
    texts: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for desk in [*DESKS.values(), OPINION]:
        for topic in desk.topics:
            for beat in topic.beats:
                for language, text in zip(LANGUAGES, getattr(beat, field), strict=True):
                    if text:  # columns have no picture, so no caption
                        texts[language].append(text)
    return texts


@pytest.mark.parametrize("field", ["headline", "dek", "lead", "caption"])
def test_no_two_beats_in_the_phrase_banks_read_alike(field):
    for language, texts in _texts(field).items():
        assert too_similar(texts) == [], f"{language} {field}s too alike"


def test_a_running_story_is_told_in_order_over_days():
    """Beats of one running story come out in order, days or weeks apart, seasonal ones in season."""
    now = timezone.now()
    writer = Writer(random.Random("order"))
    told: dict[tuple[str, str], list] = {}
    for slot in schedule(320, random.Random("order:plan"), now):
        if slot.status != Article.Status.PUBLISHED or slot.section in ("report", "caricature"):
            continue
        story = writer.write(
            section=slot.section,
            languages=slot.languages,
            when=slot.published_at,
            is_sponsored=slot.is_sponsored,
            is_breaking=slot.is_breaking,
        )
        told.setdefault((slot.section, story.beat[0]), []).append((slot.published_at, story.beat[1]))
    seasons = {t.key: t.months for desk in [*DESKS.values(), OPINION] for t in desk.topics}
    running = 0
    for (section, topic), beats in told.items():
        assert [n for _, n in beats] == list(range(len(beats))), (section, topic)
        assert all(later - earlier >= timedelta(days=1) for (earlier, _), (later, _) in pairwise(beats))
        if seasons[topic]:
            assert timezone.localtime(beats[0][0]).month in seasons[topic], topic
        running += len(beats) >= 3
    assert running >= 25  # most stories are part of a running story, not one-offs
