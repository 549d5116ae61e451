"""Truncation that never breaks a word, an Arabic letter from its marks, or a joined pair."""

import unicodedata

import pytest

from masthead.core.text import excerpt, truncate_headline


def test_short_text_comes_back_unchanged():
    assert truncate_headline("Port traffic rises", 40) == "Port traffic rises"
    assert truncate_headline("Exactly ten", 11) == "Exactly ten"


def test_english_is_cut_at_a_word_boundary_with_an_ellipsis():
    cut = truncate_headline("BENEFIT Sponsors BuildHer Programme for Women in Construction", 30)
    assert cut == "BENEFIT Sponsors BuildHer…"
    assert len(cut) <= 30


def test_word_that_exactly_fills_the_room_is_kept():
    # 11 characters + the ellipsis = 12; the space after "Port trafic" makes it a clean cut.
    assert truncate_headline("Port trafic rises again", 12) == "Port trafic…"


def test_dangling_punctuation_before_the_ellipsis_is_dropped():
    assert truncate_headline("Talks resume, officials say after a long night", 16) == "Talks resume…"
    assert truncate_headline("محادثات تستأنف، يقول المسؤولون بعد ليلة طويلة", 18) == "محادثات تستأنف…"


def test_a_single_word_longer_than_the_limit_is_cut_between_letters():
    assert truncate_headline("Supercalifragilisticexpialidocious", 10) == "Supercali…"


def test_arabic_is_cut_at_a_space():
    headline = "الحرارة تتجاوز 49 درجة مئوية مع موجة حر تضرب المنامة"
    cut = truncate_headline(headline, 30)
    assert cut == "الحرارة تتجاوز 49 درجة مئوية…"
    assert headline.startswith(cut[:-1])


def test_harakat_and_shadda_stay_with_their_letter_and_do_not_count():
    voweled = "مُحَمَّدٌ يَكْتُبُ مَقَالًا جَدِيدًا عَنِ الاقْتِصَادِ"
    # 33 visible letters and spaces in 54 code points: the marks take no room.
    assert truncate_headline(voweled, 33) == voweled
    cut = truncate_headline(voweled, 20)
    assert cut == "مُحَمَّدٌ يَكْتُبُ مَقَالًا…"


@pytest.mark.parametrize("limit", range(2, 16))
def test_a_long_voweled_word_never_loses_a_mark_or_ends_on_one_alone(limit):
    word = "مُتَشَدِّدُونَالمُسْتَقْبَلِيُّونَ"  # no space: the hard cut applies
    cut = truncate_headline(word, limit)
    kept = cut.removesuffix("…")
    assert word.startswith(kept)
    following = word[len(kept)]
    assert not unicodedata.combining(following), f"a mark was separated from its letter at {limit}"


def test_zero_width_joiners_keep_their_neighbours_together():
    word = "ab\u200dcd\u200cef" + "g" * 10
    for limit in range(2, 8):
        kept = truncate_headline(word, limit).removesuffix("…")
        assert not kept.endswith(("\u200d", "\u200c"))
        assert word[len(kept)] not in ("\u200d", "\u200c")


def test_excerpt_is_plain_text_cut_at_a_word():
    html = "<p>Traffic on the <strong>causeway</strong> eased on Sunday.</p><p>Commuters cheered.</p>"
    assert excerpt(html, 200) == "Traffic on the causeway eased on Sunday. Commuters cheered."
    assert excerpt(html, 25) == "Traffic on the causeway…"
