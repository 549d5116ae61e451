"""Discovery follows the articles app's announcements (`masthead.articles.signals`).

A story that went live or changed gets its related list, and its neighbours', recomputed in the
background; an unpublished one leaves every process's index.
"""

from masthead.articles.models import Article
from masthead.articles.signals import article_changed, article_published, article_unpublished
from masthead.discovery.models import StoryVector
from masthead.discovery.tasks import queue_related_refresh


def refresh_related(sender, article: Article, **kwargs) -> None:
    queue_related_refresh(article.pk)


def retire_vector(sender, article: Article, **kwargs) -> None:
    # Other workers' indexes see the story go on their next refresh.
    StoryVector.objects.filter(article_id=article.pk).update(is_live=False)


def connect() -> None:
    """Listen to the articles app (called once, from `DiscoveryConfig.ready`)."""
    for signal in (article_published, article_changed):
        signal.connect(refresh_related, sender=Article, dispatch_uid="discovery-refresh")
    article_unpublished.connect(retire_vector, sender=Article, dispatch_uid="discovery-retire")
