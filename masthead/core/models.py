"""Shared model bits: timestamps and the two languages every story is written in."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    ARABIC = "ar", _("Arabic")

    @classmethod
    def other(cls, code: str) -> str:
        """The language a translation of a story in `code` is written in."""
        return cls.ARABIC if code == cls.ENGLISH else cls.ENGLISH


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True
