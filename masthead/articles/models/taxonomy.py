"""Sections (the newsroom's beats and desks), tags, and the addresses neither may take."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from masthead.core.models import TimeStampedModel, in_language
from masthead.core.paths import page_path


def validate_section_slug(slug: str) -> None:
    """A section's address must not be one the site already answers (search, tags, authors…).

    Asked of the URLconf itself, so a page added later is protected without a list to update.
    """
    for path, view in ((f"{slug}/", "articles:section"), (f"{slug}/a-story/", "articles:detail")):
        # In the default language whatever the editor's: the language prefix only resolves in its own.
        try:
            with translation.override(settings.LANGUAGE_CODE):
                match = resolve(f"/{settings.LANGUAGE_CODE}/{path}")
        except Resolver404:
            continue
        if match.view_name == view:
            continue
        raise ValidationError(
            _("“%(slug)s” is the address of one of the site's own pages; choose another slug."),
            code="reserved",
            params={"slug": slug},
        )


def validate_article_slug(slug: str, section_slug: str) -> None:
    """A story's address must not be one the site already answers under its section (the
    section's feeds, /<lang>/<section>/feed/…).

    Asked of the URLconf itself, like a section's slug (`validate_section_slug`), so a page
    added under sections later is protected without a list to update.
    """
    # In the default language whatever the editor's: only the active language's prefix resolves.
    try:
        with translation.override(settings.LANGUAGE_CODE):
            match = resolve(f"/{settings.LANGUAGE_CODE}/{section_slug}/{slug}/")
    except Resolver404:
        return
    if match.view_name != "articles:detail":
        raise ValidationError(
            _("“%(slug)s” is the address of one of the site's own pages; choose another slug."),
            code="reserved",
            params={"slug": slug},
        )


class Section(TimeStampedModel):
    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        OPINION = "opinion", _("Opinion")
        REPORT = "report", _("Report")
        CARICATURE = "caricature", _("Caricature")
        FEATURE = "feature", _("Feature")

    name = models.CharField(_("name (English)"), max_length=80)
    name_ar = models.CharField(_("name (Arabic)"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, validators=[validate_section_slug])
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWS)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    description = models.TextField(_("description (English)"), blank=True)
    description_ar = models.TextField(_("description (Arabic)"), blank=True)
    disclaimer = models.TextField(
        _("disclaimer (English)"),
        blank=True,
        help_text=_("Shown under every opinion piece in this section unless the piece has its own."),
    )
    disclaimer_ar = models.TextField(_("disclaimer (Arabic)"), blank=True)
    is_in_navigation = models.BooleanField(_("in navigation"), default=True)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self) -> str:
        return self.name

    def display_name(self, language: str | None = None) -> str:
        return in_language(self.name, self.name_ar, language)

    def get_absolute_url(self) -> str:
        return page_path("articles:section", section=self.slug)


class Tag(TimeStampedModel):
    name = models.CharField(_("name (English)"), max_length=100, blank=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=100, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)
    aliases = models.CharField(
        _("aliases"),
        max_length=400,
        blank=True,
        help_text=_("Other names for this tag, comma-separated, in either language."),
    )

    class Meta:
        ordering = ["name", "name_ar"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        constraints = [
            models.CheckConstraint(condition=~models.Q(name="", name_ar=""), name="tag_has_a_name")
        ]

    def __str__(self) -> str:
        return self.name or self.name_ar

    def display_name(self, language: str | None = None) -> str:
        return in_language(self.name, self.name_ar, language)

    def get_absolute_url(self) -> str:
        return page_path("articles:tag", slug=self.slug)
