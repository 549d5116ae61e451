"""Result snippets: a passage of the story around the reader's words, those words marked.

Words are marked as they stand in the story (any form that matched: "elections" for a search
for "election"), never as stems, and everything else is escaped.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from masthead.core.text import truncate_headline
from masthead.search.analysis import Term, analyze
from masthead.search.backends.base import Query

WINDOW = 32  # words in a snippet
LEAD_IN = 6  # words shown before the first match


def wanted(query: Query) -> tuple[set[str], set[str]]:
    """The exact forms and the stems that count as a match for `query`."""
    terms = [t for clause in query.required for t in clause.terms]
    return {t.exact for t in terms}, {t.stem for t in terms}


def _matches(terms: list[Term], exact: set[str], stems: set[str]) -> list[bool]:
    return [t.exact in exact or t.stem in stems for t in terms]


def mark(text: str, query: Query, language: str | None = None) -> SafeString:
    """All of `text`, escaped, with the words matching `query` in <mark>."""
    exact, stems = wanted(query)
    terms = analyze(text, language)
    return _marked(text, terms, _matches(terms, exact, stems), 0, len(text))


def snippet(text: str, query: Query, language: str | None = None, fallback: str = "") -> SafeString:
    """The passage of `text` richest in the query's words, marked; else `fallback`, shortened
    (empty when `fallback` is).

    The window of WINDOW words holding the most different matched words wins (the earliest of
    equals), starting a few words before its first match.
    """
    exact, stems = wanted(query)
    terms = analyze(text, language)
    hits = _matches(terms, exact, stems)
    if not any(hits):
        return mark_safe(escape(truncate_headline(fallback, 220)))
    best, best_score = 0, -1
    for i, hit in enumerate(hits):
        if not hit:
            continue
        window = terms[i : i + WINDOW]
        score = len({(t.stem) for t, h in zip(window, hits[i : i + WINDOW], strict=False) if h})
        if score > best_score:
            best, best_score = i, score
    first = max(0, best - LEAD_IN)
    last = min(len(terms), first + WINDOW) - 1
    start = terms[first].start if first > 0 else 0
    end = terms[last].end if last < len(terms) - 1 else len(text)
    body = _marked(text, terms[first : last + 1], hits[first : last + 1], start, end)
    return mark_safe(("… " if start > 0 else "") + body + (" …" if end < len(text) else ""))


def _marked(text: str, terms: list[Term], hits: list[bool], start: int, end: int) -> SafeString:
    out, at = [], start
    for term, hit in zip(terms, hits, strict=True):
        if not hit:
            continue
        out.append(escape(text[at : term.start]))
        out.append(f"<mark>{escape(text[term.start : term.end])}</mark>")
        at = term.end
    out.append(escape(text[at:end]))
    return mark_safe("".join(out))
