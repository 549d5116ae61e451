"""What discovery keeps: each story's "You May Also Like" list and the editors' pins, a text model
per language, and each story's vectors under it."""

import numpy as np
from django.db import models
from django.utils.translation import gettext_lazy as _
from scipy import sparse

from masthead.core.models import Language


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
        db_table = "articles_relatedstory"  # made by the articles app, which first owned it
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
        db_table = "articles_pinnedstory"  # made by the articles app, which first owned it
        ordering = ["article", "order", "id"]
        verbose_name = _("pinned related story")
        verbose_name_plural = _("pinned related stories")
        constraints = [
            models.UniqueConstraint(fields=["article", "related"], name="pinned_once_per_story"),
            models.CheckConstraint(condition=~models.Q(article=models.F("related")), name="pin_not_itself"),
        ]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.related_id} (pinned #{self.order})"


class SemanticModel(models.Model):
    """The fitted `semantic.Semantics` of one language (term weights and concept stories)."""

    language = models.CharField(_("language"), max_length=2, choices=Language.choices, unique=True)
    version = models.PositiveIntegerField(default=1)  # story vectors record the version they came from
    stories = models.PositiveIntegerField(_("stories learned from"))
    data = models.BinaryField()
    fitted_at = models.DateTimeField(_("fitted"), auto_now=True)

    class Meta:
        verbose_name = _("text model")
        verbose_name_plural = _("text models")

    def __str__(self) -> str:
        return f"{self.language} v{self.version} ({self.stories} stories)"


class StoryVector(models.Model):
    """A published story's lexical and conceptual vectors (sparse, stored as plain arrays), and
    its sentence embedding where the `embeddings` extra is installed."""

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, primary_key=True, related_name="vector"
    )
    language = models.CharField(max_length=2, choices=Language.choices)
    model_version = models.PositiveIntegerField()
    terms = models.BinaryField()
    concepts = models.BinaryField()
    # `embeddings.DIMENSIONS` float32 numbers; None until computed (vectorised without the extra,
    # or the text changed while it was missing): the next vectorising of the story fills it in.
    embedding = models.BinaryField(null=True, blank=True)
    is_live = models.BooleanField(default=True)  # False once unpublished: other processes see it go
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("story vector")
        verbose_name_plural = _("story vectors")
        indexes = [models.Index(fields=["language", "updated_at"], name="vector_language_updated")]

    def __str__(self) -> str:
        return f"vectors of story {self.article_id}"


def pack(row: sparse.csr_matrix) -> bytes:
    """One sparse row as bytes: its int32 column numbers, then its float32 values."""
    return row.indices.astype("<i4").tobytes() + row.data.astype("<f4").tobytes()


def unpack(blob: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of a row stored by `pack`."""
    half = len(blob) // 2
    return np.frombuffer(blob[:half], dtype="<i4"), np.frombuffer(blob[half:], dtype="<f4")
