"""suggest_tags: existing tags first (found tolerantly, in either language), then new ones."""

import pytest

from masthead.articles.tests.factories import TagFactory
from masthead.core.words import ARABIC_STOP_WORDS, STOP_WORDS, normalize_arabic
from masthead.suggestions.services import Suggestion, suggest_tags
from masthead.suggestions.tests.texts import BORDER_AR, BORDER_AR_EXPECTED, BORDER_EN, BORDER_EN_EXPECTED

pytestmark = pytest.mark.django_db


def existing(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(s.label, s.tag_id) for s in suggest_tags(text, language, limit=50) if s.kind == "existing"]


# --- Existing tags ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الحكومة إن الميناء مغلق",  # as named
        "وتعهدت والحكومة بإعادة فتح الميناء",  # conjunction + article
        "وقال مسؤول بالحكومة إن العمل مستمر",  # preposition + article
        "وجّهت رسالة للحكومة",  # ل + ال, with the alif dropped; and a shadda
        "قالت الحكومه",  # ة written ه
        "وقالت الحُكــومة",  # vowel mark and tatweel
    ],
)
def test_arabic_tags_are_found_behind_particles_and_letter_variants(text):
    tag = TagFactory(name="Government", name_ar="الحكومة", slug="government")
    assert existing(text, "ar") == [("الحكومة", tag.pk)]


def test_arabic_hamza_and_alif_maqsura_variants_match():
    tag = TagFactory(name="", name_ar="إيران", slug="iran")
    other = TagFactory(name="", name_ar="مستشفى الشفاء", slug="shifa")
    assert existing("زار وفد ايران مستشفي الشفاء ثم عاد إلى إيران", "ar") == [
        ("إيران", tag.pk),
        ("مستشفى الشفاء", other.pk),
    ]


def test_english_plurals_and_possessives_match():
    ministry = TagFactory(name="Ministry", name_ar="", slug="ministry")
    port = TagFactory(name="Port", name_ar="", slug="port")
    found = existing("Two ministries said the port's cranes were idle.", "en")
    assert sorted(found) == [("Ministry", ministry.pk), ("Port", port.pk)]


def test_aliases_match_in_either_language_and_the_label_is_the_tag_name():
    tag = TagFactory(
        name="UN refugee agency",
        name_ar="مفوضية الأمم المتحدة لشؤون اللاجئين",
        slug="unhcr",
        aliases="UNHCR, the refugee agency، المفوضية",
    )
    assert existing("UNHCR staff arrived.", "en") == [("UN refugee agency", tag.pk)]
    assert existing("وصل موظفو المفوضية", "ar") == [("مفوضية الأمم المتحدة لشؤون اللاجئين", tag.pk)]
    # The language of the story picks the name shown, whichever name was found.
    assert existing("UNHCR staff arrived.", "ar") == [("مفوضية الأمم المتحدة لشؤون اللاجئين", tag.pk)]


def test_multi_word_tags_match_only_as_phrases():
    tag = TagFactory(name="Red Hand Brigade", name_ar="لواء اليد الحمراء", slug="red-hand")
    assert existing("Fighters of the Red Hand Brigade's northern wing", "en") == [
        ("Red Hand Brigade", tag.pk)
    ]
    assert existing("His red hand was bandaged by the brigade medic.", "en") == []
    assert existing("وانسحب مقاتلو لواء اليد الحمراء", "ar") == [("لواء اليد الحمراء", tag.pk)]
    assert existing("رفع اللواء يده الحمراء", "ar") == []


def test_existing_tags_come_first_most_mentioned_first():
    ostrel = TagFactory(name="Ostrel", name_ar="أوستريل", slug="ostrel")
    zarin = TagFactory(name="Zarin crossing", name_ar="معبر زارين", slug="zarin")
    suggestions = suggest_tags(BORDER_EN, "en")
    assert [(s.label, s.kind, s.tag_id) for s in suggestions[:2]] == [
        ("Ostrel", "existing", ostrel.pk),  # five mentions
        ("Zarin crossing", "existing", zarin.pk),  # four (the dateline's "ZARIN CROSSING" too)
    ]
    assert suggestions[0].score == 5.0
    assert suggestions[1].score == 4.0
    assert all(s.kind != "existing" for s in suggestions[2:])


def test_a_candidate_that_is_an_existing_tag_is_not_offered_as_new():
    tag = TagFactory(name="Karvania", name_ar="كارفانيا", slug="karvania", aliases="Karvanian Republic")
    labels = [(s.label, s.kind) for s in suggest_tags(BORDER_EN, "en", limit=50)]
    assert ("Karvania", "existing") in labels
    assert [label for label, kind in labels if kind != "existing" and "Karvania" in label] == []
    arabic = [(s.label, s.kind, s.tag_id) for s in suggest_tags(BORDER_AR, "ar", limit=50)]
    assert [entry for entry in arabic if "كارفانيا" in entry[0]] == [("كارفانيا", "existing", tag.pk)]


