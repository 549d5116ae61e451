"""Discovery follows the articles app's announcements (`masthead.articles.signals`).

A story that went live or changed gets its related list, and every list it may now enter, leave
or move in, recomputed in the background (`neighbours`). An unpublished story leaves every
process's index at once and every list in the background; a deleted one too, from what was
recorded just before the delete removed its entries and vectors.
"""

from django.db import transaction
from django.db.models.signals import pre_delete
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.signals import (
    article_changed,
    article_published,
    article_unpublished,
    stories_imported,
)
from masthead.discovery.index import kept_indexes
from masthead.discovery.models import RelatedStory, StoryVector
from masthead.discovery.tasks import (
    queue_related_refresh,
    refresh_many_task,
    story_deleted_task,
    story_unpublished_task,
)
from masthead.discovery.vectors import as_arguments


def refresh_related(sender, article: Article, **kwargs) -> None:
    queue_related_refresh(article.pk)


def refresh_imported(sender, article_ids: list[int], **kwargs) -> None:
    # Sent after the batch committed: one task for the batch, not one per story.
    if article_ids:
        refresh_many_task.enqueue(list(article_ids))


def retire_vector(sender, article: Article, **kwargs) -> None:
    # Other workers' indexes see the story go on their next refresh (they read by updated_at).
    StoryVector.objects.filter(article_id=article.pk).update(is_live=False, updated_at=timezone.now())
    transaction.on_commit(lambda: story_unpublished_task.enqueue(article.pk))


def forget_deleted(sender, instance: Article, **kwargs) -> None:
    # Before the delete: the entries holding it and its vectors go with it (CASCADE).
    holding = RelatedStory.objects.filter(related_id=instance.pk).order_by()
    holders = list(holding.values_list("article_id", flat=True))
    vector = as_arguments(instance.pk)
    if vector is not None:  # every process's index drops it (its row goes with the story)
        transaction.on_commit(kept_indexes[instance.language].changed)
    if holders or vector is not None:
        pk, language = instance.pk, instance.language
        transaction.on_commit(lambda: story_deleted_task.enqueue(pk, language, holders, vector))


def connect() -> None:
    """Listen to the articles app (called once, from `DiscoveryConfig.ready`)."""
    for signal in (article_published, article_changed):
        signal.connect(refresh_related, sender=Article, dispatch_uid="discovery-refresh")
    stories_imported.connect(refresh_imported, sender=Article, dispatch_uid="discovery-imported")
    article_unpublished.connect(retire_vector, sender=Article, dispatch_uid="discovery-retire")
    pre_delete.connect(forget_deleted, sender=Article, dispatch_uid="discovery-deleted")
