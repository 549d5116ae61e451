"""New tag candidates: the people, places and organisations a draft names, and its key phrases.

There is no tagger or named-entity model to lean on, so this reads the text the way a copy
editor skims it, with rules that each answer one failure seen in wire copy. Each language has
its reader (`english`, `arabic`), with its word lists kept as text files in
masthead/suggestions/data/; `entities` then adds the places the gazetteer knows and makes each
thing one candidate, and `common.combine` ranks names and phrases as one list, what the
headline and the lead name first (`layout`).
"""

from collections.abc import Sequence

from masthead.suggestions.candidates.arabic import read_arabic
from masthead.suggestions.candidates.common import Candidate, combine
from masthead.suggestions.candidates.english import read_english
from masthead.suggestions.candidates.entities import resolve
from masthead.suggestions.candidates.layout import layout
from masthead.suggestions.tokens import Token

__all__ = ["Candidate", "candidates"]


def candidates(tokens: Sequence[Token], language: str) -> list[Candidate]:
    """New tag candidates in `tokens`, best first."""
    read = read_arabic if language == "ar" else read_english
    names, phrases = read(tokens)
    where = layout(tokens)
    resolve(tokens, language, names, phrases, where)
    return combine(names, phrases, where)
