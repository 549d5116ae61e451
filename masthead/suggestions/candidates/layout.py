"""Where a draft's words stand: its headline, its lead paragraph and its dateline.

A story is about what its headline and first paragraph name: wire copy is written so that a
reader who stops there knows the story. The dateline ("BAGHDAD —", "بغداد -") says where the
reporter filed from, not what happened: a place named only there is not what the story is about.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from masthead.suggestions.candidates.common import Span
from masthead.suggestions.tokens import Token

_DASHES = frozenset("-—–")
_DATELINE_WORDS = 6  # "ZARIN CROSSING, Karvania —", "BAGHDAD (Wire) —"


@dataclass(frozen=True)
class Layout:
    """Token ranges of the headline and the lead paragraph, and the dateline's tokens."""

    size: int
    headline: range
    lead: range
    dateline: frozenset[int]

    def bonus(self, spans: set[Span]) -> float:
        """How much being named up front adds to a candidate's mentions."""
        return 1.5 * any(s in self.headline for s, _ in spans) + 1.0 * any(s in self.lead for s, _ in spans)

    def in_dateline(self, span: Span) -> bool:
        return all(i in self.dateline for i in range(*span))


def _lines(tokens: Sequence[Token]) -> list[range]:
    """Token ranges of the non-empty lines (paragraphs) of the text."""
    lines, start = [], 0
    for i, token in enumerate([*tokens, Token("\n", "\n", "punct")]):
        if token.text == "\n":
            if any(t.kind != "punct" for t in tokens[start:i]):
                lines.append(range(start, i))
            start = i + 1
    return lines


def _dateline(tokens: Sequence[Token], line: range) -> set[int]:
    """The tokens of a dateline at the start of `line`: a few words (in English, the first in
    capitals) then a dash."""
    words = []
    for i in line[: _DATELINE_WORDS + 1]:
        token = tokens[i]
        if token.text in _DASHES:
            first = tokens[line[0]]
            if words and (first.arabic or first.all_caps):
                return {*words, i}
            return set()
        if token.kind == "word" or token.text in ",()":
            words.append(i)
        else:
            return set()
    return set()


def layout(tokens: Sequence[Token]) -> Layout:
    """The layout of a draft: a headline only if more lines follow it."""
    lines = _lines(tokens)
    dateline: set[int] = set()
    for line in lines:
        dateline |= _dateline(tokens, line)
    if len(lines) < 2:
        return Layout(len(tokens), range(0), range(0), frozenset(dateline))
    return Layout(len(tokens), lines[0], lines[1], frozenset(dateline))
