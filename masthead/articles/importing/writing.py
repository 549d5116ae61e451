"""The write phase: a checked plan saved in one transaction, all of it or none of it."""

from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from tqdm import tqdm

from masthead.articles import services
from masthead.articles.importing.directory import M
from masthead.articles.importing.limits import CHUNK_SIZE, chunks
from masthead.articles.importing.plan import ImportFailed, ImportPlan, PlannedArticle
from masthead.articles.models import Article, ArticleAuthor, Tag
from masthead.authors.models import Author


def write_plan(plan: ImportPlan, *, progress: bool = False) -> None:
    """Save a checked plan in one transaction: all of it or, if anything fails, none of it."""
    changed = [item for item in plan.articles if item.is_changed]
    try:
        with transaction.atomic():
            for section in plan.new_sections:
                # One save() each (there are few): it tells every process to reload the navigation.
                section.save()
            _create_all(Tag, plan.new_tags)
            _create_all(Author, plan.new_authors)
            # One save() per article rather than bulk_create: save() sanitizes, records the first
            # publication time and leaves a redirect behind when an article changes section.
            for item in tqdm(changed, desc=_("Importing"), unit=_("article"), disable=not progress):
                item.article.save()
            _replace_tags_and_bylines(changed)
            for item in changed:
                # The same announcements as an edit in the admin (cache purges, scheduling).
                services.after_save(
                    article=item.article, previous_status=item.previous_status, was_live=item.was_live
                )
    except DatabaseError as exc:
        raise ImportFailed(
            _("Writing to the database failed, so nothing was imported: %(error)s") % {"error": exc}
        ) from exc


def _create_all(model: type[M], objects: list[M]) -> None:
    if not objects:
        return
    model.objects.bulk_create(objects, batch_size=CHUNK_SIZE)
    if any(obj.pk is None for obj in objects):
        # Databases that cannot return ids from a bulk insert: find them by their unique slug.
        ids: dict[str, int] = {}
        for chunk in chunks([obj.slug for obj in objects]):
            ids.update(model.objects.filter(slug__in=chunk).values_list("slug", "pk"))
        for obj in objects:
            obj.pk = ids[obj.slug]


def _replace_tags_and_bylines(items: list[PlannedArticle]) -> None:
    """Tags and bylines in a few bulk queries, not several per article."""
    through = Article.tags.through
    updated_ids = [item.article.pk for item in items if not item.is_new]
    for chunk in chunks(updated_ids):
        through.objects.filter(article_id__in=chunk).delete()
        ArticleAuthor.objects.filter(article_id__in=chunk).delete()
    through.objects.bulk_create(
        (through(article_id=item.article.pk, tag_id=tag.pk) for item in items for tag in item.tags),
        batch_size=CHUNK_SIZE,
    )
    ArticleAuthor.objects.bulk_create(
        (
            ArticleAuthor(article_id=item.article.pk, author_id=author.pk, order=position)
            for item in items
            for position, author in enumerate(item.authors)
        ),
        batch_size=CHUNK_SIZE,
    )
