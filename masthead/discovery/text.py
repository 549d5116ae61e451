"""Words of a story for comparing it with others, in English and Arabic.

Both languages are reduced to the forms that carry meaning: lower case and light plural folding
for English; for Arabic, the letter variants writers use interchangeably are unified, short
vowel marks and the elongation stroke removed, and attached particles ("و", "ب", "ال", ...)
taken off, so "والحكومة", "بالحكومة" and "الحكومة" all count as "حكومه". Function words of
either language are dropped.
"""

import re
import unicodedata

from masthead.core.words import STOP_WORDS, english_stem, normalize_arabic

# Light10's affixes (Larkey, Ballesteros & Connell, 2007), the light stemmer Arabic retrieval is
# usually measured against: the article and its attached particles, and "و" alone; of the
# one-letter prepositions (ب، ل، ك، ف) none, since too many words begin with those letters
# ("لجنة", "بغداد") for a stem to know. Suffixes are taken in this order, each at most once: the
# plural and dual endings, the "-ية" of adjectives and the "ة" (written "ه" once normalised).
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def arabic_stem(word: str) -> str:
    """A light stem: one attached particle off the front, then the common endings off the end,
    never leaving fewer than three letters (Arabic roots are mostly three letters)."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
    return word


def words(text: str, language: str) -> list[str]:
    """The meaningful words of `text`, normalised and stemmed, in order."""
    text = unicodedata.normalize("NFKC", text).lower()
    stop = STOP_WORDS.get(language, STOP_WORDS["en"])
    if language == "ar":
        text = normalize_arabic(text)
        found = (arabic_stem(w) for w in _WORD.findall(text) if w not in stop)
        return [w for w in found if len(w) > 1 and w not in stop]
    found = (english_stem(w) for w in _WORD.findall(text) if w not in stop and len(w) > 2)
    return [w for w in found if w not in stop]
