"""Every story's "You May Also Like" at once: the first build after an import, or a rebuild.

Ranking story by story (`services.refresh_related`) multiplies one story's vectors with the whole
archive's each time: fine for the one story an editor just published, an hour or two for a
100,000-story archive. Here the same ranking is done for a block of stories at a time, with
matrix products (a block's vectors times the archive's), and the other parts of the score
(shared tags, section, time) are computed for the block's candidates as arrays. The lists are the
ones `refresh_related` would store, ties aside: the same text similarity from the same in-memory
index (`index.StoryIndex`), the same candidate pool (the CANDIDATES most similar stories), the
same score and its rounding, the same order, pins first. Memory stays bounded by the block: one
dense row of similarities per story of the block, BLOCK × archive size floats.
"""

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np
from django.db import connection, transaction
from django.utils import timezone
from scipy import sparse

from masthead.articles.models import Article, Tag
from masthead.core.pagecache import keys as surrogate
from masthead.core.pagecache.services import purge_on_commit
from masthead.discovery import ranking, semantic, vectors
from masthead.discovery.index import StoryIndex, index_for
from masthead.discovery.models import PinnedStory, RelatedStory
from masthead.discovery.services import RELATED_KEPT

BLOCK = 256  # stories ranked together: 256 × 100,000 similarities are 100 MB of float32


@dataclass
class Archive:
    """What the score needs of every published story of one language, as arrays by index row."""

    ids: np.ndarray  # the index's article ids, by row
    published: np.ndarray  # bool: a published story of this language (may be chosen or ranked)
    allowed: np.ndarray  # bool: may be chosen (published and not sponsored)
    section: np.ndarray  # section id, -1 for none
    published_at: np.ndarray  # seconds since the epoch, float64
    translation: np.ndarray  # row of the story's translation, -1 for none
    tags: sparse.csr_matrix  # (rows, tags) 1 where the story carries the tag
    tag_weight: np.ndarray  # (tags,) log(N / stories carrying it); 0 for a tag on no published story
    tag_ids: np.ndarray  # (tags,) the tag's id by column
    tag_names: dict[int, str]  # tag id: its name in this language


def rebuild_language(
    language: str, *, progress: Callable[[int], None] | None = None, workers: int | None = None
) -> int:
    """Store every published `language` story's list; returns how many stories were ranked.

    The language's text model must be fitted and its vectors stored (`vectors.fit_language`).
    Without a model (too few stories) each story is ranked on its own, by shared tags. Blocks are
    ranked by `workers` processes (every core by default) while this one stores their lists.
    """
    global _job
    kept = vectors.current_model(language)
    published_ids = list(
        Article.objects.published().filter(language=language).order_by("pk").values_list("pk", flat=True)
    )
    if kept is None:
        return _one_by_one(published_ids, progress)
    version, model = kept
    index = index_for(language, version, model.concepts.shape[0])
    archive = _archive(language, index.ids)
    rows = np.flatnonzero(archive.published & index.live)
    blocks = [rows[start : start + BLOCK] for start in range(0, len(rows), BLOCK)]
    _job = _Job(index, index.lexical.T.tocsr(), archive, _pins(language))
    workers = max(1, min(workers or os.cpu_count() or 1, len(blocks)))
    try:
        if workers == 1:
            ranked_blocks: Iterable[list[tuple[list[ranking.Ranked], dict]]] = map(_rank_block, blocks)
            for block, ranked in zip(blocks, ranked_blocks, strict=True):
                _store(block, ranked)
                if progress:
                    progress(len(block))
        else:
            # Forked: the processes share the index and the arrays with this one, and never use
            # its database connection (they only compute; this process writes).
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(workers, mp_context=context) as pool:
                for block, ranked in zip(blocks, pool.map(_rank_block, blocks), strict=True):
                    _store(block, ranked)
                    if progress:
                        progress(len(block))
    finally:
        _job = None
    # Stories published but without vectors yet (a race with the worker) are ranked on their own.
    missing = sorted(set(published_ids) - {int(index.ids[r]) for r in rows})
    return len(rows) + _one_by_one(missing, progress)


@dataclass
class _Job:
    """What ranking a block needs, set before the pool forks so that its processes inherit it."""

    index: StoryIndex
    lexical_t: sparse.csr_matrix
    archive: Archive
    pins: dict[int, list[int]]


_job: _Job | None = None


def _rank_block(block: np.ndarray) -> list[tuple[list[ranking.Ranked], dict]]:
    """The ranked entries of a block of index rows, pins left out, with their pool's summary
    (in a process of the pool, or in this one)."""
    job = _job
    assert job is not None
    text = _text_similarities(job.index, job.lexical_t, block)
    shares = _tag_shares(job.archive, block)
    pins = [job.pins.get(int(job.archive.ids[row]), []) for row in block]
    return [_rank(job.archive, row, text[i], shares[i], pins[i]) for i, row in enumerate(block)]


