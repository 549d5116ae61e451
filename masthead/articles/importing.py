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
"""

from __future__ import annotations

import codecs
import difflib
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import validate_unicode_slug
from django.db import DatabaseError, models, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from tqdm import tqdm

from masthead.articles import services
from masthead.articles.models import Article, ArticleAuthor, Section, Tag
from masthead.authors.models import Author
from masthead.core.html import sanitize_html, text_to_html
from masthead.core.models import Language
from masthead.core.text import make_slug
from masthead.core.validators import validate_moment, validate_storable_text

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


class ImportFailed(Exception):
    """The file cannot be imported; the message says why. Nothing was written."""


@dataclass(frozen=True)
class Problem:
    """Everything wrong with one line of the file."""

    line: int
    messages: tuple[str, ...]

    def __str__(self) -> str:
        return _("line %(line)d: %(problems)s") % {"line": self.line, "problems": "; ".join(self.messages)}


class InvalidLines(ImportFailed):
    """Some lines are bad; `problems` lists them all, in file order."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        count = len(problems)
        lines = [
            ngettext(
                "%(path)s: %(count)d bad line, so nothing was imported:",
                "%(path)s: %(count)d bad lines, so nothing was imported:",
                count,
            )
            % {"path": path, "count": count}
        ]
        lines += [f"  {problem}" for problem in problems[:MAX_REPORTED_LINES]]
        if count > MAX_REPORTED_LINES:
            hidden = count - MAX_REPORTED_LINES
            lines.append(
                "  "
                + ngettext("… and %(count)d more bad line.", "… and %(count)d more bad lines.", hidden)
                % {"count": hidden}
            )
        super().__init__("\n".join(lines))


@dataclass
class PlannedArticle:
    """One article as it will be saved, and what saving it changes."""

    line: int
    article: Article
    tags: list[Tag]
    authors: list[Author]
    is_new: bool
    is_changed: bool
    was_live: bool
    previous_status: str | None


@dataclass
class ImportPlan:
    """A checked file: what to create and update. Nothing has been written yet."""

    path: Path
    articles: list[PlannedArticle]
    new_tags: list[Tag]
    new_authors: list[Author]
    warnings: list[str] = field(default_factory=list)
    new_sections: list[Section] = field(default_factory=list)

    @property
    def to_create(self) -> list[PlannedArticle]:
        return [item for item in self.articles if item.is_new]

    @property
    def to_update(self) -> list[PlannedArticle]:
        return [item for item in self.articles if item.is_changed and not item.is_new]

    @property
    def unchanged(self) -> list[PlannedArticle]:
        return [item for item in self.articles if not item.is_changed]


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


