"""Purging: drop every cached page that shows something that changed, here and at the CDN."""

import logging
from collections.abc import Iterable

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
