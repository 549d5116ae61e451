"""Search follows every write to what it indexes, through the models' own signals.

A story saved, deleted, retagged or re-bylined, and a tag, author or picture renamed, are
indexed again once the transaction commits, in one batch (`core.oncommit`). A change that
touches many stories (a tag on thousands) goes to a background task, so the editor's save
stays quick; a story's own change is indexed at once, so readers find it the moment it is live.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from masthead.articles.models import Article, ArticleAuthor, Image, Tag
from masthead.authors.models import Author
from masthead.core.oncommit import batch_on_commit
from masthead.search import services
from masthead.search.models import Synonym
from masthead.search.synonyms import kept_table
from masthead.search.tasks import queue_reindex

# More stories than this in one change are indexed in the background.
AT_ONCE = 200


def _reindex(ids: set[int]) -> None:
    if len(ids) > AT_ONCE:
        queue_reindex(sorted(ids))
    else:
        services.index_stories(ids)


def reindex_on_commit(article_ids) -> None:
    batch_on_commit("search", article_ids, _reindex)


def article_saved(sender, instance: Article, raw: bool = False, **kwargs) -> None:
    if not raw:
        reindex_on_commit([instance.pk])


def article_deleted(sender, instance: Article, **kwargs) -> None:
    # Before the row goes: the FTS5 words are not tied to it by a foreign key.
    services.remove_stories([instance.pk])


def tags_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "post_clear", "pre_clear"):
        return
    if not reverse:
        reindex_on_commit([instance.pk])
    elif action == "pre_clear":  # tag.articles.clear(): the stories are known only before
        reindex_on_commit(instance.articles.values_list("pk", flat=True))
    else:
        reindex_on_commit(pk_set or ())


def byline_changed(sender, instance: ArticleAuthor, raw: bool = False, **kwargs) -> None:
    if not raw:
        reindex_on_commit([instance.article_id])


def shown_row_changed(sender, instance, raw: bool = False, created: bool = False, **kwargs) -> None:
    """A tag, author or picture renamed: the stories that carry its words."""
    if raw or created:
        return
    stories = Article.objects.filter(featured_image=instance) if sender is Image else instance.articles.all()
    reindex_on_commit(stories.values_list("pk", flat=True))


def synonyms_changed(sender, **kwargs) -> None:
    """Every process reads the synonyms again: they apply to the next query, no rebuild needed."""
    transaction.on_commit(kept_table.changed)


def connect() -> None:
    post_save.connect(synonyms_changed, sender=Synonym, dispatch_uid="search-synonym-saved")
    post_delete.connect(synonyms_changed, sender=Synonym, dispatch_uid="search-synonym-deleted")
    """Listen to the models (called once, from `SearchConfig.ready`)."""
    post_save.connect(article_saved, sender=Article, dispatch_uid="search-article-saved")
    pre_delete.connect(article_deleted, sender=Article, dispatch_uid="search-article-deleted")
    m2m_changed.connect(tags_changed, sender=Article.tags.through, dispatch_uid="search-tags")
    post_save.connect(byline_changed, sender=ArticleAuthor, dispatch_uid="search-byline-saved")
    post_delete.connect(byline_changed, sender=ArticleAuthor, dispatch_uid="search-byline-deleted")
    for model in (Tag, Author, Image):
        post_save.connect(shown_row_changed, sender=model, dispatch_uid=f"search-{model.__name__}")
