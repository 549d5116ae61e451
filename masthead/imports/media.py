"""An imported site's pictures: each fetched once (or read from a copy of its uploads), checked by the
same validator as an upload, and stored as an `articles.Image` with its renditions.

Fetching (`imports.fetching`) runs in threads, the network being the slow part; every write happens
in the calling thread, one small transaction per picture, so a run stopped at any point carries on
where it stopped. Which pictures are stored is recorded as ImportedItem rows (kind "picture", by
URL): a later run reuses them and never fetches them again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from masthead.articles.models import Image
from masthead.core.html import plain_text
from masthead.imports.fetching import Outcome, fetch_all, local_file
from masthead.imports.models import ImportedItem, item_key
from masthead.imports.records import Picture

# WordPress's resized copies: "photo-300x200.jpg" beside the uploaded "photo.jpg".
RESIZED = re.compile(r"^(?P<stem>.+)-\d{1,5}x\d{1,5}(?P<suffix>\.[A-Za-z0-9]{2,5})$")


@dataclass(frozen=True)
class StoredPicture:
    """A picture as stored here: what a body's <img> is pointed at."""

    image_id: int  # 0 in a dry run: checked, not stored
    url: str  # Image.file.url (in a dry run, the old address)
    width: int
    height: int
    alt: str = ""  # the Image's alt text, for an <img> that has none


def normal_url(url: str) -> str:
    """`url` as pictures are keyed: scheme and host in lower case, "//host/…" taken as HTTPS, and the
    path percent-encoded one way (an Arabic file name matches whether the export encoded it or not)."""
    url = (url or "").strip()
    if url.startswith("//"):
        url = "https:" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() not in ("http", "https"):
        return url
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=~")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def is_web_address(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def original_of(url: str) -> str:
    """The address of the upload a WordPress resized copy was made from ("" if `url` is not one)."""
    parts = urlsplit(url)
    folder, _sep, name = parts.path.rpartition("/")
    match = RESIZED.match(name)
    if not match or parts.query:
        return ""
    return urlunsplit(parts._replace(path=f"{folder}/{match['stem']}{match['suffix']}"))


