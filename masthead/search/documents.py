"""A story as search reads it: which of its words go in which field."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from masthead.articles.models import Article, ArticleAuthor
from masthead.core.html import plain_text
from masthead.search.analysis import analyze
from masthead.search.backends.base import Document

# Stories read for indexing are fetched in batches of this many.
BATCH = 500


def indexable() -> QuerySet[Article]:
    """Every story (`Entry` says why), with what its fields need."""
    return Article.objects.select_related("featured_image").prefetch_related(
        "tags", Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
    )


def _joined(*parts: str) -> str:
    # A full stop between parts, so no phrase runs from one tag or name into the next.
    return " . ".join(part for part in parts if part)


def document(article: Article) -> Document:
    """`article`'s words by field; its tags and authors in both their names.

    Title: the headline and the tags. Lead: the dek, the bylines and the picture's caption and
    alt text. Body: the text with the captions of its figures.
    """
    language = article.language
    tags = [name for tag in article.tags.all() for name in (tag.name, tag.name_ar)]
    authors = [name for line in article.bylines.all() for name in (line.author.name, line.author.name_ar)]
    picture = article.featured_image
    pictured = [picture.caption, picture.alt_text] if picture is not None else []
    return Document(
        article_id=article.pk,
        title=analyze(_joined(article.headline, *tags), language),
        lead=analyze(_joined(article.dek, *authors, *pictured), language),
        body=analyze(plain_text(article.body), language),
    )
