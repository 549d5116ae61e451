"""`{% related_stories article %}`: the block a story page shows, and the keys it records."""

import pytest
from django.template import RequestContext, Template
from django.test import RequestFactory

from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, ImageFactory, TagFactory
from masthead.discovery import services

pytestmark = pytest.mark.django_db


def render(article) -> tuple[str, set[str]]:
    request = RequestFactory().get(article.get_absolute_url())
    html = Template("{% load discovery %}{% related_stories article %}").render(
        RequestContext(request, {"article": article})
    )
    return html, set(getattr(request, "surrogate_keys", ()))


def test_the_block_shows_the_stored_list_and_records_what_each_card_shows():
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    author, image = AuthorFactory(), ImageFactory()
    other = ArticleFactory(tags=[tag], headline="Oyster beds recover", authors=[author], featured_image=image)
    services.refresh_related(article_id=story.pk)
    html, keys = render(story)
    assert "You May Also Like" in html and "Oyster beds recover" in html
    assert {f"article-{other.pk}", f"author-{author.pk}", f"image-{image.pk}"} <= keys
    assert f"article-{story.pk}" not in keys  # the page records the story itself
    assert f"related-{story.pk}" in keys  # purged when the list is ranked again


def test_a_story_with_nothing_related_shows_no_block():
    story = ArticleFactory(tags=[TagFactory()])
    services.refresh_related(article_id=story.pk)
    html, keys = render(story)
    assert html.strip() == ""
    assert not any(key.startswith("article-") for key in keys)
