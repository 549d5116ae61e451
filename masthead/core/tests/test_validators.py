"""Validators for text and times that every supported database can store."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from django.core.exceptions import ValidationError

from masthead.core.validators import validate_moment, validate_storable_text


@pytest.mark.parametrize("text", ["", "Plain", "نص عربي", "emoji 🙂", "tab\tand\nnewline"])
def test_ordinary_text_is_storable(text):
    validate_storable_text(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a\x00b", "Null characters are not allowed."),
        ("half \ud83d a face", "Text may not contain a lone surrogate (\\ud83d)"),
    ],
)
def test_text_a_database_cannot_store_is_refused(text, message):
    with pytest.raises(ValidationError) as caught:
        validate_storable_text(text)

    assert caught.value.messages[0].startswith(message)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1800, 1, 1, tzinfo=UTC),
        datetime(2200, 12, 31, 23, 59, tzinfo=UTC),
        datetime(2025, 5, 1, 9, 30),  # naive: in the site's time zone
    ],
)
def test_times_within_the_years_are_accepted(moment):
    validate_moment(moment)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))),  # past year 9999 in UTC
        datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=14))),  # before year 1 in UTC
        datetime(1799, 12, 31, 23, 59, tzinfo=UTC),
        datetime(2201, 1, 1, tzinfo=UTC),
    ],
)
def test_times_outside_the_years_are_refused_without_overflowing(moment):
    with pytest.raises(ValidationError, match="between the years 1800 and 2200"):
        validate_moment(moment)


def test_the_years_can_be_narrowed():
    with pytest.raises(ValidationError, match="between the years 2000 and 2100"):
        validate_moment(datetime(1999, 1, 1, tzinfo=UTC), earliest_year=2000, latest_year=2100)
