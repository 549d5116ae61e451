"""Keeping search current: index stories as they change, remove them as they go, rebuild all.

Every write path reaches `index_stories` through the models' own signals (`signals`), once per
transaction, so the admin, an importer, a command or a shell cannot leave search behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import transaction

from masthead.articles.models import Article
from masthead.search.analysis import is_stop_word
from masthead.search.backends import get_backend
from masthead.search.backends.base import Document
from masthead.search.documents import BATCH, document, indexable
from masthead.search.models import Entry, Word
from masthead.search.spelling import word_language


def index_stories(article_ids: Iterable[int]) -> int:
    """Bring the entries of these stories up to date: (re)written, or removed if the story is gone.

    Returns how many were written. Safe to run twice, and in any order with other runs.
    """
    ids = sorted(set(article_ids))
    written = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        stories = list(indexable().filter(pk__in=batch))
        with transaction.atomic():
            gone = sorted(set(batch) - {story.pk for story in stories})
            if gone:
                remove_stories(gone)
            _write(stories)
        written += len(stories)
    return written


def remove_stories(article_ids: Iterable[int]) -> None:
    """Take these stories out of search (deleted)."""
    ids = list(article_ids)
    with transaction.atomic():
        get_backend().remove(ids)
        Entry.objects.filter(article_id__in=ids).delete()


def _write(stories: list[Article]) -> None:
    if not stories:
        return
    Entry.objects.bulk_create(
        [
            Entry(
                article_id=story.pk,
                language=story.language,
                status=story.status,
                section_id=story.section_id,
                published_at=story.published_at,
                is_sponsored=story.is_sponsored,
            )
            for story in stories
        ],
        update_conflicts=True,
        unique_fields=["article"],
        update_fields=["language", "status", "section_id", "published_at", "is_sponsored", "indexed_at"],
    )
    documents = [document(story) for story in stories]
    get_backend().write(documents)
    # Only words readers can find: a draft's words are not offered as "Did you mean".
    _remember_words([doc for doc, story in zip(documents, stories, strict=True) if story.is_published])


def _remember_words(documents: list[Document]) -> None:
    """Add the headline, tag and dek words to the vocabulary "Did you mean" draws on."""
    words = {
        (word_language(term.exact), term.exact)
        for doc in documents
        for term in (*doc.title, *doc.lead)
        if len(term.exact) > 2 and not is_stop_word(term) and not term.exact.isdigit()
    }
    Word.objects.bulk_create([Word(language=lang, word=word) for lang, word in words], ignore_conflicts=True)


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Index every live story again; `progress(n)` after each batch of n. Returns the count.

    Entries are rewritten in place, batch by batch, and those of stories that no longer exist
    are removed at the end: readers keep finding stories all through a rebuild, and a rebuild
    stopped half-way leaves nothing worse than before.
    """
    ids = list(indexable().order_by("pk").values_list("pk", flat=True))
    total = 0
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        total += index_stories(batch)
        if progress is not None:
            progress(len(batch))
    present = set(ids)
    stale = [pk for pk in Entry.objects.values_list("article_id", flat=True).iterator() if pk not in present]
    for start in range(0, len(stale), BATCH):
        remove_stories(stale[start : start + BATCH])
    get_backend().prune()
    return total
