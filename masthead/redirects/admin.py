"""The back office's redirects (old addresses and where each leads) and the missing pages log."""

from urllib.parse import urlencode

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.redirects.addresses import MAX_LENGTH, old_path, site_path
from masthead.redirects.models import MissingPage, Redirect
from masthead.redirects.selectors import is_live_page
from masthead.redirects.services import save_redirect
from masthead.redirects.targets import RedirectLoop, Target, settle


class RedirectForm(forms.ModelForm):
    # Wider than the stored path: a whole URL may be pasted, and is reduced to its path.
    old_path = forms.CharField(
        label=gettext_lazy("old address"),
        max_length=2 * MAX_LENGTH,
        help_text=Redirect._meta.get_field("old_path").help_text,
    )

    class Meta:
        model = Redirect
        fields = ["old_path", "article", "section", "tag", "author", "target_url", "language"]

    def clean_old_path(self) -> str:
        address = old_path(self.cleaned_data["old_path"])
        if len(address) > MAX_LENGTH:
            raise ValidationError(
                _("This address is longer than %(limit)d characters once reduced to its path."),
                params={"limit": MAX_LENGTH},
            )
        if is_live_page(address):
            raise ValidationError(
                _(
                    "“%(path)s” is a page of this site: readers get an answer there already, so a "
                    "redirect from it would never be used."
                ),
                params={"path": address},
            )
        return address

    def clean_target_url(self) -> str:
        url = self.cleaned_data["target_url"].strip()
        here = site_path(url) if url else None
        return here if here is not None else url

    def clean(self) -> dict:
        data = super().clean()
        address = data.get("old_path")
        target = Target(
            article_id=getattr(data.get("article"), "pk", None),
            section_id=getattr(data.get("section"), "pk", None),
            tag_id=getattr(data.get("tag"), "pk", None),
            author_id=getattr(data.get("author"), "pk", None),
            url=data.get("target_url", ""),
            language=data.get("language", ""),
        )
        if address and target.is_valid() and target.url != address:
            try:
                settle(target, leaving=address)
            except RedirectLoop as loop:
                raise ValidationError(
                    _(
                        "This would lead readers round in a circle: “%(target)s” leads back to "
                        "“%(path)s”. Choose the page they should end up on."
                    ),
                    params={"target": loop.address, "path": address},
                ) from None
        return data


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    """Old addresses (from an import, or added here) and where each leads now."""

    form = RedirectForm
    list_display = ["old_path", "destination_link", "source", "updated_at"]
    list_filter = ["source"]
    search_fields = ["old_path"]
    search_help_text = gettext_lazy("The old address, or a part of it.")
    show_full_result_count = False  # an import leaves tens of thousands
    autocomplete_fields = ["article", "section", "tag", "author"]
    readonly_fields = ["source", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["old_path"]}),
        (
            gettext_lazy("Leads to"),
            {
                "fields": ["article", "section", "tag", "author", "target_url", "language"],
                "description": gettext_lazy(
                    "Choose one: a story, a section, a tag, an author or an address. The language "
                    "says which language's page of a section, tag or author."
                ),
            },
        ),
        (gettext_lazy("History"), {"fields": ["source", "created_at", "updated_at"]}),
    ]

    def get_queryset(self, request: HttpRequest):
        # What `destination()` needs, without the stories' bodies.
        related = ("article__section", "section", "tag", "author")
        return super().get_queryset(request).select_related(*related).defer("article__body", "article__dek")

    @admin.display(description=gettext_lazy("leads to"))
    def destination_link(self, obj: Redirect) -> str:
        url = obj.destination()
        if url is None:
            return _("nowhere for now: the story is not published")
        return format_html('<a href="{}">{}</a>', url, url)

    def save_model(self, request: HttpRequest, obj: Redirect, form: RedirectForm, change: bool) -> None:
        save_redirect(obj)


@admin.register(MissingPage)
class MissingPageAdmin(admin.ModelAdmin):
    """Addresses readers asked for that lead nowhere, most requested first: each a redirect to make."""

    list_display = ["path", "hits", "last_seen_at", "first_seen_at", "last_referrer"]
    search_fields = ["path", "last_referrer"]
    search_help_text = gettext_lazy("The address, or the page that linked to it.")
    ordering = ["-hits", "-last_seen_at"]
    list_filter = [("last_seen_at", admin.DateFieldListFilter)]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # only readers' requests make them

    def has_change_permission(self, request: HttpRequest, obj: MissingPage | None = None) -> bool:
        return False

    def get_list_display(self, request: HttpRequest) -> list[str]:
        shown = list(super().get_list_display(request))
        if request.user.has_perm("redirects.add_redirect"):
            shown.append("make_redirect")
        return shown

    @admin.display(description=gettext_lazy("redirect"))
    def make_redirect(self, obj: MissingPage) -> str:
        form = reverse("admin:redirects_redirect_add") + "?" + urlencode({"old_path": obj.path})
        return format_html('<a href="{}">{}</a>', form, _("Make a redirect"))
