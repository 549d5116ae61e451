"""New tag candidates of an Arabic text: names and key phrases.

Without capitals, a name is recognised by the word in front of it: "مدينة أم النخيل" names a
town, "وزارة الداخلية" and "معبر زارين" are names with their cue word, "الرئيس ألدو فارغا" a
person, "حكومة كارفانيا" and "بين كارفانيا وأوستريل" countries. Key phrases are the two- and
three-word sequences between function words, verbs and time words that recur.

The word lists are text files in masthead/suggestions/data/ (ar-*.txt), each explained there,
written as usual and normalised like the text when read.
"""

from collections import Counter
from collections.abc import Sequence

from masthead.core.words import ARABIC_STOP_WORDS, normalize_arabic
from masthead.suggestions.candidates.common import Candidate, Key, add_use, combine, rake_weights
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
_CUE_KEEPS_ITSELF = {"facility", "organisation"}
# Prefixes of the imperfect (and future) verb: a word after a person's name starting so is
# most likely the verb of the sentence ("فارغا يزور", "فارغا سيزور").
_IMPERFECT = ("ي", "ت", "سي", "ست")
_CUE_TAKES_ADJECTIVES = {"organisation"}


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
        self.cues = [cues[t.text] for t in tokens]
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
                # Elsewhere the first word may look like an adjective and be the name ("مخيم الزعتري").
                if mode != "person" and self._adjective(norm, definite_ok=True):
                    break
            else:
                previous = self.tokens[taken[-1]].norm
                definite = norm.startswith("ال") and len(norm) > 3
                if mode == "person" and norm.startswith(_IMPERFECT) and self.pairs[(previous, norm)] < 2:
                    break  # "الرئيس فارغا يزور": a verb the lists do not know
                if previous in AR_NAME_HEADS or mode == "person":
                    pass
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


def arabic_candidates(tokens: Sequence[Token]) -> list[Candidate]:
    """Names and key phrases of an Arabic text, best first."""
    reader = _ArabicReader(tokens)
    found: dict[Key, tuple[str, Counter]] = {}  # key -> (mode, spellings)

    def note(key: Key, mode: str, surface: str) -> None:
        found.setdefault(key, (mode, Counter()))[1][surface] += 1

    for i in range(len(tokens)):
        for norm, text in reader.between(i):
            note((norm,), "country", text)
        cue = reader.cue(i)
        if cue is None:
            continue
        mode, cue_text, limit = cue
        words = reader.name_after(i, mode, limit)
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
    for match in PhraseMatcher(forms).find(tokens):
        names.setdefault(match.key, Candidate(match.key, "name", surfaces=Counter(found[match.key][1])))
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
    return combine(names, phrases, len(tokens))
