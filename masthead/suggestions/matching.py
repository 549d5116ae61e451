"""Finding known names (tags, their aliases) in a text, as whole words and whole phrases.

English words are compared folded (`english_stem`: "ministries" is "ministry", "port's" is
"port"), so a tag named in the singular is found in the plural. Short all-capital names
("UN", "US") must appear in capitals, or every "us" would be the United States; a tag whose
name is a function word ("May") must appear with its capital.

Arabic words are compared with letter variants unified (`normalize_arabic`) and the particles
a writer attaches in front taken off. Stemming both sides (as `arabic_stem` does for story
similarity) is not enough here: it takes off at most one particle and cannot tell a particle
from a first letter, so "بغداد" would become "غداد" while "وبغداد" stays "بغداد". Instead a
word matches a name's word when it *is* that word behind a recognised cluster of particles:
"كارفانيا" is found in "وكارفانيا" and "لكارفانيا"; "الداخلية" in "والداخلية",
"بالداخلية" and "للداخلية" (where the article loses its alif), but not in "داخلية";
a name without the article is also found with it ("مستوطنة" in "المستوطنة"). Only the first
word of a phrase takes particles; the others must be as in the name. A feminine noun is also
found in its sound plural ("مستوطنات"). Proper names (places: `PhraseMatcher(..., proper=True)`)
are stricter: an Arabic name is never found with an article it lacks ("مالي" is not in "المالي")
nor in a plural, and an English one only where the text capitalises it ("Turkey", not "turkey").
"""

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from masthead.core.words import STOP_WORDS, english_stem
from masthead.suggestions.tokens import Token, tokenize

# Clusters of attached particles (conjunction, then preposition) before a word without the
# article, and before a word with it ("لل" is ل + ال, the alif dropped in writing).
PLAIN_PREFIXES = ("", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل")
ARTICLE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "وبال", "وكال", "ولل", "فبال", "فكال", "فلل")
_ALL_PREFIXES = tuple(sorted(set(PLAIN_PREFIXES + ARTICLE_PREFIXES), key=len))
_SHORT_CAPITALS = 5  # an all-capital name up to this long is an acronym: matched in capitals


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a name, ready to compare with the words of a text."""

    key: str  # Arabic: the word normalised; English: lower case, folded
    core: str = ""  # Arabic word with the article: the word without it
    exact: str = ""  # when set, the text's word must be written exactly so (acronyms)
    capital: bool = False  # when set, the text's word must start with a capital
    proper: bool = False  # an Arabic proper name: no article added, no plural

    def matches(self, unit: "Unit", first: bool) -> bool:
        if self.exact and unit.surface != self.exact:
            return False
        if self.capital and not unit.surface[:1].isupper():
            return False
        if not unit.arabic:
            return unit.key == self.key
        if unit.key == self.key:
            return True
        if not first:
            return False
        return any(self._behind(prefix, unit.key) for prefix in _ALL_PREFIXES if unit.key.startswith(prefix))

    def _behind(self, prefix: str, word: str) -> bool:
        rest = word[len(prefix) :]
        if rest in self._forms(self.key):
            # Behind any particles, the article too: a topic tagged "مستوطنة" is written
            # "المستوطنة" in a sentence (a proper name never takes an article it lacks).
            return not (self.proper and prefix in ARTICLE_PREFIXES)
        return bool(self.core) and prefix in ARTICLE_PREFIXES and rest in self._forms(self.core)

    def _forms(self, word: str) -> tuple[str, ...]:
        # A feminine noun's sound plural: "مستوطنة" is also found as "مستوطنات".
        if self.proper or not (word.endswith("ه") and len(word) > 2):
            return (word,)
        return (word, word[:-1] + "ات")

    def index_keys(self) -> set[str]:
        keys = set(self._forms(self.key))
        if self.core:
            keys.update(self._forms(self.core))
        return keys


@dataclass(frozen=True, slots=True)
class Unit:
    """A word of the text as the matcher sees it (English hyphenated words split)."""

    key: str
    surface: str
    arabic: bool
    token: int  # index of its token in the text's token list


@dataclass(frozen=True, slots=True)
class Match:
    """Where one name was found: tokens [start, end) of the text."""

    key: Hashable
    start: int
    end: int


def english_key(word: str) -> str:
    """An English word as names are compared: lower case, plural and possessive folded."""
    return english_stem(word.lower())


def arabic_definite_core(word: str) -> str:
    """The word without its article ("الداخليه" -> "داخليه"), or "" when it has none."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else ""


