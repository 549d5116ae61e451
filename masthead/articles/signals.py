"""Signals other apps listen to, and the page-cache purges that follow every change.

`article_published` is sent when a story goes live (at once or at its scheduled time),
`article_unpublished` when it stops being live, `article_changed` when a live story is edited.
Related-story indexes, feeds and newsletters connect to these in their own `ready()`.

Purges hang on the models' own writes, so no write path can forget them: the admin, a shell, a
command, an importer or an API. Saving or deleting a story, changing its tags or bylines, and
`Article.objects.update()` (which purges in `ArticleQuerySet.update`) each purge the pages that
show the story once the transaction commits, in one batch per transaction. (`bulk_create` and
`bulk_update` send no signals; callers purge with `page_keys()`.) Standing pages (`Page`) purge
their own address, their translation's, the pages sitemap and, when listed in the footer, every
page (the footer is everywhere, like the navigation).
"""

import django.dispatch
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from masthead.articles.purging import defer
from masthead.core import versions
from masthead.core.pagecache import keys as surrogate
from masthead.core.pagecache.services import purge_on_commit

article_published = django.dispatch.Signal()  # sender=Article, article=…
article_unpublished = django.dispatch.Signal()  # sender=Article, article=…
article_changed = django.dispatch.Signal()  # sender=Article, article=…
# A batch of stories written by an importer (after its transaction committed): one announcement
# for the batch instead of one per story, so listeners queue their work once.
stories_imported = django.dispatch.Signal()  # sender=Article, article_ids=[…] (the live ones)


def connect_model_purges() -> None:
    """Sections, tags, authors and images purge the pages that show them when they change."""
    from masthead.articles.models import Article, ArticleAuthor, Image, Page, Section, Tag
    from masthead.articles.models.keys import page_keys
    from masthead.articles.selectors import kept_footer_pages, kept_images, kept_tags
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
        if not (was_shown or instance.is_published):  # a draft's or a future story's save shows nowhere
            return
        if not defer([instance.pk], section_ids=[loaded_section]):
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
            purge_on_commit(page_keys(stories) | {surrogate.list_key(instance)})
        elif instance.is_published:  # page_keys() lists the tags it has now; those it lost are in pk_set
            lost = surrogate.lists_of("tag", pk_set or ())
            if not defer([instance.pk], keys=lost):
                purge_on_commit(page_keys([instance.pk]) | lost)

    @receiver([post_save, post_delete], sender=ArticleAuthor, weak=False)
    def byline_changed(sender, instance, raw=False, **kwargs) -> None:
        if not raw and Article.objects.published().filter(pk=instance.article_id).exists():
            lost = surrogate.lists_of("author", [instance.author_id])  # when the byline was removed
            purge_on_commit(page_keys([instance.article_id]) | lost)

    def page_changed(page: Page, *, before: tuple[bool, bool], after: tuple[bool, bool]) -> None:
        """Purge where the page showed `before` and shows `after`: (on its address, in the footer)."""
        if not (before[0] or after[0]):  # a draft's save shows nowhere
            return
        shown = {surrogate.key_for(page), surrogate.PAGES}
        if page.translation_id:  # its page links here ("read in …", hreflang)
            shown.add(f"page-{page.translation_id}")
        if before[1] or after[1]:
            shown.add(surrogate.NAV)  # the footer is on every page
            transaction.on_commit(kept_footer_pages.changed)  # processes reload the footer's links
        purge_on_commit(shown)

    def shown_now(page: Page) -> tuple[bool, bool]:
        return page.is_published, page.is_published and page.is_in_footer

    @receiver(post_save, sender=Page, weak=False)
    def page_saved(sender, instance, raw=False, **kwargs) -> None:
        if raw:  # loaddata: nothing was shown from rows not yet loaded
            return
        before = instance.shown_as_loaded()
        instance.remember_as_loaded()
        page_changed(instance, before=before, after=shown_now(instance))

    @receiver(post_delete, sender=Page, weak=False)
    def page_deleted(sender, instance, **kwargs) -> None:
        loaded, now = instance.shown_as_loaded(), shown_now(instance)
        before = (loaded[0] or now[0], loaded[1] or now[1])
        page_changed(instance, before=before, after=(False, False))
