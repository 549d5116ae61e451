"""Reading what a reader typed into a query: words, "quoted phrases" and -exclusions.

Forgiving by design: any text is a query. A quote without its pair quotes to the end, a minus
sign only excludes when it starts a word, and every other mark (FTS syntax, operators, emoji)
is just a separator, because the analyzer keeps only words. Very long input is cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from masthead.search.analysis import Term, is_stop_word, joined_term, query_terms
from masthead.search.backends.base import Clause, Query

MAX_LENGTH = 400  # characters of a query read; the rest is ignored
MAX_CLAUSES = 12  # words and phrases used; more add nothing but cost
MAX_PHRASE = 8  # words of a phrase used

# A quoted phrase (the closing quote may be missing at the end), or a run of other text.
QUOTES = '"“”«»'
_PARTS = re.compile(
    rf"(?P<minus>-)?[{QUOTES}](?P<phrase>[^{QUOTES}]*)[{QUOTES}]?|(?P<text>(?:[^{QUOTES}-]|-(?![{QUOTES}]))+)"
)


@dataclass(frozen=True)
class Parsed:
    """A query, and the words the reader typed as they typed them (for highlighting)."""

    text: str  # what was read of the input
    query: Query
    words: tuple[Term, ...]  # every required word, offsets into `text`


def parse(raw: str) -> Parsed:
    """`raw` as a `Query`; `query.required` is empty when nothing searchable was typed."""
    raw = raw or ""
    text = raw[:MAX_LENGTH]
    if len(raw) > MAX_LENGTH and not raw[MAX_LENGTH].isspace() and " " in text:
        text = text.rsplit(" ", 1)[0]  # not half a word
    required: list[Clause] = []
    excluded: list[Clause] = []
    words: list[Term] = []
    neighbours: list[tuple[Clause, Clause]] = []  # words typed one after the other
    for part in _PARTS.finditer(text):
        previous = None
        if part.group("phrase") is not None:
            offset = part.start("phrase")
            terms = _shift(query_terms(part.group("phrase")), offset)[:MAX_PHRASE]
            if terms:
                (excluded if part.group("minus") else required).append(Clause(tuple(terms)))
                if not part.group("minus"):
                    words += terms
            continue
        offset = part.start("text")
        for chunk in re.finditer(r"\S+", part.group("text")):
            negative = chunk.group().startswith("-")
            terms = _shift(query_terms(chunk.group()), offset + chunk.start())
            for term in terms:
                if negative:
                    excluded.append(Clause((term,)))
                    previous = None
                else:
                    clause = Clause((term,))
                    required.append(clause)
                    words.append(term)
                    if previous is not None:
                        neighbours.append((previous, clause))
                    previous = clause
    meaningful = [c for c in required if c.is_phrase or not is_stop_word(c.terms[0])]
    if meaningful:  # "the" alone still searches for "the"; "the election" searches for "election"
        required = meaningful
    required = _with_compounds(required, neighbours)
    return Parsed(
        text=text,
        query=Query(tuple(_unique(required)[:MAX_CLAUSES]), tuple(_unique(excluded))),
        words=tuple(words),
    )


def _with_compounds(required: list[Clause], neighbours: list[tuple[Clause, Clause]]) -> list[Clause]:
    """Each of two words typed together also accepts them written as one ("heat wave": heatwave).

    Only words of the Latin script, neither a function word: English writes compounds three ways
    (heat wave, heat-wave, heatwave) and a story may use any; Arabic does not join words so.
    """
    extra: dict[int, list[tuple[Term, ...]]] = {}
    for left, right in neighbours[:MAX_CLAUSES]:
        a, b = left.terms[0], right.terms[0]
        if any(is_stop_word(t) or not t.exact.isascii() or not t.exact.isalpha() for t in (a, b)):
            continue
        joined = (joined_term(a, b),)
        extra.setdefault(id(left), []).append(joined)
        extra.setdefault(id(right), []).append(joined)
    return [Clause(c.terms, tuple(extra[id(c)])) if id(c) in extra else c for c in required]


def _shift(terms: list[Term], offset: int) -> list[Term]:
    return [Term(t.exact, t.stem, t.start + offset, t.end + offset) for t in terms]


def _unique(clauses: list[Clause]) -> list[Clause]:
    seen: set = set()
    kept = []
    for clause in clauses:
        key = tuple((t.exact, t.stem) for t in clause.terms)
        if key not in seen:
            seen.add(key)
            kept.append(clause)
    return kept
