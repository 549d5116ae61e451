"""The stories a feed lists, with everything an entry shows, in a fixed number of queries."""

from collections import defaultdict

from django.conf import settings
from django.db.models import QuerySet

from masthead.articles.models import Article, Section, Tag
from masthead.articles.selectors import (
    NEWEST_FIRST,
    all_sections,
    attach_bylines,
    attach_images,
    kept_tags,
    with_sections,
)
from masthead.authors.models import Author

# How many stories a feed lists: enough for a reader polling hourly on a busy news day.
FEED_LENGTH = 50


def latest_stories(
    *,
    language: str,
    section: Section | None = None,
    tag: Tag | None = None,
    author: Author | None = None,
) -> list[Article]:
    """The newest published stories of a language, of one section, tag or author if given.

    Each comes with its section, picture, byline and tags; the sections, pictures, authors and
    tags come from this process's copies, so a feed costs the same few queries however long.
    """
    stories = Article.objects.published().in_language(language)
    if section is not None:
        stories = stories.in_section(section)
    if tag is not None:
        stories = stories.filter(tags=tag)
    if author is not None:
        stories = stories.filter(bylines__author=author)  # one byline per author and story: no repeats
    found = list(stories.order_by(*NEWEST_FIRST)[:FEED_LENGTH])
    with_sections(found, all_sections())
    attach_images(found)
    attach_bylines(found)
    attach_tags(found)
    return found


def attach_tags(articles: list[Article]) -> None:
    """Give each story its tags (`Article.shown_tags`) in one query of ids, in display order."""
    rows = Article.tags.through.objects.filter(article_id__in=[a.pk for a in articles]).values_list(
        "article_id", "tag_id"
    )
    by_article: dict[int, list[int]] = defaultdict(list)
    for article_id, tag_id in rows.order_by():
        by_article[article_id].append(tag_id)
    tags = kept_tags.get(tag_id for ids in by_article.values() for tag_id in ids)
    for article in articles:
        shown = [tags[pk] for pk in by_article[article.pk] if pk in tags]
        article.shown_tags = sorted(shown, key=lambda tag: (tag.name, tag.name_ar))


def section_slugs() -> set[str]:
    """Every section's slug, from this process's list (a query only after a section changed)."""
    return {section.slug for section in all_sections()}


def section_by_slug(slug: str) -> Section:
    """The section with this slug, from this process's list; Section.DoesNotExist otherwise."""
    section = next((s for s in all_sections() if s.slug == slug), None)
    if section is None:
        raise Section.DoesNotExist(slug)
    return section


def language_of(stories: QuerySet[Article]) -> str:
    """The language a tag's or author's feed is found in: the site's default language, unless
    every published story among `stories` is in another one."""
    languages = set(stories.published().order_by().values_list("language", flat=True).distinct())
    if not languages or settings.LANGUAGE_CODE in languages:
        return settings.LANGUAGE_CODE
    return sorted(languages)[0]
