"""Storing each story's "You May Also Like" list: the editors' pins, then the ranking by meaning."""

from django.db import transaction

from masthead.articles.models import Article
from masthead.core.pagecache import keys as surrogate
from masthead.core.pagecache.services import purge_on_commit
from masthead.discovery import ranking
from masthead.discovery.models import RelatedStory

RELATED_KEPT = 12  # stored per story; pages show six, the spares stand in for unpublished ones


def refresh_related(*, article_id: int, refresh_vector: bool = True) -> list[int]:
    """Rank and store `article_id`'s related stories; returns the stored ids, best first.

    Stories an editor pinned come first, in their order (even sponsored ones: a pin is a
    choice). Then the ranking by meaning (`ranking.related_by_meaning`), whose scores and
    reasons are stored for `masthead related`; the first of them also keeps what `neighbours`
    needs of the candidate pool (`ranking.pool_summary`). Pages showing the list are purged
    only when it changed. `refresh_vector`: see `ranking.ranked_from_pool`.
    """
    article = Article.objects.published().prefetch_related("tags").filter(pk=article_id).first()
    old = list(RelatedStory.objects.filter(article_id=article_id).values_list("related_id", flat=True))
    entries: list[RelatedStory] = []
    if article is not None:
        pinned = list(
            Article.objects.published()
            .filter(pinned_in__article_id=article_id)
            .order_by("pinned_in__order", "pinned_in__id")
            .values_list("pk", flat=True)
        )
        ranked, pool = ranking.ranked_from_pool(
            article, limit=RELATED_KEPT + len(pinned), refresh_vector=refresh_vector
        )
        chosen = [r for r in ranked if r.article_id not in pinned and r.article_id != article_id]
        chosen = chosen[: max(RELATED_KEPT, len(pinned)) - len(pinned)]
        if chosen:
            weakest = min(r.text for r in chosen)
            chosen[0].reasons = chosen[0].reasons | ranking.pool_summary(pool.floor, pool.scores, weakest)
        entries = [
            RelatedStory(article_id=article_id, related_id=pk, score=1.0, reasons={"pinned": True})
            for pk in pinned
        ]
        entries += [
            RelatedStory(article_id=article_id, related_id=r.article_id, score=r.score, reasons=r.reasons)
            for r in chosen
        ]
        for rank, entry in enumerate(entries):
            entry.rank = rank
    ranked_ids = [entry.related_id for entry in entries]
    with transaction.atomic():
        RelatedStory.objects.filter(article_id=article_id).delete()
        RelatedStory.objects.bulk_create(entries)
    if ranked_ids != old:
        purge_on_commit({surrogate.related_key(article_id)})
    return ranked_ids
