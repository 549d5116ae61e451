"""The word lists of the candidate rules, kept as text files beside the code."""

from masthead.suggestions.candidates.arabic import AR_CUES
from masthead.suggestions.candidates.english import TITLES
from masthead.suggestions.candidates.wordlists import DATA_DIR, word_list


def test_every_word_list_holds_words_and_not_its_notes():
    names = sorted(path.stem for path in DATA_DIR.glob("*.txt"))
    assert len(names) >= 10
    for name in names:
        words = word_list(name)
        assert words, name
        assert not [word for word in words if word.startswith("#") or word != word.strip()], name


def test_the_readers_use_the_lists_as_written_in_the_files():
    assert {"minister", "president"} <= TITLES
    # Arabic lists are normalised like the text they are compared with ("الأمير" -> "الامير").
    assert AR_CUES["الامير"] == ("person", 2)
    assert AR_CUES["معبر"] == ("facility", 3)
