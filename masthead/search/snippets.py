"""Result snippets: a passage of the story around the reader's words, those words marked.

Words are marked as they stand in the story (any form that matched: "elections" for a search
for "election"), never as stems, and everything else is escaped.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from masthead.core.text import truncate_headline
from masthead.search.analysis import Term, analyze, skim, skim_key
from masthead.search.backends.base import Query

WINDOW = 32  # words in a snippet
LEAD_IN = 6  # words shown before the first match


def wanted(query: Query) -> tuple[set[str], set[str]]:
    """The exact forms and the stems that count as a match for `query`."""
    terms = [t for clause in query.required for phrase in clause.phrases for t in phrase]
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
    equals), starting a few words before its first match. The text is read a part at a time,
    and no further once a whole window holds every word of the query: a long story's first
    mention is usually that window, and analysing a whole body costs more than the search.
    """
    exact, stems = wanted(query)
    every_word = len({t.stem for clause in query.required for t in clause.terms})
    keys = _keys(stems)
    terms: list[Term] = []
    hits: list[bool] = []
    best, best_score = 0, 0
    read, after_hit = 0, False  # characters looked at; whether the last part read had a match
    for at, end in _spans(text):
        read = end
        # A part with none of the stems in it holds no match: skipped unless it continues a match.
        if keys is not None and not after_hit:
            skimmed = skim(text[at:end])
            if not any(key in skimmed for key in keys):
                continue
        part = [Term(t.exact, t.stem, t.start + at, t.end + at) for t in analyze(text[at:end], language)]
        part_hits = _matches(part, exact, stems)
        terms, hits, after_hit = terms + part, hits + part_hits, any(part_hits)
        best, best_score = _best_window(terms, hits)
        if best_score >= every_word and best + WINDOW <= len(terms):
            break
    if not best_score:
        return mark_safe(escape(truncate_headline(fallback, 220)))
    first = max(0, best - LEAD_IN)
    last = min(len(terms), first + WINDOW) - 1
    start = terms[first].start if first > 0 else 0
    end = terms[last].end if last < len(terms) - 1 or read < len(text) else len(text)
    body = _marked(text, terms[first : last + 1], hits[first : last + 1], start, end)
    return mark_safe(("… " if start > 0 else "") + body + (" …" if end < len(text) else ""))


PART = 600  # characters looked at a time, cut at a space


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """`text` cut into parts of about PART characters, at spaces: (start, end) of each."""
    at = 0
    while at < len(text):
        end = len(text) if len(text) - at <= PART else text.rfind(" ", at + 1, at + PART)
        if end <= at:
            end = min(len(text), at + PART)
        yield at, end
        at = end


def _keys(stems: set[str]) -> list[str] | None:
    """What `skim` of a part must contain for the part to hold a match (`skim_key` of a stem).
    None when a stem has digits (which may be written with separators the analysis drops) or is
    of a script the skim does not cover."""
    if any(ch.isdigit() for stem in stems for ch in stem):
        return None
    keys = [skim_key(stem) for stem in stems]
    return None if None in keys else keys


def _best_window(terms: list[Term], hits: list[bool]) -> tuple[int, int]:
    """Where the window with the most different matched words starts (the earliest of equals), and
    how many it holds."""
    best, best_score = 0, 0
    for i, hit in enumerate(hits):
        if not hit:
            continue
        window = terms[i : i + WINDOW]
        score = len({t.stem for t, h in zip(window, hits[i : i + WINDOW], strict=False) if h})
        if score > best_score:
            best, best_score = i, score
    return best, best_score


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
