"""Structured data and link-preview values in templates (`{% load structured_data %}`)."""

from datetime import datetime

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from masthead.articles import structured
from masthead.articles.models import Article, Image

register = template.Library()


@register.simple_tag
def story_json_ld(article: Article) -> SafeString:
    """`{% story_json_ld article %}`: the story's NewsArticle and breadcrumbs as JSON-LD."""
    return structured.to_script(structured.story_data(article))


@register.simple_tag
def home_json_ld() -> SafeString:
    """`{% home_json_ld %}`: the WebSite (with its search) and the publisher, in this language."""
    return structured.to_script(structured.home_data(get_language()))


@register.simple_tag
def shared_picture(image: Image | None) -> structured.SharedPicture | None:
    """`{% shared_picture image as picture %}`: the picture link previews show, with its size."""
    return structured.shared_picture(image)


@register.simple_tag
def site_logo() -> structured.SharedPicture:
    """`{% site_logo as logo %}`: the site's logo, for pages without a picture of their own."""
    return structured.site_logo()


@register.filter
def iso_time(moment: datetime | None) -> str:
    """`{{ article.updated_at|iso_time }}`: the time as the JSON-LD gives it (site time zone, seconds)."""
    return structured.iso_time(moment) or ""


@register.filter
def og_locale(language: str) -> str:
    """`{{ article.language|og_locale }}`: the Open Graph locale of a language ("ar_AR")."""
    return structured.open_graph_locale(language)
