""" "You May Also Like" as stored for a story, and the shared-tags ranking beneath the text one."""

from collections.abc import Sequence

from django.core.cache import cache
from django.db.models import Count, FloatField, Sum
from django.db.models.expressions import RawSQL

from masthead.articles.models import Article, Section, Tag
from masthead.articles.selectors import (
    CARD_FIELDS,
    CARD_RELATED,
    NEWEST_FIRST,
    attach_bylines,
    attach_images,
    with_sections,
)
from masthead.core.kept import Kept
from masthead.core.pagecache.services import PURGED

# Story pages' related lists as loaded, per process, until the next purge of any page: a purge
# follows every change of what they show (a story, its byline, picture or section, or the stored
# list itself), as it does for the cached pages themselves. At most a few MB per process.
kept_lists: Kept[list[Article]] = Kept(version=PURGED, size=2000)
# How long a tag's count of published stories is reused for related-story weights (seconds).
TAG_COUNTS_FOR = 300


def related_articles(
    article: Article, limit: int = 6, *, with_bylines: bool = True, sections: Sequence[Section] | None = None
) -> list[Article]:
    """ "You May Also Like" as stored for `article`: one query, plus one for the bylines (the
    pictures come from this process's copy).

    With `sections` (as loaded for the page), the stories take their section from them.
    """
    stories = (
        Article.objects.published()
        .only(*CARD_FIELDS)
        .filter(related_to__article=article.pk)
        .order_by("related_to__rank")
    )
    if sections is None:
        stories = stories.select_related("section")
    found = list(stories[:limit])
    attach_images(found)
    if sections is not None:
        with_sections(found, sections)
    if with_bylines:
        attach_bylines(found)
    return found


def kept_related_articles(article: Article, limit: int, *, sections: Sequence[Section]) -> list[Article]:
    """`related_articles` with bylines for a story page, as this process last loaded them.

    The list and its stories are read by the page only, never changed: shared by its requests.
    """
    return kept_lists.get(article.pk, limit, load=lambda: related_articles(article, limit, sections=sections))


def related_by_tags(article: Article, limit: int = 6) -> list[Article]:
    """ "You May Also Like": published stories in the same language sharing the most specific tags.

    Each shared tag weighs 1 / (published stories in this language carrying it), so sharing
    a rare tag counts for more than sharing a common one; ties go to the newer story. At most
    four queries whatever the number of tags. The floor under the ranking by meaning, which
    starts from these stories while a language has no text model yet (`ranking`).
    """
    ranked = ids_by_shared_tags(article, limit)
    found = Article.objects.select_related(*CARD_RELATED).order_by().in_bulk(ranked)  # kept in order below
    stories = [found[pk] for pk in ranked if pk in found]
    attach_bylines(stories)
    return stories


def ids_by_shared_tags(article: Article, limit: int) -> list[int]:
    """Ids of the published stories in `article`'s language sharing its most specific tags, best first."""
    tags = list(article.tags.all())
    if not tags:
        return []
    tag_ids = [tag.pk for tag in tags]
    published = Article.objects.published().in_language(article.language)
    counts = published_counts(tags, article.language)
    if not counts:
        return []
    # The weight of the tag on each joined row, as one CASE over the join the filter below
    # makes (Django names it after the through table). Written out, because compiling a
    # Case() of When()s per tag costs more than the query itself.
    through = Article.tags.through._meta.db_table
    weight = RawSQL(
        f'CASE "{through}"."tag_id" ' + " ".join("WHEN %s THEN %s" for _ in counts) + " ELSE 0.0 END",
        [value for tag_id, n in counts.items() for value in (tag_id, 1.0 / n)],
        output_field=FloatField(),
    )
    ranked = list(
        published.exclude(pk=article.pk)
        .filter(tags__in=tag_ids)
        .values("pk", "published_at")  # group by the story alone, not by every column
        .annotate(score=Sum(weight))
        .order_by("-score", *NEWEST_FIRST)
        .values_list("pk", flat=True)[:limit]
    )
    return ranked


def published_counts(tags: list[Tag], language: str) -> dict[int, int]:
    """{tag id: published stories in `language` carrying it}, the weights' denominators.

    Counting walks every story of a tag (the costliest part of ranking in a big archive), yet
    the numbers barely move, so they are kept in the cache for a few minutes: a weight may lag
    a publication by that long, which reorders nothing that matters. The key holds the tag's
    creation time, so a reused id never inherits an old count.
    """
    keys = {f"masthead:tag-count:{language}:{tag.pk}:{tag.created_at.timestamp()}": tag.pk for tag in tags}
    counts = {keys[key]: n for key, n in cache.get_many(list(keys)).items()}
    missing = [pk for pk in keys.values() if pk not in counts]
    if missing:
        fresh = dict(
            Article.objects.published()
            .in_language(language)
            .filter(tags__in=missing)
            .order_by()
            .values_list("tags")
            .annotate(n=Count("pk"))
        )
        counts.update(fresh)
        cache.set_many({key: fresh[pk] for key, pk in keys.items() if pk in fresh}, TAG_COUNTS_FOR)
    return counts
