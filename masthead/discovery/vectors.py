"""Fitting each language's text model and keeping every published story's vectors current.

Where the `embeddings` extra is installed, a story's sentence embedding is computed and stored
with its vectors. It depends on the story's text alone, not on the model, so a refit keeps
the embeddings of stories unchanged since; a story vectorised without the extra gets one the
next time it is vectorised with it (its next refresh, or `masthead rebuild-related`).
"""

import base64
from collections.abc import Iterable, Iterator

import numpy as np
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from scipy import sparse
from tqdm import tqdm

from masthead.articles.models import Article
from masthead.core.html import plain_text
from masthead.core.kept import Kept
from masthead.discovery import embeddings, semantic
from masthead.discovery.models import SemanticModel, StoryVector, pack, unpack

# Below this many published stories a language has no text model (ranking falls back to tags).
MIN_STORIES = 10
# The model is fitted again (and every vector recomputed) once the archive has doubled.
REFIT_GROWTH = 2.0
CHUNK = 1000
COUNT_FOR = 300  # seconds a language's count of published stories is reused


def story_text(article: Article) -> str:
    """What a story says: the headline twice (it is what the story is about), dek and body."""
    return "\n".join([article.headline, article.headline, article.dek or "", plain_text(article.body or "")])


def stored_version(language: str) -> int | None:
    """The version of `language`'s stored model (None before its first fit): one small query."""
    return SemanticModel.objects.filter(language=language).values_list("version", flat=True).first()


def load_model(language: str) -> tuple[int, semantic.Semantics] | None:
    """(version, model) of `language` as stored, or None before its first fit."""
    row = SemanticModel.objects.filter(language=language).only("version", "data").first()
    return None if row is None else (row.version, semantic.Semantics.loads(bytes(row.data)))


# Loading a model reads and decodes megabytes: each process keeps one per language until the
# stored version moves (a refit, in any process).
kept_models: Kept[tuple[int, semantic.Semantics] | None] = Kept(load_model, version=stored_version, size=2)


def current_model(language: str) -> tuple[int, semantic.Semantics] | None:
    """(version, model) of `language`, kept per process until the stored version changes."""
    return kept_models.get(language)


def published_count(language: str) -> int:
    """Published stories in `language`, counted at most every few minutes (counting 100,000
    rows costs more than ranking a story; the number only needs to be roughly right)."""
    key = f"masthead:published-count:{language}"
    count = cache.get(key)
    if count is None:
        count = Article.objects.published().filter(language=language).count()
        cache.set(key, count, COUNT_FOR)
    return count


def ensure_model(language: str, *, progress: bool = False) -> tuple[int, semantic.Semantics] | None:
    """The current model, fitted first if there is none yet or the archive has doubled."""
    count = published_count(language)
    stored = SemanticModel.objects.filter(language=language).values_list("stories", flat=True).first()
    if count >= MIN_STORIES and (stored is None or count >= stored * REFIT_GROWTH):
        fit_language(language, progress=progress)
    return current_model(language)


def fit_language(language: str, *, progress: bool = False) -> SemanticModel:
    """Learn `language`'s model from its published stories, then recompute all their vectors."""
    ids = list(
        Article.objects.published().filter(language=language).order_by("pk").values_list("pk", flat=True)
    )
    # Document frequencies chunk by chunk, so the archive's text is never all in memory.
    hasher = semantic.hasher(language)
    df = np.zeros(semantic.FEATURES, dtype=np.int64)
    for texts in _texts(ids, progress=progress, desc=f"learning {language}"):
        df += semantic.document_frequencies(hasher.transform(texts).tocsr())
    n = len(ids)
    sample = [ids[i] for i in semantic.concept_sample(n)]
    concept_texts = [text for chunk in _texts(sample) for text in chunk]
    model = semantic.from_frequencies(language, df, n, hasher.transform(concept_texts))
    with transaction.atomic():
        row, created = SemanticModel.objects.select_for_update().get_or_create(
            language=language, defaults={"stories": n, "data": model.dumps()}
        )
        if not created:
            row.version, row.stories, row.data = row.version + 1, n, model.dumps()
            row.save()
    vectorize(ids, row.version, model, progress=progress)
    return row


def refresh_vector(article: Article, version: int, model: semantic.Semantics) -> None:
    """Store the story's vectors if they are missing, from an older model or older than its text,
    or lack the embedding that the installed extra can now give."""
    stored = (
        StoryVector.objects.filter(article_id=article.pk, model_version=version, is_live=True)
        .values_list("updated_at", "embedding")
        .first()
    )
    if (
        stored is None
        or (article.updated_at is not None and stored[0] < article.updated_at)
        or (embeddings.used_for(article.language) and stored[1] is None)
    ):
        vectorize([article.pk], version, model, articles=[article])


def story_vectors(
    article: Article, model: semantic.Semantics
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray | None]:
    """A story's (lexical, conceptual, embedding) computed now, as `vectorize` would store them
    (the embedding None without the extra)."""
    lexical, conceptual = model.vectors([story_text(article)])
    embedding = None
    if embeddings.used_for(article.language):
        embedding = embeddings.embed([embeddings.story_lead(article)])[0]
    return lexical, conceptual, embedding


