""" "You May Also Like" by meaning: text similarity blended with shared tags, section and time.

For a story, every live story of its language is scored by text similarity (`semantic`); the
best CANDIDATES of them are then scored in full (before a language has a text model, the
candidates are the stories sharing the story's rarest tags):

    score = text · (0.60 + 0.10 · same section + 0.05 · closeness in time)  +  0.25 · tags

Text is the measure of meaning, so it leads; tags are the editors' own statement of what a
story is about, so they count on their own; section and time only break near-ties, so they
scale the text similarity rather than add to it: a story in the same section may pass one up to
a sixth closer in meaning, but an unrelated story (text near 0) gains almost nothing from
sharing a desk. (Added on their own, they let unrelated stories of one section push out
on-topic stories filed under another desk, as wire copy on one topic often is.) `tags` is the
share of the story's tag weight (each tag weighs log(N / stories carrying it), so rare tags
count most) that the other story carries; closeness is exp(-days apart / 30), so a contemporary
story wins a tie.

Never chosen: the story itself, its translation, an unpublished or a sponsored story (editors
may pin any of those: `PinnedStory`, see `services.refresh_related`).
"""

from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from masthead.articles.models import Article, Tag
from masthead.discovery import vectors
from masthead.discovery.index import index_for
from masthead.discovery.selectors import ids_by_shared_tags, published_counts

W_TEXT, W_TAGS, W_SECTION, W_TIME = 0.60, 0.25, 0.10, 0.05
TIME_SCALE_DAYS = 30.0
CANDIDATES = 200
# Similarities this close to the pool's last are ties: the same pair computed from either side,
# or two stories told in the same words, differ only in float32's last bits.
TIE = 1e-5


@dataclass
class Ranked:
    """One related story as ranked, with the reasons an editor can read."""

    article_id: int
    score: float
    reasons: dict = field(default_factory=dict)
    text: float = 0.0  # the text similarity, unrounded (the reasons show it rounded)


@dataclass
class Pool:
    """Where a story's candidates came from: the pool floor (`ranked_from_pool`) and the story's
    text similarity to every row of the index (None without a text model)."""

    floor: float = 0.0
    scores: np.ndarray | None = None


def related_by_meaning(article: Article, limit: int = 6) -> list[Ranked]:
    """The `limit` best related stories of a published `article`, best first."""
    return ranked_from_pool(article, limit)[0]


def ranked_from_pool(
    article: Article, limit: int = 6, *, refresh_vector: bool = True
) -> tuple[list[Ranked], Pool]:
    """`related_by_meaning(article, limit)`, and its candidate pool, whose floor is the text
    similarity of the least similar candidate when more stories than CANDIDATES resemble
    `article`, else 0 (all of them were candidates). A story less similar than the floor is
    not a candidate, so it cannot be chosen however well it scores on tags.

    Without `refresh_vector` the story is ranked with the vectors the index holds for it, as
    every other list sees it, even if its text changed since: its own refresh swaps them
    (`neighbours`)."""
    kept = vectors.ensure_model(article.language)
    candidates: dict[int, float] = {}
    pool_of = Pool()
    if kept is not None:
        version, model = kept
        if refresh_vector:
            vectors.refresh_vector(article, version, model)
        index = index_for(article.language, version, model.concepts.shape[0])
        mine = index.vectors_of(article.pk)
        if mine is None:
            mine = model.vectors([vectors.story_text(article)])
        scores = index.similarities(*mine)
        rows = pool(scores)
        candidates = {int(index.ids[i]): float(scores[i]) for i in rows}
        pool_of = Pool(pool_floor(scores, rows), scores)
    else:
        # No text model yet (a young archive): the stories sharing its rarest tags.
        candidates = dict.fromkeys(ids_by_shared_tags(article, CANDIDATES), 0.0)
    candidates.pop(article.pk, None)
    if not candidates:
        return [], pool_of
    return _blend(article, candidates)[:limit], pool_of


