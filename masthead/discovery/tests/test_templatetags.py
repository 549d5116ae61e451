"""`{% related_stories article %}`: the block a story page shows, and the keys it records."""

import pytest
from django.db import connection
from django.template import RequestContext, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from masthead.articles.models import Article
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


# --- the list as kept per process -------------------------------------------------------------


def test_the_kept_list_follows_every_change_of_what_it_shows(django_capture_on_commit_callbacks):
    """The list a story page loaded is kept until the next purge, which follows every change of
    its stories, their bylines and pictures, and the list itself (committed, as in production)."""
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    author = AuthorFactory(name="Huda Salem")
    other = ArticleFactory(tags=[tag], headline="Oyster beds recover", authors=[author])
    with django_capture_on_commit_callbacks(execute=True):
        services.refresh_related(article_id=story.pk)
    assert "Oyster beds recover" in render(story)[0]
    with CaptureQueriesContext(connection) as queries:
        assert "Oyster beds recover" in render(story)[0]
    assert not queries.captured_queries  # kept: no query until something changes

    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.filter(pk=other.pk).update(headline="Oyster beds recover fast")
    assert "Oyster beds recover fast" in render(story)[0]
    with django_capture_on_commit_callbacks(execute=True):
        author.name = "Huda S. Salem"
        author.save()
    assert "Huda S. Salem" in render(story)[0]
    newer = ArticleFactory(tags=[tag], headline="Pearl farms expand")
    with django_capture_on_commit_callbacks(execute=True):
        services.refresh_related(article_id=story.pk)
    assert "Pearl farms expand" in render(story)[0]
    with django_capture_on_commit_callbacks(execute=True):
        newer.status = Article.Status.UNPUBLISHED
        newer.save()
    assert "Pearl farms expand" not in render(story)[0]
