"""Campaigns: their creatives inline, figures in the list, pausing, and a report per campaign."""

from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import chain

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.template.defaultfilters import floatformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, override

from masthead.ads import selectors
from masthead.ads.admin.creatives import CreativeInline
from masthead.ads.models import Campaign
from masthead.ads.serving import kept_live
from masthead.core.admin import ObjectViewsMixin, PageFiguresChangeList, figure_column
from masthead.core.charts import bar_chart
from masthead.core.exports import csv_response


def percent(value: Decimal | None) -> str:
    """A click-through rate for people: "1.25%", or a dash when nothing was seen."""
    return "—" if value is None else f"{floatformat(value, 2)}%"


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

    impressions = figure_column("impressions", gettext_lazy("impressions"))
    clicks = figure_column("clicks", gettext_lazy("clicks"))

    def get_changelist(self, request, **kwargs):
        return PageFiguresChangeList

    def page_figures(self, ids: list[int]) -> dict[int, selectors.Figures]:
        totals = selectors.campaign_totals(ids)
        return {pk: totals.get(pk, selectors.Figures()) for pk in ids}

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
            transaction.on_commit(kept_live.changed)
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