def test_the_tag_index_follows_tag_changes():
    assert existing("The Zarin crossing reopened.", "en") == []
    tag = TagFactory(name="Zarin", name_ar="", slug="zarin")
    assert existing("The Zarin crossing reopened.", "en") == [("Zarin", tag.pk)]
    tag.name = "Zarin crossing point"
    tag.save()
    assert existing("The Zarin crossing reopened.", "en") == []
    tag.delete()
    assert existing("The Zarin crossing point reopened.", "en") == []


def test_nothing_to_suggest_for_an_empty_text_or_limit():
    assert suggest_tags("", "en") == []
    assert suggest_tags("  \n ", "ar") == []
    assert suggest_tags(BORDER_EN, "en", limit=0) == []
    assert len(suggest_tags(BORDER_EN, "en", limit=3)) == 3


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="language"):
        suggest_tags("Hello", "fr")


def test_suggestions_are_dataclasses_with_the_documented_fields():
    TagFactory(name="Ostrel", name_ar="", slug="ostrel")
    first, second = suggest_tags(BORDER_EN, "en", limit=2)
    assert isinstance(first, Suggestion)
    assert (first.kind, type(first.tag_id), type(first.score)) == ("existing", int, float)
    assert (second.kind, second.tag_id, type(second.score)) == ("name", None, float)


# --- The quality bar: a wire story about a border crossing ------------------------------------

ENGLISH_VERBS_IN_STORY = {
    "reopens", "lingers", "agree", "let", "reopened", "re-opened", "said", "remained", "passed",
    "waved", "waited", "began", "negotiated", "accused", "rewarding", "set", "take", "travel",
    "crossed", "open", "would",
}  # fmt: skip
DAY_AND_MONTH_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def normalised(words: str) -> set[str]:
    return {normalize_arabic(word) for word in words.split()}


ARABIC_VERBS_IN_STORY = normalised(
    "أعادت دام ينشطون عبرت تنتظر قالت تفاوضت سيفتح أثار اتهم قال أقاموا يأخذون تتفاوض ستسير أضافت عبروا"
)
ARABIC_DAYS_AND_TIMES = normalised("الاثنين يوم صباح ساعة يوميا أشهر")


def test_english_border_story_top_ten_names_the_crossing_towns_countries_and_organisations():
    top = [s.label for s in suggest_tags(BORDER_EN, "en")]
    assert len(top) == 10
    missing = [name for name in BORDER_EN_EXPECTED if name not in top]
    assert missing == [], top
    assert top[:2] == ["Karvania", "Ostrel"]  # the most mentioned
    assert "Monday re-opened controversy" not in top


def test_every_english_suggestion_is_a_plausible_name_or_phrase():
    suggestions = suggest_tags(BORDER_EN, "en", limit=100)
    assert len(suggestions) >= 10
    for suggestion in suggestions:
        words = suggestion.label.split()
        lowered = [word.lower() for word in words]
        assert suggestion.kind in {"name", "phrase"}
        assert 1 <= len(words) <= 4, suggestion
        for end in (words[0], words[-1]):  # no stop word at either end (acronyms are names)
            assert end.isupper() or end.lower() not in STOP_WORDS["en"], suggestion
        assert not DAY_AND_MONTH_NAMES & set(lowered), suggestion
        assert not ENGLISH_VERBS_IN_STORY & set(lowered), suggestion
        assert not [word for word in words if word.endswith(("'s", "’s"))], suggestion
        if suggestion.kind == "name":
            assert words[0][0].isupper(), suggestion


def test_arabic_border_story_top_ten_names_the_crossing_towns_countries_and_organisations():
    top = [s.label for s in suggest_tags(BORDER_AR, "ar")]
    assert len(top) == 10
    missing = [name for name in BORDER_AR_EXPECTED if not any(name in label for label in top)]
    assert missing == [], top
    assert set(top[:2]) == {"أوستريل", "كارفانيا"}


def test_every_arabic_suggestion_is_a_plausible_name_or_phrase():
    suggestions = suggest_tags(BORDER_AR, "ar", limit=100)
    assert len(suggestions) >= 10
    for suggestion in suggestions:
        words = [normalize_arabic(word) for word in suggestion.label.split()]
        assert 1 <= len(words) <= 4, suggestion
        for end in (words[0], words[-1]):
            assert end not in ARABIC_STOP_WORDS, suggestion
        assert not words[0].startswith(("وال", "بال", "فال", "لل")), suggestion  # particles come off
        assert not ARABIC_DAYS_AND_TIMES & set(words), suggestion
        assert not ARABIC_VERBS_IN_STORY & set(words), suggestion


def test_the_story_in_both_languages_shares_its_existing_tags():
    tags = [
        TagFactory(name="Karvania", name_ar="كارفانيا", slug="karvania"),
        TagFactory(name="Red Hand Brigade", name_ar="لواء اليد الحمراء", slug="red-hand", aliases="Red Hand"),
        TagFactory(name="Umm al-Nakheel", name_ar="أم النخيل", slug="umm-al-nakheel"),
    ]
    english = {s.tag_id for s in suggest_tags(BORDER_EN, "en") if s.kind == "existing"}
    arabic = {s.tag_id for s in suggest_tags(BORDER_AR, "ar") if s.kind == "existing"}
    assert english == arabic == {tag.pk for tag in tags}
