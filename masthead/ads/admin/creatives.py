"""Creatives, edited inside their campaign; third-party tags only by those allowed to enter them."""

from django import forms
from django.contrib import admin
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.ads.models import Creative

TAG_PERMISSION = "ads.add_thirdparty_tag"


def may_enter_tags(user: PermissionsMixin) -> bool:
    """Whether `user` may add or change third-party tags (superusers hold every permission)."""
    return user.has_perm(TAG_PERMISSION)


def _https_urls(db_field: models.Field, **kwargs) -> forms.Field | None:
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"  # Django 6's default, without its deprecation warning
    return db_field.formfield(**kwargs)


class CreativeForm(forms.ModelForm):
    """A creative; a third-party tag only from someone allowed to enter one (`may_enter_tags`)."""

    # Set per request by CreativeInline.get_formset.
    may_enter_tags = False

    class Meta:
        model = Creative
        formfield_callback = _https_urls
        fields = [
            "name",
            "kind",
            "image",
            "alt_text",
            "click_url",
            "html",
            "width",
            "height",
            "weight",
            "is_active",
        ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.may_enter_tags:
            return
        if self.instance.kind == Creative.Kind.TAG:
            # Its script runs unsanitised on our pages: shown, never rewritten by this user.
            self.fields["kind"].disabled = True
            self.fields["html"].disabled = True
        else:
            # Left out of the menu only: a posted "tag" still reaches clean() and its clear refusal.
            kind = self.fields["kind"]
            kind.widget.choices = [c for c in kind.choices if c[0] != Creative.Kind.TAG]

    def clean(self) -> dict:
        cleaned = super().clean()
        # `instance.kind` is still the saved kind here (the form's values reach it after clean()).
        entering = cleaned.get("kind") == Creative.Kind.TAG and (
            self.instance.kind != Creative.Kind.TAG or "html" in self.changed_data
        )
        if entering and not self.may_enter_tags:
            self.add_error("kind", _("Only administrators may enter third-party tags."))
        return cleaned


class CreativeInline(admin.StackedInline):
    model = Creative
    form = CreativeForm
    extra = 0
    fields = [
        ("name", "kind", "is_active"),
        ("image", "preview"),
        "alt_text",
        "click_url",
        "html",
        ("width", "height", "weight"),
    ]
    readonly_fields = ["preview"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"  # Django 6's default, without its deprecation warning
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        allowed = may_enter_tags(request.user)
        kwargs["form"] = type(self.form.__name__, (self.form,), {"may_enter_tags": allowed})
        return super().get_formset(request, obj, **kwargs)

    @admin.display(description=gettext_lazy("preview"))
    def preview(self, obj: Creative) -> str:
        # Images only: an HTML creative or tag shown here would run inside the back office.
        if obj.pk is None or obj.kind != Creative.Kind.IMAGE or not obj.image:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" style="max-width:320px;max-height:160px">', obj.image.url, obj.alt_text
        )
