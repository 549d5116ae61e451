"""The articles app in the back office: stories, sections and tags (`stories`), the picture
library and standing pages (`library`). Importing this package registers them all."""

from masthead.articles.admin import library
from masthead.articles.admin.stories import ArticleAdmin

__all__ = ["ArticleAdmin", "library"]
