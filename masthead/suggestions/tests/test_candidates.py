"""New tag candidates: names and key phrases found by the heuristics (no database)."""

from masthead.suggestions.candidates import candidates
from masthead.suggestions.tokens import tokenize


def labels(text: str, language: str = "en") -> list[str]:
    return [candidate.label for candidate in candidates(tokenize(text), language)]


def kinds(text: str, language: str = "en") -> dict[str, str]:
    return {candidate.label: candidate.kind for candidate in candidates(tokenize(text), language)}


# --- English names --------------------------------------------------------------------------


def test_capitalised_runs_keep_their_inner_connectors():
    text = (
        "Officials at the Ministry of Interior met envoys from Umm al-Nakheel and the "
        "Ministry of the Interior of Ostrel, then drove down the King Tamar Highway with Abdullah bin Zayed."
    )
    found = labels(text)
    for name in [
        "Ministry of Interior",
        "Umm al-Nakheel",
        "Ministry of the Interior of Ostrel",
        "King Tamar Highway",
    ]:
        assert name in found
    assert "Abdullah bin Zayed" in found
    assert "Officials" not in found


def test_a_capital_at_a_sentence_start_counts_only_with_other_evidence():
    # "Residents" starts a sentence and is written in lower case elsewhere; "Karvania" starts
    # one too but is capitalised mid-sentence; "Brigade" leads other name words.
    text = (
        "Residents fled. Karvania closed the road. Aid reached Karvania on Friday. "
        "Red Hand Brigade fighters stayed. The residents returned."
    )
    found = labels(text)
    assert "Karvania" in found
    assert "Red Hand Brigade" in found
    assert not {"Residents", "Aid", "The", "Friday"} & set(found)


def test_days_months_and_leading_determiners_are_not_names():
    found = labels("On Monday the Zarin crossing opened. In March the Ostrel government agreed.")
    assert "Zarin" in found
    assert "Ostrel" in found
    assert not [label for label in found if label.split()[0] in {"On", "Monday", "In", "March", "The"}]


def test_the_monday_fragment_is_not_a_phrase():
    text = "The decision on Monday re-opened controversy. Monday re-opened controversy again, officials said."
    found = labels(text)
    assert not [label for label in found if "re-opened" in label or "Monday" in label]


def test_a_title_case_headline_proves_nothing_about_its_words():
    text = "Zarin Crossing Reopens Amid Militia Fears\n\nThe Zarin crossing reopened, as militia fears grew."
    found = labels(text)
    assert "Zarin crossing" in found
    assert not [label for label in found if {"Reopens", "Amid", "Militia", "Fears"} & set(label.split())]


def test_a_sentence_dense_with_names_is_not_mistaken_for_a_headline():
    found = labels("President Aldo Varga met Foreign Minister Lena Brandt in the capital.")
    assert "Aldo Varga" in found
    assert "Lena Brandt" in found


def test_a_title_is_neither_part_of_a_phrase_with_the_name_nor_a_phrase():
    text = "Interior Minister Dario Pell spoke. Later Interior Minister Dario Pell left."
    assert kinds(text) == {"Dario Pell": "name"}


def test_titles_are_taken_off_and_a_surname_alone_counts_for_the_person():
    text = "Interior Minister Dario Pell spoke. Pell said Mr. Pell would stay. The Interior Minister left."
    found = candidates(tokenize(text), "en")
    [pell] = [c for c in found if c.label == "Dario Pell"]
    assert pell.count == 3
    assert not [c for c in found if "Minister" in c.label or c.label == "Pell"]


def test_an_all_caps_dateline_is_read_as_words_and_acronyms_stay():
    found = labels("ZARIN CROSSING, Karvania — The UN said the Zarin crossing was calm. The UN agreed.")
    assert "Zarin crossing" in found
    assert "UN" in found
    assert "ZARIN CROSSING" not in found


def test_a_demonym_counts_for_its_country_and_a_possessive_is_dropped():
    found = candidates(tokenize("Karvania's army and Karvanian police met Karvania's envoy."), "en")
    [karvania] = [c for c in found if c.label == "Karvania"]
    assert karvania.count == 3
    assert "Karvanian" not in [c.label for c in found]


