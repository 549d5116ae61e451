"""One suggestion per thing: aliases and variants folded, fragments dropped."""

from masthead.suggestions.candidates import candidates
from masthead.suggestions.tokens import tokenize


def counted(text: str, language: str) -> dict[str, int]:
    return {c.label: c.count for c in candidates(tokenize(text), language)}


# --- One per entity ---------------------------------------------------------------------------


def test_an_acronym_of_a_name_s_initials_is_that_name():
    text = (
        "The International Monetary Fund said its mission was due in Cairo. The IMF has pressed "
        "for reform. IS fighters and Islamic State cells remain in the desert."
    )
    found = counted(text, "en")
    assert found["International Monetary Fund"] == 2
    assert found["Islamic State"] == 2
    assert not {"IMF", "IS"} & set(found)


def test_an_alias_given_after_a_name_is_that_name():
    english = counted(
        "The Disaster and Emergency Management Authority, known as AFAD, said AFAD would help.", "en"
    )
    assert english == {"Disaster and Emergency Management Authority": 3}
    arabic = counted("وقالت منظمة الأمم المتحدة للطفولة (يونيسف) إن الأطفال في خطر.", "ar")
    assert arabic == {"منظمة الأمم المتحدة للطفولة": 2}


def test_a_name_with_and_without_its_article_is_one_place():
    text = "Iraq reopens Qaim crossing\n\nIraq reopened the Al-Qaim crossing. Al-Qaim lies on the Euphrates."
    found = counted(text, "en")
    assert found["Al-Qaim"] == 3
    assert "Qaim" not in found


def test_shorter_forms_of_a_name_count_for_it():
    text = (
        "Water Minister Raed Abu Saud spoke. Abu Saud said so. The Civic Renewal Party won, and "
        "Civic Renewal will govern. Islamist Ennahda called a boycott; Ennahda's leader is in prison."
    )
    found = counted(text, "en")
    assert found["Raed Abu Saud"] == 2
    assert found["Civic Renewal Party"] == 2
    assert found["Ennahda"] == 2
    assert not {"Abu Saud", "Civic Renewal", "Islamist Ennahda"} & set(found)


def test_an_arabic_organisation_by_its_name_alone_and_cut_short_counts_for_it():
    text = (
        "اتفقت منظمة أوبك على الخفض. وقالت أوبك إن السوق مستقرة. وقالت مفوضية الأمم المتحدة لشؤون "
        "اللاجئين إن العائلات عبرت، وأضافت مفوضية الأمم المتحدة أن العدد كبير."
    )
    found = counted(text, "ar")
    assert found["منظمة أوبك"] == 2
    assert found["مفوضية الأمم المتحدة"] == 2
    assert "أوبك" not in found


def test_an_arabic_facility_named_after_a_place_is_one_thing_and_a_country_is_no_facility():
    text = "عبرت الشاحنات معبر القائم. وتقع مدينة القائم على الفرات. ويمتد جسر إيران البري إلى سوريا."
    found = counted(text, "ar")
    assert found["معبر القائم"] == 2
    assert "القائم" not in found
    assert found["إيران"] == 1
    assert "جسر إيران" not in found  # "Iran's land bridge": Iran, not a bridge called Iran


# --- Fragments --------------------------------------------------------------------------------


def test_no_phrase_straddles_or_holds_a_name_used_elsewhere():
    text = (
        "أعاد العراق فتح معبر القائم. وتأمل بغداد أن يعيد فتح معبر القائم التجارة بين العراق وسوريا، "
        "وقالت سوريا إن التجارة بين العراق وسوريا ستتضاعف."
    )
    found = counted(text, "ar")
    assert not [label for label in found if label.startswith("فتح") or label == "العراق وسوريا"]
    assert {"العراق", "سوريا", "معبر القائم"} <= set(found)


def test_a_phrase_that_only_ever_follows_a_number_is_a_unit_not_a_topic():
    text = "The bank raised rates by 200 basis points, after 100 basis points in May, as inflation rose."
    assert "basis points" not in counted(text, "en")
    assert "مليار دولار" not in counted("أنفقت الحكومة 3 مليار دولار، ثم 5 مليار دولار أخرى.", "ar")


def test_an_organisation_word_ending_on_an_adjective_that_wants_a_complement_is_no_name():
    text = "انتشرت الميليشيات الموالية لإيران على الطريق، وقالت الميليشيات الموالية لإيران إنها باقية."
    assert not [label for label in counted(text, "ar") if "الموالية" in label]
