"""New tag candidates of an English text: names and key phrases.

A name is a run of capitalised words ("King Tamar Highway"), which may hold the small words
names are built with ("Ministry of Interior", "Umm al-Nakheel"). A capital at the start of a
sentence, in a Title Case headline or in an ALL CAPS dateline proves nothing: such a word counts
only if the text also capitalises it mid-sentence, or if it leads other name words and the text
never writes it in lower case ("Red Hand Brigade fighters ..."). Day and month names,
determiners ("On Monday the ...") and people's titles ("Interior Minister") are taken off. Key
phrases are the runs of words between function words, verbs, numbers and punctuation (as in
RAKE), kept when two to four words long and used more than once; past tenses and adverbs break
them too, which is what keeps "Monday re-opened controversy" out.

The word lists are text files in masthead/suggestions/data/ (en-*.txt), each explained there.
"""

from collections.abc import Iterable, Sequence

from masthead.core.words import STOP_WORDS
from masthead.suggestions.candidates.common import Candidate, Key, add_use, rake_weights
from masthead.suggestions.candidates.english_variants import fold_english_names
from masthead.suggestions.candidates.wordlists import word_list
from masthead.suggestions.matching import english_key
from masthead.suggestions.tokens import Token

MAX_PHRASE_WORDS = 4

EN_STOP = STOP_WORDS["en"] - word_list("en-stop-nouns")
EN_OPENERS = word_list("en-openers")
DAYS_MONTHS = word_list("en-days-months")
CONNECTORS = word_list("en-name-connectors")
_NAME_PARTICLES = word_list("en-name-particles")
TITLES = word_list("en-titles")
ED_ADJECTIVES = word_list("en-ed-adjectives")
LY_WORDS = word_list("en-ly-words")
_VERB_BASES = word_list("en-verbs")
_VERBS_ALSO_NOUNS = word_list("en-verbs-also-nouns")
_IRREGULAR_PAST = word_list("en-irregular-past")
ORGANISATION_WORDS = frozenset(english_key(word) for word in word_list("en-organisation-words"))
PLACE_WORDS = word_list("en-place-words")


def _verb_forms(bases: Iterable[str]) -> frozenset[str]:
    forms = set(_IRREGULAR_PAST)
    for base in bases:
        if base.endswith("e"):
            past = base + "d"
        elif base.endswith("y") and base[-2] not in "aeiou":
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
        forms.add(past)
        if base in _VERBS_ALSO_NOUNS:
            continue  # "fears", "plans", "reports" are nouns as often as verbs
        forms.add(base)
        if base.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms.add(base + "es")
        elif base.endswith("y") and base[-2] not in "aeiou":
            forms.add(base[:-1] + "ies")
        else:
            forms.add(base + "s")
    return frozenset(forms)


EN_VERBS = _verb_forms(_VERB_BASES)


def english_verbish(word: str) -> bool:
    """Whether a lower-case English word is a verb or adverb that no key phrase holds."""
    if word in EN_VERBS:
        return True
    if len(word) >= 5 and word.endswith("ed") and not word.endswith("eed") and word not in ED_ADJECTIVES:
        return True
    return len(word) >= 5 and word.endswith("ly") and word not in LY_WORDS


NAME, MAYBE, CONNECT, OTHER = "name", "maybe", "connect", "other"


