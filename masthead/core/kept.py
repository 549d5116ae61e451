"""Small, rarely changed rows that most pages show (authors, tags), kept per process.

A page fetches only the ids it needs (cheap), and the objects come from this process's copy;
the ones not met yet are fetched in one query. Any change to the model bumps its version
stamp (see masthead.core.versions) after commit, and every process then starts afresh.
"""

import threading
from collections.abc import Iterable

from django.db import models

from masthead.core import versions


class KeptRows:
    """{id: object} for one model, shared by the threads of a process."""

    def __init__(self, model: type[models.Model], stamp: str, limit: int = 5000) -> None:
        self.model = model
        self.stamp = stamp
        self.limit = limit  # past this many, the copy starts over (bounded memory)
        self._rows: dict[int, models.Model] = {}
        self._rows_stamp = -1
        self._lock = threading.Lock()

    def get(self, ids: Iterable[int]) -> dict[int, models.Model]:
        """{id: object} for `ids` that exist; at most one query, none when all are kept."""
        wanted = set(ids)
        if not wanted:
            return {}
        stamp = versions.current(self.stamp)
        kept = self._rows if stamp == self._rows_stamp else {}
        missing = wanted.difference(kept)
        if missing:
            fresh = {row.pk: row for row in self.model._default_manager.filter(pk__in=missing)}
            with self._lock:
                if stamp != self._rows_stamp or len(self._rows) + len(fresh) > self.limit:
                    self._rows, self._rows_stamp = {}, stamp
                self._rows.update(fresh)
            kept = {**kept, **fresh}
        return {pk: kept[pk] for pk in wanted if pk in kept}

    def changed(self) -> None:
        """Call after a committed change: every process drops its copy."""
        versions.bump(self.stamp)

    def forget(self) -> None:
        """Drop this process's copy (tests, whose rolled-back changes never bump the stamp)."""
        with self._lock:
            self._rows, self._rows_stamp = {}, -1
