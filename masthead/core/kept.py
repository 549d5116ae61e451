"""What a process keeps in memory between requests: one primitive, `Kept`, for every such copy.

A value is made by a loader and kept until its version changes. The version is usually a stamp
shared by every process (masthead.core.versions: a change bumps it after commit, and every
process reloads on its next use); it can also be any cheap callable (a row's version, a file's
stat) or, with `max_age`, simply time. Tests forget every copy at once with `Kept.forget_all()`.

`KeptRows` builds on it for small rows most pages show (authors, tags): a page fetches only the
ids it needs, and the objects come from this process's copy; the ones not met yet are fetched
in one query.
"""

import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import ClassVar, Generic, TypeVar

from django.db import models

from masthead.core import versions

V = TypeVar("V")


class Kept(Generic[V]):
    """Values kept per process, one per key, each valid while its version holds.

    - `load(*key)` makes a value (or pass `load=` to `get` when making it needs the caller's state);
    - `version`: a stamp name (masthead.core.versions), or a callable `version(*key)` that is
      cheap to ask on every use; None: valid until forgotten or `max_age` seconds old;
    - `size`: how many keys are kept at most; past it, the oldest is dropped.
    """

    _every: ClassVar[weakref.WeakSet] = weakref.WeakSet()

    def __init__(
        self,
        load: Callable[..., V] | None = None,
        *,
        version: str | Callable[..., Hashable] | None = None,
        max_age: float | None = None,
        size: int = 1,
    ) -> None:
        self.load = load
        self.version = version
        if isinstance(version, str):
            versions.register(version)
        self.max_age = max_age
        self.size = size
        # key -> (version, loaded at, value)
        self._values: OrderedDict[tuple, tuple[Hashable, float, V]] = OrderedDict()
        self._lock = threading.Lock()
        Kept._every.add(self)

    def current_version(self, *key: Hashable) -> Hashable:
        if self.version is None:
            return None
        if isinstance(self.version, str):
            return versions.current(self.version)
        return self.version(*key)

    def get(self, *key: Hashable, load: Callable[[], V] | None = None) -> V:
        """The value under `key`, loaded first if it is missing or out of date."""
        version = self.current_version(*key)
        found = self._values.get(key)
        fresh = found is not None and (self.max_age is None or time.time() - found[1] <= self.max_age)
        if fresh and found[0] == version:
            return found[2]
        value = load() if load is not None else self.load(*key)
        with self._lock:
            self._values[key] = (version, time.time(), value)
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)
        return value

    def changed(self) -> None:
        """Call after a committed change: every process reloads (a stamp-versioned copy only)."""
        if isinstance(self.version, str):
            versions.bump(self.version)
        self.forget()

    def forget(self) -> None:
        """Drop this process's copy."""
        with self._lock:
            self._values.clear()

    @classmethod
    def forget_all(cls) -> None:
        """Drop every copy this process keeps (tests: rolled-back changes never bump a stamp)."""
        for kept in list(cls._every):
            kept.forget()


class KeptRows:
    """{id: object} for one model, shared by the threads of a process, filled as ids are met."""

    def __init__(self, model: type[models.Model], stamp: str, limit: int = 5000) -> None:
        self.model = model
        self.limit = limit  # past this many, the copy starts over (bounded memory)
        # One dict per stamp: a change anywhere in the model starts a new, empty one.
        self._rows: Kept[dict[int, models.Model]] = Kept(dict, version=stamp)
        self._lock = threading.Lock()

    def get(self, ids: Iterable[int]) -> dict[int, models.Model]:
        """{id: object} for `ids` that exist; at most one query, none when all are kept."""
        wanted = set(ids)
        if not wanted:
            return {}
        rows = self._rows.get()
        missing = wanted.difference(rows)
        if missing:
            fresh = {row.pk: row for row in self.model._default_manager.filter(pk__in=missing)}
            with self._lock:
                if len(rows) + len(fresh) > self.limit:
                    rows.clear()
                rows.update(fresh)
            return {pk: row for pk in wanted if (row := rows.get(pk) or fresh.get(pk)) is not None}
        return {pk: rows[pk] for pk in wanted if pk in rows}

    def changed(self) -> None:
        """Call after a committed change: every process drops its copy."""
        self._rows.changed()

    def forget(self) -> None:
        """Drop this process's copy."""
        self._rows.forget()
