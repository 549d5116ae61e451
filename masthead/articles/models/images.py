"""Pictures with the words that must travel with them: alt text, caption, credit."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from masthead.core.fields import CheckedImageField
from masthead.core.images import validate_image
from masthead.core.models import HasRenditions, TimeStampedModel


class Image(HasRenditions, TimeStampedModel):
    rendition_fields = {"file": "renditions"}

    file = CheckedImageField(
        _("file"),
        upload_to="images/%Y/%m/",
        width_field="width",
        height_field="height",
        validators=[validate_image],
    )
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        help_text=_("What the picture shows, for readers who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    # {"640": "renditions/…-640.webp", …}, written once by a background task.
    renditions = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self) -> str:
        return self.alt_text[:80]

    @property
    def has_renditions(self) -> bool:
        return bool(self.renditions)
