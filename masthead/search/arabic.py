"""One Arabic word as search compares it: its letters unified, its particles and endings removed.

`normalize` writes a word one way (no vowel marks or tatweel, one alef, final ى as ي) but keeps
taa marbuta (ة), which the stemmer needs to recognise a feminine ending. `stem` then takes off
the attached particles and the article in front and the common endings behind, in the manner
of the published "light" stemmers (light10), but so that the forms of one word meet where those
stemmers part them:

* A word may begin with a letter that is also a particle (وزير, برلمان, لجنة). Taken off one slot
  at a time (conjunction, preposition, article) the bare word would lose that letter and the word
  after the article would keep it (وزير -> زير but الوزير -> وزير). So particles come off as any
  sequence, endings as the grammar of `_endings` allows, and the stem is the shortest core that
  any such split leaves: the same letters then come off every form of the word.
* When two splits leave cores of one length (بيته: بيت + ه or ب + يته), a real ending (ه, ها, ي,
  ات ...) wins over a particle; taa marbuta alone yields to one (وقمة, لمدة, بقوة keep قمة, مدة,
  قوة). A sound feminine plural is first written as its singular (كلمات as كلمة), so both forms
  face the same choice.
* Hamza is written alone whatever its seat (مسؤول = مسئول, كهرباء = كهربائي).

Guards: a core is at least three letters, and it never starts with ال unless nothing was taken
off (so والد and الله stay whole); the لل of للمدرسة is ل + ال, never ل + a core starting with ل.
A few names whose letters read as an ending are protected (لبنان would meet لبن, and بالله would
lose its last letter to the pronoun ه). The price of the any-sequence rule is that some stems are
not words (برلمان -> رلم); they only have to be the same for every form and distinct from others.
Broken plurals (كتاب/كتب) are out of reach of a light stemmer and do not meet. Nor do the dual and
possessive forms of a short word in ة when its core would be two letters (قمة/قمتين) or when it
starts with a particle's letter (لجنة/لجنتين): the open ت reads as a root letter there, as in بيتين.
"""

import re
import unicodedata
from functools import lru_cache

# The blocks that hold Arabic letters and marks: Arabic, Supplement, Extended-A/B and the
# presentation forms (which NFKC turns back into plain letters).
_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _class_ranges(codepoints: list[int]) -> str:
    """The code points as the inside of a regex character class, runs written as ranges."""
    parts, start = [], None
    for n, cp in enumerate(codepoints):
        if start is None:
            start = cp
        if n + 1 == len(codepoints) or codepoints[n + 1] != cp + 1:
            parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(cp)) if cp != start else ""))
            start = None
    return "".join(parts)


_block_points = [cp for lo, hi in _BLOCKS for cp in range(lo, hi + 1)]
# Letters include the tatweel (a modifier letter), so a stretched word stays one word.
LETTERS = _class_ranges([cp for cp in _block_points if unicodedata.category(chr(cp))[0] == "L"])
MARKS = _class_ranges([cp for cp in _block_points if unicodedata.category(chr(cp))[0] == "M"])

_MARKS_AND_TATWEEL = re.compile(f"[{MARKS}\u0640]")
_NOT_LETTER = re.compile(f"[^{LETTERS}]")
_LETTER_FORMS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "\u0672": "ا",  # alef with wavy hamza above
        "\u0673": "ا",  # alef with wavy hamza below
        "ی": "ي",  # Persian yeh, typed on Persian keyboards
        "ک": "ك",  # Persian kaf (keheh)
    }
)

# For the stem, hamza is written alone whatever its seat: writers differ (مسؤول, مسئول) and a
# word's own forms differ (كهرباء, كهربائي).
_HAMZA_SEATS = str.maketrans({"ؤ": "ء", "ئ": "ء"})

PREFIXES = ("ال", "لل", "و", "ف", "ب", "ك", "ل")
_PRONOUNS = ("ه", "ها", "هم", "هما", "ي")


