from masthead.articles.models.articles import Article, ArticleAuthor, ArticleQuerySet
from masthead.articles.models.images import Image
from masthead.articles.models.pages import Page, PageQuerySet
from masthead.articles.models.redirects import SlugRedirect
from masthead.articles.models.taxonomy import Section, Tag

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "Image",
    "Page",
    "PageQuerySet",
    "Section",
    "SlugRedirect",
    "Tag",
]
