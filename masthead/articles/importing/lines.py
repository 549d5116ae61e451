"""The check of each line on its own: JSON, fields, values, and slugs repeated within the file."""

import difflib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _

from masthead.articles.importing.directory import (
    author_directory,
    section_directory,
    section_slug,
    slug_key,
    tag_directory,
    unique,
)
from masthead.articles.importing.fields import (
    DuplicateKey,
    check_length,
    checked_body,
    checked_names,
    checked_published_at,
    checked_slug,
    checked_string,
    object_without_duplicate_keys,
    quote,
    type_name,
)
from masthead.articles.importing.limits import (
    AUTHOR_NAME_MAX,
    DEK_MAX,
    FIELDS,
    HEADLINE_MAX,
    MAX_AUTHORS,
    MAX_TAGS,
    SECTION_NAME_MAX,
    TAG_NAME_MAX,
)
from masthead.articles.models import Section, Tag
from masthead.authors.models import Author
from masthead.core.models import Language


@dataclass
class Row:
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


class LineChecker:
    """Validates lines one at a time, collecting every problem instead of stopping at the first."""

    def __init__(self, *, create_sections: bool = False) -> None:
        self.create_sections = create_sections
        existing_sections = list(Section.objects.order_by("pk"))
        self.section_slugs = sorted(section.slug for section in existing_sections)
        self.sections = section_directory(existing_sections)
        self.tags = tag_directory()
        self.authors = author_directory()
        self.rows: list[Row] = []
        self.problems: dict[int, list[str]] = {}
        self.warnings: dict[str, list[int]] = defaultdict(list)
        # (language, slug key) -> (line, slug as written there)
        self.first_line_of: dict[tuple[str, str], tuple[int, str]] = {}

    def add_line(self, number: int, raw: bytes) -> None:
        """Check line `number`: a Row for a good one, its problems for a bad one."""
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
            data = json.loads(text, object_pairs_hook=object_without_duplicate_keys)
        except json.JSONDecodeError as exc:
            self.problems[number] = [
                _("invalid JSON at column %(column)d: %(error)s") % {"column": exc.colno, "error": exc.msg}
            ]
            return
        except DuplicateKey as exc:
            self.problems[number] = [_("the field %(field)s appears twice") % {"field": quote(str(exc))}]
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
                _("expected a JSON object ({…}), not %(type)s") % {"type": type_name(data)}
            ]
            return
        errors: list[str] = []
        row = self._check_fields(number, data, errors)
        if errors:
            self.problems[number] = errors
        elif row is not None:
            self.rows.append(row)

    def _check_fields(self, number: int, data: dict[str, Any], errors: list[str]) -> Row | None:
        for key in data:
            if key not in FIELDS:
                self._warn(number, self._unknown_field_warning(key))

        headline = checked_string(data, "headline", errors, required=True)
        if headline is not None:
            headline = headline.strip()
            if not headline:
                errors.append(_('"headline" is empty'))
            else:
                check_length("headline", headline, HEADLINE_MAX, errors)

        body = checked_body(data, errors, lambda message: self._warn(number, message))
        language = checked_string(data, "language", errors, required=True)
        if language is not None and language not in Language.values:
            errors.append(_('"language" must be "en" or "ar", not %(value)s') % {"value": quote(language)})
            language = None
        section_name = self._section(data, errors)
        slug, slug_is_derived = checked_slug(data, headline, errors)
        dek = (checked_string(data, "dek", errors) or "").strip()
        check_length("dek", dek, DEK_MAX, errors)
        published_at = checked_published_at(data, errors)
        tag_names = checked_names(data, "tags", TAG_NAME_MAX, MAX_TAGS, errors)
        author_names = checked_names(data, "authors", AUTHOR_NAME_MAX, MAX_AUTHORS, errors)

        if language and slug:
            first, first_slug = self.first_line_of.setdefault((language, slug_key(slug)), (number, slug))
            if first != number:
                values = {
                    "slug": quote(slug),
                    "first": first,
                    "language": language,
                    "other": quote(first_slug),
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
        tags = unique(self.tags.get_or_add(name, language) for name in tag_names)
        authors = unique(self.authors.get_or_add(name, language) for name in author_names)
        return Row(number, language, slug, headline, dek, body, section, published_at, tags, authors)

    def _section(self, data: dict[str, Any], errors: list[str]) -> str | None:
        """The section's slug or name as given, once it is known to match one or to be creatable."""
        value = checked_string(data, "section", errors, required=True)
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
                    % {"value": quote(value), "known": ", ".join(self.section_slugs)}
                )
            else:
                errors.append(
                    _(
                        "there is no section %(value)s; there are no sections yet: "
                        "create them first, or use --create-sections"
                    )
                    % {"value": quote(value)}
                )
            return None
        if len(value) > SECTION_NAME_MAX:
            errors.append(
                _(
                    "cannot create the section %(value)s: it is %(length)d characters long; "
                    "the most is %(max)d"
                )
                % {"value": quote(value), "length": len(value), "max": SECTION_NAME_MAX}
            )
            return None
        if not section_slug(value):
            errors.append(
                _(
                    "cannot create the section %(value)s: its address needs Latin letters or digits; "
                    'give its slug instead, like "world"'
                )
                % {"value": quote(value)}
            )
            return None
        return value

    def _warn(self, number: int, message: str) -> None:
        self.warnings[message].append(number)

    @staticmethod
    def _unknown_field_warning(key: str) -> str:
        message = _("unknown field %(field)s ignored") % {"field": quote(key)}
        close = difflib.get_close_matches(key, FIELDS, n=1)
        if close:
            message += _(' (did you mean "%(suggestion)s"?)') % {"suggestion": close[0]}
        return message
