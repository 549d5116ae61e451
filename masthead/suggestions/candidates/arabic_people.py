"""People's names in Arabic text: after a title and what it governs, and after a verb of saying.

A title is followed by what it governs before the name: "قائد فيلق القدس قاسم سليماني", "محافظ
الأنبار كريم نوري", "وزير الطاقة السعودي الأمير عبد العزيز بن سلمان", "الرئيس التنفيذي لمجموعة
النقل البحري توماس فيرهوك". What it governs is made of words with the article, "لل" or a cue
word (another title, an organisation), place names and adjectives, and words the story uses
elsewhere with other neighbours ("رئيس مايكروسوفت براد سميث": "مايكروسوفت" is a company). The
name is then the first word without the article and what follows it: compound parts joined by
بن، عبد، أبو، آل, a second word, and a third only if the story uses it alone elsewhere (the
surname of later mentions) or it is a family name with the article ending the phrase ("محمد
شياع السوداني"). A verb cuts a name short, as before.

After a verb of saying, two such words are a person's name when they are not words for people
by what they do ("وقال مسؤولون") and a boundary or a title follows ("وقالت منى فريد الخبيرة").
"""

from typing import TYPE_CHECKING

from masthead.core.words import normalize_arabic
from masthead.suggestions.candidates.places import gazetteer
from masthead.suggestions.candidates.wordlists import word_list

if TYPE_CHECKING:
    from masthead.suggestions.candidates.arabic import _ArabicReader

MAX_GOVERNED = 6  # words between a title and the name ("الرئيس التنفيذي لمجموعة النقل البحري")
_IMPERFECT = ("ي", "ت", "سي", "ست")
_PARTICLE_ARTICLE = ("وال", "بال", "فال", "كال", "لل")
_HEADS = frozenset(normalize_arabic(w) for w in word_list("ar-name-heads")) | {"ال"}
# "الفريق أول", "المتحدث باسم", "وزير سابق", "الأمين العام" (function and time words elsewhere)
_ALSO_GOVERNED = frozenset({"اول", "باسم", "سابق", "العام"})
_ROLE_NOUNS = frozenset(normalize_arabic(w) for w in word_list("ar-role-nouns"))
_SAYING = frozenset(
    normalize_arabic(w)
    for w in "قال قالت أكد أكدت أعلن أعلنت أضاف أضافت أوضح أوضحت صرح صرحت ذكر ذكرت أشار أشارت".split()  # noqa: SIM905
)


def _place_word(norm: str) -> bool:
    return gazetteer().is_place_word(norm, "ar")


def _used_with_others(reader: "_ArabicReader", j: int) -> bool:
    """Whether the story uses word `j` at least twice more, never before the word it has here."""
    tokens = reader.tokens
    following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    others = [k for k in reader.positions.get(reader.base[j][0], ()) if k != j]
    return len(others) >= 2 and all(k + 1 >= len(tokens) or tokens[k + 1].norm != following for k in others)


def _governed(reader: "_ArabicReader", j: int) -> bool:
    norm, base = reader.tokens[j].norm, reader.base[j][0]
    return (
        reader.cue(j) is not None
        or reader.definite(j)
        or norm.startswith("لل")
        or reader.construct(j)
        or norm in _ALSO_GOVERNED
        or _place_word(base)
        or _used_with_others(reader, j)
    )


def _boundary_after(reader: "_ArabicReader", k: int) -> bool:
    nxt = k + 1
    return nxt >= len(reader.tokens) or reader.breaks[nxt] or reader.cue(nxt) is not None


def _alone_elsewhere(reader: "_ArabicReader", k: int) -> bool:
    """Whether the story uses word `k` elsewhere as a name on its own (a surname): after
    punctuation, a function word or verb, a title, or a word with "و" ("ونفى دقلو")."""
    tokens = reader.tokens
    for p in reader.positions.get(reader.base[k][0], ()):
        if p == k or p == 0:
            continue
        before = tokens[p - 1]
        if (
            not before.is_word
            or reader.breaks[p - 1]
            or reader.cue(p - 1) is not None
            or (before.norm[:1] in "وف" and len(before.norm) > 3)
        ):
            return True
    return False


