"""New tag candidates of an Arabic text: names and key phrases.

Without capitals, a name is recognised by the word in front of it: "مدينة أم النخيل" names a
town, "وزارة الداخلية" and "معبر زارين" are names with their cue word, "الرئيس ألدو فارغا" a
person (`arabic_people`: also past what a title governs, "قائد فيلق القدس قاسم سليماني"),
"حكومة كارفانيا" and "بين كارفانيا وأوستريل" countries. An organisation's cue with the article
("الحرس الثوري") starts a name only before another word with it, and a country's adjective ends
the name ("الحرس الثوري الإيراني" is the Revolutionary Guard). Key phrases are the two- and
three-word sequences between function words, verbs and time words that recur.

The word lists are text files in masthead/suggestions/data/ (ar-*.txt), each explained there,
written as usual and normalised like the text when read.
"""

from collections import Counter
from collections.abc import Sequence

from masthead.core.words import ARABIC_STOP_WORDS, normalize_arabic
from masthead.suggestions.candidates.arabic_people import person_after, speaker_after
from masthead.suggestions.candidates.common import Candidate, Key, add_use, rake_weights
from masthead.suggestions.candidates.places import gazetteer
from masthead.suggestions.candidates.wordlists import word_list
from masthead.suggestions.matching import PLAIN_PREFIXES, PhraseMatcher
from masthead.suggestions.tokens import Token

MAX_PHRASE_WORDS = 3


def _arabic_list(name: str) -> frozenset[str]:
    return frozenset(normalize_arabic(word) for word in word_list(name))


AR_STOP = ARABIC_STOP_WORDS | _arabic_list("ar-stop-words")
AR_TIME = _arabic_list("ar-time-words")
AR_VERBS = _arabic_list("ar-verbs")
AR_GENERIC = _arabic_list("ar-generic-adjectives")
AR_NAME_HEADS = _arabic_list("ar-name-heads")
# Cue words (ar-cues-<mode>.txt): mode, and how many words of name may follow.
_CUE_LIMITS = {"place": 3, "facility": 3, "organisation": 3, "person": 2, "country": 1}
AR_CUES: dict[str, tuple[str, int]] = {
    word: (mode, limit) for mode, limit in _CUE_LIMITS.items() for word in _arabic_list(f"ar-cues-{mode}")
}
# An organisation's cue with the article is one too ("الحرس الثوري", "الهيئة العليا").
AR_CUES.update({"ال" + word: AR_CUES[word] for word in _arabic_list("ar-cues-organisation")})
_CUE_KEEPS_ITSELF = {"facility", "organisation"}
# Prefixes of the imperfect (and future) verb: a word after a person's name starting so is
# most likely the verb of the sentence ("فارغا يزور", "فارغا سيزور").
_IMPERFECT = ("ي", "ت", "سي", "ست")
_CUE_TAKES_ADJECTIVES = {"organisation"}
_ROLES = {
    "person": "person",
    "organisation": "organisation",
    "facility": "facility",
    "place": "place",
    "country": "place",
}


def _arabic_forms(word: str) -> set[str]:
    """A word and what it may be behind a conjunction or preposition ("وصباح" -> "صباح")."""
    forms = {word}
    if word[:1] in "وفبلك" and len(word) > 3:
        forms.add(word[1:])
    if word.startswith("لل") and len(word) > 3:
        forms.add("ال" + word[2:])
    return forms


