"""Writes: redirects from an import or an editor, each straight to the end of any chain, and the
log of missing pages."""

import logging
from collections.abc import Iterable, Mapping

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from masthead.core.pagecache.services import purge_on_commit
from masthead.redirects.addresses import MAX_LENGTH, old_path, other_slash, split
from masthead.redirects.models import EDITOR, MissingPage, Redirect
from masthead.redirects.selectors import is_live_page
from masthead.redirects.targets import RedirectLoop, Target, normal_target, settle, target_of

__all__ = [
    "RedirectLoop",
    "Target",
    "old_path",
    "prune_missing_pages",
    "record_missing",
    "save_redirect",
    "save_redirects",
]

logger = logging.getLogger(__name__)

CHUNK = 500  # redirects a statement
WRITTEN = ["article", "section", "tag", "author", "target_url", "language", "source", "updated_at"]
REFERRER_LENGTH = MissingPage._meta.get_field("last_referrer").max_length


def save_redirects(redirects: Mapping[str, Target], *, source: str) -> int:
    """Write an import's redirects, old URL (absolute or relative) -> Target; returns how many.

    Bulk and idempotent: a re-run updates the rows it wrote before (same `source`), in chunks.
    Never a chain: a target that is itself an old address (in this batch or stored) is followed
    to its end, and stored redirects that led to one of these old addresses now lead where it
    does. Left out, so `len(redirects)` minus the result: an old address the site answers itself
    (a live page, where a redirect would never be used), one longer than 1000 characters, one
    whose target leads back to it, and one an editor or another import redirects already (theirs
    is kept). Raises ValueError for a Target without exactly one target.
    """
    rows: dict[str, Target] = {}
    for url, target in redirects.items():
        if not target.is_valid():
            raise ValueError(f"{url}: a redirect needs exactly one target, not {target}")
        address = old_path(url)
        if len(address) > MAX_LENGTH or is_live_page(address):
            logger.debug("Not redirecting %s: too long, or a page of this site", address)
            continue
        rows[address] = normal_target(target)
    settled: dict[str, Target] = {}
    memo: dict = {}
    for address, target in rows.items():
        try:
            settled[address] = settle(target, leaving=address, pending=rows, memo=memo)
        except RedirectLoop as loop:
            logger.debug("Not redirecting %s: its target leads back to it through %s", address, loop.address)
    items = list(settled.items())
    return sum(_write(dict(items[start : start + CHUNK]), source) for start in range(0, len(items), CHUNK))


@transaction.atomic
def _write(rows: dict[str, Target], source: str) -> int:
    stored = Redirect.objects.filter(old_path__in=list(rows)).values_list("old_path", "pk", "source")
    existing = {address: (pk, owner) for address, pk, owner in stored}
    # A row an editor or another import wrote stays theirs.
    ours = {
        address: target for address, target in rows.items() if existing.get(address, (0, source))[1] == source
    }
    Redirect.objects.bulk_create(
        [Redirect(old_path=address, source=source, **target.fields()) for address, target in ours.items()],
        update_conflicts=True,
        unique_fields=["old_path"],
        update_fields=WRITTEN,
    )
    # bulk_create sends no signals: purge the answers cached under the rows it changed.
    purge_on_commit({f"redirect-{existing[address][0]}" for address in ours if address in existing})
    _repoint(ours)
    _forget_missing(ours)
    return len(ours)


@transaction.atomic
def save_redirect(redirect: Redirect) -> Redirect:
    """Save a redirect made or changed in the back office, its old path and target in the stored
    form: followed to the end of any chain (RedirectLoop if it comes back to its old path),
    redirects that led to its old path repointed, and its missing page forgotten."""
    target = settle(target_of(redirect), leaving=redirect.old_path)
    for name, value in target.fields().items():
        setattr(redirect, name, value)
    redirect.source = EDITOR
    redirect.save()
    _repoint({redirect.old_path: target})
    _forget_missing([redirect.old_path])
    return redirect


def _repoint(reached: Mapping[str, Target]) -> None:
    """Redirects that lead to one of these old addresses (or to its twin with or without the
    trailing slash, which reaches it too) now lead straight to its target."""
    leads: dict[str, Target] = {}
    for address, target in reached.items():
        if not split(address)[1]:
            leads.setdefault(other_slash(address), target)
    leads.update(reached)  # an exact address before a twin
    stale = list(Redirect.objects.exclude(target_url="").filter(target_url__in=list(leads)).order_by())
    changed, now = [], timezone.now()
    for redirect in stale:
        target = leads[redirect.target_url]
        if target.url == redirect.old_path:
            continue  # it would lead to itself: the way back was refused when `reached` was settled
        for name, value in target.fields().items():
            setattr(redirect, name, value)
        redirect.updated_at = now  # bulk_update leaves auto_now alone
        changed.append(redirect)
    if changed:
        Redirect.objects.bulk_update(changed, [name for name in WRITTEN if name != "source"])
        purge_on_commit({f"redirect-{redirect.pk}" for redirect in changed})


def _forget_missing(addresses: Iterable[str]) -> None:
    """Missing pages these old addresses now answer (a path, and its twin with or without the
    trailing slash; missing pages are logged without their query)."""
    paths = [(address, other_slash(address)) for address in addresses if not split(address)[1]]
    if paths:
        MissingPage.objects.filter(path__in=[path for pair in paths for path in pair]).delete()


def record_missing(path: str, *, referrer: str = "") -> None:
    """Count a request for a page the site does not have.

    An UPDATE hits = hits + 1, and an INSERT the first time (if another process inserts the same
    path first, the unique path turns ours into the UPDATE again): no read-modify-write. Every
    tenth of MASTHEAD_MISSING_PAGES_MAX new rows, the least useful rows are pruned.
    """
    if len(path) > MAX_LENGTH:
        return
    now = timezone.now()
    changes = {"hits": F("hits") + 1, "last_seen_at": now}
    if referrer:
        changes["last_referrer"] = referrer[:REFERRER_LENGTH]
    if MissingPage.objects.filter(path=path).update(**changes):
        return
    try:
        with transaction.atomic():
            page = MissingPage.objects.create(
                path=path, first_seen_at=now, last_seen_at=now, last_referrer=referrer[:REFERRER_LENGTH]
            )
    except IntegrityError:
        MissingPage.objects.filter(path=path).update(**changes)
        return
    limit = settings.MASTHEAD_MISSING_PAGES_MAX
    every = max(1, limit // 10)
    if page.pk % every == 0:
        prune_missing_pages(keep=max(1, limit - every))


def prune_missing_pages(*, keep: int) -> int:
    """Delete all but the `keep` most useful missing pages (most requested, then most recently);
    returns how many went."""
    excess = MissingPage.objects.count() - keep
    if excess <= 0:
        return 0
    least_useful = MissingPage.objects.order_by("hits", "last_seen_at", "pk").values_list("pk", flat=True)
    return MissingPage.objects.filter(pk__in=list(least_useful[:excess])).delete()[0]
