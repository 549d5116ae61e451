"""New tag candidates: the people, places and organisations a draft names, and its key phrases.

There is no tagger or named-entity model to lean on, so this reads the text the way a copy
editor skims it, with rules that each answer one failure seen in wire copy. Each language has
its reader (`english`, `arabic`), with its word lists kept as text files in
masthead/suggestions/data/; both hand their names and phrases to `common.combine`, which ranks
them as one list.
"""

from collections.abc import Sequence

from masthead.suggestions.candidates.arabic import arabic_candidates
from masthead.suggestions.candidates.common import Candidate
from masthead.suggestions.candidates.english import english_candidates
from masthead.suggestions.tokens import Token

__all__ = ["Candidate", "arabic_candidates", "candidates", "english_candidates"]


def candidates(tokens: Sequence[Token], language: str) -> list[Candidate]:
    """New tag candidates in `tokens`, best first."""
    extract = arabic_candidates if language == "ar" else english_candidates
    return extract(tokens)