def _endings() -> frozenset[str]:
    """What may follow a core: nisba ي, then gender and number, then a pronoun or tanween alef.

    Before a pronoun ة is written open (حكومتها) and the ن of a dual or plural drops; the alef
    is what accusative tanween leaves once its marks are gone (عاماً -> عاما, رسمياً -> رسميا).
    A word that ends like a dual or plural (برلمان, قانون) keeps that look before a nisba or a
    feminine ending (برلماني, قانونية, فيضانات), and is cut there as it is cut alone.
    """
    endings = set()
    for nisba in ("", "ي"):
        for number in ("", "ة", "اة", "ات", "ان", "ين", "ون", "تان", "تين"):
            endings.add(nisba + number)
            if number in ("", "ات"):
                endings.update(nisba + number + pronoun for pronoun in _PRONOUNS if nisba + pronoun != "يي")
        endings.update(nisba + "ت" + pronoun for pronoun in _PRONOUNS)
        endings.add(nisba + "ا")
    before_looks = [ending for ending in endings if ending.startswith(("ي", "ة", "ات"))]
    looks_plural = {look + ending for look in ("ان", "ون", "ين") for ending in before_looks}
    return frozenset((endings | looks_plural) - {""})


ENDINGS = _endings()
MIN_CORE = 3
# Names whose ending would otherwise be taken for a dual or plural, meeting another word.
# The name of God is kept whole too: its last letter is not the pronoun ه (بالله is not بالل).
PROTECTED = frozenset({"الله", "لبنان", "سودان", "يابان", "ايران", "طهران"})


def normalize(word: str) -> str:
    """The word written one way; taa marbuta (ة) is kept for the stemmer."""
    word = unicodedata.normalize("NFKC", word)  # presentation forms, hamza written as a mark
    word = _NOT_LETTER.sub("", _MARKS_AND_TATWEEL.sub("", word)).translate(_LETTER_FORMS)
    if word.endswith("ى"):
        word = word[:-1] + "ي"
    return word


def fold_taa_marbuta(word: str) -> str:
    """ة written as ه, as many writers do (مدرسة = مدرسه)."""
    return word.replace("ة", "ه")


def _prefix_cuts(word: str, contract: bool = True) -> set[int]:
    """Where a core may start once any sequence of particles is taken off the front.

    لل is ل + ال (للمدرسة): with `contract`, its second ل belongs to the article, never to the
    core. Only a protected name (للبنان) is looked for without that rule.
    """
    limit = len(word) - MIN_CORE
    cuts, todo = {0}, [0]
    while todo:
        at = todo.pop()
        for prefix in PREFIXES:
            if contract and prefix == "ل" and word.startswith("لل", at):
                continue
            cut = at + len(prefix)
            if cut <= limit and cut not in cuts and word.startswith(prefix, at):
                cuts.add(cut)
                todo.append(cut)
    return cuts


def _ending_cuts(word: str) -> set[int]:
    """Where a core may end once one ending (see `_endings`) is taken off the back."""
    n = len(word)
    return {n} | {n - len(end) for end in ENDINGS if n - len(end) >= MIN_CORE and word.endswith(end)}


def _is_core(word: str, start: int, end: int) -> bool:
    """Long enough to be a word, and not itself starting with the article (والد is a word)."""
    if end - start < MIN_CORE:
        return False
    return (start == 0 and end == len(word)) or not word.startswith("ال", start)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The light stem of a normalised word (see the module docstring); ة is kept."""
    word = word.translate(_HAMZA_SEATS)
    if len(word) <= MIN_CORE:
        return word
    if word.endswith("ات") and len(word) >= 4:
        # A sound feminine plural is its singular (كلمات = كلمة) before anything else is decided.
        word = word[:-2] + "ة"
    ends = _ending_cuts(word)
    splits = [(i, j) for i in _prefix_cuts(word) for j in ends if _is_core(word, i, j)]
    protected = [(i, i + len(name)) for i in _prefix_cuts(word, contract=False) for name in PROTECTED]
    splits = [(i, j) for i, j in protected if word[i:j] in PROTECTED and j in ends] or splits

    def preference(split: tuple[int, int]) -> tuple[int, int, int]:
        i, j = split
        ending = word[j:]
        if ending and ending != "ة":
            return (j - i, 0, i)  # a real ending: prefer taking off endings over particles
        return (j - i, 1, -i)  # no ending or a lone ة: prefer taking off particles

    i, j = min(splits, key=preference)
    return word[i:j]
