"""Subscribers in the back office (their growth, CSV export) and the suppression list."""

from collections.abc import Iterator

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.core.charts import bar_chart
from masthead.core.exports import csv_response
from masthead.newsletter import selectors
from masthead.newsletter.models import Subscriber, Suppression


def subscriber_rows(queryset: QuerySet[Subscriber]) -> Iterator[list[str]]:
    """The export's header and one row per subscriber, read from the database in chunks."""

    def when(value) -> str:
        return timezone.localtime(value).isoformat(timespec="seconds") if value else ""

    yield [
        _("email"),
        _("language"),
        _("status"),
        _("daily"),
        _("weekly"),
        _("alerts"),
        _("sections"),
        _("signed up"),
        _("confirmed"),
        _("unsubscribed"),
    ]
    for subscriber in queryset.prefetch_related("sections").iterator(chunk_size=2000):
        yield [
            subscriber.email,
            subscriber.language,
            subscriber.status,
            "1" if subscriber.wants_daily else "0",
            "1" if subscriber.wants_weekly else "0",
            "1" if subscriber.wants_alerts else "0",
            "; ".join(section.name for section in subscriber.sections.all()),
            when(subscriber.created_at),
            when(subscriber.confirmed_at),
            when(subscriber.unsubscribed_at),
        ]


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    """Readers manage their own choices by signed links; here the office looks, exports and deletes."""

    list_display = [
        "email",
        "language",
        "status",
        "wants_daily",
        "wants_weekly",
        "wants_alerts",
        "created_at",
        "confirmed_at",
    ]
    list_filter = ["status", "language", "wants_daily", "wants_weekly", "wants_alerts", "sections"]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    list_per_page = 100
    show_full_result_count = False
    filter_horizontal = ["sections"]
    # Status and its times change only through the reader's own links (consent is theirs to give).
    readonly_fields = [
        "status",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        "signup_page",
        "key",
        "last_daily_at",
        "last_weekly_at",
    ]
    fieldsets = [
        (None, {"fields": ["email", "language", "status"]}),
        (gettext_lazy("Choices"), {"fields": ["wants_daily", "wants_weekly", "wants_alerts", "sections"]}),
        (
            gettext_lazy("History"),
            {"fields": ["created_at", "signup_page", "confirmed_at", "unsubscribed_at"]},
        ),
        (
            gettext_lazy("Sending"),
            {"fields": ["key", "last_daily_at", "last_weekly_at"], "classes": ["collapse"]},
        ),
    ]
    actions = ["export_selected"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Readers subscribe themselves and confirm by mail (double opt-in); nobody signs them up.
        return False

    def get_readonly_fields(self, request, obj=None):
        # The address is who the reader is: correcting it would skip its confirmation.
        return [*self.readonly_fields, "email"] if obj is not None else self.readonly_fields

    def get_urls(self):
        return [
            path(
                "export/",
                self.admin_site.admin_view(self.export_view),
                name="newsletter_subscriber_export",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        series = selectors.growth(days=90)
        first, last = (series[0][1], series[-1][1]) if series else (0, 0)
        caption = _("%(now)s subscribed now; %(change)s in %(days)s days") % {
            "now": last,
            "change": f"{last - first:+d}",
            "days": len(series),
        }
        chart = bar_chart(series, _("Subscribed readers per day, last 90 days"), caption=caption)
        return super().changelist_view(request, {"growth_chart": chart, **(extra_context or {})})

    def export_view(self, request: HttpRequest) -> HttpResponse:
        """The changelist as the operator sees it (search, filters, dates, order), as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            self.message_user(request, _("Those filters cannot be exported."), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:newsletter_subscriber_changelist"))
        return self._export(changelist.queryset)

    @admin.action(description=gettext_lazy("Export selected subscribers as CSV"), permissions=["view"])
    def export_selected(self, request, queryset):
        return self._export(queryset)

    def _export(self, queryset: QuerySet[Subscriber]) -> StreamingHttpResponse:
        filename = f"subscribers-{timezone.localdate():%Y-%m-%d}.csv"
        return csv_response(subscriber_rows(queryset), filename)


class SuppressionForm(forms.ModelForm):
    class Meta:
        model = Suppression
        fields = ["email", "reason", "detail"]

    def clean_email(self) -> str:
        # Stored as the sender compares it, so that "Name@Example.com" is blocked too.
        return self.cleaned_data["email"].strip().lower()


@admin.register(Suppression)
class SuppressionAdmin(admin.ModelAdmin):
    """Addresses no mail goes to; bounces and complaints land here, operators can add more."""

    form = SuppressionForm
    list_display = ["email", "reason", "created_at"]
    list_filter = ["reason"]
    search_fields = ["email"]
    readonly_fields = ["created_at"]

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "email"] if obj is not None else self.readonly_fields

    def get_changeform_initial_data(self, request):
        return {"reason": Suppression.Reason.MANUAL, **super().get_changeform_initial_data(request)}
