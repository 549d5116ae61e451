"""Background work for discovery: keeping the stored "You May Also Like" lists exact."""

from django.db import transaction
from django_tasks import task

from masthead.discovery import services
from masthead.discovery.neighbours import (
    stories_imported,
    story_changed,
    story_deleted,
    story_unpublished,
)


@task()
def refresh_related_task(article_id: int, neighbours: bool = False) -> int:
    """Recompute a story's "You May Also Like"; with `neighbours`, also every list it may have
    entered, left or moved in (`neighbours.story_changed`). Returns how many lists were ranked."""
    if neighbours:
        return story_changed(article_id)
    return len(services.refresh_related(article_id=article_id))


@task()
def refresh_many_task(article_ids: list[int]) -> int:
    """Recompute the lists a batch of stories (an import's) moves: story by story, or the
    language's every list at once for a large batch (`neighbours.stories_imported`)."""
    return stories_imported(article_ids)


@task()
def story_unpublished_task(article_id: int) -> int:
    """An unpublished story leaves every list, and lists whose pool held it are ranked again."""
    return story_unpublished(article_id)


@task()
def story_deleted_task(article_id: int, language: str, holders: list[int], vector: dict | None) -> int:
    """A deleted story's lists: those that held it, and those whose pool held its vectors."""
    return story_deleted(article_id, language, holders, vector)


def queue_related_refresh(article_id: int) -> None:
    """Recompute a story's related list, and its neighbours', after the transaction commits."""
    transaction.on_commit(lambda: refresh_related_task.enqueue(article_id, True))
