"""Every live story's vectors of one language, in memory, for ranking one story against all.

A worker loads the stored vectors once, then on each use reads only those that changed since
(`StoryVector.updated_at`), so a story published by another worker is found within its next
task. Changed stories are appended and their old rows masked; the matrices are rebuilt when
the appended part grows large. A new model version (refit) reloads everything.
"""

import threading
from datetime import datetime

import numpy as np
from scipy import sparse

from masthead.core.kept import Kept
from masthead.core.models import Language
from masthead.discovery import semantic
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

    def refresh(self) -> None:
        """Take in every vector stored or changed since the last refresh."""
        rows = StoryVector.objects.filter(language=self.language, model_version=self.version)
        if self.seen is not None:
            rows = rows.filter(updated_at__gte=self.seen)  # >=: a write in the same instant
        rows = list(
            rows.order_by("updated_at").values_list(
                "article_id", "terms", "concepts", "is_live", "updated_at"
            )
        )
        if not rows:
            return
        self.seen = rows[-1][4]
        self._append(rows)
        if self.appended > REBUILD_AFTER:
            self._compact()

    def _append(self, rows: list[tuple]) -> None:
        ids, lexical, conceptual, live = [], [], [], []
        for article_id, terms, concepts, is_live, _ in rows:
            old = self.position.get(article_id)
            if old is not None:
                self.live[old] = False
            ids.append(article_id)
            lexical.append(unpack(bytes(terms)))
            conceptual.append(unpack(bytes(concepts)))
            live.append(is_live)
        start = len(self.ids)
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

    def _compact(self) -> None:
        keep = np.flatnonzero(self.live)
        self.ids, self.live = self.ids[keep], self.live[keep]
        self.lexical, self.conceptual = self.lexical[keep], self.conceptual[keep]
        self.position = {int(article_id): i for i, article_id in enumerate(self.ids)}
        self.appended = 0

    def __len__(self) -> int:
        return int(self.live.sum())

    def similarities(self, lexical: sparse.csr_matrix, conceptual: sparse.csr_matrix) -> np.ndarray:
        """Text similarity of one story (its two vector rows) to every row; -1 for dead rows."""
        conceptual_scores = self.conceptual @ _dense(conceptual) if self.conceptual.shape[1] else None
        scores = semantic.blend(self.lexical @ _dense(lexical), conceptual_scores)
        scores[~self.live] = -1.0
        return scores

    def vectors_of(self, article_id: int) -> tuple[sparse.csr_matrix, sparse.csr_matrix] | None:
        row = self.position.get(article_id)
        if row is None or not self.live[row]:
            return None
        return self.lexical[row], self.conceptual[row]


# One index per language, kept by each process; a new model version replaces it.
kept_indexes: dict[str, Kept[StoryIndex]] = {language: Kept(StoryIndex) for language in Language.values}
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
