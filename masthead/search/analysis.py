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

British and American spellings find each other: before Snowball stems a word, `_american`
writes its British spelling the American way (labour and labor, centre and center, organise and
organize, analyse and analyze, defence and defense, programme and program, catalogue and
catalog, judgement and judgment, grey and gray, paediatric and pediatric...), with their
inflections (laboured, colourful, favourite, centres, organisation). Snowball alone parts them
(organis/organiz, centr/center), so the folding comes first. It changes only the stem: `exact`
keeps the word as written, so a story spelt as the reader typed still ranks above one spelt the
other way. Each rule asks for enough letters before the part it changes that short words (four,
hour, your, acre, rise) are left alone, and the words that only ever take one spelling
(advertise, exercise, promise, timbre, genre, vogue, tyre, cheque) keep it, so no two different
words come to share a stem.
"""

import re
import threading
import unicodedata
from functools import lru_cache
from typing import NamedTuple

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


class Term(NamedTuple):
    """One word: `exact` as typed (unified), `stem` shared by its forms, its place in the text.

    A named tuple rather than a dataclass: a story's body makes thousands, and this is faster to build.
    """

    exact: str
    stem: str
    start: int
    end: int


_stemmers = threading.local()  # a Snowball stemmer keeps state between calls

# The letters before the -ise of words that only ever take it, which the -ise rule below would not
# otherwise leave alone (compromise and unpromising end in prom- like promise).
_ONLY_ISE = (
    "advert", "chast", "expert", "treat", "merchand", "parad", "franch", "desp", "prom", "prem",
    "dem", "rem", "chem", "surm",
)  # fmt: skip
_NOT_AFTER_ONLY_ISE = "".join(f"(?<!{letters})" for letters in _ONLY_ISE)

# British spellings written the American way. Each rule is a literal that any match holds (most
# words have none, and skip the pattern), a pattern on the lower-cased ASCII word, and what the
# part it matches becomes (see the module docstring). "(?<=[a-z]{2})" and the like ask for
# letters before that part, so short words are left alone.
_BRITISH_TO_AMERICAN = [
    # labour, labours, laboured, labourer, colourful, honourable, favourite, favouritism,
    # neighbourhood, behavioural, odour, vapour, glamourise: -our and the endings a word may stack
    # on it, and the common ones in compounds too (labour-saving, colourblind). Not four, hour,
    # your, tour, pour, sour (too short), nor their longer words (detour, downpour) and flour,
    # scour, devour, amour (scoured would become scored, amour amoral).
    (
        "our",
        r"(?<=[a-z]{2})(?<![fhty])(?<![^aeiou]p)(?<!fl|sc)(?<!^am)(?<!dev)our(?=(?:e|ed|ing|er|it|able"
        r"|ably|ful|fully|less|hood|al|ally|ism|ist|ic|ly|y|ies|ier|iest|iness|ness|ant|ation|is|iz"
        r"|ous)*s?$)",
        "or",
    ),
    ("our", r"(lab|col|fav|hon|harb|neighb|rum|hum|flav|behavi|arm)our(?=[a-z])", r"\1or"),
    # centre(s), centred, theatre, metre, litre, fibre, calibre, sombre(ly), spectre; the common
    # ones inside a word too (centrepiece, fibreglass, centre-left) and centring. Not acre, ogre,
    # genre, massacre, mediocre (no t or b), timbre (timber), outre (outer), Chartres (charters),
    # hatred (hater), inbred.
    ("re", r"(?<=[a-z]{2})(?<!^ou)(?<!tim)(?<!^char)([tb])re(?=(?:s|ly|ness)?$)", r"\1er"),
    ("red", r"(?<=[a-z]{2})((?<!ha)t|(?<=[ai])b)r(?=ed$)", r"\1er"),
    ("r", r"(cent|theat|fib|meag)r(?:e|(?=ing))", r"\1er"),
    ("practis", r"practis(?=(?:e|es|ed|ing)$)", "practic"),  # the verb; practice is the noun in both
    # organise, organised, organising, organisation(s), recognisable, cognisant; analyse,
    # paralysed. Not the words that only ever take -ise: raise, noise, bruise (a vowel before);
    # wise (w); advise, revise, televise (v but not iv as in incentivise: revision stays with
    # revise); exercise, precise, excise (c but not ic or ac as in criticise, ostracise);
    # surprise, comprise, sunrise (r after a consonant but t, as in symmetrise); nor those
    # of _ONLY_ISE.
    (
        "s",
        r"(?<=[a-z]{3})(?<![aeiouw])(?<![^i]v)(?<![^ai]c)(?<![^aeiout]r)"
        + _NOT_AFTER_ONLY_ISE
        + r"([iy])s(?=(?:e[sdr]?|ers|ing|ings|ingly|ation|ations|ational|ationally|able|ably|ability"
        r"|ement|ements|ance|ances|ant)$)",
        r"\1z",
    ),
    # defence, offence, licence, pretence, with their plurals and -less; not fence, sentence.
    ("nc", r"(defen|offen|licen|preten)c(?=e|ing)", r"\1s"),
    ("programme", r"programme(?=s?$)", "program"),
    ("ogu", r"(catal|dial|anal|travel)ogu(?:e(?=s?$)|(?=(?:ed|ing|ings|er|ers)$))", r"\1og"),
    # Doubled l where Snowball keeps it (fuelled, counsellor, woollen, medallist); it already
    # makes one stem of travelled and traveled, cancelled, modelling, labelled.
    (
        "ll",
        r"^(re)?(fue|dia|due|tria|grue|counse|counci|pane|meda|woo)ll(?=(?:ed|ing|ings|ingly|er|ers"
        r"|or|ors|orship|ist|ists|en|ens|y|ies|ier|iest|iness)$)",
        r"\1\2l",
    ),
    ("jewellery", r"jewellery", "jewelry"),
    ("skilful", r"skilful", "skillful"),
    ("dgement", r"(?<=dg)ement", "ment"),  # judgement, acknowledgement
    ("manoeuvr", r"manoeuvr(?:e(?=s?$))?", "maneuver"),
    ("aluminium", r"aluminium", "aluminum"),
    ("grey", r"^grey", "gray"),
    ("sceptic", r"scep(?=tic)", "skep"),  # sceptical; not sceptre
    ("plough", r"plough", "plow"),
    ("oul", r"(?<=m)ou(?=l[dt])", "o"),  # mould, moulding, smoulder, moult
    # Medical words with ae and oe: paediatric, orthopaedic, haemorrhage, anaemia, leukaemia,
    # anaesthetic, gynaecology, oestrogen, oesophagus, oedema, foetus, diarrhoea, apnoea, coeliac;
    # and palaeontology.
    (
        "ae",
        r"(?<=p)ae(?=d(?:iatr|ophil|ic|ia|ist))|(?<=h)ae(?=m[a-z])|ae(?=mi[ac])|(?<=an)ae(?=sth)"
        r"|(?<=gyn)ae(?=c)|(?<=^pal)ae(?=o)",
        "e",
    ),
    ("oe", r"^oe(?=str|sophag|dem)|(?<=^f)oe(?=t)|(?<=rh)oe(?=a)|(?<=pn)oe(?=a)|(?<=^c)oe(?=liac)", "e"),
]
_AMERICAN_RULES = [
    (clue, re.compile(pattern), replacement) for clue, pattern, replacement in _BRITISH_TO_AMERICAN
]


def _american(word: str) -> str:
    """The word (lower-case ASCII) spelt the American way, where British spelling differs.

    Only the stem is made of it, so labour and labor share one while each keeps its exact form.
    """
    for clue, pattern, replacement in _AMERICAN_RULES:
        if clue in word:
            word = pattern.sub(replacement, word)
    return word


def _english_stem(word: str) -> str:
    if not _ASCII_WORD.fullmatch(word):
        return word  # other scripts, and Latin letters that no accent folding reaches
    stemmer = getattr(_stemmers, "english", None)
    if stemmer is None:
        stemmer = _stemmers.english = snowballstemmer.stemmer("english")
    return stemmer.stemWord(_american(word))


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
        word = match.group()
        if "-" not in word and "\u2010" not in word and "\u2011" not in word:  # most words: one part
            exact, stem = _other_word(word[:_MAX_RAW_LENGTH])
            if exact:
                terms.append(Term(exact, stem, start, end))
            continue
        parts = []
        for part in _PART_RE.finditer(word):
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


_SKIM_LETTERS = str.maketrans(
    {
        "ؤ": "ء",
        "ئ": "ء",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ة": "ه",
        "\u0640": None,
    }
)
# Dropped: what the analysis drops inside a word, and the accents and vowel marks it removes.
_SKIM_DROPPED = re.compile(rf"[{_HYPHENS}{_APOSTROPHES}\u00ad\u0300-\u036f{arabic.MARKS}]")


# Latin spellings that the stems change near a word's start (grey -> gray, the medical ae/oe) and
# Snowball's y -> i (dying -> die, skies -> sky): written one way in a skim and in its keys.
_SKIM_LATIN = (
    ("grey", "gray"),
    ("sceptic", "skeptic"),
    ("mould", "mold"),
    ("ae", "e"),
    ("oe", "e"),
    ("y", "i"),
)


def _skim_latin(text: str) -> str:
    for british, american in _SKIM_LATIN:
        text = text.replace(british, american)
    return text


def skim(text: str) -> str:
    """`text` folded for a quick look at whether it may hold a word: the `skim_key` of every word's
    stem is a substring of it. Lower-cased, without accents, vowel marks, tatweel, hyphens or
    apostrophes, letters written as the stems write them.
    """
    text = unicodedata.normalize("NFKD", text.translate(_SKIM_LETTERS).translate(_DIGITS).casefold())
    return _skim_latin(_SKIM_DROPPED.sub("", text).translate(_LETTERS_WITHOUT_DECOMPOSITION))


def skim_key(stem: str) -> str | None:
    """What `skim` of a text holding a word of this stem surely contains.

    A Latin stem's first letters (its end may differ in the text: "citi" of "city", "favorit" of
    "favourite"), all but the last of a short one (the "e" Snowball puts back: "age" of "aging");
    an Arabic stem's letters but its last two (ة written ه, ى as ي); None for another script.
    """
    if stem.isascii():
        return _skim_latin(stem)[: max(1, min(3, len(stem) - 1))]
    if _ARABIC_CHAR.match(stem):
        return stem[: max(3, len(stem) - 2)]
    return None  # other scripts keep vowel signs a skim would lose


def joined_term(left: Term, right: Term) -> Term:
    """Two Latin-script words written as one ("heat", "wave": "heatwave"), spanning both."""
    joined = (left.exact + right.exact)[:MAX_TERM_LENGTH]
    return Term(joined, _english_stem(joined), left.start, right.end)


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
