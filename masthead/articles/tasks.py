"""Background work for articles: scheduled publication and image renditions."""

from django_tasks import task

from masthead.articles import services


@task()
def go_live_task(article_id: int) -> str:
    """Publish a scheduled story once its time has come (enqueued to run at that time)."""
    return services.go_live(article_id=article_id)


@task()
def make_renditions_task(image_id: int) -> int:
    """Make the responsive WebP renditions of one uploaded image."""
    return services.make_image_renditions(image_id=image_id)
