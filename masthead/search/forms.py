"""The search form: what a reader may ask for, read leniently.

A value that makes no sense (an unknown section, a date like 2026-13-45, a page of "x") is
dropped with a message next to the results, and the rest of the search still runs.
"""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.articles.models import Tag
from masthead.articles.selectors import all_sections
from masthead.authors.models import Author

PERIODS = {"day": 1, "week": 7, "month": 31, "year": 366}
MAX_PAGE = 100  # a reader never pages this far; a crawler should not either


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, strip=True)
    section = forms.SlugField(label=_("Section"), required=False)
    tag = forms.ModelChoiceField(
        Tag.objects.all(),
        label=_("Tag"),
        required=False,
        to_field_name="slug",
        error_messages={"invalid_choice": _("There is no tag “%(value)s”.")},
    )
    author = forms.ModelChoiceField(
        Author.objects.all(),
        label=_("Author"),
        required=False,
        to_field_name="slug",
        error_messages={"invalid_choice": _("There is no author “%(value)s”.")},
    )
    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[
            ("", _("Any time")),
            ("day", _("Last day")),
            ("week", _("Last week")),
            ("month", _("Last month")),
            ("year", _("Last year")),
        ],
    )
    start = forms.DateField(label=_("From"), required=False)
    end = forms.DateField(label=_("To"), required=False)
    lang = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("This language")), ("all", _("Both languages"))]
    )
    sort = forms.ChoiceField(
        label=_("Order"), required=False, choices=[("", _("Most relevant")), ("newest", _("Newest"))]
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    # "Search instead for …": the words as typed, not corrected when they find nothing.
    exact = forms.BooleanField(required=False)

    def clean_section(self):
        slug = self.cleaned_data["section"]
        if not slug:
            return None
        section = next((s for s in all_sections() if s.slug == slug), None)
        if section is None:
            raise ValidationError(_("There is no section “%(slug)s”."), params={"slug": slug})
        return section

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end date comes before the start date."))
        return data

    def period(self, now: datetime.datetime) -> tuple[datetime.datetime | None, datetime.datetime | None]:
        """The publication times asked for: a recent period, or days from-to (both ends included)."""
        data = self.cleaned_data if self.is_bound else {}
        when = data.get("when")
        if when in PERIODS:
            return now - datetime.timedelta(days=PERIODS[when]), None
        since = until = None
        if data.get("start"):
            since = _midnight(data["start"])
        if data.get("end") and "end" not in self.errors:
            until = _midnight(data["end"] + datetime.timedelta(days=1))
        return since, until


def _midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def lenient(data) -> SearchForm:
    """The form bound to `data` and cleaned: an invalid field is left out of `cleaned_data`
    (Django's own rule) and its error kept to show, so what is valid still counts."""
    query = data.copy()
    # A NUL is no character a reader types; Django would refuse the whole query for it.
    query["q"] = query.get("q", "").replace("\x00", "")
    form = SearchForm(query)
    form.is_valid()
    return form
