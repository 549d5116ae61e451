"""Validators for input that every supported database must be able to store: text and times.

Each raises ValidationError, like Django's own validators, so a form field, an import or an
API can use the same check and show the same message.
"""

from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Wide enough for archives reaching back to the nineteenth-century press and for any
# schedule; outside it a time is a typo or a placeholder such as 9999-12-31.
EARLIEST_YEAR = 1800
LATEST_YEAR = 2200

_prohibit_null_characters = ProhibitNullCharactersValidator()


def validate_storable_text(value: str) -> None:
    """Refuse text a database cannot store: NUL characters and lone surrogates."""
    # PostgreSQL refuses NUL in text while SQLite keeps it, so the check cannot be left to the database.
    _prohibit_null_characters(value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        # JSON's "\ud83d" escape decodes to half a character, which no UTF-8 database can store.
        raise ValidationError(
            _("Text may not contain a lone surrogate (\\u%(code)04x): it is half of a character."),
            code="lone_surrogate",
            params={"code": ord(value[exc.start])},
        ) from exc


def validate_moment(
    value: datetime, *, earliest_year: int = EARLIEST_YEAR, latest_year: int = LATEST_YEAR
) -> None:
    """Refuse a time whose year in UTC is outside [earliest_year, latest_year] or cannot be computed."""
    if timezone.is_naive(value):
        value = timezone.make_aware(value)  # as the database will take it: in the site's time zone
    try:
        year = value.astimezone(UTC).year
    except OverflowError:  # 9999-12-31T23:59-12:00 is in the year 10000 in UTC
        year = None
    if year is None or not earliest_year <= year <= latest_year:
        raise ValidationError(
            _("Give a time between the years %(earliest)d and %(latest)d."),
            code="out_of_range",
            params={"earliest": earliest_year, "latest": latest_year},
        )
