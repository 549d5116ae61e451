"""Background work for search: indexing the stories a wide change touched."""

from django_tasks import task

from masthead.search import services


@task()
def reindex_task(article_ids: list[int]) -> int:
    return services.index_stories(article_ids)


def queue_reindex(article_ids: list[int]) -> None:
    """Index these stories in the background (called after the change has committed)."""
    reindex_task.enqueue(article_ids)
