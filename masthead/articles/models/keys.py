"""Which cached pages show a story: the surrogate keys purged when stories change.

Every write path purges through `page_keys`: the models' signals, `ArticleQuerySet.update()`
and the end of a bulk write (`purging.purges_deferred`).
"""

from masthead.articles.models.articles import Article, ArticleAuthor
from masthead.core.pagecache import keys as surrogate

# SQLite allows some thousands of parameters in one statement; stories are looked up in chunks.
_CHUNK = 500


def page_keys(article_ids: list[int], *, section_ids: list[int | None] = ()) -> set[str]:
    """The surrogate keys of every page that shows these stories, or should start or stop listing them.

    The stories' own pages, their translations' ("read in …"), the home page, their sections
    (now and in `section_ids`, where they were), and the lists of their tags and their authors
    (not every page naming those tags and authors): three queries a chunk of stories, whatever
    their number.
    """
    keys = {surrogate.HOME, *(f"section-{pk}" for pk in section_ids if pk)}
    ids = list(dict.fromkeys(pk for pk in article_ids if pk))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        keys.update(f"article-{pk}" for pk in chunk)
        for section_id, translation_id in Article.objects.filter(pk__in=chunk).values_list(
            "section_id", "translation_id"
        ):
            keys.add(f"section-{section_id}")
            if translation_id:
                keys.add(f"article-{translation_id}")
        tagged = Article.tags.through.objects.filter(article_id__in=chunk)
        keys |= surrogate.lists_of("tag", tagged.values_list("tag_id", flat=True).distinct())
        bylines = ArticleAuthor.objects.filter(article_id__in=chunk)
        keys |= surrogate.lists_of("author", bylines.values_list("author_id", flat=True).distinct())
    return keys
