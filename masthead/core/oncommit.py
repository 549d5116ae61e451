"""Work gathered during a transaction and done once, in one batch, when it commits."""

from collections.abc import Callable, Iterable
from typing import Any

from django.db import connection, transaction


def batch_on_commit(name: str, items: Iterable[Any], flush: Callable[[set], None]) -> None:
    """Call `flush(items)` once the current transaction commits, gathering every call's items.

    Deleting ten thousand rows in one transaction then makes one batch, not ten thousand:
    every call queues a flush, the first flush at commit takes all pending items, and the
    others find nothing left. (Items left by a rolled-back transaction go with the next
    commit: harmless extra work, never missed work.) Outside a transaction, at once.
    """
    if not connection.in_atomic_block:
        flush(set(items))
        return
    pending = connection.__dict__.setdefault("_masthead_pending", {}).setdefault(name, set())
    pending.update(items)
    transaction.on_commit(lambda: _flush(name, flush))


def _flush(name: str, flush: Callable[[set], None]) -> None:
    pending = connection.__dict__.get("_masthead_pending", {}).get(name)
    if pending:
        items = set(pending)
        pending.clear()
        flush(items)
