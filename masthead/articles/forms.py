"""The editor's article form: workflow rules checked on the server, no lost work, and text boxes
that follow the story's language (an Arabic story is typed right to left whatever the admin's)."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from masthead.articles import services
from masthead.articles.models import Article


class ArticleAdminForm(forms.ModelForm):
    # When the form was opened: a save over someone else's newer save is refused, never lost.
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = "__all__"  # noqa: DJ007 -- the admin passes its own fieldsets

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user or getattr(type(self), "request_user", None)
        if self.instance.pk and self.instance.updated_at:
            self.fields["loaded_version"].initial = self.instance.updated_at.isoformat()
        # Offer only the statuses this user may choose (the workflow refuses the others on save too).
        if "status" in self.fields and self.user is not None and not services.can_publish(self.user):
            allowed = {Article.Status.DRAFT, Article.Status.IN_REVIEW, self.instance.status}
            self.fields["status"].choices = [c for c in self.fields["status"].choices if c[0] in allowed]
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text += " " + _("Left empty, it is made from the headline.")
        if "headline" in self.fields:
            # Two lines that grow with the text, so a long headline is seen whole, on a phone too.
            self.fields["headline"].widget = forms.Textarea(
                attrs={"rows": 2, "cols": 80, "maxlength": 300, "class": "story-headline"}
            )
        self._follow_story_language()
        self._name_date_and_time_boxes()

    def _follow_story_language(self) -> None:
        """The headline, slug, dek and body boxes take the story's direction and language (for the
        browser's spell-checking); static/masthead/admin/story-form.js follows a change of language.
        A translation draft's empty boxes say what to write, and where the original is."""
        language = self.data.get("language") or self.initial.get("language") or self.instance.language
        attrs = {"dir": "rtl", "lang": "ar"} if language == "ar" else {"dir": "ltr", "lang": "en"}
        for name in ("headline", "slug", "dek", "body"):
            if name in self.fields:
                self.fields[name].widget.attrs.update(attrs, spellcheck="false" if name == "slug" else "true")
        if self.instance.pk and services.untranslated(self.instance):
            hints = {"headline": _("Headline in %(language)s"), "dek": _("Dek in %(language)s")}
            for name, hint in hints.items():
                if name in self.fields:
                    placeholder = hint % {"language": self.instance.get_language_display()}
                    self.fields[name].widget.attrs["placeholder"] = placeholder

    def _name_date_and_time_boxes(self) -> None:
        """The admin splits a time into a date box and a time box under one label that points at
        neither ("Date:" and "Time:" are plain text beside them): each box says which it is."""
        for field in self.fields.values():
            if isinstance(field.widget, forms.SplitDateTimeWidget):
                name = capfirst(field.label)
                date, time = field.widget.widgets
                date.attrs["aria-label"] = _("%(field)s: date") % {"field": name}
                time.attrs["aria-label"] = _("%(field)s: time") % {"field": name}

    def clean_headline(self) -> str:
        # One line, whatever was typed or pasted into the box.
        return " ".join((self.cleaned_data.get("headline") or "").split())

    def clean_loaded_version(self) -> str:
        loaded = self.cleaned_data.get("loaded_version") or ""
        if not self.instance.pk or not loaded:
            return loaded
        current = Article.objects.filter(pk=self.instance.pk).values_list("updated_at", flat=True).first()
        opened = parse_datetime(loaded)
        if current and opened and current > opened:
            raise ValidationError(
                _(
                    "Someone else saved this story at %(time)s, after you opened it. Your text is "
                    "still in the form below: copy what you need, open the story again, and "
                    "apply your changes to the newer version."
                )
                % {"time": timezone.localtime(current).strftime("%H:%M:%S")}
            )
        return loaded

    def clean(self) -> dict:
        cleaned = super().clean()
        target = cleaned.get("status", self.instance.status)
        current = (
            Article.objects.filter(pk=self.instance.pk).values_list("status", flat=True).first()
            or Article.Status.DRAFT
        )
        if self.user is not None:
            try:
                services.check_transition(
                    user=self.user, article=self.instance, current=current, target=target
                )
            except PermissionDenied as exc:
                raise ValidationError({"status": str(exc)}) from exc
            except ValidationError as exc:
                raise ValidationError({"status": exc.messages}) from exc
        if target in Article.LIVE_STATUSES and "body" in services.untranslated(self.instance, cleaned):
            self.add_error(
                "body",
                _("This translation has no text yet: write it before the story goes live."),
            )
        if target == Article.Status.PUBLISHED and not cleaned.get("published_at"):
            cleaned["published_at"] = timezone.now()  # "Published" with no time means now
        if target == Article.Status.SCHEDULED:
            when = cleaned.get("published_at")
            if not when:
                self.add_error("published_at", _("Give the time this story should go live."))
            elif when <= timezone.now() and current != Article.Status.SCHEDULED:
                self.add_error("published_at", _("A scheduled time must be in the future."))
        return cleaned
