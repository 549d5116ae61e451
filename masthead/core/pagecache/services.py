"""Purging: drop every cached page that shows something that changed, here and at the CDN."""

import logging
from collections.abc import Iterable

from django.db import connection, transaction

from masthead.core.pagecache.backend import get_store

logger = logging.getLogger(__name__)


def purge(keys: Iterable[str]) -> int:
    """Drop the pages filed under any of `keys` now; ask the CDN to do the same in the background.

    Returns how many locally cached pages were dropped.
    """
    keys = {k for k in keys if k}
    if not keys:
        return 0
    store = get_store()
    dropped = store.purge(keys) if store is not None else 0
    from masthead.core.tasks import purge_cdn_task

    try:
        purge_cdn_task.enqueue(sorted(keys))
    except Exception:  # the queue being down must not undo a publish; the CDN expires pages
        logger.exception("Could not queue the CDN purge of %s", sorted(keys))
    return dropped


def clear() -> None:
    """Drop every cached page (after a deploy that changes templates, say)."""
    store = get_store()
    if store is not None:
        store.clear()


def purge_on_commit(keys: Iterable[str]) -> None:
    """Purge `keys` once the current transaction commits, in one batch per transaction.

    Deleting ten thousand rows in one transaction then makes one purge, not ten thousand:
    every call queues a flush, the first flush at commit purges all pending keys, and the
    others find nothing left. (Keys left by a rolled-back transaction are purged with the
    next commit: a harmless extra purge, never a missed one.)
    """
    if not connection.in_atomic_block:
        purge(keys)
        return
    pending = connection.__dict__.setdefault("_masthead_pending_purge", set())
    pending.update(keys)
    transaction.on_commit(_flush_pending)


def _flush_pending() -> None:
    pending = connection.__dict__.get("_masthead_pending_purge")
    if pending:
        keys = set(pending)
        pending.clear()
        purge(keys)
