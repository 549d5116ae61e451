"""Words of a story or a query as every search backend indexes and matches them.

`analyze` cuts text into words and gives each two forms: `exact`, the word as typed but written
one way, and `stem`, what its other forms share. Each word is analysed by its own script, so an
Arabic name in an English story (and the reverse) is treated like the rest of its language.

Arabic words are normalised and lightly stemmed by `masthead.search.arabic`. English (and any
other Latin-script) words are NFKC-normalised, lower-cased, stripped of accents and of a
possessive 's, and stemmed with the Snowball English stemmer. Other scripts are normalised the
same way and not stemmed. Digits of every script become Western digits.

Hyphenated words: "cease-fire" in a story yields the joined word ("ceasefire") and then each part
("cease", "fire"), all highlighting within the original; in a query it yields only the joined
word. So a story that writes "cease-fire" is found by the queries "cease-fire", "ceasefire" and
"cease fire"; a story that writes "ceasefire" by the first two; a story that writes "cease fire"
by the last. Joining the words of every phrase to catch the missing cases would double the
index for a rare spelling.
"""

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from masthead.core.words import STOP_WORDS, normalize_arabic
from masthead.search import arabic

# Longer words are cut to this many characters: real words fit, and a hostile text cannot make
# giant index terms. A word is also cut (generously) before it is analysed, for the cache's sake.
MAX_TERM_LENGTH = 40
_MAX_RAW_LENGTH = 4 * MAX_TERM_LENGTH

_ARABIC_BLOCKS = (range(0x0600, 0x0900), range(0xFB50, 0xFF00))
_OTHER_MARKS = re.escape(
    "".join(
        chr(cp)
        for cp in range(0x0300, 0x10000)
        if unicodedata.category(chr(cp))[0] == "M" and not any(cp in block for block in _ARABIC_BLOCKS)
    )
)
# A word character of any script but Arabic letters: Latin and other letters, digits of every
# script (Arabic-Indic included), then combining accents and the soft hyphen inside a word.
_OTHER_START = rf"[^\W_{arabic.LETTERS}]"
_OTHER_INSIDE = rf"(?:{_OTHER_START}|[{_OTHER_MARKS}\u00ad])"
_APOSTROPHES = "'’‘"  # election's, election’s, O’Brien
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen (not dashes)
_PART = rf"{_OTHER_START}{_OTHER_INSIDE}*(?:[{_APOSTROPHES}]{_OTHER_START}{_OTHER_INSIDE}*)*"
_ARABIC_WORD = rf"[{arabic.LETTERS}][{arabic.LETTERS}{arabic.MARKS}]*"
_WORD = re.compile(rf"(?P<arabic>{_ARABIC_WORD})|{_PART}(?:[{_HYPHENS}]{_PART})*")
_PART_RE = re.compile(_PART)

_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")
_NOT_WORD = re.compile(rf"[^\w{_OTHER_MARKS}]|_")  # keeps the vowel signs of other scripts
_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {"ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ASCII_WORD = re.compile("[a-z0-9]+")
_ARABIC_CHAR = re.compile(f"[{arabic.LETTERS}]")

# sklearn's list (core.words) also holds nouns that headlines are made of; they are not function words.
_ENGLISH_STOP_WORDS = STOP_WORDS["en"] - {
    "amount", "bill", "bottom", "call", "cry", "detail", "fire", "front", "interest", "mill",
    "move", "name", "part", "show", "side", "system", "top",
}  # fmt: skip
# The article written alone, as before a number or a foreign name (الـ 20).
_ARABIC_STOP_WORDS = STOP_WORDS["ar"] | {"ال", "وال", "فال", "بال", "كال", "لل"}


@dataclass(frozen=True)
class Term:
    """One word: `exact` as typed (unified), `stem` shared by its forms, its place in the text."""

    exact: str
    stem: str
    start: int
    end: int


_stemmers = threading.local()  # a Snowball stemmer keeps state between calls


def _english_stem(word: str) -> str:
    if not _ASCII_WORD.fullmatch(word):
        return word  # other scripts, and Latin letters that no accent folding reaches
    stemmer = getattr(_stemmers, "english", None)
    if stemmer is None:
        stemmer = _stemmers.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(word)


@lru_cache(maxsize=65536)
def _arabic_word(raw: str) -> tuple[str, str]:
    word = arabic.normalize(raw)[:MAX_TERM_LENGTH]
    return arabic.fold_taa_marbuta(word), arabic.fold_taa_marbuta(arabic.stem(word))


@lru_cache(maxsize=65536)
def _other_word(raw: str) -> tuple[str, str]:
    word = unicodedata.normalize("NFKC", raw).casefold()
    for apostrophe in _APOSTROPHES[1:]:
        word = word.replace(apostrophe, "'")
    word = word.removesuffix("'s")
    word = unicodedata.normalize("NFC", _LATIN_ACCENTS.sub("", unicodedata.normalize("NFKD", word)))
    word = word.translate(_LETTERS_WITHOUT_DECOMPOSITION).translate(_DIGITS)
    word = _NOT_WORD.sub("", word)[:MAX_TERM_LENGTH]  # apostrophes, soft hyphens, NFKC's "1⁄4"
    return word, _english_stem(word)


def _words(text: str, is_query: bool) -> list[Term]:
    terms: list[Term] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if match.group("arabic") is not None:
            exact, stem = _arabic_word(match.group()[:_MAX_RAW_LENGTH])
            if exact:  # a stretch of tatweel alone is no word
                terms.append(Term(exact, stem, start, end))
            continue
        parts = []
        for part in _PART_RE.finditer(match.group()):
            exact, stem = _other_word(part.group()[:_MAX_RAW_LENGTH])
            if exact:
                parts.append(Term(exact, stem, start + part.start(), start + part.end()))
        if len(parts) > 1:
            joined = "".join(part.exact for part in parts)[:MAX_TERM_LENGTH]
            terms.append(Term(joined, _english_stem(joined), start, end))
            if not is_query:
                terms.extend(parts)
        else:
            terms.extend(parts)
    return terms


def analyze(text: str, language: str | None = None) -> list[Term]:
    """The words of a story's text, in order (see the module docstring).

    `language` ("en", "ar" or None) is accepted as a hint; each word is analysed by its own
    script, which is what decides.
    """
    return _words(text, is_query=False)


def query_terms(text: str) -> list[Term]:
    """The words of a query; a hyphenated word is only its joined form."""
    return _words(text, is_query=True)


def is_stop_word(term: Term) -> bool:
    """Whether the word is a function word of its language (or the bare Arabic article)."""
    if _ARABIC_CHAR.match(term.exact):
        word = normalize_arabic(term.exact)
        # A conjunction does not make a function word a content word (وهو, فقد, ولكن).
        return word in _ARABIC_STOP_WORDS or (word[:1] in ("و", "ف") and word[1:] in _ARABIC_STOP_WORDS)
    return term.exact in _ENGLISH_STOP_WORDS