def test_recurring_noun_phrases_are_key_phrases_and_verbs_break_them():
    text = (
        "Aid trucks waited at the border post. The aid trucks crossed after the border post opened. "
        "Displaced families waved as displaced families queued."
    )
    found = kinds(text)
    assert found.get("aid trucks") == "phrase"
    assert found.get("border post") == "phrase"
    assert found.get("displaced families") == "phrase"
    assert not [
        label for label in found if {"waited", "crossed", "opened", "waved", "queued"} & set(label.split())
    ]


def test_a_phrase_used_once_is_not_a_key_phrase():
    assert "refugee camp" not in labels("A refugee camp grew near the river.")


def test_a_name_always_read_inside_a_phrase_becomes_the_phrase():
    text = "The UN refugee agency said so. Later the UN refugee agency said it again."
    found = kinds(text)
    assert found.get("UN refugee agency") == "name"
    assert "UN" not in found


# --- Arabic ---------------------------------------------------------------------------------


def test_arabic_cue_words_introduce_names():
    text = (
        "وصلت القافلة إلى مدينة أم النخيل الحدودية ثم إلى مخيم الزعتري. وقالت وزارة الداخلية إن "
        "الرئيس ألدو فارغا زار معبر زارين الحدودي. وقال فارغا إن الطريق آمن."
    )
    found = candidates(tokenize(text), "ar")
    by_label = {c.label: c for c in found}
    assert "أم النخيل" in by_label  # the place word is not part of the name, the adjective neither
    assert "مخيم الزعتري" in by_label  # a facility keeps its cue word
    assert "وزارة الداخلية" in by_label
    assert "معبر زارين" in by_label
    assert by_label["ألدو فارغا"].count == 2  # a surname alone counts for the person
    assert set(by_label) == {"أم النخيل", "مخيم الزعتري", "وزارة الداخلية", "معبر زارين", "ألدو فارغا"}
    assert {c.kind for c in found} == {"name"}


def test_arabic_person_titles_skip_adjectives_and_stop_before_verbs():
    text = "قال الرئيس الأمريكي إن الرئيس فارغا يزور مدينة الرياض. ووصل الرئيس فارغا أمس."
    found = candidates(tokenize(text), "ar")
    assert [(c.label, c.count) for c in found] == [("فارغا", 2), ("الرياض", 1)]


def test_arabic_words_lose_a_conjunction_when_the_text_shows_them_without_it():
    text = "عادت وشاحنات المساعدات إلى المدينة. وكانت الشاحنات تحمل الغذاء. وتوقفت شاحنات المساعدات."
    assert labels(text, "ar") == ["شاحنات المساعدات"]
    # "وزارة" begins with و but is never written without it: it keeps its first letter.
    assert "وزارة الداخلية" in labels("قالت وزارة الداخلية إن وزارة الداخلية ستعلن.", "ar")


def test_arabic_countries_are_found_between_and_after_government_words():
    text = "أغلقت الحدود بين كارفانيا وأوستريل. وقالت حكومة كارفانيا إن أوستريل وعدت بالمساعدة."
    found = labels(text, "ar")
    assert "كارفانيا" in found
    assert "أوستريل" in found  # without its conjunction


def test_an_arabic_country_word_used_once_is_not_a_country():
    assert "مشتركة" not in labels("تمتد حدود مشتركة طويلة.", "ar")


def test_arabic_key_phrases_recur_between_function_words():
    text = "تحدث عن بدء القتال. ومنذ بدء القتال نزحت العائلات. وصلت شاحنات المساعدات ثم شاحنات المساعدات."
    found = kinds(text, "ar")
    assert found.get("بدء القتال") == "phrase"
    assert found.get("شاحنات المساعدات") == "phrase"  # without the conjunction "ثم"
    assert not [label for label in found if label.startswith(("و", "ومنذ"))]


def test_parts_of_an_arabic_name_are_not_separate_phrases():
    text = "قاتل لواء اليد الحمراء. وانسحب لواء اليد الحمراء. وعاد لواء اليد الحمراء."
    found = labels(text, "ar")
    assert found[0] == "لواء اليد الحمراء"
    assert "اليد الحمراء" not in found
    assert "لواء اليد" not in found
