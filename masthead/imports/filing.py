"""Where an export's people and terms go: authors, sections and tags, found again on every run.

A person or term already imported from this site is found by its old id (ImportedItem); else
by name or slug among what the newsroom has (so "Jane Doe" is not made twice, and a category
named like a section files into it); else it is made. Categories named in the section map (or
named like an existing section) are sections; every other term is a tag.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from django.utils.translation import gettext as _

from masthead.articles.importing.directory import author_directory, section_directory, tag_directory
from masthead.articles.importing.limits import (
    AUTHOR_NAME_MAX,
    AUTHOR_SLUG_MAX,
    SECTION_NAME_MAX,
    SECTION_SLUG_MAX,
    TAG_NAME_MAX,
    TAG_SLUG_MAX,
)
from masthead.articles.models import Section, Tag
from masthead.authors.models import Author
from masthead.core.models import Language
from masthead.core.text import make_slug
from masthead.imports.models import ImportedItem, item_key
from masthead.imports.options import ImportOptions, name_key
from masthead.imports.records import Catalogue, Person, SourceError, Term
from masthead.imports.report import Report

ARABIC = re.compile(r"[\u0600-\u06ff]")
# WordPress's catch-all category: filing a story there says nothing, so it is neither a section nor a tag.
CATCH_ALL = {"uncategorized", "uncategorised", "غير مصنف"}


def language_of_name(name: str, declared: str = "") -> str:
    """Which name field a name belongs in: Arabic letters say Arabic, whatever the post's language."""
    if ARABIC.search(name):
        return Language.ARABIC
    return declared if declared in Language.values else Language.ENGLISH


