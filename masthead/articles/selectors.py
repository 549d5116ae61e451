"""Reads that the reader's pages need, each in a fixed number of queries."""

from masthead.articles.models import Article, SlugRedirect


def published_article(*, language: str, section_slug: str, slug: str) -> Article | None:
    return (
        Article.objects.published()
        .filter(language=language, section__slug=section_slug, slug=slug)
        .select_related("section", "featured_image", "translation__section")
        .prefetch_related("tags", "bylines__author")
        .first()
    )


def redirect_target(*, language: str, section_slug: str, slug: str) -> Article | None:
    """The published story that used to live at this address, if any."""
    old = (
        SlugRedirect.objects.filter(language=language, section_slug=section_slug, slug=slug)
        .select_related("article__section")
        .first()
    )
    if old and old.article.is_published:
        return old.article
    # Same slug, other section (a section was renamed or the story moved).
    return Article.objects.published().filter(language=language, slug=slug).select_related("section").first()


def latest(*, language: str, limit: int = 20):
    return Article.objects.published().in_language(language).for_listing()[:limit]
