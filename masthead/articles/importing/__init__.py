"""Import articles from JSON Lines: every line is checked first, then all are written in one transaction.

One JSON object per line::

    {"headline": "…", "body_html": "<p>…</p>", "language": "en", "section": "world",
     "tags": ["Gaza", "ceasefire"], "authors": ["Jane Doe"], "published_at": "2025-05-01T09:30:00+03:00"}

`check_file()` reads and validates a whole file without writing and returns an `ImportPlan`;
`write_plan()` saves a plan; `import_articles()` does both, as `masthead import-articles` does.
An article is identified by (language, slug), the slug compared ignoring case, so importing the
same file again updates the articles it created instead of adding copies.

Everything the database could refuse is refused by the check, with its line number, so a dry
run and a real run agree: over-long lines and fields, NUL characters, times out of range.

The check phase (`checking`: `reading` the lines, `lines` and `fields` checking each, `directory`
finding sections, tags and authors) writes nothing; the write phase (`writing`) only saves a plan.
"""

from datetime import datetime
from pathlib import Path

from masthead.articles.importing.checking import check_file
from masthead.articles.importing.limits import (
    AUTHOR_NAME_MAX,
    BODY_MAX,
    DEK_MAX,
    FIELDS,
    HEADLINE_MAX,
    MAX_AUTHORS,
    MAX_LINE_BYTES,
    MAX_REPORTED_LINES,
    MAX_TAGS,
    SECTION_NAME_MAX,
    SLUG_MAX,
    TAG_NAME_MAX,
)
from masthead.articles.importing.plan import ImportFailed, ImportPlan, InvalidLines, PlannedArticle, Problem
from masthead.articles.importing.writing import write_plan

__all__ = [
    "AUTHOR_NAME_MAX",
    "BODY_MAX",
    "DEK_MAX",
    "FIELDS",
    "HEADLINE_MAX",
    "MAX_AUTHORS",
    "MAX_LINE_BYTES",
    "MAX_REPORTED_LINES",
    "MAX_TAGS",
    "SECTION_NAME_MAX",
    "SLUG_MAX",
    "TAG_NAME_MAX",
    "ImportFailed",
    "ImportPlan",
    "InvalidLines",
    "PlannedArticle",
    "Problem",
    "check_file",
    "import_articles",
    "write_plan",
]


def import_articles(
    *,
    path: Path | str,
    dry_run: bool = False,
    create_sections: bool = False,
    progress: bool = False,
    now: datetime | None = None,
) -> ImportPlan:
    """Check the JSON Lines file at `path` and, unless `dry_run`, write it; raises ImportFailed."""
    plan = check_file(path, create_sections=create_sections, progress=progress, now=now)
    if not dry_run:
        write_plan(plan, progress=progress)
    return plan
