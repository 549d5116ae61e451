"""Tag suggestions in the back office: the "Suggested tags" box, a piece of the story admin
(which the back office composes)."""

import json

from django import forms
from django.forms import Script
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

# What the "Suggested tags" box says (static/masthead/suggestions.js).
LABELS = [
    gettext_noop("Suggest"),
    gettext_noop("Suggested tags"),
    gettext_noop("Existing tag"),
    gettext_noop("New tag"),
    gettext_noop("New tags to create"),
    gettext_noop("None found."),
    gettext_noop("Could not suggest tags:"),
]


class SuggestTagsMixin:
    """For the story admin: the "Suggested tags" box in the form's media.

    New tags the editor picks are posted as `new_tags`, which the story admin creates.
    """

    @property
    def media(self) -> forms.Media:
        # The endpoint is reversed, and the labels translated, per request.
        labels = {text: str(_(text)) for text in LABELS}
        suggest = Script(
            "masthead/suggestions.js",
            **{"data-suggest-url": reverse("suggestions:suggest"), "data-labels": json.dumps(labels)},
        )
        return super().media + forms.Media(js=[suggest], css={"all": ["masthead/suggestions.css"]})
