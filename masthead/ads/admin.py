"""The ad desk's back office: slots, advertisers, campaigns with their creatives and reports, ads.txt."""

from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import chain

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.template.defaultfilters import floatformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, override

from masthead.ads import selectors
from masthead.ads.models import AdSlot, AdsTxt, Advertiser, Campaign, Creative
from masthead.ads.serving import STAMP
from masthead.core import versions
from masthead.core.admin import ObjectViewsMixin
from masthead.core.charts import bar_chart
from masthead.core.exports import csv_response

TAG_PERMISSION = "ads.add_thirdparty_tag"


def may_enter_tags(user: PermissionsMixin) -> bool:
    """Whether `user` may add or change third-party tags (superusers hold every permission)."""
    return user.has_perm(TAG_PERMISSION)


def percent(value: Decimal | None) -> str:
    """A click-through rate for people: "1.25%", or a dash when nothing was seen."""
    return "—" if value is None else f"{floatformat(value, 2)}%"


# --- Slots and advertisers -----------------------------------------------------------------------


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


# --- Creatives -----------------------------------------------------------------------------------


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


# --- Campaigns -----------------------------------------------------------------------------------


class CampaignChangeList(ChangeList):
    """The campaign list, with the figures of every campaign on the page fetched in one query."""

    def get_results(self, request):
        super().get_results(request)
        # Evaluating the page's queryset here caches it, so the list shows these very objects.
        campaigns = list(self.result_list)
        totals = selectors.campaign_totals([c.pk for c in campaigns])
        for campaign in campaigns:
            campaign.listed_figures = totals.get(campaign.pk, selectors.Figures())


