"""Every live story's vectors of one language, in memory, for ranking one story against all.

A worker loads the stored vectors once, then on each use reads only those that changed since
(`StoryVector.updated_at`), so a story published by another worker is found within its next
task. Changed stories are appended and their old rows masked; the matrices are rebuilt when
the appended part grows large. A new model version (refit) reloads everything.

Where the `embeddings` extra is installed, the stories' sentence embeddings are kept too, as a
dense matrix (2 KB a story: 200 MB for 100,000 stories), with a mask of the rows that have one.
"""

import threading
from datetime import datetime

import numpy as np
from scipy import sparse

from masthead.core.kept import Kept
from masthead.core.models import Language
from masthead.discovery import embeddings, semantic
from masthead.discovery.models import StoryVector, unpack

REBUILD_AFTER = 2000  # appended rows before the matrices are rebuilt in one piece


class StoryIndex:
    def __init__(self, language: str, version: int, concepts: int) -> None:
        self.language, self.version, self.concepts = language, version, concepts
        self.ids = np.zeros(0, dtype=np.int64)
        self.live = np.zeros(0, dtype=bool)
        self.lexical = sparse.csr_matrix((0, semantic.FEATURES), dtype=np.float32)
        self.conceptual = sparse.csr_matrix((0, concepts), dtype=np.float32)
        self.position: dict[int, int] = {}
        self.seen: datetime | None = None
        self.appended = 0
        # Embeddings by row, zeros where a story has none; the buffer grows by doubling, so
        # appending a few stories does not copy the whole matrix each time.
        self.embedded = np.zeros(0, dtype=bool)
        self._embeddings = np.zeros((0, embeddings.DIMENSIONS), dtype=np.float32)

    @property
    def embedding_matrix(self) -> np.ndarray:
        """(rows, DIMENSIONS) float32: each row's embedding, zeros where `embedded` is False."""
        return self._embeddings[: len(self.ids)]

    def refresh(self) -> None:
        """Take in every vector stored or changed since the last refresh."""
        rows = StoryVector.objects.filter(language=self.language, model_version=self.version)
        if self.seen is not None:
            rows = rows.filter(updated_at__gte=self.seen)  # >=: a write in the same instant
        # Without the extra the embeddings are not read at all: no memory spent, no change.
        fields = ["article_id", "terms", "concepts", "is_live", "updated_at"]
        rows = list(
            rows.order_by("updated_at").values_list(*fields, "embedding")
            if embeddings.used_for(self.language)
            else ((*row, None) for row in rows.order_by("updated_at").values_list(*fields))
        )
        if not rows:
            return
        self.seen = rows[-1][4]
        self._append(rows)
        if self.appended > REBUILD_AFTER:
            self._compact()

    def _append(self, rows: list[tuple]) -> None:
        ids, lexical, conceptual, live, embedded = [], [], [], [], []
        for article_id, terms, concepts, is_live, _, embedding in rows:
            old = self.position.get(article_id)
            if old is not None:
                self.live[old] = False
            ids.append(article_id)
            lexical.append(unpack(bytes(terms)))
            conceptual.append(unpack(bytes(concepts)))
            live.append(is_live)
            embedded.append(None if embedding is None else embeddings.from_bytes(bytes(embedding)))
        start = len(self.ids)
        self._append_embeddings(start, embedded)
        self.ids = np.concatenate([self.ids, np.array(ids, dtype=np.int64)])
        self.live = np.concatenate([self.live, np.array(live, dtype=bool)])
        self.lexical = sparse.vstack(
            [self.lexical, semantic.rows_to_csr(lexical, semantic.FEATURES)], format="csr"
        )
        self.conceptual = sparse.vstack(
            [self.conceptual, semantic.rows_to_csr(conceptual, self.concepts)], format="csr"
        )
        for offset, article_id in enumerate(ids):
            self.position[article_id] = start + offset
        self.appended += len(ids)

    def _append_embeddings(self, start: int, rows: list[np.ndarray | None]) -> None:
        flags = np.array([row is not None for row in rows], dtype=bool)
        self.embedded = np.concatenate([self.embedded, flags])
        if not flags.any() and not len(self._embeddings):
            return  # none yet (no extra): no matrix at all
        end = start + len(rows)
        if end > len(self._embeddings):
            grown = np.zeros((max(end, 2 * len(self._embeddings), 1024), embeddings.DIMENSIONS), np.float32)
            grown[:start] = self._embeddings[:start]
            self._embeddings = grown
        self._embeddings[start:end] = 0.0
        for offset, row in enumerate(rows):
            if row is not None:
                self._embeddings[start + offset] = row

    def _compact(self) -> None:
        keep = np.flatnonzero(self.live)
        self.ids, self.live = self.ids[keep], self.live[keep]
        self.lexical, self.conceptual = self.lexical[keep], self.conceptual[keep]
        self.embedded = self.embedded[keep]
        if len(self._embeddings):
            self._embeddings = self._embeddings[keep]
        self.position = {int(article_id): i for i, article_id in enumerate(self.ids)}
        self.appended = 0

    def __len__(self) -> int:
        return int(self.live.sum())

    def similarities(
        self,
        lexical: sparse.csr_matrix,
        conceptual: sparse.csr_matrix,
        embedding: np.ndarray | None = None,
    ) -> np.ndarray:
        """Text similarity of one story (its vector rows, and its embedding if it has one) to
        every row; -1 for dead rows."""
        conceptual_scores = self.conceptual @ _dense(conceptual) if self.conceptual.shape[1] else None
        embedded = None
        if embedding is not None:
            embedded = self.embedding_similarities(np.asarray(embedding, dtype=np.float32)[None, :])
        scores = semantic.blend(
            self.lexical @ _dense(lexical), conceptual_scores, None if embedded is None else embedded[0]
        )
        scores[~self.live] = -1.0
        return scores

    def embedding_similarities(self, mine: np.ndarray) -> np.ndarray | None:
        """(len(mine), rows) embedding cosines of `mine` (rows of embeddings; NaN rows for stories
        without one) with every row, NaN where either side has none: `semantic.blend`'s third
        argument. None when the extra is not installed or no row has an embedding."""
        if not embeddings.used_for(self.language) or not self.embedded.any():
            return None
        scores = mine @ self.embedding_matrix.T
        scores[:, ~self.embedded] = np.nan
        return scores

    def vectors_of(
        self, article_id: int
    ) -> tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray | None] | None:
        """A live story's (lexical, conceptual, embedding) as stored; the embedding None if it
        has none."""
        row = self.position.get(article_id)
        if row is None or not self.live[row]:
            return None
        embedding = self.embedding_matrix[row] if self.embedded[row] else None
        return self.lexical[row], self.conceptual[row], embedding


# One index per language, kept by each process; a new model version replaces it. A deleted
# story's row is gone, so no refresh can see it go: deleting one bumps this stamp, and every
# process loads its index afresh (deleting a published story is rare; unpublishing is the rule).
DELETED_STAMP = "story-vectors-deleted"
kept_indexes: dict[str, Kept[StoryIndex]] = {
    language: Kept(StoryIndex, version=DELETED_STAMP) for language in Language.values
}
_lock = threading.Lock()  # an index is refreshed by one thread at a time


def index_for(language: str, version: int, concepts: int) -> StoryIndex:
    """This process's index of `language` under model `version`, brought up to date."""
    with _lock:
        index = kept_indexes[language].get(language, version, concepts)
        index.refresh()
        return index


def _dense(row: sparse.csr_matrix) -> np.ndarray:
    out = np.zeros(row.shape[1], dtype=np.float32)
    out[row.indices] = row.data
    return out
