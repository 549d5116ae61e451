"""The newsletter's back office: subscribers (with growth and CSV export), issues, the suppression list."""

import smtplib
from collections.abc import Iterator

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.articles.models import Article
from masthead.core.admin import ObjectViewsMixin
from masthead.core.charts import bar_chart
from masthead.core.exports import csv_response
from masthead.newsletter import selectors, services
from masthead.newsletter.models import Delivery, Issue, Subscriber, Suppression

SEND_PERMISSION = "newsletter.send_issue"
FAILED_SHOWN = 50

# --- Subscribers ---------------------------------------------------------------------------------


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


# --- Issues --------------------------------------------------------------------------------------


class IssueChangeList(ChangeList):
    """The issue list, with the figures of every issue on the page fetched in one query."""

    def get_results(self, request):
        super().get_results(request)
        # Evaluating the page's queryset here caches it, so the list shows these very objects.
        issues = list(self.result_list)
        figures = selectors.issue_figures([issue.pk for issue in issues])
        for issue in issues:
            issue.listed_figures = figures.get(issue.pk)


class SendTestForm(forms.Form):
    to = forms.EmailField(label=gettext_lazy("Send to"), max_length=254)


def _figure(name: str, description: str):
    @admin.display(description=description)
    def column(self, obj: Issue) -> int | str:
        figures = getattr(obj, "listed_figures", None)
        return figures[name] if figures else "—"

    return column