class ReportRangeForm(forms.Form):
    """The days a report covers, both included, as YYYY-MM-DD (the date inputs send that)."""

    since = forms.DateField(
        label=gettext_lazy("From"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": gettext_lazy("Enter the date as YYYY-MM-DD, like 2025-03-31.")},
    )
    until = forms.DateField(
        label=gettext_lazy("To"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": gettext_lazy("Enter the date as YYYY-MM-DD, like 2025-03-31.")},
    )

    def __init__(self, *args, max_days: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.max_days = max_days

    def clean(self) -> dict:
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until:
            if since > until:
                raise forms.ValidationError(_("The first day must not be after the last."))
            if self.max_days and (until - since).days >= self.max_days:
                raise forms.ValidationError(
                    _("A report covers at most %(days)s days; the CSV export has no limit.")
                    % {"days": self.max_days}
                )
        return cleaned


def _figure(name: str, description: str):
    @admin.display(description=description)
    def column(self, obj: Campaign) -> int:
        return getattr(obj.listed_figures, name)

    return column


@admin.register(Campaign)
class CampaignAdmin(ObjectViewsMixin, admin.ModelAdmin):
    """Campaigns with their creatives inline; figures in the list, a report per campaign."""

    list_display = [
        "advertiser",
        "name",
        "priority",
        "flight",
        "is_paused",
        "caps",
        "served",
        "impressions",
        "clicks",
        "ctr",
        "report_link",
    ]
    list_display_links = ["name"]
    list_filter = ["priority", "is_paused", "advertiser"]
    list_select_related = ["advertiser"]
    search_fields = ["name", "advertiser__name"]
    autocomplete_fields = ["advertiser"]
    filter_horizontal = ["slots"]
    readonly_fields = ["served", "created_at"]
    fieldsets = [
        (None, {"fields": ["advertiser", "name", "priority", "weight", "is_paused"]}),
        (gettext_lazy("Flight"), {"fields": ["starts_at", "ends_at"]}),
        (gettext_lazy("Where"), {"fields": ["slots", "languages", "sections", "tags"]}),
        (gettext_lazy("Caps"), {"fields": ["daily_cap", "total_cap", "is_paced", "served"]}),
    ]
    inlines = [CreativeInline]
    actions = ["pause", "resume"]

    impressions = _figure("impressions", gettext_lazy("impressions"))
    clicks = _figure("clicks", gettext_lazy("clicks"))

    def get_changelist(self, request, **kwargs):
        return CampaignChangeList

    @admin.display(description=gettext_lazy("flight"), ordering="starts_at")
    def flight(self, obj: Campaign) -> str:
        return "{} – {}".format(
            date_format(timezone.localtime(obj.starts_at), "SHORT_DATE_FORMAT"),
            date_format(timezone.localtime(obj.ends_at), "SHORT_DATE_FORMAT"),
        )

    @admin.display(description=gettext_lazy("caps (day / all)"))
    def caps(self, obj: Campaign) -> str:
        def cap(value: int | None) -> str:
            return "—" if value is None else str(value)

        return f"{cap(obj.daily_cap)} / {cap(obj.total_cap)}"

    @admin.display(description=gettext_lazy("CTR"))
    def ctr(self, obj: Campaign) -> str:
        return percent(obj.listed_figures.ctr)

    @admin.display(description="")
    def report_link(self, obj: Campaign) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:ads_campaign_report", args=[obj.pk]), _("Report")
        )

    # --- actions: a bulk update() sends no post_save, so the serving stamp is bumped here -----
    @admin.action(description=gettext_lazy("Pause selected campaigns"), permissions=["change"])
    def pause(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        count = self._set_paused(request, queryset, True)
        message = ngettext("%(count)d campaign paused.", "%(count)d campaigns paused.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=gettext_lazy("Resume selected campaigns"), permissions=["change"])
    def resume(self, request: HttpRequest, queryset: QuerySet[Campaign]) -> None:
        count = self._set_paused(request, queryset, False)
        message = ngettext("%(count)d campaign resumed.", "%(count)d campaigns resumed.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    def _set_paused(self, request: HttpRequest, queryset: QuerySet[Campaign], paused: bool) -> int:
        with transaction.atomic():
            changing = list(queryset.exclude(is_paused=paused).select_related("advertiser"))
            count = Campaign.objects.filter(pk__in=[c.pk for c in changing]).update(is_paused=paused)
            if not count:
                return 0
            with override(None):  # stored untranslated, as the admin's own messages are
                label = str(Campaign._meta.get_field("is_paused").verbose_name)
            LogEntry.objects.log_actions(
                user_id=request.user.pk,
                queryset=changing,
                action_flag=CHANGE,
                change_message=[{"changed": {"fields": [label]}}],
            )
            transaction.on_commit(lambda: versions.bump(STAMP))
        return count

    # --- the report ------------------------------------------------------------------------
    def get_urls(self):
        return [
            path(
                "<int:object_id>/report/",
                self.admin_site.admin_view(self.report_view),
                name="ads_campaign_report",
            ),
            *super().get_urls(),
        ]

    def report_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """Per day and per creative over a range of days, with a chart; or the rows as CSV."""
        campaign = self.object_or_deny(request, object_id)
        as_csv = request.GET.get("format") == "csv"
        since, until = selectors.default_range(campaign)
        data = {"since": since.isoformat(), "until": until.isoformat()}
        data.update({k: v for k, v in request.GET.items() if k in data})
        form = ReportRangeForm(data, max_days=None if as_csv else selectors.MAX_REPORT_DAYS)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": campaign,
            "title": _("Report: %(campaign)s") % {"campaign": campaign},
            "form": form,
        }
        if not form.is_valid():
            return TemplateResponse(request, "admin/ads/campaign/report.html", context, status=400)
        since, until = form.cleaned_data["since"], form.cleaned_data["until"]
        if as_csv:
            return self._report_csv(campaign, since, until)
        report = selectors.campaign_report(campaign, since, until)
        caption = _("%(total)s impressions in %(days)s days") % {
            "total": report.total.impressions,
            "days": len(report.days),
        }
        context.update(
            report=report,
            chart=bar_chart(
                [(d.day, d.figures.impressions) for d in report.days],
                _("Impressions per day"),
                caption=caption,
            ),
            days=[(d.day, d.figures, percent(d.figures.ctr)) for d in report.days],
            creatives=[(c.creative, c.figures, percent(c.figures.ctr)) for c in report.creatives],
            total_ctr=percent(report.total.ctr),
        )
        return TemplateResponse(request, "admin/ads/campaign/report.html", context)

    def _report_csv(self, campaign: Campaign, since: date, until: date) -> StreamingHttpResponse:
        header = [
            _("day"),
            _("creative id"),
            _("creative"),
            _("kind"),
            _("served"),
            _("impressions"),
            _("clicks"),
            _("CTR (%)"),
        ]

        def rows() -> Iterator[list[object]]:
            for day, creative_id, name, kind, served, impressions, clicks in selectors.creative_day_rows(
                campaign, since, until
            ):
                ctr = selectors.Figures(served, impressions, clicks).ctr
                rounded = "" if ctr is None else ctr.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                yield [day.isoformat(), creative_id, name, kind, served, impressions, clicks, rounded]

        filename = f"campaign-{campaign.pk}-{since.isoformat()}-{until.isoformat()}.csv"
        return csv_response(chain([header], rows()), filename)


# --- ads.txt -------------------------------------------------------------------------------------


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