def pool(scores: np.ndarray) -> np.ndarray:
    """The rows a story's candidates come from, given its text similarity to every row: the
    CANDIDATES + 1 most similar (the story itself is one of them) and any as similar as the
    last of them (within TIE), those above zero. Taking every tie makes the pool the same
    whatever the order of the rows and from whichever side a pair was computed."""
    if not len(scores):
        return np.zeros(0, dtype=np.int64)
    last = -np.partition(-scores, min(CANDIDATES, len(scores) - 1))[min(CANDIDATES, len(scores) - 1)]
    return np.flatnonzero((scores >= last - TIE) & (scores > 0))


def pool_floor(scores: np.ndarray, rows: np.ndarray) -> float:
    """The floor of the pool `rows` drawn from `scores`: its least text similarity when stories
    with a text similarity above 0 were left out of it, else 0."""
    if np.count_nonzero(scores > 0) > len(rows):
        return float(scores[rows].min())
    return 0.0


def pool_summary(floor: float, scores: np.ndarray | None, weakest: float | None) -> dict:
    """What a stored list keeps of its pool (in its first ranked entry), so that a change
    elsewhere can tell whether the list may move without ranking it again (`neighbours`): the
    floor; the least text similarity among the ranked entries (the weakest); and how many
    stories (the story itself among them) are more similar than that. While that count is at
    most CANDIDATES, every ranked entry is in the pool."""
    above = 0
    if scores is not None and weakest is not None:
        above = int(np.count_nonzero(scores > np.float32(weakest)))
    return {"pool_floor": floor, "pool_weakest": weakest, "pool_above": above}


def blended(text, tag_share, same_section, days):
    """Candidates' scores, before rounding (the formula above): of one candidate (floats) or of
    many at once (numpy arrays, as the full build ranks them)."""
    closeness = np.exp(-np.asarray(days, dtype=np.float64) / TIME_SCALE_DAYS)
    return text * (W_TEXT + W_SECTION * np.asarray(same_section) + W_TIME * closeness) + W_TAGS * tag_share


def ceiling(text):
    """The most a candidate with this text similarity can score (same section, same moment,
    every tag shared)."""
    return text * (W_TEXT + W_SECTION + W_TIME) + W_TAGS


def days_apart(article: Article, published_at: datetime) -> float:
    """Days between a story and a candidate published at `published_at`."""
    if not article.published_at:
        return 0
    return abs((published_at - article.published_at).total_seconds()) / 86400


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
    weights = tag_weights(tags, article.language)
    total = sum(weights.values()) or 1.0
    names = {tag.pk: tag.display_name(article.language) for tag in tags}
    ranked = []
    for pk, section_id, published_at in rows:
        shared = sorted(their_tags.get(pk, set()) & set(weights), key=lambda t: -weights[t])
        tag_score = sum(weights[t] for t in shared) / total
        same_section = section_id == article.section_id
        days = days_apart(article, published_at)
        text = text_scores[pk]
        score = float(blended(text, tag_score, same_section, days))
        reasons = {
            "similarity": round(text, 3),
            "shared_tags": [names[t] for t in shared],
            "same_section": same_section,
            "days_apart": round(days, 1),
        }
        ranked.append(Ranked(pk, round(score, 4), reasons, text))
    ranked.sort(key=lambda r: (-r.score, -r.article_id))
    return ranked


def tag_weights(tags: list[Tag], language: str) -> dict[int, float]:
    """{tag id: its weight}, for the tags of a story (`tag_weight`)."""
    counts = published_counts(tags, language)
    total = max(vectors.published_count(language), 1)
    return {pk: float(tag_weight(total, n)) for pk, n in counts.items()}


def tag_weight(total, carrying):
    """log(N / stories carrying it), smoothed: a tag on every story says nothing. Of one tag
    (numbers) or of many (numpy arrays)."""
    return np.log((total + 1) / (np.asarray(carrying, dtype=np.float64) + 0.5))
