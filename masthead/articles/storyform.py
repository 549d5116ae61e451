"""Pieces of the story form: names in the admin's language, dates written one way, and the
translation desk (the other version beside a translation draft)."""

from datetime import datetime

from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteMixin
from django.db.models import Model
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from masthead.articles import services
from masthead.articles.models import Article, Section


def moment(value: datetime | None) -> str:
    """A time as the form's own date and time boxes write it ("2026-12-05 22:50"), in either
    language: the back office shows every date one way (left to right, in Arabic too)."""
    if not value:
        return "—"
    local = timezone.localtime(value)
    return format_html(
        '<time datetime="{}" dir="ltr">{}</time>', local.isoformat(), local.strftime("%Y-%m-%d %H:%M")
    )


def _name_in_admin_language(obj: Model) -> str:
    display_name = getattr(obj, "display_name", None)
    return display_name() if display_name else str(obj)


class NamedAutocompleteJsonView(AutocompleteJsonView):
    """The admin's autocomplete, naming sections, tags and authors in the admin's language."""

    def serialize_result(self, obj: Model, to_field_name: str) -> dict:
        return super().serialize_result(obj, to_field_name) | {"text": _name_in_admin_language(obj)}


class SectionFilter(admin.SimpleListFilter):
    """The story list's "By section", in the admin's language (the addresses Django's own use)."""

    title = _("section")
    parameter_name = "section__id__exact"

    def lookups(self, request, model_admin) -> list[tuple[int, str]]:
        return [(section.pk, section.display_name()) for section in Section.objects.all()]

    def queryset(self, request, queryset):
        return queryset.filter(section_id=self.value()) if self.value() else queryset


class StoryColumnsMixin:
    """The story list's columns that name things in the admin's language and write times one way."""

    @admin.display(description=_("headline"), ordering="headline")
    def headline_or_mark(self, obj: Article) -> str:
        """The headline; a translation draft not yet given one says so, with its source's."""
        if obj.headline:
            return obj.headline
        source = obj.translation.headline if obj.translation_id and obj.translation else ""
        return format_html(
            '<span class="needs-translation-mark">{}</span> <span dir="auto">{}</span>',
            _("Needs translation:"),
            source,
        )

    @admin.display(description=_("section"), ordering="section__name")
    def section_name(self, obj: Article) -> str:
        return obj.section.display_name()

    @admin.display(description=_("publication time"), ordering="published_at")
    def published(self, obj: Article) -> str:
        return moment(obj.published_at)

    @admin.display(description=_("updated"), ordering="updated_at")
    def updated(self, obj: Article) -> str:
        return moment(obj.updated_at)

    @admin.display(description=_("first published at"))
    def first_published(self, obj: Article) -> str:
        return moment(obj.first_published_at)


class NamesInAdminLanguageMixin:
    """Selects and autocompletes of the story form name sections, tags and authors in the admin's
    language (`display_name`), whatever the language the names were first written in."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        model = getattr(getattr(field, "queryset", None), "model", None)
        if model is None or not hasattr(model, "display_name"):
            return field
        field.label_from_instance = _name_in_admin_language
        widget = getattr(field.widget, "widget", field.widget)  # inside the "+"/edit links wrapper
        if isinstance(widget, AutocompleteMixin):
            widget.url_name = "%s:articles_article_autocomplete"
        return field


def first_headline_of_translation(previous: Article | None, form) -> bool:
    """A translation draft opened without a headline gets its slug from the first one written,
    unless the editor chose a slug (its provisional one is the other version's)."""
    return (
        previous is not None
        and not previous.headline
        and not previous.first_published_at
        and "slug" not in form.changed_data
    )


def translation_context(article: Article) -> dict:
    """The change form's translation desk: the other version shown for reference while this one is
    written (until it is first published), and what is still to translate."""
    source = article.translation
    if source is None or article.first_published_at or not (source.headline or source.body):
        return {}
    context = {
        "translation_source": source,
        # Sanitized when it was saved (masthead.core.html), like every body.
        "translation_source_body": mark_safe(source.body),
        "untranslated": services.untranslated(article),
    }
    if not article.headline:
        context["subtitle"] = _("Needs translation from %(language)s") % {
            "language": source.get_language_display()
        }
    return context


class StoryFormMedia:
    """The form's layout (wide headline, tools clear of the title, the translation panel) and its
    text direction following the story's language: the story and page forms share it."""

    css = {"all": ["masthead/admin/story-form.css"]}
    js = ["masthead/admin/story-form.js"]
