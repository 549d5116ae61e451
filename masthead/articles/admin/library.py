"""The picture library and standing pages in the back office."""

from django.contrib import admin
from django.core.files.storage import default_storage
from django.http import HttpRequest
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from masthead.articles import editor_views
from masthead.articles.models import Image, Page
from masthead.articles.storyform import StoryFormMedia
from masthead.core.text import unique_slug


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "alt_text", "credit", "size", "rendition_count", "created_at"]
    search_fields = ["alt_text", "caption", "credit"]
    readonly_fields = ["size", "renditions"]

    def get_urls(self):
        # The story editor's picture dialog: find in the library, or upload through this admin's form.
        return [
            path("library/", self.admin_site.admin_view(self.library_view), name="articles_image_library"),
            path(
                "library/upload/",
                self.admin_site.admin_view(self.upload_view),
                name="articles_image_upload",
            ),
            *super().get_urls(),
        ]

    def library_view(self, request: HttpRequest):
        return editor_views.library(request, self)

    def upload_view(self, request: HttpRequest):
        return editor_views.upload(request, self)

    @admin.display(description=_("picture"))
    def thumbnail(self, obj: Image) -> str:
        if not obj.file:
            return "—"
        small = obj.renditions.get("320")
        url = default_storage.url(small) if small else obj.file.url
        return format_html('<img src="{}" alt="" style="max-height:48px">', url)

    @admin.display(description=_("size"))
    def size(self, obj: Image) -> str:
        return f"{obj.width}×{obj.height}" if obj.width else "—"

    @admin.display(description=_("renditions"))
    def rendition_count(self, obj: Image) -> int:
        return sum(1 for key in obj.renditions if key.isdigit())  # widths; the ratio crops aside


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    """Standing pages (About us, Contact, Privacy policy, Terms) and the footer's links to them."""

    list_display = ["title", "language", "status", "is_in_footer", "order", "published_at", "updated_at"]
    list_display_links = ["title"]
    list_editable = ["is_in_footer", "order"]
    list_filter = ["status", "language", "is_in_footer"]
    search_fields = ["title", "slug"]
    search_help_text = _("Title or slug.")
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["translation"]
    save_on_top = True
    Media = StoryFormMedia  # the story form's layout and text direction
    fieldsets = [
        (None, {"fields": ["language", "title", "slug", "body"]}),
        (_("Publication"), {"fields": ["status", "published_at", "translation"]}),
        (_("Footer"), {"fields": ["is_in_footer", "order"]}),
    ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if "slug" in form.base_fields:  # as on the story form: an Arabic title makes an Arabic slug
            form.base_fields["slug"].required = False
            form.base_fields["slug"].help_text += " " + _("Left empty, it is made from the title.")
        return form

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("language", "ar" if request.LANGUAGE_CODE == "ar" else "en")
        return initial

    def save_model(self, request, obj: Page, form, change):
        if not obj.slug:
            obj.slug = unique_slug(
                Page.objects.filter(language=obj.language).exclude(pk=obj.pk), obj.title, 200
            )
        super().save_model(request, obj, form, change)
        other = obj.translation
        # Linked both ways, so each page names the other, unless the other is linked elsewhere.
        if (
            other is not None
            and other.translation_id is None
            and not Page.objects.filter(translation=obj).exists()
        ):
            other.translation = obj
            other.save(update_fields=["translation", "updated_at"])
