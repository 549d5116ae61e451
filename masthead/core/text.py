"""Text helpers shared by both languages: slugs that work for English and Arabic."""

from django.db.models import QuerySet
from django.utils.text import slugify


def make_slug(text: str, max_length: int = 120) -> str:
    """A URL slug; Arabic letters are kept (browsers show them as typed)."""
    slug = slugify(text, allow_unicode=True)[:max_length].strip("-")
    return slug or "story"


def unique_slug(queryset: QuerySet, text: str, max_length: int = 120, field: str = "slug") -> str:
    """`make_slug(text)`, with -2, -3… appended until nothing in `queryset` uses it."""
    base = make_slug(text, max_length - 6)
    taken = set(queryset.filter(**{f"{field}__startswith": base}).values_list(field, flat=True))
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
