"""The stored "You May Also Like" lists as the pages read them, and the shared-tags floor."""

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.articles import services as articles
from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, TagFactory, UserFactory
from masthead.core.pagecache.backend import get_cdn
from masthead.discovery import selectors, services

pytestmark = pytest.mark.django_db


def hours_ago(n: float):
    return timezone.now() - timedelta(hours=n)


def test_sharing_a_rare_tag_outranks_sharing_a_common_one():
    common, rare = TagFactory(name="Economy"), TagFactory(name="Pearling")
    story = ArticleFactory(tags=[common, rare])
    for _ in range(5):
        ArticleFactory(tags=[common], published_at=hours_ago(0.5))  # newer, but only the common tag
    rare_match = ArticleFactory(tags=[rare], published_at=hours_ago(30))
    related = selectors.related_by_tags(story)
    assert related[0] == rare_match
    assert len(related) == 6


def test_more_shared_weight_wins_then_the_newer_story():
    a, b = TagFactory(), TagFactory()
    story = ArticleFactory(tags=[a, b])
    both = ArticleFactory(tags=[a, b], published_at=hours_ago(50))
    older_a = ArticleFactory(tags=[a], published_at=hours_ago(20))
    newer_a = ArticleFactory(tags=[a], published_at=hours_ago(10))
    assert selectors.related_by_tags(story) == [both, newer_a, older_a]


def test_never_itself_never_unpublished_never_another_language():
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    ArticleFactory(tags=[tag], status=Article.Status.DRAFT, published_at=None)
    ArticleFactory(tags=[tag], published_at=timezone.now() + timedelta(hours=2))  # scheduled, not yet
    ArticleFactory(tags=[tag], language="ar")
    visible = ArticleFactory(tags=[tag])
    assert selectors.related_by_tags(story) == [visible]


def test_untagged_story_has_no_related_stories(django_assert_num_queries):
    story = Article.objects.prefetch_related("tags").get(pk=ArticleFactory().pk)
    ArticleFactory()
    with django_assert_num_queries(0):
        assert selectors.related_by_tags(story) == []


def test_limit_is_respected():
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    ArticleFactory.create_batch(9, tags=[tag])
    assert len(selectors.related_by_tags(story, limit=4)) == 4


# --- the stored list ---------------------------------------------------------------------------


def test_publishing_stores_the_list_and_refreshes_the_neighbours(django_capture_on_commit_callbacks):
    editor = UserFactory(username="desk", role="Editor")
    tag = TagFactory()
    older = ArticleFactory(tags=[tag], headline="Older")
    services.refresh_related(article_id=older.pk)
    assert selectors.related_articles(older) == []
    draft = ArticleFactory(tags=[tag], status=Article.Status.DRAFT, published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        articles.publish(article=draft, by=editor)
    assert selectors.related_articles(draft) == [older]
    assert selectors.related_articles(older) == [draft]  # a neighbour learns of the new story


def test_unpublished_story_leaves_every_list_at_once():
    tag = TagFactory()
    story, gone, kept = (ArticleFactory(tags=[tag]) for _ in range(3))
    services.refresh_related(article_id=story.pk)
    Article.objects.filter(pk=gone.pk).update(status=Article.Status.UNPUBLISHED)
    assert selectors.related_articles(story) == [kept]


def test_stored_list_is_read_in_two_queries(django_assert_num_queries):
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    for _ in range(8):
        ArticleFactory(tags=[tag])
    services.refresh_related(article_id=story.pk)
    with django_assert_num_queries(2):
        assert len(selectors.related_articles(story)) == 6


def test_a_changed_list_purges_the_page_and_an_unchanged_one_does_not(django_capture_on_commit_callbacks):
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    ArticleFactory(tags=[tag])
    with django_capture_on_commit_callbacks(execute=True):
        services.refresh_related(article_id=story.pk)
    # The story's page (which alone lists them), not every page showing the story's card.
    assert f"related-{story.pk}" in get_cdn().purged[-1]
    before = len(get_cdn().purged)
    with django_capture_on_commit_callbacks(execute=True):
        services.refresh_related(article_id=story.pk)
    assert len(get_cdn().purged) == before
