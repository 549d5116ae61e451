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
