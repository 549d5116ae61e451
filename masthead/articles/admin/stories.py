"""The editors' back office for stories, sections and tags.

`ArticleAdmin` is the story admin of this app alone; the back office (`masthead.backoffice`)
registers it again with the pieces the feature apps add to the story form.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from reversion_compare.admin import CompareVersionAdmin

from masthead.articles import editor_views, services
from masthead.articles.forms import ArticleAdminForm
from masthead.articles.models import Article, ArticleAuthor, Section, SlugRedirect, Tag
from masthead.articles.models.taxonomy import validate_article_slug
from masthead.articles.storyform import (
    NamedAutocompleteJsonView,
    NamesInAdminLanguageMixin,
    SectionFilter,
    StoryColumnsMixin,
    StoryFormMedia,
    first_headline_of_translation,
    translation_context,
)
from masthead.articles.views import preview_token
from masthead.authors.models import Author
from masthead.core.admin import NamedRowsFormSet, ObjectViewsMixin
from masthead.core.text import unique_slug


def slug_from_headline(article: Article) -> str:
    """A free slug made from the headline, and never one of its section's own addresses (a
    headline "Feed" would otherwise hide the section's feed)."""
    taken = Article.objects.filter(language=article.language).exclude(pk=article.pk)
    slug = unique_slug(taken, article.headline, 200)
    try:
        validate_article_slug(slug, article.section.slug)
    except ValidationError:
        slug = unique_slug(taken, f"{slug}-2", 200)
    return slug


class ArticleAuthorInline(NamesInAdminLanguageMixin, admin.TabularInline):
    model = ArticleAuthor
    formset = NamedRowsFormSet
    extra = 1
    autocomplete_fields = ["author"]
    verbose_name = _("author")
    verbose_name_plural = _("byline (in order)")


class BylineAuthorFilter(admin.SimpleListFilter):
    title = _("author")
    parameter_name = "author"

    def lookups(self, request, model_admin):
        return [(a.pk, a.display_name()) for a in Author.objects.only("pk", "name", "name_ar")]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(bylines__author_id=self.value())
        return queryset


