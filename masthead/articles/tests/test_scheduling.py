"""A scheduled story goes live at its time through the task worker, with no cron and no visit."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from masthead.articles import services
from masthead.articles.models import Article
from masthead.articles.signals import article_published
from masthead.articles.tests.factories import ArticleFactory, UserFactory

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
S = Article.Status


def run_worker() -> None:
    """Run every task that is due, as the `masthead worker` process would."""
    call_command("db_worker", batch=True, interval=0, verbosity=0)


@pytest.fixture
def published_events():
    seen: list[int] = []

    def receiver(sender, article, **kwargs):
        seen.append(article.pk)

    article_published.connect(receiver)
    yield seen
    article_published.disconnect(receiver)


@override_settings(TASKS=DB_TASKS)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_scheduled_story_goes_live_at_its_time(published_events):
    editor = UserFactory(username="editor", role="Editor")
    story = ArticleFactory(status=S.DRAFT, published_at=None, slug="budget-vote")
    go_live_at = timezone.now() + timedelta(hours=3)
    services.publish(article=story, by=editor, at=go_live_at)
    story.refresh_from_db()
    assert story.status == S.SCHEDULED

    run_worker()  # nothing is due yet
    assert Client().get(story.get_absolute_url()).status_code == 404
    assert published_events == []

    with time_machine.travel(go_live_at + timedelta(seconds=1), tick=False):
        assert Client().get(story.get_absolute_url()).status_code == 200
        run_worker()
    story.refresh_from_db()
    assert story.status == S.PUBLISHED
    assert published_events == [story.pk]


@override_settings(TASKS=DB_TASKS)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_rescheduled_story_waits_for_its_new_time(published_events):
    editor = UserFactory(username="editor", role="Editor")
    story = ArticleFactory(status=S.DRAFT, published_at=None)
    first = timezone.now() + timedelta(hours=1)
    services.publish(article=story, by=editor, at=first)
    story.refresh_from_db()
    later = first + timedelta(hours=5)
    story.published_at = later
    story.save()
    services.after_save(article=story, previous_status=S.SCHEDULED, was_live=False)

    with time_machine.travel(first + timedelta(minutes=1), tick=False):
        run_worker()
        story.refresh_from_db()
        assert story.status == S.SCHEDULED
        assert not Article.objects.published().filter(pk=story.pk).exists()
    with time_machine.travel(later + timedelta(minutes=1), tick=False):
        run_worker()
    story.refresh_from_db()
    assert story.status == S.PUBLISHED
    assert published_events == [story.pk]


@pytest.mark.django_db
def test_scheduling_in_the_past_is_refused():
    editor = UserFactory(username="editor", role="Editor")
    story = ArticleFactory(status=S.DRAFT, published_at=None)
    with pytest.raises(Exception, match="future"):
        services.transition(
            article=story, target=S.SCHEDULED, by=editor, at=timezone.now() - timedelta(hours=1)
        )