def _one_by_one(ids: list[int], progress: Callable[[int], None] | None) -> int:
    from masthead.discovery.services import refresh_related

    for pk in ids:
        # Its vectors are stored by its own refresh, which also enters it in the other lists.
        refresh_related(article_id=pk, refresh_vector=False)
        if progress:
            progress(1)
    return len(ids)


def _text_similarities(index, lexical_t: sparse.csr_matrix, block: np.ndarray) -> np.ndarray:
    """(len(block), rows) text similarity of each block story to every index row, as
    `StoryIndex.similarities` gives it for one story: dead rows -1."""
    lexical = (index.lexical[block] @ lexical_t).toarray()
    conceptual = None
    if index.conceptual.shape[1]:
        mine = index.conceptual[block].toarray()
        conceptual = np.asarray(index.conceptual @ mine.T).T
    embedded = None
    if index.embedded.any():
        mine = index.embedding_matrix[block].copy()
        mine[~index.embedded[block]] = np.nan  # a story without an embedding: words alone
        embedded = index.embedding_similarities(mine)
    scores = semantic.blend(lexical, conceptual, embedded).astype(np.float32, copy=False)
    scores[:, ~index.live] = -1.0
    return scores


def _tag_shares(archive: Archive, block: np.ndarray) -> np.ndarray:
    """For each block story, the share of its tag weight that each index row carries (dense,
    as the text similarities)."""
    mine = archive.tags[block].multiply(archive.tag_weight).tocsr()
    totals = np.asarray(mine.sum(axis=1)).ravel()
    shares = (mine @ archive.tags.T).toarray()
    shares /= np.where(totals > 0, totals, 1.0)[:, None]
    return shares


def _rank(
    archive: Archive, row: int, scores: np.ndarray, shares: np.ndarray, pinned: list[int]
) -> tuple[list[ranking.Ranked], dict]:
    """The ranked entries `services.refresh_related` stores for the story at `row` after its
    pins (`ranking.related_by_meaning` with the pins left out), given its text similarities and
    tag shares; and the summary of its pool that goes with them."""
    top = ranking.pool(scores)
    floor = ranking.pool_floor(scores, top)
    top = top[top != row]
    # Never itself, its translation, a story that is not published or one that is sponsored.
    top = top[archive.allowed[top]]
    top = top[(top != archive.translation[row]) & (archive.translation[top] != row)]
    top = top[~np.isin(archive.ids[top], pinned)]
    limit = max(RELATED_KEPT, len(pinned)) - len(pinned)
    if not len(top) or not limit:
        return [], ranking.pool_summary(floor, scores, None)
    same_section = archive.section[top] == archive.section[row]
    days = np.abs(archive.published_at[top] - archive.published_at[row]) / 86400
    text = scores[top].astype(np.float64)
    score = np.round(ranking.blended(text, shares[top], same_section, days), 4)
    ids = archive.ids[top]
    order = np.lexsort((-ids, -score))[:limit]  # best first; of equal scores, the newer id
    mine = _tag_columns(archive, row)
    weights = archive.tag_weight[mine]
    by_weight = [int(archive.tag_ids[mine[c]]) for c in np.argsort(-weights, kind="stable")]
    ranked = []
    for k in order:
        theirs = {int(archive.tag_ids[c]) for c in _tag_columns(archive, top[k])}
        shared = [t for t in by_weight if t in theirs]
        ranked.append(
            ranking.Ranked(
                int(ids[k]),
                float(score[k]),
                {
                    "similarity": round(float(text[k]), 3),
                    "shared_tags": [archive.tag_names[t] for t in shared],
                    "same_section": bool(same_section[k]),
                    "days_apart": round(float(days[k]), 1),
                },
                float(text[k]),
            )
        )
    return ranked, ranking.pool_summary(floor, scores, min(r.text for r in ranked))


def _tag_columns(archive: Archive, row: int) -> np.ndarray:
    """The tag columns of one row, read straight from the sparse matrix (indexing it row by row
    builds a new matrix each time, which costs more than the rest of the ranking)."""
    return archive.tags.indices[archive.tags.indptr[row] : archive.tags.indptr[row + 1]]


def _pins(language: str) -> dict[int, list[int]]:
    """{story id: the published stories an editor pinned to it, in the editor's order}."""
    pins: dict[int, list[int]] = {}
    for article_id, related_id in (
        PinnedStory.objects.filter(article__language=language, related__in=Article.objects.published())
        .order_by("order", "id")
        .values_list("article_id", "related_id")
    ):
        pins.setdefault(article_id, []).append(related_id)
    return pins