def update_vector(article: Article) -> bool:
    """Store a published story's vectors (or mark them gone once it is not published)."""
    if not article.is_published:
        # updated_at too: other processes' indexes read the rows changed since their last look.
        StoryVector.objects.filter(article_id=article.pk).update(is_live=False, updated_at=timezone.now())
        return False
    kept = current_model(article.language)
    if kept is None:
        return False
    version, model = kept
    vectorize([article.pk], version, model, articles=[article])
    return True


def from_bytes(
    language: str, model: semantic.Semantics, terms, concepts, embedding
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray | None]:
    """A story's (lexical, conceptual, embedding) from their stored bytes, as the index reads
    them (the embedding only where the extra is used for the language)."""
    lexical = semantic.rows_to_csr([unpack(bytes(terms))], semantic.FEATURES)
    conceptual = semantic.rows_to_csr([unpack(bytes(concepts))], model.concepts.shape[0])
    if embedding is None or not embeddings.used_for(language):
        return lexical, conceptual, None
    return lexical, conceptual, embeddings.from_bytes(bytes(embedding))


def stored_vectors(
    article: Article, version: int, model: semantic.Semantics
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray | None] | None:
    """A story's vectors as stored under model `version`, live or retired, as the index reads
    them; None if it has none."""
    stored = StoryVector.objects.filter(article_id=article.pk, model_version=version)
    row = stored.values_list("terms", "concepts", "embedding").first()
    return None if row is None else from_bytes(article.language, model, *row)


def as_arguments(article_id: int) -> dict | None:
    """A story's live vectors as a task's arguments (taken before it is deleted), or None."""
    row = StoryVector.objects.filter(article_id=article_id, is_live=True).first()
    if row is None:
        return None
    blobs = {"terms": row.terms, "concepts": row.concepts, "embedding": row.embedding}
    encoded = {key: base64.b64encode(bytes(blob)).decode() if blob else None for key, blob in blobs.items()}
    return {"version": row.model_version, **encoded}


def from_arguments(
    language: str, model: semantic.Semantics, arguments: dict
) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray | None]:
    """The vectors `as_arguments` gave, as the index reads them."""
    blobs = [
        base64.b64decode(arguments[k]) if arguments[k] else None for k in ("terms", "concepts", "embedding")
    ]
    return from_bytes(language, model, *blobs)


def vectorize(
    ids: list[int],
    version: int,
    model: semantic.Semantics,
    *,
    articles: Iterable[Article] | None = None,
    progress: bool = False,
) -> int:
    """Compute and store the vectors of these stories under model `version`.

    Given `articles` (a story just published or edited), everything is computed afresh. For a
    whole archive (a refit), a stored embedding is kept when the story has not changed since it
    was stored: it does not depend on the model, and computing it again is the slow part.
    """
    done = 0
    chunks = (
        [list(articles)] if articles is not None else _articles(ids, progress, f"vectors {model.language}")
    )
    for chunk in chunks:
        lexical, conceptual = model.vectors([story_text(a) for a in chunk])
        kept = {} if articles is not None else _unchanged_embeddings(chunk)
        embedded = _embeddings(chunk, kept)
        rows = [
            StoryVector(
                article_id=a.pk,
                language=a.language,
                model_version=version,
                terms=pack(lexical[i]),
                concepts=pack(conceptual[i]),
                embedding=embedded[i],
                is_live=True,
            )
            for i, a in enumerate(chunk)
        ]
        StoryVector.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["article"],
            update_fields=[
                "language",
                "model_version",
                "terms",
                "concepts",
                "embedding",
                "is_live",
                "updated_at",
            ],
        )
        done += len(rows)
    return done


def _unchanged_embeddings(chunk: list[Article]) -> dict[int, bytes]:
    """{story id: its stored embedding}, for the stories of `chunk` not edited since it was stored."""
    edited = {a.pk: a.updated_at for a in chunk}
    stored = StoryVector.objects.filter(article_id__in=list(edited), embedding__isnull=False)
    return {
        article_id: bytes(blob)
        for article_id, blob, updated_at in stored.values_list("article_id", "embedding", "updated_at")
        if edited[article_id] is None or updated_at >= edited[article_id]
    }


def _embeddings(chunk: list[Article], kept: dict[int, bytes]) -> list[bytes | None]:
    """Each story's embedding as stored: kept, computed now, or None without the extra."""
    missing = [a for a in chunk if a.pk not in kept and embeddings.used_for(a.language)]
    if missing:
        computed = embeddings.embed([embeddings.story_lead(a) for a in missing])
        kept = kept | {a.pk: embeddings.to_bytes(row) for a, row in zip(missing, computed, strict=True)}
    return [kept.get(a.pk) for a in chunk]


def _articles(ids: list[int], progress: bool = False, desc: str = "") -> Iterator[list[Article]]:
    fields = ("pk", "language", "headline", "dek", "body", "updated_at")
    bar = tqdm(total=len(ids), desc=desc, unit="story", disable=not progress or None)
    for start in range(0, len(ids), CHUNK):
        chunk = list(Article.objects.filter(pk__in=ids[start : start + CHUNK]).only(*fields).order_by("pk"))
        bar.update(len(chunk))
        yield chunk
    bar.close()


def _texts(ids: list[int], progress: bool = False, desc: str = "") -> Iterator[list[str]]:
    for chunk in _articles(ids, progress, desc):
        yield [story_text(a) for a in chunk]
