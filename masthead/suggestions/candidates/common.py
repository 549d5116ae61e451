"""What both readers share: a candidate, its uses, RAKE weights, and the final ranking.

Once each reader has found its names and phrases, in both languages: a phrase that only ever
appears as a longer one gives way to it, a name always read inside the same longer phrase
becomes that phrase ("UN" -> "UN refugee agency"), a demonym or a surname alone counts for its
name ("Karvanian" for "Karvania", "Pell" for "Dario Pell"), and the same name spelled
differently is one candidate.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from masthead.suggestions.candidates.layout import Layout

Key = tuple[str, ...]
Span = tuple[int, int]  # tokens [start, end)

MIN_PHRASE_COUNT = 2  # a key phrase must recur; a name may be mentioned once


@dataclass
class Candidate:
    """A possible new tag: every place the text uses it, and how it was written there."""

    key: Key
    kind: str  # "name" or "phrase"
    spans: set[Span] = field(default_factory=set)
    surfaces: Counter = field(default_factory=Counter)
    weight: float = 0.0  # a phrase's RAKE score, relative to the best phrase (0..1)
    score: float = 0.0
    role: str = ""  # what a name names, where known: "person", "organisation", "place", "facility"
    minor: set[Span] = field(default_factory=set)  # uses that name it in passing ("Iraqi" for Iraq)
    extra: float = 0.0  # mentions to add for what the uses alone do not say
    factor: float = 1.0  # how much of its score counts (a capital standing for its government)

    @property
    def count(self) -> int:
        return len(self.spans)

    @property
    def mentions(self) -> float:
        """Uses, an adjective's counting half: "Iraqi officials" says less than "Iraq"."""
        return len(self.spans - self.minor) + 0.5 * len(self.minor & self.spans) + self.extra

    @property
    def first(self) -> int:
        return min(start for start, _ in self.spans)

    @property
    def label(self) -> str:
        """The most frequent spelling (the earliest of equally frequent ones)."""
        return self.surfaces.most_common(1)[0][0]

    def absorb(self, other: "Candidate", spellings: bool = True) -> None:
        """Count `other`'s uses as this candidate's; with its spellings when it is the same
        words (not when it is a demonym or a surname, whose spelling must not win)."""
        self.spans |= other.spans
        self.minor |= other.minor
        if spellings:
            self.surfaces.update(other.surfaces)
        self.role = self.role or other.role


def add_use(table: dict[Key, Candidate], key: Key, kind: str, span: Span, surface: str) -> None:
    """Note one use of `key`, written `surface`, in `table` (a new candidate if need be)."""
    candidate = table.get(key)
    if candidate is None:
        candidate = table[key] = Candidate(key, kind)
    candidate.spans.add(span)
    candidate.surfaces[surface] += 1


class _Uses:
    """Where candidates are used, to ask quickly which others lie around or inside a use.

    Uses are a few words long, so looking up each stretch around (or inside) a use is cheap
    even for the longest story, where comparing every use with every other would not be."""

    def __init__(self, found: Iterable[Candidate]) -> None:
        self.keys: dict[Span, set[Key]] = defaultdict(set)
        self.longest = 0
        for candidate in found:
            for span in candidate.spans:
                self.keys[span].add(candidate.key)
                self.longest = max(self.longest, span[1] - span[0])

    def around(self, span: Span) -> set[Key]:
        """Candidates used over a longer stretch that holds `span`."""
        start, end = span
        found: set[Key] = set()
        for outer_start in range(max(0, end - self.longest), start + 1):
            for outer_end in range(end, outer_start + self.longest + 1):
                if (outer_start, outer_end) != span:
                    found |= self.keys.get((outer_start, outer_end), set())
        return found

    def within(self, span: Span) -> set[Key]:
        """Candidates used on a part of `span`."""
        start, end = span
        found: set[Key] = set()
        for inner_start in range(start, end):
            for inner_end in range(inner_start + 1, end + 1):
                if (inner_start, inner_end) != span:
                    found |= self.keys.get((inner_start, inner_end), set())
        return found


