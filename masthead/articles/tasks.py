"""Background work for articles: scheduled publication."""

from django_tasks import task

from masthead.articles import services


@task()
def go_live_task(article_id: int) -> str:
    """Publish a scheduled story once its time has come (enqueued to run at that time)."""
    return services.go_live(article_id=article_id)


@task()
def refresh_related_task(article_id: int, neighbours: bool = False) -> int:
    """Recompute a story's "You May Also Like"; with `neighbours`, also the lists it is in."""
    ranked = services.refresh_related(article_id=article_id)
    if neighbours:
        from masthead.articles.models import RelatedStory

        around = set(ranked) | set(
            RelatedStory.objects.filter(related_id=article_id).values_list("article_id", flat=True)
        )
        for other in around - {article_id}:
            services.refresh_related(article_id=other)
    return len(ranked)
