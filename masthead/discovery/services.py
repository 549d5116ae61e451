"""Storing each story's "You May Also Like" list: the editors' pins, then the ranking by meaning."""

from django.db import transaction

from masthead.articles.models import Article
from masthead.core.pagecache.services import purge_on_commit
from masthead.discovery.models import RelatedStory
from masthead.discovery.ranking import related_by_meaning

RELATED_KEPT = 12  # stored per story; pages show six, the spares stand in for unpublished ones


def refresh_related(*, article_id: int) -> list[int]:
    """Rank and store `article_id`'s related stories; returns the stored ids, best first.

    Stories an editor pinned come first, in their order (even sponsored ones: a pin is a
    choice). Then the ranking by meaning (`ranking.related_by_meaning`), whose scores and
    reasons are stored for `masthead related`. Pages showing the list are purged only when
    it changed.
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
        entries = [
            RelatedStory(article_id=article_id, related_id=pk, score=1.0, reasons={"pinned": True})
            for pk in pinned
        ]
        for ranked in related_by_meaning(article, limit=RELATED_KEPT + len(pinned)):
            if ranked.article_id not in pinned and ranked.article_id != article_id:
                entries.append(
                    RelatedStory(
                        article_id=article_id,
                        related_id=ranked.article_id,
                        score=ranked.score,
                        reasons=ranked.reasons,
                    )
                )
        entries = entries[: max(RELATED_KEPT, len(pinned))]
        for rank, entry in enumerate(entries):
            entry.rank = rank
    ranked_ids = [entry.related_id for entry in entries]
    with transaction.atomic():
        RelatedStory.objects.filter(article_id=article_id).delete()
        RelatedStory.objects.bulk_create(entries)
    if ranked_ids != old:
        purge_on_commit({f"article-{article_id}"})
    return ranked_ids


def refresh_related_around(*, article_id: int) -> list[int]:
    """Refresh a story's list, then every list it is in or that its list names (its neighbours)."""
    ranked = refresh_related(article_id=article_id)
    around = set(ranked) | set(
        RelatedStory.objects.filter(related_id=article_id).values_list("article_id", flat=True)
    )
    for other in around - {article_id}:
        refresh_related(article_id=other)
    return ranked
