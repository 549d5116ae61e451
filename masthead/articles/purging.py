"""Purges of a bulk write (an import): gathered while it runs, sent once when it ends.

Every save of a story purges the pages that show it, which costs a few queries to find them
(`page_keys`). A writer of thousands of stories in one transaction asks for that once for all
of them instead: inside `purges_deferred()`, the model signals and `ArticleQuerySet.update()`
note which stories changed, and the block's end purges their pages in a few queries a chunk.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from masthead.core.pagecache.services import purge_on_commit


@dataclass
class _Deferred:
    article_ids: set[int] = field(default_factory=set)
    section_ids: set[int] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)


_deferred: ContextVar[_Deferred | None] = ContextVar("masthead_deferred_purges", default=None)


@contextmanager
def purges_deferred() -> Iterator[None]:
    """Within the block, purge each changed story's pages once, at its end (on commit if in a
    transaction, like every purge)."""
    outer = _deferred.get()
    if outer is not None:  # nested: the outer block purges
        yield
        return
    gathered = _Deferred()
    token = _deferred.set(gathered)
    try:
        yield
    finally:
        _deferred.reset(token)
    from masthead.articles.models.keys import page_keys

    if gathered.article_ids or gathered.keys:
        ids = sorted(gathered.article_ids)
        purge_on_commit(page_keys(ids, section_ids=sorted(gathered.section_ids)) | gathered.keys)


def defer(
    article_ids: Iterable[int] = (), *, section_ids: Iterable[int | None] = (), keys: Iterable[str] = ()
) -> bool:
    """Note a change for the block's end purge; False when no block is open (purge now, as usual)."""
    gathered = _deferred.get()
    if gathered is None:
        return False
    gathered.article_ids.update(pk for pk in article_ids if pk)
    gathered.section_ids.update(pk for pk in section_ids if pk)
    gathered.keys.update(keys)
    return True