class PictureFetcher:
    """Stores an imported site's pictures, each once, and says where each one went.

    `media_dir` is a copy of the old site's uploads folder, read instead of the network where it has
    the file. `rehost=False` fetches nothing: pictures stay on the old host (see MASTHEAD_IMAGE_HOSTS).
    """

    pause = 0.25  # seconds before the first retry; doubled before each next one

    def __init__(
        self,
        *,
        site_key: str,
        media_dir: Path | None = None,
        dry_run: bool = False,
        rehost: bool = True,
        timeout: float = 10.0,
        retries: int = 3,
        workers: int = 8,
    ) -> None:
        self.site_key = site_key
        self.media_dir = Path(media_dir).resolve() if media_dir else None
        self.dry_run = dry_run
        self.rehost = rehost
        self.timeout = timeout
        self.attempts = max(1, retries)  # tries in all, the first included
        self.workers = max(1, workers)
        self.failures: dict[str, str] = {}  # url (as the export wrote it): why it was not stored
        self._failed: dict[str, str] = {}  # normal_url(): its key in `failures`
        self._spelling: dict[str, str] = {}  # normal_url(): the address as the export first wrote it
        self.fetched = 0  # pictures stored by this run (checked, in a dry run)
        self.reused = 0  # pictures an earlier run stored
        self.read_locally = 0  # of `fetched`, those read from media_dir
        self.without_alt = 0  # of `fetched`, those the export gave no alt text (its title used if any)
        self._stored: dict[str, StoredPicture] = {}
        self._aliases: dict[str, str] = {}  # a resized copy's address: its original's

    # Looking up ---------------------------------------------------------------------------------

    def get(self, url: str) -> StoredPicture | None:
        """The stored copy of the picture at `url` (or of the original it was resized from), or None."""
        url = normal_url(url)
        for candidate in (url, self._aliases.get(url, ""), original_of(url)):
            if candidate and candidate in self._stored:
                return self._stored[candidate]
        return None

    # Storing ------------------------------------------------------------------------------------

    def store(self, pictures: Iterable[Picture]) -> None:
        """Fetch, check and store every picture not stored yet; failures go to `failures`."""
        if not self.rehost:
            return
        wanted: dict[str, Picture] = {}
        for picture in pictures:
            url = normal_url(picture.url)
            if not url or url in self._stored or url in self._aliases or url in self._failed:
                continue
            self._spelling.setdefault(url, picture.url.strip())
            if not is_web_address(url):
                self._fail(url, _("not a web address"))
            else:
                wanted[url] = _merge(wanted[url], picture) if url in wanted else replace(picture, url=url)
        if not wanted:
            return
        originals = {url: original_of(url) for url in wanted}
        earlier = self._earlier({*wanted, *filter(None, originals.values())})
        for url, stored in earlier.items():
            self._stored[url] = stored
            if wanted.pop(url, None) is not None:
                self.reused += 1
        aliases: dict[str, Picture] = {}  # resized copy: its Picture, stored as its original
        added: set[str] = set()  # originals named by no picture of the export, only by a copy's name
        for url, original in originals.items():
            if not original or url not in wanted:
                continue
            if original in self._stored:
                aliases[url] = wanted.pop(url)
            elif original not in self._failed and (
                original in wanted or local_file(self.media_dir, original)
            ):
                aliases[url] = copy = wanted.pop(url)
                if original not in wanted:
                    added.add(original)
                wanted[original] = (
                    _merge(wanted[original], copy) if original in wanted else replace(copy, url=original)
                )
        self._aliases.update((url, original_of(url)) for url in aliases)
        self._store_all(wanted)
        fallback = {}  # copies whose original failed: they are tried themselves
        for url, picture in aliases.items():
            original = self._aliases[url]
            if original in self._stored:
                self._record_alias(url, self._stored[original])
            else:
                del self._aliases[url]
                fallback[url] = picture
        for original in added:
            if original in self._failed:  # the export never named it: only its copies count
                self.failures.pop(self._failed[original], None)
        self._store_all(fallback)

    def _store_all(self, wanted: dict[str, Picture]) -> None:
        outcomes = fetch_all(
            list(wanted),
            media_dir=self.media_dir,
            timeout=self.timeout,
            attempts=self.attempts,
            workers=self.workers,
            pause=self.pause,
        )
        for outcome in outcomes:
            if outcome.error:
                self._fail(outcome.url, outcome.error)
                continue
            picture = wanted[outcome.url]
            self._stored[outcome.url] = self._save(picture, outcome)
            self.fetched += 1
            self.read_locally += 1 if outcome.is_local else 0
            self.without_alt += 0 if picture.alt.strip() else 1

    def _fail(self, url: str, reason: str) -> None:
        self._failed[url] = key = self._spelling.get(url, url)
        self.failures[key] = reason

    def _earlier(self, urls: Iterable[str]) -> dict[str, StoredPicture]:
        """What earlier runs stored of `urls` (an Image deleted since then is fetched again)."""
        by_key = {item_key(url): url for url in urls}
        keys = list(by_key)
        found: dict[str, int] = {}
        for start in range(0, len(keys), 500):
            rows = ImportedItem.objects.filter(
                site=self.site_key, kind=ImportedItem.Kind.PICTURE, key__in=keys[start : start + 500]
            ).values_list("key", "object_id")
            found.update((by_key[key], object_id) for key, object_id in rows)
        images = Image.objects.only("file", "width", "height", "alt_text").in_bulk(set(found.values()))
        return {url: _stored(images[image_id]) for url, image_id in found.items() if image_id in images}

    def _save(self, picture: Picture, outcome: Outcome) -> StoredPicture:
        alt = plain_text(picture.alt) or plain_text(picture.title)
        if self.dry_run:
            return StoredPicture(0, outcome.url, outcome.width, outcome.height, alt)
        digest = hashlib.sha256(outcome.data).hexdigest()
        with transaction.atomic():
            # The same file at two addresses (http and https, a copy re-uploaded) is stored once.
            same = ImportedItem.objects.filter(
                site=self.site_key, kind=ImportedItem.Kind.PICTURE, fingerprint=digest
            ).values_list("object_id", flat=True)
            image = Image.objects.filter(pk__in=list(same[:1])).first()
            if image is None:
                image = Image(
                    alt_text=alt[:300],
                    caption=plain_text(picture.caption)[:500],
                    credit=plain_text(picture.credit)[:200],
                    file=ContentFile(outcome.data, name=outcome.name),
                )
                image.save()  # its renditions are made in the background once this commits, as for uploads
            self._record(outcome.url, image.pk, digest)
        return _stored(image)

    def _record_alias(self, url: str, stored: StoredPicture) -> None:
        if not self.dry_run:
            with transaction.atomic():
                self._record(url, stored.image_id, "")

    def _record(self, url: str, image_id: int, fingerprint: str) -> None:
        ImportedItem.objects.update_or_create(
            site=self.site_key,
            kind=ImportedItem.Kind.PICTURE,
            key=item_key(url),
            defaults={"object_id": image_id, "fingerprint": fingerprint},
        )


def _merge(first: Picture, other: Picture) -> Picture:
    """One picture named twice: the first's words, completed by the other's where it has none."""
    words = ("alt", "caption", "credit", "title")
    return replace(first, **{word: getattr(first, word) or getattr(other, word) for word in words})


def _stored(image: Image) -> StoredPicture:
    return StoredPicture(image.pk, image.file.url, image.width, image.height, image.alt_text)
