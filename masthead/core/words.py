"""Words of English and Arabic text as the apps that read stories compare them.

Arabic writers use some letters interchangeably (the forms of alif, final yaa and alif maqsura,
taa marbuta and haa) and add short vowel marks and the elongation stroke (tatweel) at will:
`normalize_arabic` unifies the letters and `strip_arabic_marks` drops the marks, so that one word
is always written one way. English words are folded to a light stem. `STOP_WORDS` are the function
words of either language, unified like the text.
"""

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Arabic short vowels, shadda, sukun, dagger alef and the tatweel (elongation) stroke.
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})

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


def strip_arabic_marks(text: str) -> str:
    """`text` without Arabic vowel marks and tatweel, its letters as written."""
    return ARABIC_MARKS.sub("", text)


def normalize_arabic(text: str) -> str:
    """Unify Arabic letter variants and drop vowel marks and tatweel (no other change)."""
    return strip_arabic_marks(text).translate(_AR_LETTERS)


ARABIC_STOP_WORDS = frozenset(normalize_arabic(word) for word in _ARABIC_FUNCTION_WORDS)
STOP_WORDS = {
    "en": frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "mr", "ms", "mrs"},
    "ar": ARABIC_STOP_WORDS,
}


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
