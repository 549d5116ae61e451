"""`{% related_stories article %}`: a story page's "You May Also Like" block."""

from django import template

from masthead.articles.context_processors import request_sections
from masthead.articles.models import Article
from masthead.core.pagecache import keys
from masthead.discovery.selectors import kept_related_articles

register = template.Library()


@register.inclusion_tag("discovery/_related_stories.html", takes_context=True)
def related_stories(context, article: Article, limit: int = 6) -> dict:
    """The stored list of `article` as teaser cards; the page records each card's keys."""
    request = context["request"]
    stories = kept_related_articles(article, limit, sections=request_sections(request))
    keys.add(request, keys.related_key(article.pk), *(keys.teaser_keys(story) for story in stories))
    return {"stories": stories}
