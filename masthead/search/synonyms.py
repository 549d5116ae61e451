"""The newsroom's synonyms: words and phrases editors declare equal in search ("IPO" and
"initial public offering", "UN" and "United Nations", "الأمم المتحدة").

A query word (or run of words, or quoted phrase) that is one entry of a set also accepts every
other entry of it, in any of its forms: the sets are compared by stem, so "IPOs" meets "IPO".
Applied when a query is read, never to the index, so a change takes effect at once and costs
no rebuild.
"""

from __future__ import annotations

from masthead.core.kept import Kept
from masthead.search.analysis import Term
from masthead.search.backends.base import Clause, Query
from masthead.search.models import Synonym

Phrase = tuple[Term, ...]
Table = dict[tuple[str, ...], list[Phrase]]
STAMP = "search-synonyms"


def _stems(phrase: Phrase) -> tuple[str, ...]:
    return tuple(term.stem for term in phrase)


def load_table() -> Table:
    """Every entry of every set, by its stems, with the other entries of its sets."""
    table: Table = {}
    for synonym in Synonym.objects.all():
        phrases = synonym.phrases()
        for phrase in phrases:
            others = table.setdefault(_stems(phrase), [])
            others += [other for other in phrases if _stems(other) != _stems(phrase) and other not in others]
    return table


kept_table: Kept[Table] = Kept(load_table, version=STAMP)
LONGEST = 8  # words of an entry matched against a run of query words, at most


def expand(query: Query) -> Query:
    """`query` with each clause that is a synonym accepting the rest of its set."""
    table = kept_table.get()
    if not table:
        return query
    return Query(_expanded(query.required, table), _expanded(query.excluded, table))


def _expanded(clauses: tuple[Clause, ...], table: Table) -> tuple[Clause, ...]:
    extra: dict[int, list[Phrase]] = {n: [] for n in range(len(clauses))}
    for n, clause in enumerate(clauses):  # a word or a quoted phrase, whole
        extra[n] += table.get(_stems(clause.terms), [])
    # A run of words typed without quotes: "initial public offering" meets "IPO", each of its
    # words accepting it (so the three together, or the one, find the story).
    for size in range(2, LONGEST + 1):
        for start in range(len(clauses) - size + 1):
            run = clauses[start : start + size]
            if any(c.is_phrase for c in run):
                continue
            for phrase in table.get(tuple(c.terms[0].stem for c in run), []):
                for n in range(start, start + size):
                    extra[n].append(phrase)
    return tuple(
        Clause(c.terms, tuple(dict.fromkeys((*c.alternatives, *extra[n])))) if extra[n] else c
        for n, c in enumerate(clauses)
    )
