""" "You May Also Like" by meaning: text similarity blended with shared tags, section and time.

For a story, every live story of its language is scored by text similarity (`semantic`); the
best CANDIDATES of them are then scored in full (before a language has a text model, the
candidates are the stories sharing the story's rarest tags):

    score = 0.60 · text  +  0.25 · tags  +  0.10 · same section  +  0.05 · closeness in time

Text is the measure of meaning, so it leads; tags are the editors' own statement of what a
story is about; section and time only break near-ties. `tags` is the share of the story's
tag weight (each tag weighs log(N / stories carrying it), so rare tags count most) that the
other story carries; closeness is exp(-days apart / 30), so a contemporary story wins a tie.

Never chosen: the story itself, its translation, an unpublished or a sponsored story (editors
may pin any of those: `PinnedStory`, see `services.refresh_related`).
"""

import math
from dataclasses import dataclass, field

import numpy as np

from masthead.articles.models import Article, Tag
from masthead.discovery import vectors
from masthead.discovery.index import index_for
from masthead.discovery.selectors import ids_by_shared_tags, published_counts

W_TEXT, W_TAGS, W_SECTION, W_TIME = 0.60, 0.25, 0.10, 0.05
TIME_SCALE_DAYS = 30.0
CANDIDATES = 200


@dataclass
class Ranked:
    """One related story as ranked, with the reasons an editor can read."""

    article_id: int
    score: float
    reasons: dict = field(default_factory=dict)


def related_by_meaning(article: Article, limit: int = 6) -> list[Ranked]:
    """The `limit` best related stories of a published `article`, best first."""
    kept = vectors.ensure_model(article.language)
    candidates: dict[int, float] = {}
    if kept is not None:
        version, model = kept
        vectors.refresh_vector(article, version, model)
        index = index_for(article.language, version, model.concepts.shape[0])
        mine = index.vectors_of(article.pk)
        if mine is None:
            mine = model.vectors([vectors.story_text(article)])
        scores = index.similarities(*mine)
        if len(scores):
            top = np.argpartition(-scores, min(CANDIDATES, len(scores) - 1))[: CANDIDATES + 1]
            candidates = {int(index.ids[i]): float(scores[i]) for i in top if scores[i] > 0}
    else:
        # No text model yet (a young archive): the stories sharing its rarest tags.
        candidates = dict.fromkeys(ids_by_shared_tags(article, CANDIDATES), 0.0)
    candidates.pop(article.pk, None)
    if not candidates:
        return []
    return _blend(article, candidates)[:limit]


def _blend(article: Article, text_scores: dict[int, float]) -> list[Ranked]:
    rows = (
        Article.objects.published()
        .filter(pk__in=list(text_scores), language=article.language, is_sponsored=False)
        .exclude(pk=article.translation_id or 0)
        .exclude(translation_id=article.pk)
        .values_list("pk", "section_id", "published_at")
    )
    rows = list(rows)
    through = Article.tags.through.objects
    their_tags: dict[int, set[int]] = {}
    for article_id, tag_id in through.filter(article_id__in=[r[0] for r in rows]).values_list(
        "article_id", "tag_id"
    ):
        their_tags.setdefault(article_id, set()).add(tag_id)
    tags = list(article.tags.all())
    weights = _tag_weights(tags, article.language)
    total = sum(weights.values()) or 1.0
    names = {tag.pk: tag.display_name(article.language) for tag in tags}
    ranked = []
    for pk, section_id, published_at in rows:
        shared = sorted(their_tags.get(pk, set()) & set(weights), key=lambda t: -weights[t])
        tag_score = sum(weights[t] for t in shared) / total
        same_section = section_id == article.section_id
        days = (
            abs((published_at - article.published_at).total_seconds()) / 86400 if article.published_at else 0
        )
        closeness = math.exp(-days / TIME_SCALE_DAYS)
        text = text_scores[pk]
        score = W_TEXT * text + W_TAGS * tag_score + W_SECTION * same_section + W_TIME * closeness
        reasons = {
            "similarity": round(text, 3),
            "shared_tags": [names[t] for t in shared],
            "same_section": same_section,
            "days_apart": round(days, 1),
        }
        ranked.append(Ranked(pk, round(score, 4), reasons))
    ranked.sort(key=lambda r: (-r.score, -r.article_id))
    return ranked


def _tag_weights(tags: list[Tag], language: str) -> dict[int, float]:
    """{tag id: log(N / stories carrying it)}: a tag on every story says nothing."""
    counts = published_counts(tags, language)
    total = max(vectors.published_count(language), 1)
    return {pk: math.log((total + 1) / (n + 0.5)) for pk, n in counts.items()}
