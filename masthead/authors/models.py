"""The people whose names stand on stories: reporters, columnists, cartoonists."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from masthead.core.fields import CheckedImageField
from masthead.core.images import validate_image
from masthead.core.models import HasRenditions, TimeStampedModel, in_language
from masthead.core.paths import page_path


class Author(HasRenditions, TimeStampedModel):
    rendition_fields = {"photo": "photo_renditions"}

    class Role(models.TextChoices):
        REPORTER = "reporter", _("Reporter")
        COLUMNIST = "columnist", _("Columnist")
        CARTOONIST = "cartoonist", _("Cartoonist")
        EDITOR = "editor", _("Editor")
        PHOTOGRAPHER = "photographer", _("Photographer")
        CONTRIBUTOR = "contributor", _("Guest contributor")

    name = models.CharField(_("name (English)"), max_length=120)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120, blank=True)
    slug = models.SlugField(_("slug"), max_length=140, unique=True, allow_unicode=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.REPORTER)
    bio = models.TextField(_("bio (English)"), blank=True)
    bio_ar = models.TextField(_("bio (Arabic)"), blank=True)
    photo = CheckedImageField(_("photo"), upload_to="authors/%Y/", blank=True, validators=[validate_image])
    photo_renditions = models.JSONField(default=dict, blank=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
    )
    email = models.EmailField(_("public email"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name

    def display_name(self, language: str | None = None) -> str:
        return in_language(self.name, self.name_ar, language)

    def display_bio(self, language: str | None = None) -> str:
        return in_language(self.bio, self.bio_ar, language)

    def get_absolute_url(self) -> str:
        return page_path("authors:detail", slug=self.slug)
