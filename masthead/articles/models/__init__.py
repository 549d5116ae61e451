from masthead.articles.models.articles import Article, ArticleAuthor, ArticleQuerySet, SlugRedirect
from masthead.articles.models.images import Image
from masthead.articles.models.related import PinnedStory, RelatedStory
from masthead.articles.models.taxonomy import Section, Tag

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "Image",
    "PinnedStory",
    "RelatedStory",
    "Section",
    "SlugRedirect",
    "Tag",
]
