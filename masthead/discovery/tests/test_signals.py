"""Discovery follows the articles app's announcements; articles calls nothing of discovery."""

import pytest

from masthead.articles.models import Article
from masthead.articles.signals import article_changed, article_published, article_unpublished
from masthead.articles.tests.factories import ArticleFactory, TagFactory
from masthead.core import versions
from masthead.discovery.index import DELETED_STAMP
from masthead.discovery.models import RelatedStory, StoryVector

pytestmark = pytest.mark.django_db


def stored(article: Article) -> list[int]:
    entries = RelatedStory.objects.filter(article=article).order_by("rank")
    return list(entries.values_list("related_id", flat=True))


@pytest.mark.parametrize("signal", [article_published, article_changed], ids=["published", "changed"])
def test_an_announced_story_gets_its_list_and_its_neighbours_theirs(
    signal, django_capture_on_commit_callbacks
):
    tag = TagFactory()
    neighbour = ArticleFactory(tags=[tag])
    story = ArticleFactory(tags=[tag])
    with django_capture_on_commit_callbacks(execute=True):
        signal.send(sender=Article, article=story)
    assert stored(story) == [neighbour.pk]
    assert stored(neighbour) == [story.pk]


def test_an_unpublished_story_is_marked_gone_for_every_process():
    story = ArticleFactory()
    StoryVector.objects.create(article=story, language="en", model_version=1, terms=b"", concepts=b"")
    article_unpublished.send(sender=Article, article=story)
    assert StoryVector.objects.get(article=story).is_live is False


def test_a_deleted_story_makes_every_process_load_its_index_again(django_capture_on_commit_callbacks):
    # Its vector row goes with it, so no refresh could see it go: the shared stamp must move.
    kept, gone = ArticleFactory(), ArticleFactory()
    for story in (kept, gone):
        StoryVector.objects.create(article=story, language="en", model_version=1, terms=b"", concepts=b"")
    before = versions.current(DELETED_STAMP)
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory().delete()  # no vector: nothing any index holds
    assert versions.current(DELETED_STAMP) == before
    with django_capture_on_commit_callbacks(execute=True):
        gone.delete()
    assert versions.current(DELETED_STAMP) != before
    assert list(StoryVector.objects.values_list("article_id", flat=True)) == [kept.pk]
