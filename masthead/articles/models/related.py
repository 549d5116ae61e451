"""The stored "You May Also Like" list of each story, computed in the background."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RelatedStory(models.Model):
    """One entry of a story's related list: computed off the request path, read in one query.

    Entries are filtered by "published" when read, so a story that is unpublished drops out
    of every list at once; the list keeps a few spares to fill the gap until it is recomputed.
    """

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="related_to")
    rank = models.PositiveSmallIntegerField()
    score = models.FloatField(default=0.0)
    reasons = models.JSONField(default=dict, blank=True)
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "rank"]
        verbose_name = _("related story")
        verbose_name_plural = _("related stories")
        constraints = [models.UniqueConstraint(fields=["article", "related"], name="related_once_per_story")]
        indexes = [models.Index(fields=["article", "rank"])]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.related_id} (#{self.rank})"


class PinnedStory(models.Model):
    """A related story an editor chose: shown first, in the editor's order, whatever the ranking."""

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="pinned_links")
    related = models.ForeignKey(
        "articles.Article",
        verbose_name=_("related story"),
        on_delete=models.CASCADE,
        related_name="pinned_in",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["article", "order", "id"]
        verbose_name = _("pinned related story")
        verbose_name_plural = _("pinned related stories")
        constraints = [
            models.UniqueConstraint(fields=["article", "related"], name="pinned_once_per_story"),
            models.CheckConstraint(condition=~models.Q(article=models.F("related")), name="pin_not_itself"),
        ]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.related_id} (pinned #{self.order})"
