"""Purging: drop every cached page that shows something that changed, here and at the CDN."""

import logging
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings

from masthead.core import versions
from masthead.core.oncommit import batch_on_commit
from masthead.core.pagecache import refill
from masthead.core.pagecache.backend import get_cdn, get_store

logger = logging.getLogger(__name__)

# Bumped by every purge, page cache on or off: what a process keeps of what pages show (a story's
# related list, say) and cannot key by row versions alone is kept under it, as fresh as the pages.
PURGED = "pages-purged"


def purge(keys: Iterable[str]) -> int:
    """Drop the pages filed under any of `keys` now, and at the CDN (a remote one in the background).

    Returns how many locally cached pages were dropped.
    """
    keys = {k for k in keys if k}
    if not keys:
        return 0
    versions.bump(PURGED)
    store = get_store()
    dropped = 0
    if store is not None:
        # The fronts apart, to render them again at once (refill.py), once everything is purged.
        front_keys = {key for key in keys if refill.is_front(key)}
        fronts = store.purge_pages(front_keys)
        dropped = len(fronts) + store.purge(keys - front_keys)
        refill.refill_soon(refill.front_paths(fronts))
    cdn = get_cdn()
    if not cdn.is_remote:  # no CDN configured: nothing worth a task, a worker's wake-up, a log line
        cdn.purge_keys(sorted(keys))
        return dropped
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


def code_version() -> str:
    """A fingerprint of everything that shapes a page besides the data: templates, translations,
    code and static files. Pages cached by other code are not the pages this code would make."""
    import hashlib

    package = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256()
    for pattern in ("**/*.py", "**/templates/**/*.html", "**/locale/**/*.mo", "**/static/**/*.*"):
        for path in sorted(package.glob(pattern)):
            if "tests" not in path.parts and "migrations" not in path.parts:
                digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def clear_if_code_changed() -> bool:
    """Drop every cached page if they were made by other code (a deploy); True if it did."""
    from django.core.cache import cache

    if settings.PAGECACHE == "off":
        return False
    current = code_version()
    key = "masthead:pagecache:code-version"
    if settings.PAGECACHE == "files":
        marker = Path(settings.PAGECACHE_DIR) / "code-version"
        stored = marker.read_text() if marker.exists() else None
    else:
        stored = cache.get(key)
    if stored == current:
        return False
    clear()
    if settings.PAGECACHE == "files":
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(current)
    else:
        cache.set(key, current, None)
    return True


def purge_on_commit(keys: Iterable[str]) -> None:
    """Purge `keys` once the current transaction commits, in one batch per transaction."""
    batch_on_commit("purge", keys, purge)
