"""Background work for articles: scheduled publication."""

from django_tasks import task

from masthead.articles import services


@task()
def go_live_task(article_id: int) -> str:
    """Publish a scheduled story once its time has come (enqueued to run at that time)."""
    return services.go_live(article_id=article_id)
