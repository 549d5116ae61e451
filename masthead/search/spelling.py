""" "Did you mean": the nearest word that search knows, for a word that finds nothing."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from masthead.search.analysis import Term, is_stop_word
from masthead.search.models import Word

_ARABIC = re.compile("[\u0600-\u06ff]")
SIMILAR = 0.75  # difflib's ratio a suggestion needs (one wrong letter in five)
MAX_CANDIDATES = 20000  # words compared at most: enough for every word of one first letter

# A word's hamza left off as readers type it: ؤ as و, ئ as ي, a lone ء not at all or as ا. The
# alefs (أ إ آ as ا) and a final ى (as ي) are already one letter in a normalised word.
_HAMZA_LEFT_OFF = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None})
_LONE_HAMZA_AS_ALEF = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": "ا"})
_POSSESSIVE = re.compile("['’‘][sS]$")  # as the analyser takes it off a Latin word


def word_language(word: str) -> str:
    """The vocabulary a word belongs to, by its script (an Arabic word in an English story is Arabic)."""
    return "ar" if _ARABIC.search(word) else "en"


def without_possessive(written: str) -> str:
    """A Latin word as written less its possessive 's (Norvania's), which its `exact` form drops too."""
    return _POSSESSIVE.sub("", written)


def _without_hamza(word: str) -> set[str]:
    """The ways `word` reads with its hamza left off (itself too, when it has none)."""
    return {word.translate(_HAMZA_LEFT_OFF), word.translate(_LONE_HAMZA_AS_ALEF)}


def _hamza_left_off(word: str, candidates: list[str]) -> list[str]:
    """The candidates that are `word` but for a hamza one of them leaves off (لولوه for لؤلؤه)."""
    typed = _without_hamza(word)
    return [candidate for candidate in candidates if typed & _without_hamza(candidate)]


def _closest(word: str, candidates: list[str]) -> str | None:
    if word_language(word) == "ar":
        same_letters = _hamza_left_off(word, candidates)
        if same_letters:  # closer than any other spelling, however few letters the words have
            return difflib.get_close_matches(word, same_letters, n=1, cutoff=0)[0]
    found = difflib.get_close_matches(word, candidates, n=1, cutoff=SIMILAR)
    return found[0] if found else None


def nearest(word: str) -> Word | None:
    """The known word closest to `word` (a normalised form), or None if none is close enough.

    Candidates share its first letter (a reader rarely mistypes the first) and differ in length
    by at most two letters; they are read in one query on the vocabulary's unique index. An
    Arabic word that differs from a candidate only by a hamza left off takes that candidate
    first, as no letter-by-letter likeness would (لولوه has two letters of five unlike لؤلؤه).
    """
    if len(word) < 3:
        return None
    first, language = word[0], word_language(word)
    rows = (
        Word.objects.filter(language=language, word__gte=first, word__lt=chr(ord(first) + 1))
        .exclude(word=word)
        .values_list("pk", "word", "display")[:MAX_CANDIDATES]
    )
    by_word = {row[1]: row for row in rows if abs(len(row[1]) - len(word)) <= 2}
    found = _closest(word, list(by_word))
    if found is None:
        return None
    pk, _, display = by_word[found]
    return Word(pk=pk, language=language, word=found, display=display)


def known(word: str) -> bool:
    return Word.objects.filter(language=word_language(word), word=word).exists()


def correct(text: str, words: Sequence[Term]) -> str | None:
    """`text` with each unknown word replaced by the nearest known one as the stories write it.

    `words` are the words of `text` with their offsets into it (`query.Parsed`). All else the
    reader typed stays as typed: the other words, their case, spaces, quotes and marks; a
    possessive 's stays on the word it followed. Function words and numbers, which the
    vocabulary leaves out, are never replaced. None when no word was replaced.
    """
    seen = _known({term.exact for term in words})
    better: dict[str, Word | None] = {}
    corrected = text
    for term in sorted(words, key=lambda t: t.start, reverse=True):  # offsets hold from the end
        if term.exact in seen or _never_known(term):
            continue
        if term.exact not in better:
            better[term.exact] = nearest(term.exact)
        found = better[term.exact]
        if found is not None:
            typed = corrected[term.start : term.end]
            written = (found.display or found.word) + typed[len(without_possessive(typed)) :]
            corrected = corrected[: term.start] + written + corrected[term.end :]
    return corrected if corrected != text else None


def _never_known(term: Term) -> bool:
    """A word the vocabulary leaves out (`services`): "the" is no misspelt "theo"."""
    return is_stop_word(term) or term.exact.isdigit()


def _known(words: set[str]) -> set[str]:
    """Which of `words` the vocabulary holds, in one query."""
    rows = Word.objects.filter(word__in=words).values_list("language", "word")
    return {word for language, word in rows if language == word_language(word)}
