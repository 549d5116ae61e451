"""What search keeps: one entry per live story, with the facets results are filtered by.

The words themselves live beside the entry, in the form each database searches fastest
(`masthead.search.backends`): an FTS5 table on SQLite, a GIN-indexed `tsvector` column on
PostgreSQL. Both are written from the same analysed text (`masthead.search.analysis`), so the
two find the same stories.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from masthead.core.models import Language
from masthead.search.analysis import query_terms

SEPARATORS = re.compile("[,،;\n]")  # the Latin and Arabic commas, semicolons, lines
MAX_SYNONYM_WORDS = 8


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
    # The headline, tags, dek and bylines alone: small enough to be read for every match when
    # ranking tiers, where the whole document is read only for the few best (PostgreSQL).
    heading = DocumentField(null=True, editable=False)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["language", "published_at"], name="search_entry_by_time")]

    def __str__(self) -> str:
        return f"search entry of story {self.article_id}"


class Word(models.Model):
    """A word seen in a headline, dek or tag: the vocabulary "Did you mean" chooses from.

    `word` is the word as search compares it (`analysis`: lower case, one alef, ة as ه);
    `display` as the stories write it (a name's capitals, ة and hamza), which is what a
    suggestion shows. Blank for a word not seen again since the field came: a suggestion
    then shows `word`, until a rebuild fills it.

    Only ever added to: a suggestion is offered only after a search for it has found
    something, so a word whose stories have gone suggests nothing.
    """

    word = models.CharField(max_length=40)
    display = models.CharField(max_length=40, blank=True, default="")
    language = models.CharField(max_length=2, choices=Language.choices)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="search_word_once")]

    def __str__(self) -> str:
        return self.word


class Synonym(models.Model):
    """Words and phrases editors declare equal in search: "IPO, initial public offering".

    A reader's query that holds one of them also finds stories that use another
    (`masthead.search.synonyms`).
    """

    words = models.CharField(
        _("words"),
        max_length=300,
        unique=True,
        help_text=_(
            "Words or phrases that mean the same, separated by commas, in either language: "
            "IPO, initial public offering."
        ),
    )

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["words"]

    def __str__(self) -> str:
        return self.words

    def entries(self) -> list[str]:
        """The words or phrases, as written, without blanks and repeats."""
        return list(dict.fromkeys(part.strip() for part in SEPARATORS.split(self.words) if part.strip()))

    def phrases(self) -> list[tuple]:
        """Each entry as analysed words (`masthead.search.analysis.Term`); entries of no word dropped."""
        analysed = (tuple(query_terms(entry)) for entry in self.entries())
        return [phrase for phrase in analysed if phrase]

    def clean(self) -> None:
        super().clean()
        phrases = self.phrases()
        if len({tuple(t.stem for t in p) for p in phrases}) < 2:
            raise ValidationError(
                {"words": _("Give at least two different words or phrases, separated by commas.")}
            )
        if any(len(p) > MAX_SYNONYM_WORDS for p in phrases):
            raise ValidationError(
                {"words": _("A phrase may have at most %(n)d words.") % {"n": MAX_SYNONYM_WORDS}}
            )
