"""Feeds follow the articles app's announcements (`masthead.articles.signals`).

The page cache already drops a feed when a story in it changes (its surrogate keys); what is left
is telling the WebSub hub, when one is set, that the story's feeds changed: on publication, on an
edit of a live story and on unpublishing, each feed of the story in every format.
"""

import logging

from django.conf import settings

from masthead.articles.models import Article
from masthead.articles.signals import article_changed, article_published, article_unpublished
from masthead.syndication.addresses import story_feed_urls
from masthead.syndication.tasks import queue_pings

log = logging.getLogger(__name__)


def ping_hub(sender, article: Article, **kwargs) -> None:
    if not settings.WEBSUB_HUB:
        return
    try:
        queue_pings(story_feed_urls(article))
    except Exception:  # sent after the save committed: a queue being down must not fail the save
        log.exception("Could not queue the WebSub pings for story %s", article.pk)


def connect() -> None:
    """Listen to the articles app (called once, from `SyndicationConfig.ready`)."""
    for signal, name in (
        (article_published, "published"),
        (article_changed, "changed"),
        (article_unpublished, "unpublished"),
    ):
        signal.connect(ping_hub, sender=Article, dispatch_uid=f"syndication-websub-{name}")
