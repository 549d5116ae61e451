"""The sections, tags and authors a file names: existing rows found by slug or name, new ones planned."""

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from django.utils.text import slugify

from masthead.articles.importing.limits import AUTHOR_SLUG_MAX, SECTION_SLUG_MAX, TAG_SLUG_MAX
from masthead.articles.models import Section, Tag
from masthead.authors.models import Author
from masthead.core.models import Language
from masthead.core.text import make_slug


def _name_key(value: str) -> str:
    """How names are compared: case and repeated spaces do not matter."""
    return " ".join(value.split()).casefold()


def slug_key(slug: str) -> str:
    """How article slugs are compared: two that differ only in case are one address."""
    return slug.lower()  # what the databases' LOWER() does, so the lookup can run in SQL


M = TypeVar("M", Tag, Author, Section)


class Directory:
    """Existing rows found by slug or any of their names, and the new ones this file adds."""

    def __init__(
        self,
        objects: Sequence[M],
        names: Callable[[M], Iterable[str]],
        slug_for: Callable[[str], str],
        make: Callable[[str, str, str], M],
    ) -> None:
        self.slug_for = slug_for
        self.make = make
        self.new: list[M] = []
        self._by_slug: dict[str, M] = {}
        self._by_name: dict[str, M] = {}
        for obj in objects:  # oldest first, so the oldest wins when two share a name
            self._by_slug.setdefault(obj.slug.casefold(), obj)
            for name in names(obj):
                if name.strip():
                    self._by_name.setdefault(_name_key(name), obj)

    def find(self, value: str) -> M | None:
        key = _name_key(value)
        # Matching the slug made from the name too means a new row can never collide with an old one.
        return (
            self._by_slug.get(key)
            or self._by_name.get(key)
            or self._by_slug.get(self.slug_for(value).casefold())
        )

    def get_or_add(self, value: str, language: str) -> M:
        found = self.find(value)
        if found is None:
            key, slug = _name_key(value), self.slug_for(value)
            found = self.make(" ".join(value.split()), slug, language)
            self.new.append(found)
            self._by_slug[slug.casefold()] = found
            self._by_name[key] = found
        return found


def section_slug(value: str) -> str:
    # Section addresses are ASCII (the `slug` path converter), so Arabic letters cannot make one.
    return slugify(value)[:SECTION_SLUG_MAX].strip("-")


def _new_section(name: str, slug: str, language: str) -> Section:
    # As for authors: the English name is the one every page can fall back to.
    return Section(name=name, name_ar=name if language == Language.ARABIC else "", slug=slug)


def _new_tag(name: str, slug: str, language: str) -> Tag:
    if language == Language.ARABIC:
        return Tag(name="", name_ar=name, slug=slug)
    return Tag(name=name, slug=slug)


def _new_author(name: str, slug: str, language: str) -> Author:
    # The English name is required, so an author first met on an Arabic story has the Arabic
    # name in both fields until an editor adds the transliteration.
    return Author(name=name, name_ar=name if language == Language.ARABIC else "", slug=slug)


def unique(objects: Iterable[M]) -> list[M]:
    """In first-seen order; by identity, because unsaved model instances cannot be hashed."""
    seen: set[int] = set()
    result = []
    for obj in objects:
        if id(obj) not in seen:
            seen.add(id(obj))
            result.append(obj)
    return result


def section_directory(existing: Sequence[Section]) -> Directory:
    """Sections by slug, English or Arabic name; a new one gets an ASCII slug."""
    return Directory(existing, lambda section: [section.name, section.name_ar], section_slug, _new_section)


def tag_directory() -> Directory:
    """Every tag by slug, name, Arabic name or alias."""
    return Directory(
        list(Tag.objects.order_by("pk")),
        lambda tag: [tag.name, tag.name_ar, *tag.aliases.split(",")],
        lambda value: make_slug(value, TAG_SLUG_MAX),
        _new_tag,
    )


def author_directory() -> Directory:
    """Every author by slug, name or Arabic name."""
    return Directory(
        list(Author.objects.order_by("pk")),
        lambda author: [author.name, author.name_ar],
        lambda value: make_slug(value, AUTHOR_SLUG_MAX),
        _new_author,
    )
