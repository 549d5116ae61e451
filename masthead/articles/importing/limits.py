"""What an import accepts: the fields of a line and how long each may be, and query batch sizes."""

from collections.abc import Iterator, Sequence

from django.db import models

from masthead.articles.models import Article, Section, Tag
from masthead.authors.models import Author

FIELDS = (
    "headline",
    "body_html",
    "body_text",
    "language",
    "section",
    "tags",
    "authors",
    "published_at",
    "slug",
    "dek",
)
# Enough to see what is wrong with a file without scrolling through thousands of lines.
MAX_REPORTED_LINES = 100
# Values per `IN (…)` query: well under SQLite's limit on query parameters.
CHUNK_SIZE = 500


def _max_length(model: type[models.Model], name: str) -> int:
    return model._meta.get_field(name).max_length  # type: ignore[union-attr,return-value]


HEADLINE_MAX = _max_length(Article, "headline")
SLUG_MAX = _max_length(Article, "slug")
TAG_NAME_MAX = _max_length(Tag, "name")
TAG_SLUG_MAX = _max_length(Tag, "slug")
AUTHOR_NAME_MAX = _max_length(Author, "name")
AUTHOR_SLUG_MAX = _max_length(Author, "slug")
SECTION_NAME_MAX = _max_length(Section, "name")
SECTION_SLUG_MAX = _max_length(Section, "slug")
# Limits the model does not set. A body of 500,000 characters is a hundred long reads, and
# still fits a line when every Arabic letter is written as a six-byte "\uXXXX" escape.
MAX_LINE_BYTES = 4 * 1024 * 1024
BODY_MAX = 500_000
DEK_MAX = 2_000
MAX_TAGS = 50
MAX_AUTHORS = 20
# A line longer than MAX_LINE_BYTES is skipped in pieces of this size, never held whole.
READ_SIZE = 64 * 1024


def chunks(values: Sequence, size: int = CHUNK_SIZE) -> Iterator[Sequence]:
    """`values` in slices of at most `size`, one `IN (…)` query each."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
