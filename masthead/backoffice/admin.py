"""The story admin as the newsroom uses it: the articles app's `ArticleAdmin` with the pieces the
feature apps own. Registered in its place, so its addresses and names stay admin:articles_article_*."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.defaultfilters import linebreaks_filter
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.articles import services
from masthead.articles.admin import ArticleAdmin
from masthead.articles.models import Article
from masthead.backoffice.templatetags.desk import desk_time
from masthead.discovery.admin import PinnedStoryInline
from masthead.readership.admin import StoryViewsMixin
from masthead.search.admin import StorySearchMixin
from masthead.suggestions.admin import SuggestTagsMixin

# The story, placement, publication and kind-specific fieldsets come before the readers' chart.
READERS_AFTER = 4

admin.site.unregister(Article)


class SendBackForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Note for the writer"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6, "class": "vLargeTextField", "dir": "auto"}),
        help_text=gettext_lazy(
            "What to change before it is submitted again. The writer sees it on their desk and at "
            "the top of the story."
        ),
    )


@admin.register(Article)
class StoryAdmin(StorySearchMixin, SuggestTagsMixin, StoryViewsMixin, ArticleAdmin):
    """Pinned related stories (discovery), views per day (readership), the "Suggested tags" box
    (suggestions), the "Send as breaking alert" tool (newsletter) and the list's search (search);
    and the review loop: "Send back to the writer" with a note, shown atop the story until it is
    submitted again."""

    inlines = [*ArticleAdmin.inlines, PinnedStoryInline]
    readonly_fields = [*ArticleAdmin.readonly_fields, "views_per_day", "review_note_shown"]
    fieldsets = [
        *ArticleAdmin.fieldsets[:READERS_AFTER],
        (gettext_lazy("Readers"), {"fields": ["views_per_day"]}),
        *ArticleAdmin.fieldsets[READERS_AFTER:],
    ]
    object_tools_templates = [
        *ArticleAdmin.object_tools_templates,
        "admin/newsletter/_story_tools.html",
        "admin/backoffice/_send_back_tool.html",
    ]

    class Media:
        css = {"all": ["backoffice/desk.css"]}

    # --- the editor's note, atop the form -----------------------------------------------------
    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and obj.review_note:
            note = (
                gettext_lazy("Note from the editor"),
                {
                    "fields": ["review_note_shown"],
                    "classes": ["review-note"],
                    "description": gettext_lazy(
                        "Change what it asks, then submit the story for review again; the note goes "
                        "when you do."
                    ),
                },
            )
            fieldsets.insert(0, note)
        return fieldsets

    @admin.display(description=gettext_lazy("note"))
    def review_note_shown(self, obj: Article) -> str:
        who = obj.review_note_by
        name = (who.get_full_name() or who.get_username()) if who else "—"
        return format_html(
            # The note is in the writer's language, whatever the admin's: its own direction.
            '<div dir="auto">{}</div><p class="quiet">{}</p>',
            linebreaks_filter(obj.review_note, autoescape=True),
            format_html(_("Sent back by {name} on {time}"), name=name, time=desk_time(obj.review_note_at)),
        )

    # --- the workflow through the form ------------------------------------------------------------
    def save_model(self, request, obj: Article, form, change):
        # The status as the form was opened: a story saved into review notes who handed it in.
        opened = form.initial.get("status") or Article.Status.DRAFT
        services.note_hand_off(article=obj, current=opened, by=request.user)
        super().save_model(request, obj, form, change)

    # --- "Send back to the writer" ----------------------------------------------------------------
    def get_urls(self):
        return [
            path(
                "<path:object_id>/send-back/",
                self.admin_site.admin_view(self.send_back_view),
                name="articles_article_send_back",
            ),
            *super().get_urls(),
        ]

    def send_back_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """An editor returns a story in review to its writer as a draft, with a note on what to change."""
        article = self.object_or_deny(request, object_id)
        if not services.can_publish(request.user):
            raise PermissionDenied
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        if article.status != Article.Status.IN_REVIEW:
            self.message_user(
                request, _("Only a story in review can be sent back to its writer."), messages.ERROR
            )
            return HttpResponseRedirect(change_url)
        form = SendBackForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.send_back(article=article, by=request.user, note=form.cleaned_data["note"])
            except ValidationError as error:
                form.add_error("note", error)
            else:
                self.message_user(
                    request,
                    _("“%(headline)s” went back to its writer with your note.")
                    % {"headline": article.headline},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:index"))
        writer = article.created_by
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Send back to the writer"),
            "object": article,
            "writer": (writer.get_full_name() or writer.get_username()) if writer else None,
            "form": form,
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/backoffice/send_back.html", context)
