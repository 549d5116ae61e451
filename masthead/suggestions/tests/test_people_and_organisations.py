"""People and organisations found by their patterns: titles, what titles govern, cue words."""

from masthead.suggestions.candidates import candidates
from masthead.suggestions.tokens import tokenize


def roles(text: str, language: str) -> dict[str, str]:
    return {c.label: c.role for c in candidates(tokenize(text), language) if c.kind == "name"}


# --- English ----------------------------------------------------------------------------------


def test_english_titles_come_off_and_mark_a_person():
    text = (
        "General Mohamed Hamdan Dagalo met envoys of Prince Abdulaziz bin Salman in the capital. "
        "Later CIA Director William Burns called UN Secretary-General Antonio Guterres."
    )
    found = roles(text, "en")
    assert found["Mohamed Hamdan Dagalo"] == "person"
    assert found["Abdulaziz bin Salman"] == "person"  # a name's particle is not a cut
    assert found["William Burns"] == "person"
    assert found["Antonio Guterres"] == "person"
    assert found["CIA"] == "organisation"  # the acronym before the title
    assert not [label for label in found if label.split()[0] in {"General", "Prince", "Director"}]


def test_a_title_before_an_organisation_s_or_a_place_s_word_belongs_to_the_name():
    found = roles("Delegates of the General Assembly drove down the King Tamar Highway.", "en")
    assert "General Assembly" in found
    assert found["King Tamar Highway"] == "place"
    assert "Tamar Highway" not in found


def test_english_organisations_by_their_last_word_and_and_joins_only_before_one():
    text = (
        "The Disaster and Emergency Management Authority said Iraq and Syria agreed. "
        "The Quds Force and the Islamic State fought."
    )
    found = roles(text, "en")
    assert found["Disaster and Emergency Management Authority"] == "organisation"
    assert found["Quds Force"] == "organisation"
    assert {"Iraq", "Syria"} <= set(found)
    assert "Iraq and Syria" not in found


# --- Arabic -----------------------------------------------------------------------------------


def test_an_arabic_title_is_followed_by_what_it_governs_and_then_the_name():
    text = (
        "وزار قائد فيلق القدس قاسم سليماني البلدة. "
        "وقال وزير الطاقة السعودي الأمير عبد العزيز بن سلمان إن الإنتاج مستقر. "
        "وأكد الرئيس التنفيذي لمجموعة النقل البحري توماس فيرهوك ذلك."
    )
    found = roles(text, "ar")
    assert found["قاسم سليماني"] == "person"
    assert found["فيلق القدس"] == "organisation"
    assert found["عبد العزيز بن سلمان"] == "person"
    assert found["توماس فيرهوك"] == "person"
    assert not [label for label in found if label.startswith(("قائد", "وزير", "الرئيس"))]


def test_an_arabic_third_name_word_needs_to_be_a_surname_the_story_uses():
    text = "وتعهد الرئيس رجب طيب أردوغان بإعادة البناء. وقال أردوغان إنه سيزور المنطقة."
    found = [(c.label, c.count) for c in candidates(tokenize(text), "ar")]
    assert ("رجب طيب أردوغان", 2) in found
    # Without a later "أردوغان" the third word could be anything: two words are the name.
    assert "رجب طيب" in roles("وتعهد الرئيس رجب طيب أردوغان بإعادة البناء.", "ar")


def test_a_name_after_a_verb_of_saying_but_not_a_word_for_people_by_what_they_do():
    found = roles("وقالت منى فريد الخبيرة الاقتصادية إن البنك تأخر. وقال مسؤولون قطريون إن الأمر صعب.", "ar")
    assert found["منى فريد"] == "person"
    assert not [label for label in found if "مسؤولون" in label]


def test_arabic_organisations_keep_their_cue_and_their_adjectives():
    text = (
        "قالت الوكالة الدولية للطاقة الذرية إن الحرس الثوري الإيراني وقوات الدعم السريع "
        "ومنظمة أطباء بلا حدود على القائمة."
    )
    found = roles(text, "ar")
    assert found["الوكالة الدولية للطاقة الذرية"] == "organisation"  # "لل" joins
    assert found["الحرس الثوري"] == "organisation"  # the country's adjective is not the name
    assert not [label for label in found if "الإيراني" in label]
    assert found["قوات الدعم السريع"] == "organisation"  # "قوات" before a word with the article
    assert found["منظمة أطباء بلا حدود"] == "organisation"


def test_an_arabic_cue_with_the_article_starts_a_name_only_before_another_such_word():
    text = "وقالت الشركة الإماراتية إن الشركة عرضت زيادة، وقال الحرس الثوري إن الحرس مستعد."
    found = roles(text, "ar")
    assert "الحرس الثوري" in found
    assert not [label for label in found if label.startswith("الشركة")]
