"""What an import made, by the old platform's own ids: how a re-run finds it again."""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _

KEY_MAX = 191


def item_key(value: str) -> str:
    """The platform's id as stored: as it is when short, else a digest (a picture's URL can be long)."""
    if len(value) <= KEY_MAX:
        return value
    return "sha256:" + hashlib.sha256(value.encode()).hexdigest()


class ImportedItem(models.Model):
    """One thing an import wrote (a story, author, section, tag or picture), by its old id.

    Written in the same transaction as the thing itself, so after a crash either both exist or
    neither does, and the next run carries on from there without making a copy.
    """

    class Kind(models.TextChoices):
        POST = "post", _("story")
        PAGE = "page", _("page")
        PERSON = "person", _("author")
        SECTION = "section", _("section")
        TAG = "tag", _("tag")
        PICTURE = "picture", _("picture")

    site = models.CharField(_("site"), max_length=200)  # Catalogue.site_key: platform and address
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    key = models.CharField(_("old id"), max_length=200)  # item_key() of the platform's id
    object_id = models.PositiveBigIntegerField(_("object id"))
    # A digest of what was imported: an item whose export did not change is not written again.
    fingerprint = models.CharField(max_length=64, blank=True)
    imported_at = models.DateTimeField(_("first imported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")
        constraints = [
            models.UniqueConstraint(fields=["site", "kind", "key"], name="imported_item_once_per_site")
        ]

    def __str__(self) -> str:
        return f"{self.site} {self.kind} {self.key}"
