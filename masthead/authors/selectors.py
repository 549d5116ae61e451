"""Reads of authors that reader pages share."""

from collections.abc import Iterable

from masthead.authors.models import Author
from masthead.core.kept import KeptRows

# Bylines are on most cards: each process keeps the authors it has met until one changes.
kept_authors = KeptRows(Author, stamp="authors")


def authors_by_id(ids: Iterable[int]) -> dict[int, Author]:
    """{id: Author} for `ids`, from this process's copy, the missing ones in one query."""
    return kept_authors.get(ids)