def name_words(name: str, proper: bool = False) -> tuple[Word, ...]:
    """The words of a name, ready to match (punctuation in the name is ignored)."""
    words = [unit for unit in units(tokenize(name)) if unit is not None]
    result = []
    for unit in words:
        if unit.arabic:
            result.append(Word(unit.key, core=arabic_definite_core(unit.key), proper=proper))
        elif unit.surface.isupper() and 1 < len(unit.surface) <= _SHORT_CAPITALS:
            result.append(Word(unit.key, exact=unit.surface))
        else:
            function_word = len(words) == 1 and unit.surface.lower() in STOP_WORDS["en"]
            capital = function_word or (proper and unit.surface[:1].isupper())
            result.append(Word(unit.key, capital=capital))
    return tuple(result)


def units(tokens: Sequence[Token]) -> list[Unit | None]:
    """The words of `tokens` to match against; None where punctuation breaks a phrase.

    English hyphenated words count as their parts, so "al-Nakheel" and "al Nakheel" match
    alike; numbers count as words ("Route 9")."""
    result: list[Unit | None] = []
    for index, token in enumerate(tokens):
        if token.kind == "punct":
            if result and result[-1] is not None:
                result.append(None)
        elif token.arabic or token.kind == "number":
            result.append(Unit(token.norm, token.text, token.arabic, index))
        else:
            for part in token.text.split("-"):
                result.append(Unit(english_key(part), part, False, index))
    return result


class _Node:
    """A trie node: the names whose words end here, and the next word's nodes. Of names with
    the same words (two tags called alike) the first is kept: only one can be the match."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.ends: dict[tuple[Word, ...], Hashable] = {}
        self.next: dict[str, _Node] = {}


class PhraseMatcher:
    """Finds any of many names in a text in one pass, longest name first at each place.

    Names are kept in a trie of their words' keys, so that at each word of the text only the
    names that go on as the text does are looked at, however many tags share a first word
    ("Ministry of ...", "وزارة ...")."""

    def __init__(self, names: Iterable[tuple[Hashable, str]], proper: bool = False) -> None:
        self._roots: dict[str, _Node] = defaultdict(_Node)
        for key, name in names:
            words = name_words(name, proper)
            for index_key in words[0].index_keys() if words else ():
                node = self._roots[index_key]
                for word in words[1:]:
                    node = node.next.setdefault(word.key, _Node())
                node.ends.setdefault(words, key)

    def __len__(self) -> int:
        return len(self._roots)

    def _first_keys(self, unit: Unit) -> Iterable[str]:
        """The keys a text's word may be the first word of a name under (Arabic: behind
        each cluster of particles it may carry)."""
        if not unit.arabic:
            return (unit.key,)
        return [
            unit.key[len(prefix) :]
            for prefix in _ALL_PREFIXES
            if unit.key.startswith(prefix) and len(unit.key) - len(prefix) >= 2
        ]

    def _longest_at(
        self, text_units: Sequence[Unit | None], position: int, first: Unit
    ) -> tuple[Hashable, int] | None:
        """(name key, units it covers) of the longest name starting with `first`, the unit
        at `position`."""
        best: tuple[Hashable, int] | None = None
        for first_key in self._first_keys(first):
            node = self._roots.get(first_key)
            path = [first]
            while node is not None:
                for words, key in node.ends.items():
                    if (best is None or len(path) > best[1]) and all(
                        word.matches(unit, first=n == 0)
                        for n, (word, unit) in enumerate(zip(words, path, strict=True))
                    ):
                        best = (key, len(path))
                        break
                following = position + len(path)
                unit = text_units[following] if following < len(text_units) and node.next else None
                if unit is None:
                    break
                node = node.next.get(unit.key)
                path.append(unit)
        return best

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """Every name found in `tokens`, without overlaps (a longer name wins where two
        names start at the same word, the earlier where they overlap)."""
        text_units = units(tokens)
        found: list[Match] = []
        position = 0
        while position < len(text_units):
            unit = text_units[position]
            best = self._longest_at(text_units, position, unit) if unit is not None else None
            if unit is None or best is None:
                position += 1
                continue
            key, length = best
            last = text_units[position + length - 1]
            end = last.token + 1 if last is not None else unit.token + 1  # (a name's units are words)
            found.append(Match(key, unit.token, end))
            position += length
        return found
