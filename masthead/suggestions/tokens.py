"""A draft cut into words and punctuation, keeping what tag suggestion needs to know.

Comparing stories needs only their meaningful words, but suggesting tags also needs what
those throw away: capital letters (names), where sentences start (a capital there proves
nothing), punctuation (a name never runs across a comma) and the word as the writer spelled
it (to show it back). Each token keeps its surface and a normalised form
(lower case; Arabic letter variants unified with `normalize_arabic`).
"""

import re
import unicodedata
from dataclasses import dataclass

from masthead.core.words import normalize_arabic, strip_arabic_marks

_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_TOKEN = re.compile(
    r"""
    (?P<acronym>(?:[A-Z]\.){2,})                      # U.N., U.S. -> UN, US
    |(?P<word>[^\W\d_]+\d+[^\W\d_]*                    # G42, COP28, A320s, جي42: letters, digits
      |[^\W\d_]+(?:['’\-][^\W\d_]+)*)                # al-Nakheel, port's, والحكومة
    |(?P<number>\d+(?:[.,:]\d+)*)
    |(?P<newline>\n)
    |(?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)
# Punctuation after which the next word starts a sentence (its capital proves nothing).
# The colon and dashes count: a quote, or the story after a dateline, starts with a capital.
_SENTENCE_ENDS = frozenset(".!?…:;—–\n؟")
# Punctuation that a sentence start can come through ("He left. “The border ...").
_TRANSPARENT = frozenset("\"'“”‘’«»()[]")
# Words after which a full stop is not the end of a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj brig st rep sen gov jr sr no vs etc inc ltd co".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number or punctuation mark of a text."""

    text: str  # as written (Arabic vowel marks removed)
    norm: str  # lower case, Arabic letter variants unified
    kind: str  # "word", "number" or "punct"
    sentence_start: bool = False  # the first word of a sentence, line or quote
    arabic: bool = False

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def capitalised(self) -> bool:
        return self.kind == "word" and self.text[0].isupper()

    @property
    def all_caps(self) -> bool:
        return self.kind == "word" and len(self.text) > 1 and self.text.isupper()

    @property
    def possessive(self) -> bool:
        return self.kind == "word" and self.norm.endswith(("'s", "’s"))

    @property
    def ends_sentence(self) -> bool:
        return self.kind == "punct" and self.text in _SENTENCE_ENDS


def clean(text: str) -> str:
    """Unicode compatibility forms folded (Arabic presentation forms, ligatures) and Arabic
    vowel marks and tatweel removed: the text that tokens and labels are cut from.

    The marks go before cutting words (else a mark would split one), so that a surface and its
    normalised form have the same length and a prefix can be cut from both alike."""
    return strip_arabic_marks(unicodedata.normalize("NFKC", text))


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation of `text`, in order; line breaks are punctuation
    ("\\n"), since a headline or a paragraph ends a sentence without a full stop."""
    tokens: list[Token] = []
    at_start = True
    previous_word = ""
    for match in _TOKEN.finditer(clean(text)):
        kind = match.lastgroup
        surface = match.group()
        if kind == "acronym":
            kind, surface = "word", surface.replace(".", "")
        if kind == "word":
            arabic = bool(_ARABIC_LETTER.search(surface))
            norm = normalize_arabic(surface) if arabic else surface.lower()
            tokens.append(Token(surface, norm, "word", at_start, arabic))
            at_start, previous_word = False, norm
        elif kind == "number":
            tokens.append(Token(surface, surface, "number", at_start))
            at_start, previous_word = False, ""
        else:
            tokens.append(Token(surface, surface, "punct"))
            if surface == "." and (previous_word in _ABBREVIATIONS or len(previous_word) == 1):
                continue  # "Mr. Pell", "J. Smith"
            if surface in _SENTENCE_ENDS:
                at_start = True
            elif surface not in _TRANSPARENT:
                at_start = False
            previous_word = ""
    return tokens
