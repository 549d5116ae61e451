"""Reads of authors that reader pages share."""

import threading
from collections.abc import Iterable

from masthead.authors.models import Author
from masthead.core import versions

# Authors are few, change rarely and appear on most cards, so each process keeps the ones it
# has met until any author changes (the "authors" stamp; see masthead.core.versions).
KEPT_AUTHORS = 5000
_kept: dict[int, Author] = {}
_kept_stamp = -1
_lock = threading.Lock()


def authors_by_id(ids: Iterable[int]) -> dict[int, Author]:
    """{id: Author} for `ids`: from this process's copy, fetching the missing ones in one query."""
    global _kept, _kept_stamp
    wanted = set(ids)
    if not wanted:
        return {}
    stamp = versions.current("authors")
    kept = _kept if stamp == _kept_stamp else {}
    missing = wanted.difference(kept)
    if missing:
        fresh = {author.pk: author for author in Author.objects.filter(pk__in=missing)}
        with _lock:
            if stamp != _kept_stamp or len(_kept) + len(fresh) > KEPT_AUTHORS:
                _kept, _kept_stamp = {}, stamp
            _kept.update(fresh)
        kept = {**kept, **fresh}
    return {pk: kept[pk] for pk in wanted if pk in kept}


def forget_authors() -> None:
    """Drop this process's copy (tests; other processes follow the stamp)."""
    global _kept, _kept_stamp
    with _lock:
        _kept, _kept_stamp = {}, -1
