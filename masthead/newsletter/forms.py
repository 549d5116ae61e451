"""The sign-up box and the preferences page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from masthead.articles.models import Section
from masthead.core.models import Language
from masthead.newsletter.models import Subscriber


class SubscribeForm(forms.Form):
    email = forms.CharField(label=_("Email address"), max_length=320)
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices, required=False)
    sections = forms.ModelMultipleChoiceField(
        label=_("Sections"), queryset=Section.objects.all(), required=False
    )
    # Left empty by people (it is hidden from them); filled in by form-filling robots.
    website = forms.CharField(required=False)


class PreferencesForm(forms.ModelForm):
    sections = forms.ModelMultipleChoiceField(
        label=_("Sections"),
        queryset=Section.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Digests hold stories from these sections; none chosen means every section."),
    )

    class Meta:
        model = Subscriber
        fields = ["wants_daily", "wants_weekly", "wants_alerts", "language", "sections"]
        widgets = {"language": forms.RadioSelect}
