"""Issues in the back office: editions written, every issue previewed and tested, sending confirmed."""

import smtplib
from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.articles.models import Article
from masthead.core.admin import ObjectViewsMixin, PageFiguresChangeList, figure_column
from masthead.newsletter import queueing, selectors
from masthead.newsletter.models import Delivery, Issue, Subscriber

SEND_PERMISSION = "newsletter.send_issue"
FAILED_SHOWN = 50


class SendTestForm(forms.Form):
    to = forms.EmailField(label=gettext_lazy("Send to"), max_length=254)


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

    sent_count = figure_column("sent", gettext_lazy("sent"))
    unconfirmed_count = figure_column("unconfirmed", gettext_lazy("handed over, not confirmed"))
    failed_count = figure_column("failed", gettext_lazy("failed"))
    bounced_count = figure_column("bounced", gettext_lazy("bounced"))
    unsubscribed_count = figure_column("unsubscribed", gettext_lazy("unsubscribed"))

    def get_changelist(self, request, **kwargs):
        return PageFiguresChangeList

    def page_figures(self, ids: list[int]) -> dict[int, selectors.IssueFigures]:
        return selectors.issue_figures(ids)

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
            "", "<tr><th>{}</th><td>{}</td></tr>", ((labels[k], getattr(figures, k)) for k in labels)
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
        rendered = queueing.render_preview(issue=issue)
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
                queueing.send_test(issue=issue, to=to)
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
        return self._confirm_then_queue(
            request,
            issue,
            issue.kind,
            lambda: queueing.queue_issue(issue=issue, user=request.user),
            title=_("Send now"),
            headline=str(issue),
            button=_("Yes, send it"),
            done=_("“%(issue)s” is being sent.") % {"issue": issue},
            back=self._change_url(issue),
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
        return self._confirm_then_queue(
            request,
            article,
            Issue.Kind.ALERT,
            lambda: queueing.queue_alert(article=article, user=request.user),
            title=_("Send a breaking alert"),
            headline=article.headline,
            button=_("Yes, send the alert"),
            done=_("The breaking alert for “%(headline)s” is being sent.") % {"headline": article.headline},
            back=article_url,
        )

    def _confirm_then_queue(
        self,
        request: HttpRequest,
        obj: Issue | Article,
        kind: str,
        queue: Callable[[], Issue],
        *,
        title: str,
        headline: str,
        button: str,
        done: str,
        back: str,
    ) -> HttpResponse:
        """The confirmation page (who it goes to); once confirmed, queue it and say whether it went."""
        if request.method == "POST":
            try:
                queue()
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                self.message_user(request, done, messages.SUCCESS)
            return HttpResponseRedirect(back)
        return self._page(
            request,
            "confirm_send.html",
            title,
            object=obj,
            object_opts=obj._meta,
            headline=headline,
            language=obj.get_language_display(),
            recipients=_recipients(kind, obj.language),
            button=button,
            cancel_url=back,
        )


def _recipients(kind: str, language: str) -> int:
    return Subscriber.objects.receiving(kind).filter(language=language).count()
