"""What search keeps: one entry per live story, with the facets results are filtered by.

The words themselves live beside the entry, in the form each database searches fastest
(`masthead.search.backends`): an FTS5 table on SQLite, a GIN-indexed `tsvector` column on
PostgreSQL. Both are written from the same analysed text (`masthead.search.analysis`), so the
two find the same stories.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from masthead.core.models import Language


class DocumentField(models.Field):
    """A `tsvector` on PostgreSQL; elsewhere an unused text column (the words are in FTS5)."""

    description = "The words of a story, as PostgreSQL searches them"

    def db_type(self, connection) -> str:
        return "tsvector" if connection.vendor == "postgresql" else "text"


class Entry(models.Model):
    """A story as search sees it, whatever its status (the back office searches drafts too).

    Readers' searches keep the entries `Article.objects.published()` would: a live status and
    a publication time reached (`backends.base.entry_conditions`). So a scheduled story appears
    the second its time comes, without waiting for a worker, and an unpublished one at once
    drops out, its entry rewritten in the same transaction as the story.
    """

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    language = models.CharField(max_length=2, choices=Language.choices)
    status = models.CharField(max_length=20)
    section_id = models.PositiveIntegerField()
    published_at = models.DateTimeField(null=True)
    is_sponsored = models.BooleanField(default=False)
    document = DocumentField(null=True, editable=False)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["language", "published_at"], name="search_entry_by_time")]

    def __str__(self) -> str:
        return f"search entry of story {self.article_id}"


class Word(models.Model):
    """A word seen in a headline, dek or tag: the vocabulary "Did you mean" chooses from.

    Only ever added to: a suggestion is offered only after a search for it has found
    something, so a word whose stories have gone suggests nothing.
    """

    word = models.CharField(max_length=40)
    language = models.CharField(max_length=2, choices=Language.choices)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="search_word_once")]

    def __str__(self) -> str:
        return self.word
