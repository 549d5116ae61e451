"""Discovery follows the articles app's announcements (`masthead.articles.signals`).

A story that went live or changed gets its related list, and its neighbours', recomputed in the
background; an unpublished one leaves every process's index.
"""

from masthead.articles.models import Article
from masthead.articles.signals import (
    article_changed,
    article_published,
    article_unpublished,
    stories_imported,
)
from masthead.discovery.models import StoryVector
from masthead.discovery.tasks import queue_related_refresh, refresh_many_task


def refresh_related(sender, article: Article, **kwargs) -> None:
    queue_related_refresh(article.pk)


def refresh_imported(sender, article_ids: list[int], **kwargs) -> None:
    # Sent after the batch committed: one task for the batch, not one per story.
    if article_ids:
        refresh_many_task.enqueue(list(article_ids))


def retire_vector(sender, article: Article, **kwargs) -> None:
    # Other workers' indexes see the story go on their next refresh.
    StoryVector.objects.filter(article_id=article.pk).update(is_live=False)


def connect() -> None:
    """Listen to the articles app (called once, from `DiscoveryConfig.ready`)."""
    for signal in (article_published, article_changed):
        signal.connect(refresh_related, sender=Article, dispatch_uid="discovery-refresh")
    stories_imported.connect(refresh_imported, sender=Article, dispatch_uid="discovery-imported")
    article_unpublished.connect(retire_vector, sender=Article, dispatch_uid="discovery-retire")