def _store(block: np.ndarray, ranked: list[tuple[list[ranking.Ranked], dict]]) -> None:
    """Write the block's lists as `services.refresh_related` would (the same rows, the pool's
    summary in the first ranked entry), purging the pages of those that changed. The rows go
    in with one INSERT of many rows: building a model instance per row costs more than ranking
    it."""
    assert _job is not None
    pins, ids = _job.pins, [int(_job.archive.ids[row]) for row in block]
    old: dict[int, list[int]] = {}
    for article_id, related_id in (
        RelatedStory.objects.filter(article_id__in=ids)
        .order_by("rank")
        .values_list("article_id", "related_id")
    ):
        old.setdefault(article_id, []).append(related_id)
    reasons_field = RelatedStory._meta.get_field("reasons")
    now = timezone.now()
    rows: list[tuple] = []
    changed: list[str] = []
    for article_id, (found, summary) in zip(ids, ranked, strict=True):
        mine = [(pk, 1.0, {"pinned": True}) for pk in pins.get(article_id, [])]
        mine += [
            (r.article_id, r.score, r.reasons | summary if n == 0 else r.reasons) for n, r in enumerate(found)
        ]
        rows += [
            (article_id, pk, rank, score, reasons_field.get_db_prep_save(reasons, connection), now)
            for rank, (pk, score, reasons) in enumerate(mine)
        ]
        if [pk for pk, _, _ in mine] != old.get(article_id, []):
            changed.append(surrogate.related_key(article_id))
    table = connection.ops.quote_name(RelatedStory._meta.db_table)
    insert = (
        f"INSERT INTO {table} (article_id, related_id, rank, score, reasons, computed_at) "
        "VALUES (%s, %s, %s, %s, %s, %s)"
    )
    with transaction.atomic():
        RelatedStory.objects.filter(article_id__in=ids).delete()
        with connection.cursor() as cursor:
            cursor.executemany(insert, rows)
        purge_on_commit(changed)


def _archive(language: str, index_ids: np.ndarray) -> Archive:
    """The score's inputs for every row of the index, read in a few queries."""
    position = {int(pk): row for row, pk in enumerate(index_ids)}
    rows = len(index_ids)
    published = np.zeros(rows, dtype=bool)
    allowed = np.zeros(rows, dtype=bool)
    section = np.full(rows, -1, dtype=np.int64)
    published_at = np.zeros(rows, dtype=np.float64)
    translation = np.full(rows, -1, dtype=np.int64)
    for pk, section_id, when, sponsored, translation_id in (
        Article.objects.published()
        .filter(language=language)
        .values_list("pk", "section_id", "published_at", "is_sponsored", "translation_id")
        .iterator(chunk_size=5000)
    ):
        row = position.get(pk)
        if row is None:
            continue
        published[row] = True
        allowed[row] = not sponsored
        section[row] = section_id if section_id is not None else -1
        published_at[row] = when.timestamp()
        translation[row] = position.get(translation_id, -1) if translation_id else -1
    # Stories of this language may name a translation in the other language only; nothing more.
    through = Article.tags.through.objects.filter(article__language=language)
    pairs = [
        (position[a], t) for a, t in _pairs(through.values_list("article_id", "tag_id")) if a in position
    ]
    tag_ids = np.array(sorted({t for _, t in pairs}), dtype=np.int64)
    column = {int(t): c for c, t in enumerate(tag_ids)}
    matrix = sparse.csr_matrix(
        (np.ones(len(pairs), dtype=np.float32), ([r for r, _ in pairs], [column[t] for _, t in pairs])),
        shape=(rows, len(tag_ids)),
    )
    matrix.sum_duplicates()
    # The weights ranking story by story uses (`ranking.tag_weights`: the same counts, kept for
    # a few minutes), so that a list stored here and one stored by `refresh_related` agree.
    wanted = set(column)
    tags = [tag for tag in Tag.objects.iterator() if tag.pk in wanted]
    weights = ranking.tag_weights(tags, language)
    weight = np.array([weights.get(int(t), 0.0) for t in tag_ids], dtype=np.float64)
    names = {tag.pk: tag.display_name(language) for tag in tags}
    return Archive(
        ids=index_ids,
        published=published,
        allowed=allowed,
        section=section,
        published_at=published_at,
        translation=translation,
        tags=matrix,
        tag_weight=weight,
        tag_ids=tag_ids,
        tag_names=names,
    )


def _pairs(rows: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    return ((int(a), int(t)) for a, t in rows)