def free_slug(model: type[Author] | type[Tag], text: str, max_length: int) -> str:
    """A slug made from `text` that no row of `model` has yet (-2, -3… when it is taken)."""
    base = make_slug(text, max_length - 4)
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class Filing:
    """Resolves people to authors and terms to sections or tags, writing what is new (unless a dry run)."""

    def __init__(self, catalogue: Catalogue, options: ImportOptions, report: Report) -> None:
        self.catalogue = catalogue
        self.options = options
        self.report = report
        self.site = catalogue.site_key
        sections = list(Section.objects.order_by("pk"))
        self.sections = section_directory(sections)
        self.tags = tag_directory()
        self.authors = author_directory()
        known = ImportedItem.objects.filter(
            site=self.site,
            kind__in=[ImportedItem.Kind.PERSON, ImportedItem.Kind.TAG, ImportedItem.Kind.SECTION],
        )
        self.known: dict[tuple[str, str], int] = {(i.kind, i.key): i.object_id for i in known}
        self.author_ids: dict[str, int | None] = {}
        self.term_places: dict[str, tuple[str, int | None] | None] = {}  # key -> ("section"|"tag", id)
        self.default_section = self._default_section(sections)
        self.section_rows: dict[int, Section] = {}
        self.has_categories = any(term.kind == "category" for term in catalogue.terms.values())
        self.new_redirects: dict[str, tuple[str, int]] = {}  # old URL -> (kind, id), written with the batch

    def _default_section(self, sections: list[Section]) -> Section | None:
        wanted = self.options.default_section
        if wanted:
            found = self.sections.find(wanted)
            if found is None:
                raise SourceError(
                    _("--default-section: there is no section “%(value)s”; the sections are: %(known)s")
                    % {"value": wanted, "known": ", ".join(s.slug for s in sections) or "-"}
                )
            return found
        return next((s for s in sections if s.slug == "news"), sections[0] if sections else None)

    # People ------------------------------------------------------------------------------------

    def author_ids_for(self, keys: list[str]) -> list[int]:
        """The byline's authors, in order; made when new (ids are 0 in a dry run)."""
        ids = []
        for key in keys:
            if key not in self.author_ids:
                self.author_ids[key] = self._author(key)
            author_id = self.author_ids[key]
            if author_id is not None and author_id not in ids:
                ids.append(author_id)
        return ids

    def _author(self, key: str) -> int | None:
        person = self.catalogue.people.get(key) or Person(key=key, name=key)
        stored = self.known.get((ImportedItem.Kind.PERSON, item_key(key)))
        tally = self.report.tallies["authors"]
        if stored is not None and Author.objects.filter(pk=stored).exists():
            tally.unchanged += 1
            return stored
        name = " ".join((person.name or person.slug or key).split())[:AUTHOR_NAME_MAX]
        if not name:
            return None
        author = self.authors.find(name)
        if author is None:
            tally.created += 1
            language = language_of_name(name)
            author = self.authors.get_or_add(name, language)
            author.slug = free_slug(Author, unquote(person.slug) or name, AUTHOR_SLUG_MAX)
            if language == Language.ARABIC:
                author.bio_ar = person.bio
            else:
                author.bio = person.bio
            if self.options.dry_run:
                self._remember_urls(person.urls, "author", 0)
                return 0
            author.save()
        else:
            tally.unchanged += 1
        if author.pk:
            self._record(ImportedItem.Kind.PERSON, key, author.pk)
            self._remember_urls(person.urls, "author", author.pk)
        return author.pk or 0

    # Terms -------------------------------------------------------------------------------------

    def section_for(self, term_keys: list[str], primary: str = "") -> Section | None:
        """The first of the post's terms (its primary one first) that is a section, else the default."""
        for key in [primary, *term_keys] if primary else term_keys:
            place = self._place(key)
            if place is not None and place[0] == "section":
                if not place[1]:
                    return self._planned_section(key)
                if place[1] not in self.section_rows:
                    self.section_rows[place[1]] = Section.objects.get(pk=place[1])
                return self.section_rows[place[1]]
        return self.default_section

    def tag_ids_for(self, term_keys: list[str], language: str) -> list[int]:
        ids = []
        for key in term_keys:
            place = self._place(key, language)
            if place is not None and place[0] == "tag" and place[1] is not None and place[1] not in ids:
                ids.append(place[1])
        return ids

    def _planned_section(self, key: str) -> Section | None:
        # A dry run plans a new section without saving it: files the story "there" for the report.
        return self.sections.find(self._section_name(self.catalogue.terms[key]) or "")

    def _place(self, key: str, language: str = "") -> tuple[str, int | None] | None:
        if key not in self.term_places:
            self.term_places[key] = self._file_term(key, language)
        return self.term_places[key]

    def _section_name(self, term: Term) -> str | None:
        """The section this term maps to (by the map, else by its name), walking up to its parents."""
        seen: set[str] = set()
        while term is not None and term.key not in seen:
            seen.add(term.key)
            for value in (term.slug, unquote(term.slug), term.name):
                if value and name_key(value) in self.options.section_map:
                    return self.options.section_map[name_key(value)]
            # Categories are a site's sections; where a platform has none (Blogger, Ghost), a tag
            # or label named like a section is one.
            if term.kind == "category" or not self.has_categories:
                for value in (unquote(term.slug), term.name):
                    if value and self.sections.find(value) is not None:
                        return value
            term = self.catalogue.terms.get(term.parent) if term.parent else None
        return None

    def _file_term(self, key: str, language: str) -> tuple[str, int | None] | None:
        term = self.catalogue.terms.get(key)
        if term is None:
            return None
        section_name = self._section_name(term)
        if section_name is not None:
            return "section", self._section(term, section_name)
        if name_key(term.name) in CATCH_ALL or name_key(unquote(term.slug)) in CATCH_ALL:
            return None
        return "tag", self._tag(term, language)

    def _section(self, term: Term, name: str) -> int | None:
        tally = self.report.tallies["sections"]
        section = self.sections.find(name)
        if section is None:
            if not self.options.create_sections:
                raise SourceError(
                    _(
                        "“%(term)s” is mapped to the section “%(section)s”, which does not exist: "
                        "create it first, or add --create-sections"
                    )
                    % {"term": term.name, "section": name}
                )
            slug = make_slug(name, SECTION_SLUG_MAX)
            if not re.fullmatch(r"[-a-zA-Z0-9_]+", slug):
                raise SourceError(
                    _("Cannot make a section named “%(name)s”: its address needs Latin letters or digits.")
                    % {"name": name}
                )
            section = self.sections.get_or_add(name[:SECTION_NAME_MAX], language_of_name(name))
            section.slug = slug
            tally.created += 1
            if not self.options.dry_run:
                section.full_clean(exclude=["name_ar"])
                section.save()
        else:
            tally.unchanged += 1
        if section.pk:
            self._record(ImportedItem.Kind.SECTION, term.key, section.pk)
            self._remember_urls(term.urls, "section", section.pk)
        return section.pk

    def _tag(self, term: Term, language: str) -> int | None:
        tally = self.report.tallies["tags"]
        stored = self.known.get((ImportedItem.Kind.TAG, item_key(term.key)))
        if stored is not None and Tag.objects.filter(pk=stored).exists():
            tally.unchanged += 1
            self._remember_urls(term.urls, "tag", stored)
            return stored
        name = " ".join((term.name or unquote(term.slug)).split())[:TAG_NAME_MAX]
        if not name:
            return None
        tag = self.tags.find(name) or self.tags.find(unquote(term.slug))
        if tag is None:
            tally.created += 1
            tag_language = language_of_name(name, term.language or language)
            tag = self.tags.get_or_add(name, tag_language)
            tag.slug = free_slug(Tag, unquote(term.slug) or name, TAG_SLUG_MAX)
            if self.options.dry_run:
                return 0
            tag.save()
        else:
            tally.unchanged += 1
        if tag.pk:
            self._record(ImportedItem.Kind.TAG, term.key, tag.pk)
            self._remember_urls(term.urls, "tag", tag.pk)
        return tag.pk

    # Bookkeeping -------------------------------------------------------------------------------

    def _record(self, kind: str, key: str, object_id: int) -> None:
        if self.options.dry_run or self.known.get((kind, item_key(key))) == object_id:
            return
        ImportedItem.objects.update_or_create(
            site=self.site, kind=kind, key=item_key(key), defaults={"object_id": object_id}
        )
        self.known[(kind, item_key(key))] = object_id

    def _remember_urls(self, urls: list[str], kind: str, object_id: int) -> None:
        for url in urls:
            self.new_redirects[url] = (kind, object_id)

    def take_redirects(self) -> dict[str, tuple[str, int]]:
        """The old addresses of the authors, sections and tags filed since the last call."""
        taken, self.new_redirects = self.new_redirects, {}
        return taken
