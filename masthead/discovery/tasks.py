"""Background work for discovery: recomputing the stored "You May Also Like" lists."""

from django.db import transaction
from django_tasks import task

from masthead.discovery import services


@task()
def refresh_related_task(article_id: int, neighbours: bool = False) -> int:
    """Recompute a story's "You May Also Like"; with `neighbours`, also the lists it is in."""
    if neighbours:
        return len(services.refresh_related_around(article_id=article_id))
    return len(services.refresh_related(article_id=article_id))


@task()
def refresh_many_task(article_ids: list[int]) -> int:
    """Recompute the lists of a batch of stories (an import's) and of the stories around them."""
    return sum(len(services.refresh_related_around(article_id=pk)) for pk in article_ids)


def queue_related_refresh(article_id: int) -> None:
    """Recompute a story's related list, and its neighbours', after the transaction commits."""
    transaction.on_commit(lambda: refresh_related_task.enqueue(article_id, True))