@admin.register(Article)
class ArticleAdmin(ObjectViewsMixin, NamesInAdminLanguageMixin, StoryColumnsMixin, CompareVersionAdmin):
    """The story form, list, workflow actions, preview and translation."""

    form = ArticleAdminForm
    inlines = [ArticleAuthorInline]
    list_display = [
        "headline_or_mark",
        "language",
        "section_name",
        "status_badge",
        "published",
        "byline_names",
        "updated",
    ]
    list_display_links = ["headline_or_mark"]
    list_filter = [
        "status",
        "language",
        SectionFilter,
        BylineAuthorFilter,
        ("published_at", admin.DateFieldListFilter),
        "is_breaking",
        "is_featured",
        "is_sponsored",
        "visibility",
    ]
    list_select_related = ["section", "translation"]
    list_per_page = 50
    search_fields = ["headline", "slug", "dek"]
    search_help_text = _("Headline, slug or dek.")
    show_full_result_count = False
    autocomplete_fields = ["tags", "featured_image", "translation"]
    readonly_fields = ["first_published", "created_by", "old_addresses_list"]
    actions = ["publish_now", "unpublish_selected", "submit_selected"]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["language", "headline", "slug", "dek", "body"]}),
        (_("Placement"), {"fields": ["section", "tags", "featured_image", "translation"]}),
        (
            _("Publication"),
            {
                "fields": [
                    "status",
                    "published_at",
                    "is_breaking",
                    "is_featured",
                    "visibility",
                    "first_published",
                    "created_by",
                ]
            },
        ),
        (
            _("Kind-specific"),
            {"fields": ["disclaimer", "is_sponsored", "sponsor_name"], "classes": ["collapse"]},
        ),
        (_("Old addresses"), {"fields": ["old_addresses_list"], "classes": ["collapse"]}),
        (None, {"fields": ["loaded_version"]}),
    ]
    # More object tools for a saved story (list items), included after the preview and translation.
    object_tools_templates: list[str] = []

    Media = StoryFormMedia

    # --- list -----------------------------------------------------------------------------
    def get_queryset(self, request):
        qs = (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author")))
        )
        if not request.user.has_perm("articles.edit_any_article"):
            qs = qs.filter(created_by=request.user)
        return qs

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj: Article) -> str:
        return format_html('<span class="status status-{}">{}</span>', obj.status, obj.get_status_display())

    @admin.display(description=_("byline"))
    def byline_names(self, obj: Article) -> str:
        return ", ".join(b.author.display_name() for b in obj.bylines.all())

    @admin.display(description=_("old addresses that redirect here"))
    def old_addresses_list(self, obj: Article) -> str:
        if not obj.pk:
            return "—"
        return (
            format_html_join("", "<div><code>{}</code></div>", ((str(r),) for r in obj.old_addresses.all()))
            or "—"
        )

    # --- permissions ------------------------------------------------------------------------
    def has_view_permission(self, request, obj=None):
        if obj is not None and not services.can_view(request.user, obj):
            return False
        return super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        if obj is not None and not services.can_edit(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not services.can_edit(request.user, obj):
            return False
        return super().has_delete_permission(request, obj)

    def has_publish_permission(self, request) -> bool:
        return services.can_publish(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not services.can_publish(request.user):
            fields += ["is_breaking", "is_featured"]
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.request_user = request.user
        return form

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("language", "ar" if request.LANGUAGE_CODE == "ar" else "en")
        return initial

    # --- saving -------------------------------------------------------------------------------
    def save_model(self, request, obj: Article, form, change):
        previous = Article.objects.filter(pk=obj.pk).first() if change else None
        obj._was_live = previous.is_published if previous else False
        obj._previous_status = previous.status if previous else None
        if not obj.slug or first_headline_of_translation(previous, form):
            obj.slug = slug_from_headline(obj)
        if not change:
            obj.created_by = request.user
        services.normalize_live_status(obj)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if not change and not article.bylines.exists():
            author = getattr(request.user, "author", None)
            if author is not None:
                ArticleAuthor.objects.create(article=article, author=author)
        self._add_new_tags(request, article)
        if "translation" in form.changed_data:
            services.link_translations(article=article, other=article.translation)
        services.after_save(
            article=article,
            previous_status=getattr(article, "_previous_status", None),
            was_live=getattr(article, "_was_live", False),
        )

    def _add_new_tags(self, request, article: Article) -> None:
        """Tags the editor picked from the suggestions that do not exist yet (`new_tags`)."""
        labels = [label.strip() for label in request.POST.get("new_tags", "").split(",")]
        labels = list(dict.fromkeys(label[:100] for label in labels if label.strip()))[:20]
        if not labels:
            return
        if not request.user.has_perm("articles.add_tag"):
            self.message_user(
                request, _("You may not create tags; ask an editor to add them."), messages.WARNING
            )
            return
        for label in labels:
            name_field = "name_ar" if article.language == "ar" else "name"
            tag = Tag.objects.filter(**{f"{name_field}__iexact": label}).first()
            if tag is None:
                slug = unique_slug(Tag.objects.all(), label, 120)
                tag = Tag.objects.create(slug=slug, **{name_field: label})
            article.tags.add(tag)

    # --- actions ------------------------------------------------------------------------------
    def _run(self, request, queryset, service, done: str) -> None:
        moved, refused = 0, []
        for article in queryset:
            try:
                service(article=article, by=request.user)
                moved += 1
            except (PermissionDenied, ValidationError) as exc:
                reason = "; ".join(getattr(exc, "messages", [str(exc)]))
                refused.append(f"“{article.headline}”: {reason}")
        if moved:
            self.message_user(request, done % {"n": moved}, messages.SUCCESS)
        for line in refused:
            self.message_user(request, line, messages.ERROR)

    @admin.action(description=_("Publish selected stories now"), permissions=["publish"])
    def publish_now(self, request, queryset):
        self._run(request, queryset, services.publish, str(_("Published %(n)d stories.")))

    @admin.action(description=_("Unpublish selected stories"), permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        self._run(request, queryset, services.unpublish, str(_("Unpublished %(n)d stories.")))

    @admin.action(description=_("Submit selected stories for review"), permissions=["change"])
    def submit_selected(self, request, queryset):
        self._run(request, queryset, services.submit_for_review, str(_("Submitted %(n)d stories.")))

    # --- object tools: preview link and translation -----------------------------------------
    def get_urls(self):
        return [
            path("embed/", self.admin_site.admin_view(editor_views.embed), name="articles_article_embed"),
            path(
                "autocomplete/",
                self.admin_site.admin_view(NamedAutocompleteJsonView.as_view(admin_site=self.admin_site)),
                name="articles_article_autocomplete",
            ),
            path(
                "<path:object_id>/translate/",
                self.admin_site.admin_view(self.translate_view),
                name="articles_article_translate",
            ),
            *super().get_urls(),
        ]

    def translate_view(self, request: HttpRequest, object_id: str):
        """Open the other-language version: only for someone who may see and change this story."""
        article = self.object_or_deny(request, object_id, needs="change")
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        if not self.has_add_permission(request):
            raise PermissionDenied
        translation = services.create_translation(article=article, by=request.user)
        self.message_user(
            request,
            _("The %(language)s version is open as a linked draft: write its text beside the original.")
            % {"language": translation.get_language_display()},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[translation.pk]))

    def recoverlist_view(self, request, extra_context=None):
        # Deleted stories are anybody's: only those who edit every story may list and restore them.
        if not request.user.has_perm("articles.edit_any_article"):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not request.user.has_perm("articles.edit_any_article"):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def compare_view(self, request, object_id, extra_context=None):
        # django-reversion-compare loads the story by its id alone: check it as the change form does.
        self.object_or_deny(request, object_id)
        return super().compare_view(request, object_id, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {"object_tools_templates": self.object_tools_templates, **(extra_context or {})}
        # get_object() reads the id as the admin does: a malformed one is "no such story", not a 500.
        article = self.get_object(request, object_id)
        if article is not None:
            extra_context["preview_url"] = reverse("preview", args=[preview_token(article)])
            extra_context["translation"] = article.translation
            extra_context["other_language"] = dict(Article._meta.get_field("language").choices)[
                "ar" if article.language == "en" else "en"
            ]
            extra_context.update(translation_context(article))
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "name_ar", "kind", "order", "is_in_navigation"]
    list_editable = ["order", "is_in_navigation"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "name_ar", "slug"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "name_ar", "slug"]
    search_fields = ["name", "name_ar", "slug", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(SlugRedirect)
class SlugRedirectAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "created_at"]
    search_fields = ["slug", "article__headline"]
    raw_id_fields = ["article"]
