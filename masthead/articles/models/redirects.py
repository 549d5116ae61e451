"""Old addresses of stories: each answers with one 301 to the story's current address."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from masthead.articles.models.articles import Article
from masthead.core.models import Language


class SlugRedirect(models.Model):
    """An address a published story used to have; it answers with a 301 to the current one."""

    language = models.CharField(max_length=2, choices=Language.choices)
    section_slug = models.CharField(max_length=80)
    slug = models.CharField(max_length=200)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="old_addresses")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("old address")
        verbose_name_plural = _("old addresses")
        constraints = [
            models.UniqueConstraint(fields=["language", "section_slug", "slug"], name="old_address_unique")
        ]

    def __str__(self) -> str:
        return f"/{self.language}/{self.section_slug}/{self.slug}/"
