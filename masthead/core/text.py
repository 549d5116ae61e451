"""Text helpers shared by both languages: slugs and safe truncation for English and Arabic."""

import unicodedata

from django.db.models import QuerySet
from django.utils.text import slugify

from masthead.core.html import plain_text


def make_slug(text: str, max_length: int = 120) -> str:
    """A URL slug of at most `max_length` characters; Arabic letters are kept (browsers show
    them as typed).

    A long slug ends at the last whole word that fits (an address ending in "…-three-ye/" reads
    as a typo); only a single word longer than the limit is cut inside itself.
    """
    slug = slugify(text, allow_unicode=True).strip("-")
    if len(slug) > max_length:
        # A "-" right after the limit means the word before it ends exactly there.
        cut = slug.rfind("-", 0, max_length + 1)
        slug = slug[:cut] if cut > 0 else slug[:max_length]
    return slug.strip("-") or "story"


def unique_slug(queryset: QuerySet, text: str, max_length: int = 120, field: str = "slug") -> str:
    """`make_slug(text)`, with -2, -3… appended until nothing in `queryset` uses it."""
    base = make_slug(text, max_length - 6)
    taken = set(queryset.filter(**{f"{field}__startswith": base}).values_list(field, flat=True))
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


ELLIPSIS = "…"
# Zero-width (non-)joiners glue the letters on either side into one visible unit.
_JOINERS = {"\u200c", "\u200d"}
# Left dangling before an ellipsis these read as mistakes ("Talks resume, …"), so they go.
_TRAILING_PUNCTUATION = " \t\n,;:.-–—،؛·/(["


def _clusters(text: str, limit: int) -> list[str]:
    """Split the start of `text` into user-perceived characters, at most `limit` + 1 of them.

    A base letter with its combining marks (Arabic harakat, shadda, superscript alef, Latin
    accents) is one cluster, and a ZWJ/ZWNJ joins what is before and after it. This is not
    the full Unicode segmentation (UAX #29), but it never separates a mark from its letter,
    which is what a cut must guarantee. It stops early: cards only need the first few dozen.
    """
    clusters: list[str] = []
    glue = False  # the previous character was a joiner
    for char in text:
        if clusters and (glue or char in _JOINERS or _is_mark(char)):
            clusters[-1] += char
        elif len(clusters) > limit:
            break  # one cluster past the limit is enough to know the text is longer
        else:
            clusters.append(char)
        glue = char in _JOINERS
    return clusters


def _is_mark(char: str) -> bool:
    # Marks with combining class 0 (some Arabic signs, variation selectors) attach too.
    return bool(unicodedata.combining(char)) or unicodedata.category(char) in ("Mn", "Me")


def truncate_headline(text: str, max_chars: int) -> str:
    """`text` shortened to at most `max_chars` visible characters, ending in "…" if cut.

    Cuts at the last space that fits, so no word is broken; a single word longer than the
    limit is cut between two letters (never between a letter and its marks). Trailing
    punctuation before the cut is dropped. Text that already fits comes back unchanged.
    """
    text = " ".join((text or "").split())
    if len(text) <= max_chars:  # never more clusters than code points
        return text
    clusters = _clusters(text, max_chars)
    if len(clusters) <= max_chars:
        return text
    if max_chars < 2:
        return ELLIPSIS[:max_chars]
    room = max_chars - 1  # one place is the ellipsis
    # The last space within the room, or the space just after it (the word before it fits).
    cut = next((i for i in range(room, 0, -1) if clusters[i].isspace()), 0)
    kept = "".join(clusters[:cut] if cut else clusters[:room]).rstrip(_TRAILING_PUNCTUATION)
    if not kept:  # only punctuation fitted before the first space
        kept = "".join(clusters[:room])
    return kept + ELLIPSIS


def excerpt(text: str, max_chars: int = 160) -> str:
    """A plain-text excerpt of `text` (HTML or plain) cut at a word boundary."""
    # Only the start of a long body can reach the excerpt; the sanitizer mends a cut-off tag.
    head = text[: max_chars * 8 + 500] if text else ""
    return truncate_headline(plain_text(head), max_chars)
