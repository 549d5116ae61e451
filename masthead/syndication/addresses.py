"""Where each feed lives: one address per scope (the site, a section, a tag, an author), language
and format. Views, discovery links, redirects and WebSub pings all ask here."""

from masthead.articles.models import Article, ArticleAuthor
from masthead.core.paths import absolute, page_path

FORMATS = ("rss", "atom", "json")
KINDS = ("site", "section", "tag", "author")


def feed_path(kind: str, fmt: str = "rss", *, language: str | None = None, slug: str = "") -> str:
    """The path of a feed, e.g. ("section", "atom", language="ar", slug="business") ->
    "/ar/business/feed/atom/". The site's feeds take no slug."""
    kwargs = {"slug": slug} if kind != "site" else {}
    return page_path(f"syndication:{kind}-{fmt}", language, **kwargs)


def feed_url(kind: str, fmt: str = "rss", *, language: str | None = None, slug: str = "") -> str:
    """The public address of a feed (from MASTHEAD_SITE_URL), as subscribers and hubs know it."""
    return absolute(feed_path(kind, fmt, language=language, slug=slug))


def story_feed_urls(article: Article) -> list[str]:
    """Every feed a story is (or was, just before unpublishing) listed in, in every format.

    The site's, its section's, its tags' and its authors': two queries.
    """
    tag_slugs = list(article.tags.order_by("slug").values_list("slug", flat=True))
    author_slugs = list(
        ArticleAuthor.objects.filter(article=article).order_by("order").values_list("author__slug", flat=True)
    )
    scopes = [
        ("site", ""),
        ("section", article.section.slug),
        *(("tag", slug) for slug in tag_slugs),
        *(("author", slug) for slug in author_slugs),
    ]
    return [
        feed_url(kind, fmt, language=article.language, slug=slug) for kind, slug in scopes for fmt in FORMATS
    ]