def _ends_here(reader: "_ArabicReader", k: int) -> bool:
    """Whether punctuation or a function word follows word `k` (not merely a cue word)."""
    nxt = k + 1
    return nxt >= len(reader.tokens) or not reader.tokens[nxt].is_word or reader.breaks[nxt]


def name_at(reader: "_ArabicReader", j: int) -> list[int]:
    """The words of a person's name starting at token `j` (none if no name starts there)."""
    tokens = reader.tokens
    words: list[int] = []
    plain = 0
    k = j
    while k < len(tokens):
        token = tokens[k]
        norm = token.norm
        after_head = bool(words) and tokens[words[-1]].norm in _HEADS
        if not token.is_word or (not after_head and (reader.breaks[k] or reader.cue(k) is not None)):
            break
        if after_head or norm in _HEADS:
            words.append(k)
            k += 1
            continue
        definite = reader.definite(k)
        if norm.startswith(_PARTICLE_ARTICLE) or norm in _ROLE_NOUNS:
            break  # "بالهزيمة", "للصحفيين": never a name's word
        if not words and (definite or _place_word(norm)):
            return []
        if words:
            if (
                norm.startswith(_IMPERFECT)
                and not _ends_here(reader, k)
                and reader.pairs[(tokens[k - 1].norm, norm)] < 2
            ):
                break  # "الرئيس فارغا يزور": a verb the lists do not know
            patronym = len(words) >= 2 and tokens[words[-2]].norm in {"بن", "ابن", "بنت"}
            # A family name with the article ends the phrase, and is no feminine noun ("البلدة").
            family = definite and not patronym and not norm.endswith("ه") and _boundary_after(reader, k)
            if _place_word(norm) and not (family and plain >= 2):
                if len(words) == 1 and reader.pairs[(reader.base[words[0]][0], norm)] >= 2:
                    return []  # "ريال مدريد", always together: not a person
                break
            if definite and not family and not _alone_elsewhere(reader, k):
                break
            if plain >= 2 and not (family or _alone_elsewhere(reader, k)):
                break
        words.append(k)
        plain += 1
        k += 1
        if plain >= 3:
            break
    while words and tokens[words[-1]].norm in _HEADS:
        words.pop()
    return words if sum(len(tokens[w].norm) for w in words) > 2 else []  # "ذا": no name


def person_after(reader: "_ArabicReader", i: int) -> list[int]:
    """The name a title at token `i` introduces, past what the title governs."""
    j = i + 1
    for _ in range(MAX_GOVERNED):
        if j >= len(reader.tokens) or (reader.breaks[j] and reader.tokens[j].norm not in _ALSO_GOVERNED):
            return []
        if not _governed(reader, j):
            return name_at(reader, j)
        j += 1
    return []


def speaker_after(reader: "_ArabicReader", i: int) -> list[int]:
    """A two-word name right after a verb of saying at token `i`."""
    tokens = reader.tokens
    forms = {tokens[i].norm, tokens[i].norm[1:]} if tokens[i].norm[:1] in "وف" else {tokens[i].norm}
    if not forms & _SAYING or i + 3 > len(tokens):
        return []
    pair = [i + 1, i + 2]
    for k in pair:
        norm = tokens[k].norm
        if (
            not tokens[k].is_word
            or reader.breaks[k]
            or reader.cue(k) is not None
            or reader.definite(k)
            or norm.startswith("ل")  # "قال لأنصاره": to whom, not who
            or norm in _ROLE_NOUNS
            or _place_word(norm)
            or reader.adjective(norm)
        ):
            return []
    follower = i + 3
    if follower < len(tokens) and not (
        reader.breaks[follower] or reader.definite(follower) or reader.cue(follower) is not None
    ):
        return []
    return pair
