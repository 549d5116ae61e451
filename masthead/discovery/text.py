"""Words of a story for comparing it with others, in English and Arabic.

Both languages are reduced to the forms that carry meaning: lower case and light plural folding
for English; for Arabic, the letter variants writers use interchangeably are unified, short
vowel marks and the elongation stroke removed, and attached particles ("و", "ب", "ال", ...)
taken off, so "والحكومة", "بالحكومة" and "الحكومة" all count as "حكومه". Function words of
either language are dropped.
"""

import re
import unicodedata

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Arabic short vowels, shadda, sukun, dagger alef and the tatweel (elongation) stroke.
_AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
# Attached particles, longest first: conjunction + preposition + article, then shorter ones.
_AR_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ف", "ل", "ك")
_AR_SUFFIXES = ("هما", "كما", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "نا", "كم")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)

# Arabic function words: pronouns, prepositions, conjunctions, demonstratives and the most
# common auxiliary verbs of news writing (unified like the text, see ARABIC_STOP_WORDS).
_ARABIC_FUNCTION_WORDS = """
    في من الي علي عن مع ان او ثم قد لقد لا لم لن ما ماذا هل هو هي هم هن انا نحن انت انتم هذا
    هذه ذلك تلك هؤلاء اولئك الذي التي الذين اللذين اللتين اللاتي كل بعض غير بين حتي عند
    عندما منذ خلال بعد قبل حول ضد نحو لدي لكن بل اذا اذ كما كان كانت يكون تكون كانوا ليس
    ليست اي ايضا فقط اما الا ان انه انها انهم لان حيث فيه فيها منه منها عليه عليها اليه لها
    له لهم به بها التي وقد فقد وهو وهي وفي ومن وان وكان وكانت يوم امس اليوم قال قالت وقال
    وقالت اكد واكد اضاف واضاف اوضح واوضح تم يتم وتم مثل دون ضمن لدى
    """.split()  # noqa: SIM905 (a word list reads better as text)


def normalize_arabic(text: str) -> str:
    """Unify Arabic letter variants and drop vowel marks and tatweel (no other change)."""
    return _AR_MARKS.sub("", text).translate(_AR_LETTERS)


ARABIC_STOP_WORDS = frozenset(normalize_arabic(word) for word in _ARABIC_FUNCTION_WORDS)
STOP_WORDS = {
    "en": frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "mr", "ms", "mrs"},
    "ar": ARABIC_STOP_WORDS,
}


def arabic_stem(word: str) -> str:
    """A light stem: one attached particle off the front, one common suffix off the end,
    never leaving fewer than three letters (Arabic roots are mostly three letters)."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def english_stem(word: str) -> str:
    """Fold plurals and possessives ("ministries" -> "ministry", "talks" -> "talk")."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
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