def _bare(word: str) -> str:
    """A word without its possessive ending."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _shout_case(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


class _EnglishReader:
    """One English text: which words are names, and its runs of names and phrases."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.shouting = self._shouting()
        self.display = [_shout_case(t.text) if i in self.shouting else t.text for i, t in enumerate(tokens)]
        self.unsure = self._title_case_lines() | self.shouting
        self.confirmed: set[str] = set()  # name words capitalised where a capital means a name
        self.lower: set[str] = set()  # words the text writes in lower case
        for i, token in enumerate(tokens):
            if not token.is_word:
                continue
            if not token.capitalised:
                self.lower.add(_bare(token.norm))
            elif (token.all_caps and i not in self.shouting) or not (
                token.sentence_start or i in self.unsure or _bare(token.norm) in EN_STOP
            ):
                self.confirmed.add(_bare(token.text))  # an acronym, or a capital mid-sentence
        self.state = self._states()

    def _shouting(self) -> set[int]:
        """ALL CAPS words that are not acronyms: a dateline ("ZARIN CROSSING, Karvania")."""
        found: set[int] = set()
        run: list[int] = []
        for i, token in enumerate([*self.tokens, Token("", "", "punct")]):
            if token.all_caps:
                run.append(i)
                continue
            if (len(run) > 1 and any(len(self.tokens[j].text) > 4 for j in run)) or (
                len(run) == 1 and self.tokens[run[0]].sentence_start and len(self.tokens[run[0]].text) > 5
            ):
                found.update(run)
            run = []
        return found

    def _title_case_lines(self) -> set[int]:
        """Words of sentences written in Title Case (headlines), where capitals prove nothing.

        Every word of substance is capitalised there; a sentence dense with names still has
        a lower-case word ("met", "capital") among them."""
        found: set[int] = set()
        sentence: list[int] = []
        for i, token in enumerate([*self.tokens, Token("", "", "word", sentence_start=True)]):
            if token.is_word and token.sentence_start and sentence:
                content = [j for j in sentence if len(self.tokens[j].norm) > 3]
                content = [j for j in content if self.tokens[j].norm not in EN_STOP]
                if len(content) >= 3 and all(self.tokens[j].capitalised for j in content):
                    found.update(sentence)
                sentence = []
            if token.is_word:
                sentence.append(i)
        return found

    def _states(self) -> dict[int, str]:
        state: dict[int, str] = {}
        for i, token in enumerate(self.tokens):
            if not token.is_word:
                continue
            word = _bare(token.norm)
            if token.all_caps and i not in self.shouting:
                state[i] = NAME  # an acronym: "UN" is not the French article
            elif token.capitalised:
                if word in DAYS_MONTHS or len(word) < 2:
                    state[i] = OTHER
                elif token.sentence_start or i in self.unsure or word in EN_STOP:
                    state[i] = MAYBE
                else:
                    state[i] = NAME
            elif word in CONNECTORS:
                state[i] = CONNECT
            elif (
                "-" in token.text
                and token.text.split("-")[0] in _NAME_PARTICLES
                and token.text.split("-")[1][:1].isupper()
            ):
                state[i] = NAME  # "al-Nakheel"
            else:
                state[i] = OTHER
        # Right to left, so that a word knows whether a name follows it.
        for i in sorted(state, reverse=True):
            if state[i] == MAYBE:
                state[i] = NAME if self._is_name(i, state) else OTHER
        return state

    def _is_name(self, i: int, state: dict[int, str]) -> bool:
        """Whether a capitalised word whose capital proves nothing is still a name word."""
        if _bare(self.display[i]) in self.confirmed:
            return True
        word = _bare(self.tokens[i].norm)
        if (
            word in EN_STOP
            or word in EN_OPENERS
            or word in self.lower
            or word in TITLES
            or english_verbish(word)
            or word.endswith("ing")
        ):
            return False
        after = i + 1
        if state.get(after) == CONNECT:
            after += 1
        return state.get(after) == NAME and not self.tokens[i].possessive

    def name_runs(self) -> list[list[int]]:
        """Runs of name words, connectors inside them ("Ministry of the Interior")."""
        runs = []
        i = 0
        while i < len(self.tokens):
            if self.state.get(i) != NAME:
                i += 1
                continue
            run = [i]
            j = i + 1
            while not self.tokens[run[-1]].possessive:
                if self.state.get(j) == NAME and not self.tokens[j].sentence_start:
                    run.append(j)
                    j += 1
                    continue
                k = j
                while self.state.get(k) == CONNECT and k - j < 2:
                    k += 1
                if k > j and self.state.get(k) == NAME and self.tokens[j].norm != "the":
                    run.extend(range(j, k + 1))
                    j = k + 1
                    continue
                break
            runs.append(run)
            i = run[-1] + 1
        return runs

    def trim_name(self, run: list[int]) -> list[int]:
        """A run without determiners, days and titles around the name."""
        words = list(run)
        while words and (self.state[words[0]] == CONNECT or _bare(self.tokens[words[0]].norm) in EN_STOP):
            if self.tokens[words[0]].all_caps:
                break  # "US", "UN": not the pronoun
            words.pop(0)
        titles = [n for n, i in enumerate(words) if _bare(self.tokens[i].norm) in TITLES]
        # A title before an organisation's or a place's word is part of its name ("General
        # Assembly", "King Tamar Highway").
        titles = [n for n in titles if not any(self._not_a_person(i) for i in words[n + 1 :])]
        if titles:
            if titles[-1] == len(words) - 1:
                return []  # "Interior Minister", "President": a title, not a name
            words = words[titles[-1] + 1 :]
            for n, i in enumerate(words):  # a person: "Pell of Karvania" is Pell, "bin Salman" stays
                if self.state[i] == CONNECT and self.tokens[i].norm not in _NAME_PARTICLES:
                    words = words[:n]
                    break
        while words and self.state[words[-1]] == CONNECT:
            words.pop()
        if len(words) == 1 and len(_bare(self.tokens[words[0]].norm)) < 2:
            return []
        return words

    def _organisation_word(self, i: int) -> bool:
        return english_key(_bare(self.tokens[i].norm)) in ORGANISATION_WORDS

    def _not_a_person(self, i: int) -> bool:
        return self._organisation_word(i) or _bare(self.tokens[i].norm) in PLACE_WORDS

    def role(self, run: list[int], words: list[int]) -> str:
        """ "organisation" for a name ending on an organisation's word or an acronym, "person"
        for one with a title ("Interior Minister Dario Pell", "Qassem Soleimani, the commander")."""
        acronym = len(words) == 1 and self.tokens[words[0]].all_caps and words[0] not in self.shouting
        if self._organisation_word(words[-1]) or acronym:
            return "organisation"
        if _bare(self.tokens[words[-1]].norm) in PLACE_WORDS:
            return "place"
        before = run[0] - 1
        titled = before >= 0 and _bare(self.tokens[before].norm) in TITLES
        # "Qassem Soleimani, the commander of ...": a title in apposition.
        after = [t.norm for t in self.tokens[run[-1] + 1 : run[-1] + 4]]
        apposition = after[:1] == [","] and any(_bare(word) in TITLES for word in after[1:3])
        if titled or apposition or any(_bare(self.tokens[i].norm) in TITLES for i in run if i < words[0]):
            return "person"
        return ""

    def before_title(self, run: list[int]) -> list[int]:
        """An acronym before a title ("CIA Director William Burns"): the person's organisation."""
        words = [i for i in run if self.state[i] != CONNECT]
        if len(words) > 2 and self.tokens[words[0]].all_caps and _bare(self.tokens[words[1]].norm) in TITLES:
            return words[:1]
        return []

    def joined(self, runs: list[list[int]]) -> list[list[int]]:
        """Runs joined by "and" when the second ends on an organisation's word ("Disaster and
        Emergency Management Authority"); "Iraq and Syria" stays two."""
        result: list[list[int]] = []
        for run in runs:
            previous = result[-1] if result else None
            if (
                previous is not None
                and run[0] == previous[-1] + 2
                and self.tokens[previous[-1] + 1].norm == "and"
                and self._organisation_word(run[-1])
                and not self._organisation_word(previous[-1])
                and not self.tokens[previous[-1]].possessive
            ):
                previous.extend([previous[-1] + 1, *run])
            else:
                result.append(list(run))
        return result

    def surface(self, span: Sequence[int], names: set[int]) -> str:
        parts = [self.display[i] if i in names else self.tokens[i].text.lower() for i in span]
        parts[-1] = _bare(parts[-1])
        return " ".join(parts)

    def key(self, span: Sequence[int]) -> Key:
        return tuple(english_key(_bare(self.tokens[i].norm)) for i in span)

    def breaks_phrase(self, i: int) -> bool:
        token = self.tokens[i]
        if not token.is_word:
            return True
        if token.all_caps and i not in self.shouting:
            return False  # an acronym
        word = _bare(token.norm)
        if word in EN_STOP or word in EN_OPENERS or len(word) < 2:
            return True
        if token.capitalised and word in DAYS_MONTHS:
            return True
        return self.state.get(i) != NAME and english_verbish(word)

    def chunks(self) -> list[list[int]]:
        """Runs of words between function words, verbs, numbers and punctuation."""
        found: list[list[int]] = []
        chunk: list[int] = []
        for i in range(len(self.tokens) + 1):
            stop = i == len(self.tokens) or self.breaks_phrase(i) or self.tokens[i].sentence_start
            if stop and chunk:
                found.append(chunk)
                chunk = []
            if i < len(self.tokens) and not self.breaks_phrase(i):
                chunk.append(i)
                title = _bare(self.tokens[i].norm) in TITLES and self.state.get(i + 1) == NAME
                if self.tokens[i].possessive or title:  # "Karvania's ...", "Minister | Dario Pell"
                    found.append(chunk)
                    chunk = []
        trimmed = []
        for chunk in found:
            while chunk and (
                _bare(self.tokens[chunk[-1]].norm) in ED_ADJECTIVES or self.state[chunk[-1]] == CONNECT
            ):
                chunk = chunk[:-1]  # "families displaced", "... al"
            while chunk and self.state[chunk[0]] == CONNECT:
                chunk = chunk[1:]
            if chunk:
                trimmed.append(chunk)
        return trimmed


def read_english(tokens: Sequence[Token]) -> tuple[dict[Key, Candidate], dict[Key, Candidate]]:
    """Names and key phrases of an English text."""
    reader = _EnglishReader(tokens)
    name_tokens = {i for i, state in reader.state.items() if state == NAME}

    def note(table: dict[Key, Candidate], kind: str, span: list[int]) -> None:
        add_use(table, reader.key(span), kind, (span[0], span[-1] + 1), reader.surface(span, name_tokens))

    names: dict[Key, Candidate] = {}
    for run in reader.joined(reader.name_runs()):
        for words in (reader.before_title(run), reader.trim_name(run)):
            if words:
                note(names, "name", words)
                name = names[reader.key(words)]
                name.role = name.role or reader.role(run, words)
    fold_english_names(names)
    phrases: dict[Key, Candidate] = {}
    chunks = reader.chunks()
    for chunk in chunks:
        if 2 <= len(chunk) <= MAX_PHRASE_WORDS and _bare(tokens[chunk[-1]].norm) not in TITLES:
            note(phrases, "phrase", chunk)
    rake_weights((reader.key(chunk) for chunk in chunks), phrases)
    return names, phrases