@admin.register(Issue)
class IssueAdmin(ObjectViewsMixin, admin.ModelAdmin):
    """Editors write editions; every issue can be previewed and tested; sending needs `send_issue`."""

    list_display = [
        "__str__",
        "kind",
        "language",
        "status",
        "queued_at",
        "finished_at",
        "sent_count",
        "unconfirmed_count",
        "failed_count",
        "bounced_count",
        "unsubscribed_count",
    ]
    list_filter = ["kind", "status", "language"]
    search_fields = ["subject"]
    list_per_page = 50
    autocomplete_fields = ["stories"]
    readonly_fields = [
        "kind",
        "status",
        "article",
        "slot_at",
        "created_by",
        "queued_at",
        "started_at",
        "finished_at",
        "figures",
        "failed_deliveries",
    ]

    sent_count = _figure("sent", gettext_lazy("sent"))
    unconfirmed_count = _figure("unconfirmed", gettext_lazy("handed over, not confirmed"))
    failed_count = _figure("failed", gettext_lazy("failed"))
    bounced_count = _figure("bounced", gettext_lazy("bounced"))
    unsubscribed_count = _figure("unsubscribed", gettext_lazy("unsubscribed"))

    def get_changelist(self, request, **kwargs):
        return IssueChangeList

    def get_fieldsets(self, request, obj=None):
        text = ["language", "subject", "preheader", "body", "stories"]
        if obj is None:
            return [(None, {"fields": text})]
        what = {Issue.Kind.ALERT: ["article"], Issue.Kind.EDITION: []}.get(obj.kind, ["slot_at"])
        sending = ["status", "created_by", "queued_at", "started_at", "finished_at"]
        if obj.status != Issue.Status.DRAFT:
            sending += ["figures", "failed_deliveries"]
        return [
            (None, {"fields": ["kind", *what, *text]}),
            (gettext_lazy("Sending"), {"fields": sending}),
        ]

    # --- permissions: a queued issue is history ---------------------------------------------
    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.status != Issue.Status.DRAFT:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        # Deleting a sent issue would take its deliveries (and figures) with it.
        if obj is not None and obj.status != Issue.Status.DRAFT:
            return False
        return super().has_delete_permission(request, obj)

    def has_send_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm(SEND_PERMISSION)

    def save_model(self, request, obj: Issue, form, change):
        if not change:
            obj.kind = Issue.Kind.EDITION
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    # --- read-only fields -------------------------------------------------------------------
    @admin.display(description=gettext_lazy("figures"))
    def figures(self, obj: Issue) -> str:
        figures = selectors.issue_figures([obj.pk]).get(obj.pk)
        if not figures:
            return "—"
        labels = {
            "planned": _("recipients"),
            "sent": _("sent"),
            "unconfirmed": _("handed over, not confirmed"),
            "waiting": _("waiting"),
            "skipped": _("skipped"),
            "failed": _("failed"),
            "bounced": _("bounced"),
            "complained": _("marked as spam"),
            "unsubscribed": _("unsubscribed"),
        }
        rows = format_html_join(
            "", "<tr><th>{}</th><td>{}</td></tr>", ((labels[k], figures[k]) for k in labels)
        )
        return format_html('<table class="issue-figures">{}</table>', rows)

    @admin.display(description=gettext_lazy("failed deliveries"))
    def failed_deliveries(self, obj: Issue) -> str:
        failed = Delivery.objects.filter(issue=obj, status=Delivery.Status.FAILED)
        shown = list(failed.select_related("subscriber").order_by("pk")[:FAILED_SHOWN])
        if not shown:
            return "—"
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (d.subscriber.email if d.subscriber else _("(deleted)"), d.attempts, d.note or "—")
                for d in shown
            ),
        )
        more = ""
        if len(shown) == FAILED_SHOWN:
            total = failed.count()
            if total > FAILED_SHOWN:
                more = format_html("<p>{}</p>", _("and %(n)s more") % {"n": total - FAILED_SHOWN})
        return format_html(
            '<table class="failed-deliveries"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>'
            "<tbody>{}</tbody></table>{}",
            _("address"),
            _("attempts"),
            _("reason"),
            rows,
            more,
        )

    # --- object tools: preview, test, send; and alerts from a story -------------------------
    def get_urls(self):
        def view(func):
            return self.admin_site.admin_view(func)

        return [
            path("<int:object_id>/preview/", view(self.preview_view), name="newsletter_issue_preview"),
            path("<int:object_id>/test/", view(self.send_test_view), name="newsletter_issue_test"),
            path("<int:object_id>/send/", view(self.send_view), name="newsletter_issue_send"),
            path("alert/<int:article_id>/", view(self.alert_view), name="newsletter_issue_alert"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        issue = Issue.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None
        extra_context = extra_context or {}
        if issue is not None:
            extra_context["can_test"] = self.has_change_permission(request)
            extra_context["can_send"] = issue.status == Issue.Status.DRAFT and self.has_send_permission(
                request
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def _issue(self, request: HttpRequest, object_id: int) -> Issue:
        return self.object_or_deny(request, object_id)

    def _page(self, request: HttpRequest, template: str, title: str, **context) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
            **context,
        }
        return TemplateResponse(request, f"admin/newsletter/issue/{template}", context)

    def _change_url(self, issue: Issue) -> str:
        return reverse("admin:newsletter_issue_change", args=[issue.pk])

    def preview_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """The issue as its subscribers get it (a digest: as it would look now)."""
        issue = self._issue(request, object_id)
        rendered = services.render_preview(issue=issue)
        return self._page(request, "preview.html", _("Preview"), object=issue, rendered=rendered)

    def send_test_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """Mail the issue to one address, marked as a test."""
        issue = self._issue(request, object_id)
        if not self.has_change_permission(request):
            raise PermissionDenied
        form = SendTestForm(request.POST or None, initial={"to": request.user.email})
        if request.method == "POST" and form.is_valid():
            to = form.cleaned_data["to"]
            try:
                services.send_test(issue=issue, to=to)
            except ValidationError as error:
                form.add_error("to", error)
            except (smtplib.SMTPException, OSError) as error:
                form.add_error(
                    None, _("The mail server did not take the message: %(error)s") % {"error": error}
                )
            else:
                self.message_user(
                    request, _("A test of “%(issue)s” was sent to %(to)s.") % {"issue": issue, "to": to}
                )
                return HttpResponseRedirect(self._change_url(issue))
        return self._page(request, "send_test.html", _("Send a test"), object=issue, form=form)

    def send_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """Confirm, then queue a draft for every subscriber in its language."""
        issue = self._issue(request, object_id)
        if not self.has_send_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            try:
                services.queue_issue(issue=issue, user=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                self.message_user(
                    request, _("“%(issue)s” is being sent.") % {"issue": issue}, messages.SUCCESS
                )
            return HttpResponseRedirect(self._change_url(issue))
        return self._page(
            request,
            "confirm_send.html",
            _("Send now"),
            object=issue,
            object_opts=self.opts,
            headline=str(issue),
            language=issue.get_language_display(),
            recipients=_recipients(issue.kind, issue.language),
            button=_("Yes, send it"),
            cancel_url=self._change_url(issue),
        )

    def alert_view(self, request: HttpRequest, article_id: int) -> HttpResponse:
        """Confirm, then mail a published story as a breaking alert to its language's subscribers."""
        if not (self.has_send_permission(request) and request.user.has_perm("articles.view_article")):
            raise PermissionDenied
        article = get_object_or_404(Article, pk=article_id)
        article_url = reverse("admin:articles_article_change", args=[article.pk])
        if not Article.objects.published().filter(pk=article.pk).exists():
            # Refused before the confirmation page too, which would show an unpublished headline.
            self.message_user(request, _("Only a published story can be sent as an alert."), messages.ERROR)
            return HttpResponseRedirect(article_url)
        if request.method == "POST":
            try:
                services.queue_alert(article=article, user=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("The breaking alert for “%(headline)s” is being sent.")
                    % {"headline": article.headline},
                    messages.SUCCESS,
                )
            return HttpResponseRedirect(article_url)
        return self._page(
            request,
            "confirm_send.html",
            _("Send a breaking alert"),
            object=article,
            object_opts=Article._meta,
            headline=article.headline,
            language=article.get_language_display(),
            recipients=_recipients(Issue.Kind.ALERT, article.language),
            button=_("Yes, send the alert"),
            cancel_url=article_url,
        )


def _recipients(kind: str, language: str) -> int:
    return Subscriber.objects.receiving(kind).filter(language=language).count()


# --- Suppression list ----------------------------------------------------------------------------


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