def rake_weights(
    chunks: Iterable[Key], phrases: dict[Key, Candidate], words_of: Callable[[Candidate], Key] | None = None
) -> None:
    """RAKE: a word's score is its degree (the words it shares chunks with, itself included)
    over its frequency, a phrase's the sum of its words'. Words that only ever appear inside
    longer chunks ("refugee" in "UN refugee agency") make their phrases stand out.

    `words_of` gives a phrase's words as the chunks spell them (by default, its key)."""
    frequency: Counter = Counter()
    degree: Counter = Counter()
    for chunk in chunks:
        for word in chunk:
            frequency[word] += 1
            degree[word] += len(chunk)
    words_of = words_of or (lambda phrase: phrase.key)
    raw = {
        key: sum(degree[word] / frequency[word] for word in words_of(phrase) if frequency[word])
        for key, phrase in phrases.items()
    }
    best = max(raw.values(), default=0) or 1
    for key, phrase in phrases.items():
        phrase.weight = raw[key] / best


def combine(names: dict[Key, Candidate], phrases: dict[Key, Candidate], layout: "Layout") -> list[Candidate]:
    """Names and key phrases as one ranked list, each thing once (see the module's doc).

    A name scores its mentions, plus a bonus when the headline or the lead paragraph names it
    (what a story is about is named up front), a little for a longer name and for an early
    first use; a key phrase needs two or three uses to pass a name."""
    for key in list(phrases):
        if key in names:  # the same words read both as a name and as a phrase: a name
            names[key].absorb(phrases.pop(key))
    recurring = {key: phrase for key, phrase in phrases.items() if phrase.count >= MIN_PHRASE_COUNT}
    # A name only ever read inside one recurring phrase is that phrase ("UN refugee agency").
    phrase_uses = _Uses(recurring.values())
    for key, name in list(names.items()):
        holders = [phrase_uses.around(span) for span in name.spans]
        if all(holders) and len(set.union(*holders)) == 1:
            holder = recurring.pop(set.union(*holders).pop(), None)
            if holder is not None:
                holder.kind = "name"
                del names[key]
                names[holder.key] = holder
    name_uses = _Uses(names.values())
    for key, phrase in list(recurring.items()):
        # A phrase only ever read inside a name is part of the name ("اليد الحمراء").
        if all(span in name_uses.keys or name_uses.around(span) for span in phrase.spans):
            del recurring[key]
            continue
        # A phrase that is a name plus a word, read less often than the name, adds nothing.
        inside = set().union(*(name_uses.within(span) for span in phrase.spans))
        if any(names[name].count > phrase.count for name in inside):
            del recurring[key]
    # Of two phrases, one inside the other: the shorter if it is used more on its own.
    longer_ones: dict[Key, list[Key]] = defaultdict(list)
    for key in recurring:
        for length in range(1, len(key)):
            for start in range(len(key) - length + 1):
                longer_ones[key[start : start + length]].append(key)
    for shorter in sorted(recurring, key=len):
        for longer in longer_ones.get(shorter, []):
            if shorter not in recurring:
                break
            if longer not in recurring:
                continue
            if recurring[shorter].count > recurring[longer].count:
                del recurring[longer]
            else:
                del recurring[shorter]
    result = list(names.values()) + list(recurring.values())
    for candidate in result:
        early = 1 - candidate.first / max(layout.size, 1)
        up_front = layout.bonus(candidate.spans)
        if candidate.kind == "name":
            longer = 0.25 * min(len(candidate.label.split()) - 1, 2)
            candidate.score = candidate.mentions + up_front + longer + 0.5 * early
        else:
            weight = 0.25 + 0.25 * candidate.weight
            candidate.score = candidate.count * weight + 0.5 * up_front * weight + 0.25 * early
        candidate.score *= candidate.factor
    return sorted(result, key=lambda c: (-c.score, c.first))
