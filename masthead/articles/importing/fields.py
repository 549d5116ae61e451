"""Checks of one line's values: each returns the clean value, or None with the problem reported."""

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from masthead.articles.importing.limits import BODY_MAX, SLUG_MAX
from masthead.core.html import sanitize_html, text_to_html
from masthead.core.text import make_slug
from masthead.core.validators import validate_moment, validate_storable_text


class DuplicateKey(ValueError):
    """A JSON object names the same field twice."""


def object_without_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`json.loads`'s object_pairs_hook: a dict, or DuplicateKey."""
    # json.loads silently keeps the last of two equal keys; in an export that is a bug to report.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        result[key] = value
    return result


def quote(value: Any, limit: int = 60) -> str:
    """`value` as JSON, cut to `limit` characters: how messages show what the file says."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def type_name(value: Any) -> str:
    """What kind of JSON value `value` is, in words."""
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


def storage_problem(value: str) -> str | None:
    """Why the database could not store `value`, or None."""
    try:
        validate_storable_text(value)
    except ValidationError as exc:
        return clause(exc)
    return None


def clause(exc: ValidationError) -> str:
    """A validator's sentence as a clause, since a line's problems are joined with semicolons."""
    return exc.messages[0].rstrip(".")


def checked_string(
    data: dict[str, Any], name: str, errors: list[str], *, required: bool = False
) -> str | None:
    """The field `name` if it is a string the database can store; else None, reported."""
    if name not in data:
        if required:
            errors.append(_('"%(field)s" is missing') % {"field": name})
        return None
    value = data[name]
    if value is None and not required:
        return None
    if not isinstance(value, str):
        errors.append(
            _('"%(field)s" must be a string, not %(type)s') % {"field": name, "type": type_name(value)}
        )
        return None
    problem = storage_problem(value)
    if problem:
        errors.append(_('"%(field)s": %(error)s') % {"field": name, "error": problem})
        return None
    return value


def check_length(name: str, value: str, max_length: int, errors: list[str]) -> None:
    """Report `value` if it is longer than `max_length`."""
    if len(value) > max_length:
        errors.append(
            _('"%(field)s" is %(length)d characters long; the most is %(max)d')
            % {"field": name, "length": len(value), "max": max_length}
        )


def checked_body(data: dict[str, Any], errors: list[str], warn: Callable[[str], None]) -> str | None:
    """The body as stored: HTML sanitized, or plain text made into paragraphs."""
    has_html, has_text = data.get("body_html") is not None, data.get("body_text") is not None
    if has_html and has_text:
        errors.append(_('give "body_html" or "body_text", not both'))
        return None
    if not has_html and not has_text:
        errors.append(_('"body_html" or "body_text" is missing'))
        return None
    name = "body_html" if has_html else "body_text"
    raw = checked_string(data, name, errors, required=True)
    if raw is None:
        return None
    if len(raw) > BODY_MAX:
        check_length(name, raw, BODY_MAX, errors)
        return None
    body = sanitize_html(raw) if has_html else text_to_html(raw)
    if raw.strip() and not body:
        warn(_("the body is empty once unsafe HTML is removed"))
    return body


def checked_slug(data: dict[str, Any], headline: str | None, errors: list[str]) -> tuple[str | None, bool]:
    """The given slug, or one made from the headline: the same headline always gives the same slug."""
    value = checked_string(data, "slug", errors)
    if value is None and "slug" in data and data["slug"] is not None:
        return None, False  # wrong type, already reported
    if not value or not value.strip():
        return (make_slug(headline, SLUG_MAX) if headline else None), True
    slug = value.strip()
    if len(slug) > SLUG_MAX:
        check_length("slug", slug, SLUG_MAX, errors)
        return None, False
    try:
        validate_unicode_slug(slug)
    except ValidationError:
        errors.append(
            _('"slug" %(value)s may contain only letters, digits, hyphens and underscores')
            % {"value": quote(slug)}
        )
        return None, False
    return slug, False


def checked_published_at(data: dict[str, Any], errors: list[str]) -> datetime | None:
    """The publication time, aware (newsroom time when no offset is given), or None."""
    value = checked_string(data, "published_at", errors)
    if value is None or not value.strip():  # "" as well: exports from spreadsheets write that
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        errors.append(
            _('"published_at" %(value)s is not an ISO 8601 date and time, like "2025-05-01T09:30:00+03:00"')
            % {"value": quote(value)}
        )
        return None
    if timezone.is_naive(moment):
        # A time without an offset is newsroom time, as an editor typing it in the admin means it.
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    try:
        # Here, not at write time: a time the database cannot take must fail a dry run too.
        validate_moment(moment)
    except ValidationError as exc:
        errors.append(_('"%(field)s": %(error)s') % {"field": "published_at", "error": clause(exc)})
        return None
    return moment


def checked_names(
    data: dict[str, Any], name: str, max_length: int, max_count: int, errors: list[str]
) -> list[str] | None:
    """The list of names in `name` (tags, authors), each checked; None when any is wrong."""
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        errors.append(
            _('"%(field)s" must be a list of names, not %(type)s') % {"field": name, "type": type_name(value)}
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
                % {"field": name, "position": position, "type": type_name(item)}
            )
        elif problem := storage_problem(item):
            errors.append(
                _('"%(field)s" item %(position)d: %(error)s')
                % {"field": name, "position": position, "error": problem}
            )
        elif not item.strip():
            errors.append(_('"%(field)s" item %(position)d is empty') % {"field": name, "position": position})
        elif len(" ".join(item.split())) > max_length:
            errors.append(
                _('"%(field)s" item %(position)d is longer than %(max)d characters')
                % {"field": name, "position": position, "max": max_length}
            )
        elif not slugify(item, allow_unicode=True):
            errors.append(
                _('"%(field)s" item %(position)d (%(value)s) has no letters or digits')
                % {"field": name, "position": position, "value": quote(item)}
            )
        else:
            names.append(item)
    return names
