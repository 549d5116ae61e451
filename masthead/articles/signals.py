"""Signals other apps listen to, and the page-cache purges that follow every change.

`article_published` is sent when a story goes live (at once or at its scheduled time),
`article_unpublished` when it stops being live, `article_changed` when a live story is edited.
Related-story indexes, feeds and newsletters connect to these in their own `ready()`.

Purges hang on the models' own writes, so no write path can forget them: the admin, a shell, a
command, an importer or an API. Saving or deleting a story, changing its tags or bylines, and
`Article.objects.update()` (which purges in `ArticleQuerySet.update`) each purge the pages that
show the story once the transaction commits, in one batch per transaction. (`bulk_create` and
`bulk_update` send no signals; callers purge with `page_keys()`.)
"""

import django.dispatch
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from masthead.core import versions
from masthead.core.pagecache import keys as surrogate
from masthead.core.pagecache.services import purge_on_commit

article_published = django.dispatch.Signal()  # sender=Article, article=…
article_unpublished = django.dispatch.Signal()  # sender=Article, article=…
article_changed = django.dispatch.Signal()  # sender=Article, article=…


def connect_model_purges() -> None:
    """Sections, tags, authors and images purge the pages that show them when they change."""
    from masthead.articles.models import Article, ArticleAuthor, Image, Section, Tag
    from masthead.articles.models.articles import page_keys
    from masthead.articles.selectors import kept_images, kept_tags
    from masthead.authors.models import Author
    from masthead.authors.selectors import kept_authors

    @receiver([post_save, post_delete], sender=Section, weak=False)
    def section_changed(sender, instance, **kwargs) -> None:
        transaction.on_commit(lambda: versions.bump("sections"))  # processes reload the list
        purge_on_commit({surrogate.NAV, f"section-{instance.pk}"})  # the nav is on every page

    kept_copies = {Author: kept_authors, Tag: kept_tags, Image: kept_images}

    @receiver([post_save, post_delete], sender=Author, weak=False)
    @receiver([post_save, post_delete], sender=Tag, weak=False)
    @receiver([post_save, post_delete], sender=Image, weak=False)
    def kept_row_changed(sender, instance, **kwargs) -> None:
        transaction.on_commit(kept_copies[sender].changed)  # every process drops its copy
        purge_on_commit({surrogate.key_for(instance)})

    @receiver(post_save, sender=Article, weak=False)
    def article_saved(sender, instance, raw=False, **kwargs) -> None:
        if raw:  # loaddata: nothing was shown from rows not yet loaded
            return
        was_shown, loaded_section = instance.shown_as_loaded()
        instance.remember_as_loaded()
        if was_shown or instance.is_published:  # a draft's or a future story's save shows nowhere
            purge_on_commit(page_keys([instance.pk], section_ids=[loaded_section]))

    @receiver(pre_delete, sender=Article, weak=False)
    def article_deleted(sender, instance, **kwargs) -> None:
        # Before the delete, while its tags and bylines still say which lists showed it.
        purge_on_commit(page_keys([instance.pk]))

    @receiver(m2m_changed, sender=Article.tags.through, weak=False)
    def tags_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
        if action not in ("post_add", "post_remove", "pre_clear"):
            return
        if reverse:  # tag.articles.add(...): the ids are stories
            stories = list(pk_set or instance.articles.values_list("pk", flat=True))
            purge_on_commit(page_keys(stories) | {surrogate.key_for(instance)})
        elif instance.is_published:  # page_keys() lists the tags it has now; those it lost are in pk_set
            purge_on_commit(page_keys([instance.pk]) | {f"tag-{pk}" for pk in pk_set or ()})

    @receiver([post_save, post_delete], sender=ArticleAuthor, weak=False)
    def byline_changed(sender, instance, raw=False, **kwargs) -> None:
        if not raw and Article.objects.published().filter(pk=instance.article_id).exists():
            purge_on_commit(page_keys([instance.article_id]) | {f"author-{instance.author_id}"})
