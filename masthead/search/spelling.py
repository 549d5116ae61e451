""" "Did you mean": the nearest word that search knows, for a word that finds nothing."""

from __future__ import annotations

import difflib
import re

from masthead.search.models import Word

_ARABIC = re.compile("[\u0600-\u06ff]")
SIMILAR = 0.75  # difflib's ratio a suggestion needs (one wrong letter in five)
MAX_CANDIDATES = 20000  # words compared at most: enough for every word of one first letter


def word_language(word: str) -> str:
    """The vocabulary a word belongs to, by its script (an Arabic word in an English story is Arabic)."""
    return "ar" if _ARABIC.search(word) else "en"


def nearest(word: str) -> str | None:
    """The known word closest to `word` (its normalised form), or None if none is close enough.

    Candidates share its first letter (a reader rarely mistypes the first) and differ in length
    by at most two letters; they are read in one query on the vocabulary's unique index.
    """
    if len(word) < 3:
        return None
    first = word[0]
    candidates = list(
        Word.objects.filter(language=word_language(word), word__gte=first, word__lt=chr(ord(first) + 1))
        .exclude(word=word)
        .values_list("word", flat=True)[:MAX_CANDIDATES]
    )
    candidates = [c for c in candidates if abs(len(c) - len(word)) <= 2]
    found = difflib.get_close_matches(word, candidates, n=1, cutoff=SIMILAR)
    return found[0] if found else None


def known(word: str) -> bool:
    return Word.objects.filter(language=word_language(word), word=word).exists()
