"""Places by name in both languages, from the packages' gazetteer, and their adjectives."""

from masthead.suggestions.candidates import candidates
from masthead.suggestions.candidates.places import arabic_adjectives, gazetteer
from masthead.suggestions.tokens import tokenize


def found(text: str, language: str) -> dict[str, tuple[int, int]]:
    """label -> (uses, uses in passing) of the candidates of `text`."""
    return {c.label: (c.count, len(c.minor)) for c in candidates(tokenize(text), language)}


def test_the_gazetteer_knows_countries_and_capitals_in_both_languages():
    places = gazetteer().places
    assert places["IQ"].label == {"en": "Iraq", "ar": "العراق"}
    assert {"Syria", "Syrian Arab Republic"} <= places["SY"].names["en"]
    assert "سوريا" in places["SY"].names["ar"]
    assert "الجمهورية الإسلاميّة الإيرانيّة" in places["IR"].names["ar"]  # pycountry's Arabic
    assert "UAE" in places["AE"].names["en"]  # countryinfo's other spellings
    assert places["city:Baghdad"].names == {"en": {"Baghdad"}, "ar": {"بغداد"}}
    assert places["city:Baghdad"].capital_of == "IQ"
    assert "واشنطن" in places["city:Washington D.C."].names["ar"]  # places-extra.txt


def test_a_name_two_places_share_is_nobody_s_and_a_state_outweighs_its_territories():
    places = gazetteer().places
    # Amman's "عمّان" and Oman's "عُمان" are one spelling without their marks.
    assert "عمان" not in {f.replace("ّ", "") for f in places["city:Amman"].names["ar"]}
    assert not {f for f in places["OM"].names["ar"] if f.replace("ُ", "") == "عمان"}
    assert "Chinese" in places["CN"].adjectives["en"]
    assert "Chinese" not in places["TW"].adjectives["en"]


def test_arabic_places_are_found_without_capitals_or_cue_words():
    labels = found("أعاد العراق فتح الحدود مع سوريا. وقالت إيران إن بغداد ودمشق اتفقتا.", "ar")
    assert {"العراق", "سوريا", "إيران", "بغداد", "دمشق"} <= set(labels)
    assert labels["دمشق"] == (1, 0)  # behind the conjunction "و"


def test_english_places_are_found_and_the_text_s_spelling_is_the_label():
    labels = found("Officials in Türkiye and the UAE met. Türkiye said the UAE agreed.", "en")
    assert labels["Türkiye"] == (2, 0)
    assert labels["UAE"] == (2, 0)


def test_demonyms_count_for_their_country_in_passing():
    english = found("Iraq reopened the crossing. Iraqi and Iraqi-backed forces guard it.", "en")
    assert english["Iraq"] == (3, 2)
    assert "Iraqi" not in english
    arabic = found("أعاد العراق فتح المعبر. وقالت القوات العراقية إن الجيش العراقي مستعد.", "ar")
    assert arabic["العراق"] == (3, 2)


def test_a_country_named_only_by_one_adjective_is_not_suggested_but_by_two_it_is():
    assert not {"Norway", "Norwegian"} & set(found("The Norwegian striker scored twice.", "en"))
    labels = found("Norwegian police said Norwegian ships were safe.", "en")
    assert labels["Norway"] == (2, 2)  # the country's name from the package, not the adjective


def test_arabic_adjectives_follow_the_nisba():
    assert {"العراقي", "العراقية", "العراقيون", "عراقي"} <= arabic_adjectives("العراق")
    assert "السوري" in arabic_adjectives("سوريا")
    assert "التركية" in arabic_adjectives("تركيا")
    assert "السعودي" in arabic_adjectives("السعودية")
    assert arabic_adjectives("الولايات المتحدة") == set()


def test_proper_names_are_matched_strictly():
    # An Arabic place never takes an article it lacks: "المالي" (financial) is not Mali,
    # and an English one must be capitalised: "turkey" is a bird.
    assert "مالي" not in found("قدم البنك دعما ماليا والوضع المالي صعب.", "ar")
    assert "Turkey" not in found("They ate turkey and drank tea with the family.", "en")


def test_a_place_inside_a_longer_name_or_only_in_the_dateline_is_not_suggested():
    text = "Port Sudan\n\nDUBAI — Ships left Port Sudan on Monday. Port Sudan is on the Red Sea."
    labels = found(text, "en")
    assert "Port Sudan" in labels
    assert not {"Sudan", "Dubai", "DUBAI"} & set(labels)
    assert "دبي" not in found("سفن في البحر\n\nدبي - غادرت السفن الميناء يوم الاثنين.", "ar")
