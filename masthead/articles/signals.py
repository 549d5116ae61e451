"""Signals other apps listen to, and the page-cache purges that follow every change.

`article_published` is sent when a story goes live (at once or at its scheduled time),
`article_unpublished` when it stops being live, `article_changed` when a live story is edited.
Related-story indexes, feeds and newsletters connect to these in their own `ready()`.
"""

import django.dispatch
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from masthead.core import versions
from masthead.core.pagecache import keys as surrogate
from masthead.core.pagecache.services import purge, purge_on_commit

article_published = django.dispatch.Signal()  # sender=Article, article=…
article_unpublished = django.dispatch.Signal()  # sender=Article, article=…
article_changed = django.dispatch.Signal()  # sender=Article, article=…


def article_purge_keys(article) -> set[str]:
    """Every page that shows this story, or should start or stop listing it."""
    keys = {f"article-{article.pk}", surrogate.HOME, f"section-{article.section_id}"}
    if article.translation_id:
        keys.add(f"article-{article.translation_id}")  # its "read in …" link
    keys.update(f"tag-{pk}" for pk in article.tags.values_list("pk", flat=True))
    keys.update(f"author-{pk}" for pk in article.bylines.values_list("author_id", flat=True))
    return keys


@receiver(article_published)
@receiver(article_unpublished)
@receiver(article_changed)
def purge_pages_of_article(sender, article, **kwargs) -> None:
    purge(article_purge_keys(article))


def connect_model_purges() -> None:
    """Sections, tags, authors and images purge the pages that show them when they change."""
    from masthead.articles.models import Article, Image, Section, Tag
    from masthead.articles.selectors import kept_tags
    from masthead.authors.models import Author
    from masthead.authors.selectors import kept_authors

    @receiver([post_save, post_delete], sender=Section, weak=False)
    def section_changed(sender, instance, **kwargs) -> None:
        transaction.on_commit(lambda: versions.bump("sections"))  # processes reload the list
        purge_on_commit({surrogate.NAV, f"section-{instance.pk}"})  # the nav is on every page

    @receiver([post_save, post_delete], sender=Author, weak=False)
    @receiver([post_save, post_delete], sender=Tag, weak=False)
    def kept_row_changed(sender, instance, **kwargs) -> None:
        kept = kept_authors if sender is Author else kept_tags
        transaction.on_commit(kept.changed)  # every process drops its copy
        purge_on_commit({surrogate.key_for(instance)})

    @receiver([post_save, post_delete], sender=Image, weak=False)
    def shown_object_changed(sender, instance, **kwargs) -> None:
        purge_on_commit({surrogate.key_for(instance)})

    @receiver(post_delete, sender=Article, weak=False)
    def article_deleted(sender, instance, **kwargs) -> None:
        purge_on_commit({f"article-{instance.pk}", surrogate.HOME, f"section-{instance.section_id}"})