class _ArabicReader:
    """One Arabic text: words that break phrases, cue words, and words without particles."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.vocabulary = {t.norm for t in tokens if t.is_word}
        # Per distinct spelling: a long story repeats its words.
        spellings = {t.text: t for t in tokens}.values()
        base = {t.text: self._base(t) for t in spellings if t.is_word}
        breaks = {t.text: self._breaks(t) for t in spellings}
        cues = {t.text: self._cue(t) for t in spellings}
        self.base = [base.get(t.text, ("", "")) for t in tokens]
        self.breaks = [breaks[t.text] for t in tokens]
        # A function word is no cue ("بقيادة": "led by", not a command), nor is an organisation's
        # cue governed by another before it ("مجلس إدارة": a board, not an administration).
        self.cues = [None if breaks[t.text] else cues[t.text] for t in tokens]
        for i in range(1, len(tokens)):
            cue, before = self.cues[i], self.cues[i - 1]
            governed = cue and before and cue[0] == before[0] == "organisation"
            if cue and (governed or tokens[i - 1].norm == "بلا"):  # "أطباء بلا حدود"
                self.cues[i] = None
        self.positions: dict[str, list[int]] = {}  # word without particles -> where it is used
        for i, (word, _) in enumerate(self.base):
            if word:
                self.positions.setdefault(word, []).append(i)
        self.pairs: Counter = Counter()
        for i in range(len(tokens) - 1):
            if tokens[i].is_word and tokens[i + 1].is_word:
                self.pairs[(self.base[i][0], tokens[i + 1].norm)] += 1

    def _base(self, token: Token) -> tuple[str, str]:
        """(normalised, as written) without the particles in front ("والحكومة" -> "الحكومة").

        Before the article they are certain; before another word a letter is taken off only
        when the text also has the word without it, or with the article ("ووزارة" -> "وزارة"
        next to "وزارة", "وشاحنات" -> "شاحنات" next to "الشاحنات"; "بغداد" stays)."""
        norm, text = token.norm, token.text
        for cluster in ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال"):
            if norm.startswith(cluster) and len(norm) - len(cluster) >= 2:
                cut = len(cluster) - 2
                return norm[cut:], text[cut:]
        for cluster in ("ولل", "فلل", "لل"):
            if norm.startswith(cluster) and len(norm) - len(cluster) >= 2:
                cut = len(cluster)
                return "ال" + norm[cut:], "ال" + text[cut:]
        for cluster in sorted(PLAIN_PREFIXES[1:], key=len, reverse=True):
            rest = norm[len(cluster) :]
            if norm.startswith(cluster) and len(rest) >= 3 and {rest, "ال" + rest} & self.vocabulary:
                return rest, text[len(cluster) :]
        return norm, text

    def _breaks(self, token: Token) -> bool:
        return not token.is_word or not token.arabic or self.breaks_word(token.norm)

    @staticmethod
    def breaks_word(norm: str) -> bool:
        """Whether a word is a function word, a verb or a time word (alone or after و، ف ...)."""
        forms = _arabic_forms(norm)
        return bool(forms & AR_STOP or forms & AR_VERBS or forms & AR_TIME) or len(norm) < 2

    def cue(self, i: int) -> tuple[str, str, int] | None:
        """(mode, cue as written, words allowed after it) when token `i` is a cue word."""
        return self.cues[i]

    @staticmethod
    def _cue(token: Token) -> tuple[str, str, int] | None:
        if not token.is_word:
            return None
        norm = token.norm
        if norm.startswith("لل") and "ال" + norm[2:] in AR_CUES:
            return AR_CUES["ال" + norm[2:]][0], "ال" + token.text[2:], AR_CUES["ال" + norm[2:]][1]
        for cluster in PLAIN_PREFIXES:
            rest = norm[len(cluster) :]
            if norm.startswith(cluster) and rest in AR_CUES:
                mode, limit = AR_CUES[rest]
                return mode, token.text[len(cluster) :], limit
        return None

    def definite(self, j: int) -> bool:
        """Whether word `j`, without its particles, has the article: as written, since
        normalising makes "إلسا" and "ألكسندر" start like it."""
        written = self.base[j][1]
        return written.startswith("ال") and len(written) > 3

    def adjective(self, norm: str) -> bool:
        """Whether a word without the article reads as an adjective ("حدودية", "كبيرة")."""
        return self._adjective(norm, definite_ok=False)

    def _adjective(self, norm: str, definite_ok: bool) -> bool:
        if norm in AR_GENERIC:
            return True
        definite = norm.startswith("ال") and len(norm) > 3
        nisba = norm.endswith(("ي", "يه")) and len(norm) >= 5
        if definite:
            return nisba and not definite_ok
        return norm.endswith("يه") and len(norm) >= 5  # "حدودية", "ساحلية"

    def name_after(self, i: int, mode: str, limit: int) -> list[int]:
        """The words of the name that cue word `i` introduces."""
        taken: list[int] = []
        j = i + 1
        while j < len(self.tokens) and len(taken) < limit:
            token = self.tokens[j]
            if self.breaks[j] or self.cue(j) is not None:
                break
            norm = token.norm
            if not taken:
                if mode == "country" and (norm.startswith("ال") or len(norm) < 3):
                    break
                if mode == "person" and self._adjective(norm, definite_ok=False) and norm.startswith("ال"):
                    break  # "الرئيس الأمريكي": an adjective, not a name
                # Elsewhere the first word may look like an adjective and be the name ("مخيم الزعتري"),
                # surely so when the story uses it on its own too ("ولاية ملاطية", "في ملاطية").
                if mode != "person" and self._adjective(norm, definite_ok=True) and not self._recurs(j):
                    break
            else:
                previous = self.tokens[taken[-1]].norm
                definite = norm.startswith("ال") and len(norm) > 3
                if mode == "person" and norm.startswith(_IMPERFECT) and self.pairs[(previous, norm)] < 2:
                    break  # "الرئيس فارغا يزور": a verb the lists do not know
                if previous in AR_NAME_HEADS or mode == "person":
                    pass
                elif mode == "organisation" and (
                    ((norm.startswith("لل") or self.construct(j)) and self.definite(taken[-1]))
                    or gazetteer().is_place_word(norm, "ar")
                    or (previous == "بلا" and not definite)
                ):
                    pass  # "الوكالة الدولية للطاقة", "الاتحاد الأوروبي لكرة القدم", "بترول أبوظبي"
                elif mode == "organisation" and norm == "بلا" and j + 1 < len(self.tokens):
                    pass  # "أطباء بلا حدود"
                elif definite:
                    if self._adjective(norm, definite_ok=mode in _CUE_TAKES_ADJECTIVES):
                        break
                elif self.pairs[(self.base[taken[-1]][0], norm)] < 2:
                    break
            taken.append(j)
            j += 1
        while taken and self.tokens[taken[-1]].norm in AR_NAME_HEADS:
            taken.pop()  # "... أم" without its second word
        return taken

    def _recurs(self, j: int) -> bool:
        """Whether the story also uses word `j` after another word than here ("ولاية ملاطية",
        "في ملاطية"; not "ولاية ثانية" twice)."""
        before = self.base[j - 1][0]
        return any(p > 0 and self.base[p - 1][0] != before for p in self.positions.get(self.base[j][0], ()))

    def construct(self, j: int) -> bool:
        """Whether word `j` is "ل" + a noun that a word with the article completes ("لكرة القدم")."""
        norm = self.tokens[j].norm
        following = self.tokens[j + 1].norm if j + 1 < len(self.tokens) else ""
        return (
            norm.startswith("ل") and len(norm) > 3 and following.startswith("ال") and not self.breaks[j + 1]
        )

    def fragment(self, words: list[int]) -> bool:
        """Whether an organisation's cue is followed by an adjective that needs what follows
        ("الميليشيات الموالية لإيران": "loyal", to whom?), not by a name."""
        first, after = words[0], words[0] + 1
        if after >= len(self.tokens) or not self.tokens[after].is_word:
            return False
        governed = self.tokens[after].norm.startswith("ل") and not self.tokens[after].norm.startswith("لل")
        return governed and self.tokens[first].norm.startswith("الم")

    def without_country_adjective(self, words: list[int]) -> list[int]:
        """A name up to a country adjective ("الحرس الثوري الإيراني" is the Revolutionary
        Guard; the adjective counts for Iran), keeping at least one word."""
        places = gazetteer()
        for n, j in enumerate(words[1:], start=1):
            norm = self.tokens[j].norm
            if self.definite(j) and places.is_place_word(norm, "ar"):
                return words[:n]
        return words

    def between(self, i: int) -> list[tuple[str, str]]:
        """Both words of "بين كارفانيا وأوستريل" (neither with the article), as
        (normalised, written)."""
        if i + 2 >= len(self.tokens) or "بين" not in _arabic_forms(self.tokens[i].norm):
            return []
        first, second = self.tokens[i + 1], self.tokens[i + 2]
        if self.breaks[i + 1] or not second.is_word or not second.norm.startswith("و"):
            return []
        pair = [(first.norm, first.text), (second.norm[1:], second.text[1:])]
        if any(norm.startswith("ال") or len(norm) < 3 or self.breaks_word(norm) for norm, _ in pair):
            return []
        return pair

    def key(self, span: Sequence[int]) -> Key:
        return (self.base[span[0]][0], *(self.tokens[i].norm for i in span[1:]))

    def surface(self, span: Sequence[int]) -> str:
        return " ".join([self.base[span[0]][1], *(self.tokens[i].text for i in span[1:])])


def read_arabic(tokens: Sequence[Token]) -> tuple[dict[Key, Candidate], dict[Key, Candidate]]:
    """Names and key phrases of an Arabic text."""
    reader = _ArabicReader(tokens)
    found: dict[Key, tuple[str, Counter]] = {}  # key -> (mode, spellings)

    def note(key: Key, mode: str, surface: str) -> None:
        if sum(len(word) for word in key) > 2:  # "ذا" of "ذا لاين" alone is no name
            found.setdefault(key, (mode, Counter()))[1][surface] += 1

    for i in range(len(tokens)):
        for norm, text in reader.between(i):
            note((norm,), "country", text)
        speaker = speaker_after(reader, i)
        if speaker:
            note(reader.key(speaker), "person", reader.surface(speaker))
        cue = reader.cue(i)
        if cue is None:
            continue
        mode, cue_text, limit = cue
        if mode == "country" and i + 1 < len(tokens) and reader.definite(i + 1):
            mode, limit = "organisation", _CUE_LIMITS["organisation"]  # "قوات الدعم السريع"
        words = person_after(reader, i) if mode == "person" else reader.name_after(i, mode, limit)
        if mode == "organisation" and words:
            words = [] if reader.fragment(words) else reader.without_country_adjective(words)
            if len(words) > 1 and reader.construct(words[-1]):
                words = words[:-1]  # "مفوضية الأمم المتحدة لشؤون": cut before the word left wanting
            # "الشركة" alone is "the company" of the story's last sentence: with the article, a
            # cue starts a name only before a word with the article ("الحرس الثوري"), which is
            # not a country's adjective ("الشركة الإماراتية").
            if (
                cue_text.startswith("ال")
                and words
                and (not reader.definite(words[0]) or gazetteer().is_place_word(tokens[words[0]].norm, "ar"))
            ):
                words = []
        if not words:
            continue
        if mode in _CUE_KEEPS_ITSELF:
            key = (normalize_arabic(cue_text), *(tokens[j].norm for j in words))
            note(key, mode, " ".join([cue_text, *(tokens[j].text for j in words)]))
        else:
            note(reader.key(words), mode, reader.surface(words))
    # "وزارة الداخلية الكارفانية" once and "وزارة الداخلية" elsewhere: the shorter.
    for key in sorted(found, key=len, reverse=True):
        if len(key) > 1 and key[:-1] in found:
            found[key[:-1]][1].update(found.pop(key)[1])
    names: dict[Key, Candidate] = {}
    forms = [(key, spellings.most_common(1)[0][0]) for key, (_, spellings) in found.items()]
    # A person is mentioned by surname after the first time ("وقال فارغا"). (A name never ends
    # in a function word, so a surname is never one: "علي" stops a name, being also "على".)
    forms += [(key, label.split()[-1]) for key, label in forms if found[key][0] == "person" and len(key) > 1]
    # So is an organisation by its name without the cue word ("أوبك" for "منظمة أوبك").
    forms += [
        (key, label.split()[-1])
        for key, label in forms
        if found[key][0] == "organisation" and len(key) == 2 and not key[1].startswith("ال")
    ]
    for match in PhraseMatcher(forms).find(tokens):
        role = _ROLES[found[match.key][0]]
        names.setdefault(
            match.key, Candidate(match.key, "name", surfaces=Counter(found[match.key][1]), role=role)
        )
        names[match.key].spans.add((match.start, match.end))
    for key, name in list(names.items()):
        if found[key][0] == "country" and name.count < 2:
            del names[key]  # "حدود مشتركة" once is not a country
    # A person's surname alone counts for the person ("فارغا" for "ألدو فارغا").
    for key in [key for key in names if len(key) == 1]:
        people = [
            other for other in names if len(other) > 1 and other[-1] == key[0] and found[other][0] == "person"
        ]
        if len(people) == 1:
            names[people[0]].absorb(names.pop(key), spellings=False)

    phrases: dict[Key, Candidate] = {}
    chunks: list[Key] = []
    run: list[int] = []
    for i in range(len(tokens) + 1):
        if i < len(tokens) and not reader.breaks[i]:
            run.append(i)
            continue
        if run:
            chunks.append(tuple(reader.base[j][0] for j in run))
            for size in range(2, MAX_PHRASE_WORDS + 1):
                for start in range(len(run) - size + 1):
                    span = run[start : start + size]
                    if tokens[span[-1]].norm in AR_NAME_HEADS or reader.cue(span[-1]) is not None:
                        continue
                    cue = reader.cue(span[0])
                    if cue is not None and cue[0] not in _CUE_KEEPS_ITSELF:
                        continue  # "الرئيس فارغا", "مدينة أم النخيل": the cue is not part of it
                    add_use(
                        phrases, reader.key(span), "phrase", (span[0], span[-1] + 1), reader.surface(span)
                    )
        run = []
    rake_weights(chunks, phrases, lambda phrase: tuple(reader.base[i][0] for i in range(*min(phrase.spans))))
    return names, phrases
