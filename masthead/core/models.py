"""Shared model bits: timestamps and the two languages every story is written in."""

from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    ARABIC = "ar", _("Arabic")

    @classmethod
    def other(cls, code: str) -> str:
        """The language a translation of a story in `code` is written in."""
        return cls.ARABIC if code == cls.ENGLISH else cls.ENGLISH


def in_language(english: str, arabic: str, language: str | None = None) -> str:
    """The Arabic or English version of a text, for `language` (the active one by default).

    Falls back to the other version when the wanted one is empty.
    """
    if (language or get_language()) == Language.ARABIC:
        return arabic or english
    return english or arabic


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        # `save(update_fields=[...])` moves `updated_at` too: what is kept of a row between
        # requests (rendered cards and stories) is kept under it, so every save must move it.
        fields = kwargs.get("update_fields")
        if fields and "updated_at" not in fields:
            kwargs["update_fields"] = [*fields, "updated_at"]
        super().save(*args, **kwargs)


class HasRenditions(models.Model):
    """Makes WebP renditions of each picture field in the background when its file changes.

    `rendition_fields` maps a picture field to the JSON field that records its renditions.
    """

    rendition_fields: dict[str, str] = {}

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_files = {f: str(instance.__dict__.get(f) or "") for f in cls.rendition_fields}
        return instance

    def save(self, *args, **kwargs) -> None:
        loaded = getattr(self, "_loaded_files", {})
        changed = [f for f in self.rendition_fields if str(getattr(self, f) or "") != loaded.get(f, "")]
        for field in changed:
            setattr(self, self.rendition_fields[field], {})
        super().save(*args, **kwargs)
        self._loaded_files = {f: str(getattr(self, f) or "") for f in self.rendition_fields}
        for field in changed:
            if getattr(self, field):
                self._enqueue_renditions(field)

    def _enqueue_renditions(self, field: str) -> None:
        # Made once per upload, after the row is committed, never while a reader waits.
        from masthead.core.tasks import make_renditions_task

        args = (self._meta.label, self.pk, field, self.rendition_fields[field])
        transaction.on_commit(lambda: make_renditions_task.enqueue(*args))


class RateCount(models.Model):
    """Attempts by one (hashed) client in one window of a rate limit, shared by every process."""

    scope = models.CharField(max_length=40)
    key_hash = models.CharField(max_length=32)
    window_start = models.BigIntegerField()  # Unix time at which the window opened
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "key_hash", "window_start"], name="core_ratecount_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.key_hash[:8]}… {self.count}"
