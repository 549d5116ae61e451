"""Standing pages that are not stories: About us, Contact, Privacy policy, Terms.

A page is written in one language, like a story, and linked to its translation explicitly. It
has no section, byline or schedule: it is live while its status is "published", and
`published_at` records when it first went live (or when the old platform says it did).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from masthead.articles.editor import PROSE_EXTENSIONS
from masthead.articles.models.articles import new_guid
from masthead.core.html import sanitize_html
from masthead.core.models import Language, TimeStampedModel
from masthead.core.paths import page_path


class PageQuerySet(models.QuerySet):
    def published(self) -> "PageQuerySet":
        """Pages a reader may see: the one definition the page view, footer and sitemap use."""
        return self.filter(status=Page.Status.PUBLISHED)

    def in_language(self, language: str) -> "PageQuerySet":
        return self.filter(language=language)

    def in_footer(self) -> "PageQuerySet":
        return self.filter(is_in_footer=True)


class Page(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        allow_unicode=True,
        help_text=_("The last part of the page's address: /<language>/pages/<slug>/."),
    )
    body = ProseEditorField(_("body"), extensions=PROSE_EXTENSIONS, sanitize=sanitize_html, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("Set when the page is first published, if left empty."),
    )
    translation = models.OneToOneField(
        "self",
        verbose_name=_("translation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The same page in the other language."),
    )
    is_in_footer = models.BooleanField(
        _("in footer"), default=False, help_text=_("Listed at the bottom of every page of its language.")
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Footer links go in this order.")
    )
    guid = models.CharField(
        _("identifier"),
        max_length=500,
        blank=True,
        unique=True,
        default=new_guid,
        editable=False,
        help_text=_(
            "The page's permanent identifier, made once when it is created; an imported page keeps "
            "the identifier its old platform gave it, so a second import updates it."
        ),
    )

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title", "id"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [
            models.UniqueConstraint(fields=["language", "slug"], name="page_slug_per_language"),
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="published_page_has_publication_time",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance.remember_as_loaded()
        return instance

    def remember_as_loaded(self) -> None:
        """Note where the page showed as loaded (its address, the footer), to purge there after a change."""
        fields = self.__dict__
        shown = fields.get("status") == self.Status.PUBLISHED
        self._loaded_shown = (shown, shown and bool(fields.get("is_in_footer")))

    def shown_as_loaded(self) -> tuple[bool, bool]:
        """(Was the page public as loaded, was it in the footer then); (False, False) for a new page."""
        return getattr(self, "_loaded_shown", (False, False))

    @property
    def is_published(self) -> bool:
        """The same rule as `Page.objects.published()`, for one loaded page."""
        return self.status == self.Status.PUBLISHED

    def clean(self) -> None:
        if self.status == self.Status.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()  # "Published" with no time means now
        errors: dict[str, list] = {}
        if self.translation_id and self.translation_id == self.pk:
            errors.setdefault("translation", []).append(_("A page cannot translate itself."))
        elif self.translation_id and self.translation and self.translation.language == self.language:
            errors.setdefault("translation", []).append(_("A translation must be in the other language."))
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs) -> None:
        self.body = sanitize_html(self.body)
        if not self.guid:  # given as "" by an importer with no identifier from the old platform
            self.guid = new_guid()
        if self.status == self.Status.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "published_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return page_path("articles:page", self.language, slug=self.slug)