def check_file(
    path: Path | str,
    *,
    create_sections: bool = False,
    progress: bool = False,
    now: datetime | None = None,
) -> ImportPlan:
    """Read and validate every line of `path`; raises InvalidLines naming each bad one.

    With `create_sections`, a section that matches none is planned as a new one.
    """
    path = Path(path)
    try:
        handle = path.open("rb")
        size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError as exc:
        raise ImportFailed(_("%(path)s: no such file.") % {"path": path}) from exc
    except IsADirectoryError as exc:
        raise ImportFailed(_("%(path)s is a folder, not a file.") % {"path": path}) from exc
    except OSError as exc:
        raise ImportFailed(
            _("%(path)s cannot be read: %(error)s") % {"path": path, "error": exc.strerror}
        ) from exc

    checker = _Checker(create_sections=create_sections)
    with handle, tqdm(total=size, unit="B", unit_scale=True, desc=_("Checking"), disable=not progress) as bar:
        for line in _read_lines(handle):
            bar.update(line.size)
            if line.raw is None:
                checker.problems[line.number] = [
                    _("the line is %(size)d bytes long; the most is %(max)d bytes (%(mib)d MiB)")
                    % {"size": line.length, "max": MAX_LINE_BYTES, "mib": MAX_LINE_BYTES // 2**20}
                ]
                continue
            raw = _strip_bom(path, line.raw) if line.number == 1 else line.raw
            checker.add_line(line.number, raw)
    if not checker.rows and not checker.problems:
        raise ImportFailed(
            _("%(path)s has no articles in it: it is empty or has only blank lines.") % {"path": path}
        )
    return checker.plan(path, now=now or timezone.now())


def write_plan(plan: ImportPlan, *, progress: bool = False) -> None:
    """Save a checked plan in one transaction: all of it or, if anything fails, none of it."""
    changed = [item for item in plan.articles if item.is_changed]
    try:
        with transaction.atomic():
            for section in plan.new_sections:
                # One save() each (there are few): it tells every process to reload the navigation.
                section.save()
            _create_all(Tag, plan.new_tags)
            _create_all(Author, plan.new_authors)
            # One save() per article rather than bulk_create: save() sanitizes, records the first
            # publication time and leaves a redirect behind when an article changes section.
            for item in tqdm(changed, desc=_("Importing"), unit=_("article"), disable=not progress):
                item.article.save()
            _replace_tags_and_bylines(changed)
            for item in changed:
                # The same announcements as an edit in the admin (cache purges, scheduling).
                services.after_save(
                    article=item.article, previous_status=item.previous_status, was_live=item.was_live
                )
    except DatabaseError as exc:
        raise ImportFailed(
            _("Writing to the database failed, so nothing was imported: %(error)s") % {"error": exc}
        ) from exc


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    number: int
    raw: bytes | None  # None when the line is longer than the limit
    size: int  # bytes read, line ending included
    length: int  # bytes without the line ending


def _read_lines(handle: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[_Line]:
    """The lines of `handle`; one longer than `limit` bytes is read past in pieces, never whole."""
    number = 0
    # `limit + 2` leaves room for the "\r\n" after a line of exactly `limit` bytes.
    while head := handle.readline(limit + 2):
        number += 1
        size, last = len(head), head
        while not last.endswith(b"\n"):
            piece = handle.readline(READ_SIZE)
            if not piece:
                break
            size, last = size + len(piece), piece
        length = size - (len(last) - len(last.rstrip(b"\r\n")))
        is_whole = last is head and length <= limit
        yield _Line(number=number, raw=head if is_whole else None, size=size, length=length)


def _strip_bom(path: Path, raw: bytes) -> bytes:
    """Drop a UTF-8 byte order mark; refuse UTF-16 outright rather than report every line."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw:
        raise ImportFailed(
            _("%(path)s is not UTF-8 text (it looks like UTF-16 or a binary file); save it as UTF-8.")
            % {"path": path}
        )
    return raw.removeprefix(codecs.BOM_UTF8)


class _DuplicateKey(ValueError):
    pass


def _object_without_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads silently keeps the last of two equal keys; in an export that is a bug to report.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _quote(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _type_name(value: Any) -> str:
    if value is None:
        return _("null")
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, int | float):
        return _("a number")
    if isinstance(value, str):
        return _("a string")
    if isinstance(value, list):
        return _("a list")
    return _("an object")


def _storage_problem(value: str) -> str | None:
    """Why the database could not store `value`, or None."""
    try:
        validate_storable_text(value)
    except ValidationError as exc:
        return _clause(exc)
    return None


def _clause(exc: ValidationError) -> str:
    """A validator's sentence as a clause, since a line's problems are joined with semicolons."""
    return exc.messages[0].rstrip(".")


def _name_key(value: str) -> str:
    """How names are compared: case and repeated spaces do not matter."""
    return " ".join(value.split()).casefold()


def _slug_key(slug: str) -> str:
    """How article slugs are compared: two that differ only in case are one address."""
    return slug.lower()  # what the databases' LOWER() does, so the lookup can run in SQL


M = TypeVar("M", Tag, Author, Section)


class _Directory:
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


def _section_slug(value: str) -> str:
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


@dataclass
class _Row:
    """A line that passed every check, with its values cleaned."""

    line: int
    language: str
    slug: str
    headline: str
    dek: str
    body: str
    section: Section
    published_at: datetime | None
    tags: list[Tag]
    authors: list[Author]


class _Checker:
    """Validates lines one at a time, collecting every problem instead of stopping at the first."""

    def __init__(self, *, create_sections: bool = False) -> None:
        self.create_sections = create_sections
        existing_sections = list(Section.objects.order_by("pk"))
        self.section_slugs = sorted(section.slug for section in existing_sections)
        self.sections = _Directory(
            existing_sections,
            lambda section: [section.name, section.name_ar],
            _section_slug,
            _new_section,
        )
        self.tags = _Directory(
            list(Tag.objects.order_by("pk")),
            lambda tag: [tag.name, tag.name_ar, *tag.aliases.split(",")],
            lambda value: make_slug(value, TAG_SLUG_MAX),
            _new_tag,
        )
        self.authors = _Directory(
            list(Author.objects.order_by("pk")),
            lambda author: [author.name, author.name_ar],
            lambda value: make_slug(value, AUTHOR_SLUG_MAX),
            _new_author,
        )
        self.rows: list[_Row] = []
        self.problems: dict[int, list[str]] = {}
        self.warnings: dict[str, list[int]] = defaultdict(list)
        # (language, slug key) -> (line, slug as written there)
        self.first_line_of: dict[tuple[str, str], tuple[int, str]] = {}

    # --- one line -------------------------------------------------------------------------------
    def add_line(self, number: int, raw: bytes) -> None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.problems[number] = [
                _(
                    "not valid UTF-8 (byte 0x%(byte)02X at byte %(position)d of the line); "
                    "save the file as UTF-8"
                )
                % {"byte": raw[exc.start], "position": exc.start + 1}
            ]
            return
        text = text.rstrip("\r\n")  # so JSON errors point into the line, not past its end
        if not text.strip():
            return
        try:
            data = json.loads(text, object_pairs_hook=_object_without_duplicate_keys)
        except json.JSONDecodeError as exc:
            self.problems[number] = [
                _("invalid JSON at column %(column)d: %(error)s") % {"column": exc.colno, "error": exc.msg}
            ]
            return
        except _DuplicateKey as exc:
            self.problems[number] = [_("the field %(field)s appears twice") % {"field": _quote(str(exc))}]
            return
        except RecursionError:
            self.problems[number] = [_("invalid JSON: nested too deeply")]
            return
        except ValueError:
            # The one other ValueError json raises: an integer past Python's 4,300-digit limit.
            self.problems[number] = [_("invalid JSON: a number has too many digits")]
            return
        if not isinstance(data, dict):
            self.problems[number] = [
                _("expected a JSON object ({…}), not %(type)s") % {"type": _type_name(data)}
            ]
            return
        errors: list[str] = []
        row = self._check_fields(number, data, errors)
        if errors:
            self.problems[number] = errors
        elif row is not None:
            self.rows.append(row)

    def _check_fields(self, number: int, data: dict[str, Any], errors: list[str]) -> _Row | None:
        for key in data:
            if key not in FIELDS:
                self._warn(number, self._unknown_field_warning(key))

        headline = self._string(data, "headline", errors, required=True)
        if headline is not None:
            headline = headline.strip()
            if not headline:
                errors.append(_('"headline" is empty'))
            else:
                self._check_length("headline", headline, HEADLINE_MAX, errors)

        body = self._body(number, data, errors)
        language = self._string(data, "language", errors, required=True)
        if language is not None and language not in Language.values:
            errors.append(_('"language" must be "en" or "ar", not %(value)s') % {"value": _quote(language)})
            language = None
        section_name = self._section(data, errors)
        slug, slug_is_derived = self._slug(data, headline, errors)
        dek = (self._string(data, "dek", errors) or "").strip()
        self._check_length("dek", dek, DEK_MAX, errors)
        published_at = self._published_at(data, errors)
        tag_names = self._names(data, "tags", TAG_NAME_MAX, MAX_TAGS, errors)
        author_names = self._names(data, "authors", AUTHOR_NAME_MAX, MAX_AUTHORS, errors)

        if language and slug:
            first, first_slug = self.first_line_of.setdefault((language, _slug_key(slug)), (number, slug))
            if first != number:
                values = {
                    "slug": _quote(slug),
                    "first": first,
                    "language": language,
                    "other": _quote(first_slug),
                }
                if first_slug == slug:
                    message = _(
                        'the slug %(slug)s is already used by line %(first)d (language "%(language)s")'
                    )
                else:
                    message = _(
                        "the slug %(slug)s is already used by line %(first)d as %(other)s "
                        '(language "%(language)s"; case does not matter in slugs)'
                    )
                message %= values
                if slug_is_derived:
                    message += _('; it was made from the headline, so give one of them a "slug"')
                errors.append(message)

        if errors:
            return None
        # Only a good line may add tags and authors, so a dry run lists exactly what would be made.
        assert headline and language and slug and section_name and body is not None
        assert tag_names is not None and author_names is not None
        section = self.sections.get_or_add(section_name, language)
        tags = _unique(self.tags.get_or_add(name, language) for name in tag_names)
        authors = _unique(self.authors.get_or_add(name, language) for name in author_names)
        return _Row(number, language, slug, headline, dek, body, section, published_at, tags, authors)

    def _string(
        self, data: dict[str, Any], name: str, errors: list[str], *, required: bool = False
    ) -> str | None:
        if name not in data:
            if required:
                errors.append(_('"%(field)s" is missing') % {"field": name})
            return None
        value = data[name]
        if value is None and not required:
            return None
        if not isinstance(value, str):
            errors.append(
                _('"%(field)s" must be a string, not %(type)s') % {"field": name, "type": _type_name(value)}
            )
            return None
        problem = _storage_problem(value)
        if problem:
            errors.append(_('"%(field)s": %(error)s') % {"field": name, "error": problem})
            return None
        return value

    @staticmethod
    def _check_length(name: str, value: str, max_length: int, errors: list[str]) -> None:
        if len(value) > max_length:
            errors.append(
                _('"%(field)s" is %(length)d characters long; the most is %(max)d')
                % {"field": name, "length": len(value), "max": max_length}
            )

    def _body(self, number: int, data: dict[str, Any], errors: list[str]) -> str | None:
        has_html, has_text = data.get("body_html") is not None, data.get("body_text") is not None
        if has_html and has_text:
            errors.append(_('give "body_html" or "body_text", not both'))
            return None
        if not has_html and not has_text:
            errors.append(_('"body_html" or "body_text" is missing'))
            return None
        name = "body_html" if has_html else "body_text"
        raw = self._string(data, name, errors, required=True)
        if raw is None:
            return None
        if len(raw) > BODY_MAX:
            self._check_length(name, raw, BODY_MAX, errors)
            return None
        body = sanitize_html(raw) if has_html else text_to_html(raw)
        if raw.strip() and not body:
            self._warn(number, _("the body is empty once unsafe HTML is removed"))
        return body

    def _section(self, data: dict[str, Any], errors: list[str]) -> str | None:
        """The section's slug or name as given, once it is known to match one or to be creatable."""
        value = self._string(data, "section", errors, required=True)
        if value is None:
            return None
        value = " ".join(value.split())
        if not value:
            errors.append(_('"section" is empty'))
            return None
        if self.sections.find(value) is not None:
            return value
        if not self.create_sections:
            if self.section_slugs:
                errors.append(
                    _("there is no section %(value)s; the sections are: %(known)s (or use --create-sections)")
                    % {"value": _quote(value), "known": ", ".join(self.section_slugs)}
                )
            else:
                errors.append(
                    _(
                        "there is no section %(value)s; there are no sections yet: "
                        "create them first, or use --create-sections"
                    )
                    % {"value": _quote(value)}
                )
            return None
        if len(value) > SECTION_NAME_MAX:
            errors.append(
                _(
                    "cannot create the section %(value)s: it is %(length)d characters long; "
                    "the most is %(max)d"
                )
                % {"value": _quote(value), "length": len(value), "max": SECTION_NAME_MAX}
            )
            return None
        if not _section_slug(value):
            errors.append(
                _(
                    "cannot create the section %(value)s: its address needs Latin letters or digits; "
                    'give its slug instead, like "world"'
                )
                % {"value": _quote(value)}
            )
            return None
        return value

    def _slug(self, data: dict[str, Any], headline: str | None, errors: list[str]) -> tuple[str | None, bool]:
        """The given slug, or one made from the headline: the same headline always gives the same slug."""
        value = self._string(data, "slug", errors)
        if value is None and "slug" in data and data["slug"] is not None:
            return None, False  # wrong type, already reported
        if not value or not value.strip():
            return (make_slug(headline, SLUG_MAX) if headline else None), True
        slug = value.strip()
        if len(slug) > SLUG_MAX:
            self._check_length("slug", slug, SLUG_MAX, errors)
            return None, False
        try:
            validate_unicode_slug(slug)
        except ValidationError:
            errors.append(
                _('"slug" %(value)s may contain only letters, digits, hyphens and underscores')
                % {"value": _quote(slug)}
            )
            return None, False
        return slug, False

    def _published_at(self, data: dict[str, Any], errors: list[str]) -> datetime | None:
        value = self._string(data, "published_at", errors)
        if value is None or not value.strip():  # "" as well: exports from spreadsheets write that
            return None
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            errors.append(
                _(
                    '"published_at" %(value)s is not an ISO 8601 date and time, '
                    'like "2025-05-01T09:30:00+03:00"'
                )
                % {"value": _quote(value)}
            )
            return None
        if timezone.is_naive(moment):
            # A time without an offset is newsroom time, as an editor typing it in the admin means it.
            moment = timezone.make_aware(moment, timezone.get_default_timezone())
        try:
            # Here, not at write time: a time the database cannot take must fail a dry run too.
            validate_moment(moment)
        except ValidationError as exc:
            errors.append(_('"%(field)s": %(error)s') % {"field": "published_at", "error": _clause(exc)})
            return None
        return moment

    def _names(
        self, data: dict[str, Any], name: str, max_length: int, max_count: int, errors: list[str]
    ) -> list[str] | None:
        value = data.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            errors.append(
                _('"%(field)s" must be a list of names, not %(type)s')
                % {"field": name, "type": _type_name(value)}
            )
            return None
        if len(value) > max_count:
            errors.append(
                _('"%(field)s" has %(count)d names; the most is %(max)d')
                % {"field": name, "count": len(value), "max": max_count}
            )
            return None
        names: list[str] = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                errors.append(
                    _('"%(field)s" item %(position)d must be a string, not %(type)s')
                    % {"field": name, "position": position, "type": _type_name(item)}
                )
            elif problem := _storage_problem(item):
                errors.append(
                    _('"%(field)s" item %(position)d: %(error)s')
                    % {"field": name, "position": position, "error": problem}
                )
            elif not item.strip():
                errors.append(
                    _('"%(field)s" item %(position)d is empty') % {"field": name, "position": position}
                )
            elif len(" ".join(item.split())) > max_length:
                errors.append(
                    _('"%(field)s" item %(position)d is longer than %(max)d characters')
                    % {"field": name, "position": position, "max": max_length}
                )
            elif not slugify(item, allow_unicode=True):
                errors.append(
                    _('"%(field)s" item %(position)d (%(value)s) has no letters or digits')
                    % {"field": name, "position": position, "value": _quote(item)}
                )
            else:
                names.append(item)
        return names

    def _warn(self, number: int, message: str) -> None:
        self.warnings[message].append(number)

    @staticmethod
    def _unknown_field_warning(key: str) -> str:
        message = _("unknown field %(field)s ignored") % {"field": _quote(key)}
        close = difflib.get_close_matches(key, FIELDS, n=1)
        if close:
            message += _(' (did you mean "%(suggestion)s"?)') % {"suggestion": close[0]}
        return message

    # --- the whole file ---------------------------------------------------------------------------
    def plan(self, path: Path, *, now: datetime) -> ImportPlan:
        existing = _existing_articles(self.rows)
        ids = [article.pk for candidates in existing.values() for article in candidates]
        current_tags = _current_tag_ids(ids)
        current_bylines = _current_byline_author_ids(ids)
        planned: list[PlannedArticle] = []
        for row in self.rows:
            candidates = existing.get((row.language, _slug_key(row.slug)), [])
            # An existing story keeps its address even when the file spells the slug in other case.
            article = next((a for a in candidates if a.slug == row.slug), None)
            if article is None and len(candidates) > 1:
                self.problems[row.line] = [
                    _(
                        "the slug %(slug)s matches several stories that differ only in case "
                        "(%(slugs)s); give one of them exactly"
                    )
                    % {"slug": _quote(row.slug), "slugs": ", ".join(_quote(a.slug) for a in candidates)}
                ]
                continue
            if article is None and candidates:
                article = candidates[0]
            is_new = article is None
            if article is None:
                article = Article(language=row.language, slug=row.slug)
                before = None
            else:
                before = _snapshot(article)
            was_live, previous_status = (not is_new and article.is_published), article.status
            article.headline, article.dek, article.body = row.headline, row.dek, row.body
            article.section = row.section
            if row.published_at is not None:
                article.status, article.published_at = Article.Status.PUBLISHED, row.published_at
                services.normalize_live_status(article, now=now)
            try:
                # The model's own rules (a caricature needs its cartoon, …), with no queries.
                article.clean()
            except ValidationError as exc:
                self.problems[row.line] = _validation_messages(exc)
                continue
            is_changed = (
                is_new
                or _snapshot(article) != before
                or any(tag.pk is None for tag in row.tags)
                or {tag.pk for tag in row.tags} != current_tags[article.pk]
                or [author.pk for author in row.authors] != current_bylines[article.pk]
            )
            planned.append(
                PlannedArticle(
                    line=row.line,
                    article=article,
                    tags=row.tags,
                    authors=row.authors,
                    is_new=is_new,
                    is_changed=is_changed,
                    was_live=was_live,
                    previous_status=None if is_new else previous_status,
                )
            )
        if self.problems:
            problems = [Problem(line, tuple(self.problems[line])) for line in sorted(self.problems)]
            raise InvalidLines(path, problems)
        return ImportPlan(
            path=path,
            articles=planned,
            new_tags=self.tags.new,
            new_authors=self.authors.new,
            warnings=[_warning_text(message, lines) for message, lines in self.warnings.items()],
            new_sections=self.sections.new,
        )


def _unique(objects: Iterable[M]) -> list[M]:
    """In first-seen order; by identity, because unsaved model instances cannot be hashed."""
    seen: set[int] = set()
    result = []
    for obj in objects:
        if id(obj) not in seen:
            seen.add(id(obj))
            result.append(obj)
    return result


def _snapshot(article: Article) -> tuple:
    return (
        article.headline,
        article.dek,
        article.body,
        article.section_id,
        article.status,
        article.published_at,
    )


def _validation_messages(exc: ValidationError) -> list[str]:
    messages = []
    for name, errors in exc.message_dict.items():
        label = "" if name == NON_FIELD_ERRORS else f"{Article._meta.get_field(name).verbose_name}: "
        messages += [f"{label}{error}" for error in errors]
    return messages


def _warning_text(message: str, lines: list[int]) -> str:
    shown = ", ".join(str(line) for line in lines[:10])
    if len(lines) > 10:
        shown += " " + _("and %(count)d more") % {"count": len(lines) - 10}
    return ngettext("%(message)s (line %(lines)s)", "%(message)s (lines %(lines)s)", len(lines)) % {
        "message": message,
        "lines": shown,
    }


def _chunks(values: Sequence, size: int = CHUNK_SIZE) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _existing_articles(rows: list[_Row]) -> defaultdict[tuple[str, str], list[Article]]:
    """The stories the rows may update, by (language, slug key); several if they differ only in case."""
    slugs_by_language: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        slugs_by_language[row.language].append(row.slug)
    found: defaultdict[tuple[str, str], list[Article]] = defaultdict(list)
    for language, slugs in slugs_by_language.items():
        for chunk in _chunks(slugs):
            # The exact slugs as well: SQLite's LOWER() leaves letters outside ASCII as they are.
            matches = Q(slug__in=chunk) | Q(slug_key__in=[_slug_key(slug) for slug in chunk])
            # `translation` is loaded with it because Article.clean() looks at it.
            queryset = (
                Article.objects.alias(slug_key=Lower("slug"))
                .filter(matches, language=language)
                .select_related("section", "translation")
                .order_by("pk")
            )
            for article in queryset:
                found[(article.language, _slug_key(article.slug))].append(article)
    return found


def _current_tag_ids(article_ids: list[int]) -> defaultdict[int | None, set[int]]:
    current: defaultdict[int | None, set[int]] = defaultdict(set)
    through = Article.tags.through
    for chunk in _chunks(article_ids):
        for article_id, tag_id in through.objects.filter(article_id__in=chunk).values_list(
            "article_id", "tag_id"
        ):
            current[article_id].add(tag_id)
    return current


def _current_byline_author_ids(article_ids: list[int]) -> defaultdict[int | None, list[int]]:
    current: defaultdict[int | None, list[int]] = defaultdict(list)
    for chunk in _chunks(article_ids):
        bylines = (
            ArticleAuthor.objects.filter(article_id__in=chunk)
            .order_by("article_id", "order", "id")
            .values_list("article_id", "author_id")
        )
        for article_id, author_id in bylines:
            current[article_id].append(author_id)
    return current


# --- writing ------------------------------------------------------------------------------------


def _create_all(model: type[M], objects: list[M]) -> None:
    if not objects:
        return
    model.objects.bulk_create(objects, batch_size=CHUNK_SIZE)
    if any(obj.pk is None for obj in objects):
        # Databases that cannot return ids from a bulk insert: find them by their unique slug.
        ids: dict[str, int] = {}
        for chunk in _chunks([obj.slug for obj in objects]):
            ids.update(model.objects.filter(slug__in=chunk).values_list("slug", "pk"))
        for obj in objects:
            obj.pk = ids[obj.slug]


def _replace_tags_and_bylines(items: list[PlannedArticle]) -> None:
    """Tags and bylines in a few bulk queries, not several per article."""
    through = Article.tags.through
    updated_ids = [item.article.pk for item in items if not item.is_new]
    for chunk in _chunks(updated_ids):
        through.objects.filter(article_id__in=chunk).delete()
        ArticleAuthor.objects.filter(article_id__in=chunk).delete()
    through.objects.bulk_create(
        (through(article_id=item.article.pk, tag_id=tag.pk) for item in items for tag in item.tags),
        batch_size=CHUNK_SIZE,
    )
    ArticleAuthor.objects.bulk_create(
        (
            ArticleAuthor(article_id=item.article.pk, author_id=author.pk, order=position)
            for item in items
            for position, author in enumerate(item.authors)
        ),
        batch_size=CHUNK_SIZE,
    )
