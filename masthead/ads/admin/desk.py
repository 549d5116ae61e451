"""The ad desk's standing setup: slots, advertisers and the ads.txt file."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy

from masthead.ads.models import AdSlot, AdsTxt, Advertiser


@admin.register(AdSlot)
class AdSlotAdmin(admin.ModelAdmin):
    list_display = ["key", "name", "phone_sizes", "desktop_sizes", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["key", "name"]


@admin.register(Advertiser)
class AdvertiserAdmin(admin.ModelAdmin):
    list_display = ["name", "contact", "campaign_count"]
    search_fields = ["name", "contact"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(campaign_count=Count("campaigns"))

    @admin.display(description=gettext_lazy("campaigns"), ordering="campaign_count")
    def campaign_count(self, obj: Advertiser) -> str:
        url = reverse("admin:ads_campaign_changelist")
        return format_html('<a href="{}?advertiser__id__exact={}">{}</a>', url, obj.pk, obj.campaign_count)


class AdsTxtForm(forms.ModelForm):
    class Meta:
        model = AdsTxt
        fields = ["content"]
        widgets = {
            "content": forms.Textarea(
                attrs={
                    "rows": 24,
                    "cols": 100,
                    "dir": "ltr",
                    "spellcheck": "false",
                    "class": "vLargeTextField",
                }
            )
        }


@admin.register(AdsTxt)
class AdsTxtAdmin(admin.ModelAdmin):
    """One row, edited in place: the list opens it; it is never added twice nor deleted."""

    form = AdsTxtForm
    fields = ["content", "saved_at"]
    readonly_fields = ["saved_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and not AdsTxt.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        # /ads.txt serves the first row; an empty one serves an empty file, as before it existed.
        row = AdsTxt.objects.order_by("pk").first() or AdsTxt.objects.create()
        return HttpResponseRedirect(reverse("admin:ads_adstxt_change", args=[row.pk]))

    @admin.display(description=gettext_lazy("last saved"))
    def saved_at(self, obj: AdsTxt) -> str:
        return date_format(timezone.localtime(obj.updated_at), "DATETIME_FORMAT") if obj.pk else "—"
