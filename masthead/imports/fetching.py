"""An imported site's pictures fetched: read from a copy of its uploads where that has the file,
else asked of its host, and checked by the same validator as an upload.

The network is the slow part, so pictures are fetched a few at a time in threads; nothing here
touches the database (the caller stores what comes back, in its own thread). A host that fails
in a way that may pass (slow, overloaded, briefly down) is asked again, a few times; no file is
read past the size limit uploads have.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from PIL import Image as PILImage

from masthead.core.images import IMAGE_EXTENSIONS, ImageValidator, validate_image

CHUNK = 64 * 1024
# Worth asking again: the host was slow, overloaded or briefly down. A 404 will not get better.
RETRY_STATUSES = {408, 429, 500, 502, 503, 504}
UPLOADS = "/wp-content/uploads/"
# What a file is, by its first bytes, when its address does not say (Blogger's have no extension).
SIGNATURES = [
    (0, b"\xff\xd8\xff", "jpg"),
    (0, b"\x89PNG\r\n\x1a\n", "png"),
    (0, b"GIF8", "gif"),
    (8, b"WEBP", "webp"),
    (4, b"ftypavif", "avif"),
]
CONTENT_TYPES = {"image/jpeg": "jpg", **{f"image/{ext}": ext for ext in ("png", "gif", "webp", "avif")}}


@dataclass
class Outcome:
    """One picture fetched and checked (`data`, `name`, its size), or why not (`error`)."""

    url: str
    data: bytes = b""
    name: str = ""
    width: int = 0
    height: int = 0
    is_local: bool = False
    error: str = ""


class _Failure(Exception):
    """Why one picture could not be had, as the report shows it."""


def fetch_all(
    urls: list[str], *, media_dir: Path | None, timeout: float, attempts: int, workers: int, pause: float
) -> Iterator[Outcome]:
    """Each URL's outcome, in the order given, fetched `workers` at a time in threads.

    `media_dir` (resolved) is read instead of the network where it has the file; `attempts` is
    how many times a host is asked in all, with `pause` seconds before the first retry, doubled
    before each next one.
    """
    fetch = _Fetch(media_dir, timeout, attempts, pause)
    language = translation.get_language()  # messages in the caller's language
    todo = iter(urls)
    pending: deque[Future[Outcome]] = deque()
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="picture")
    try:
        for url in todo:
            pending.append(pool.submit(fetch.obtain, url, language))
            if len(pending) >= 2 * workers:
                break
        while pending:
            outcome = pending.popleft().result()
            url = next(todo, None)
            if url is not None:
                pending.append(pool.submit(fetch.obtain, url, language))
            yield outcome
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def local_file(media_dir: Path | None, url: str) -> Path | None:
    """The file in `media_dir` (resolved) for `url`, if it has one."""
    if media_dir is None:
        return None
    path = unquote(urlsplit(url).path)
    candidates = [path.split(UPLOADS, 1)[1]] if UPLOADS in path else []
    for relative in [*candidates, path.lstrip("/")]:
        candidate = (media_dir / relative).resolve()
        if candidate.is_relative_to(media_dir) and candidate.is_file():
            return candidate
    return None


def file_name(url: str, data: bytes, content_type: str = "") -> str:
    """A safe file name from the address's last part, with the extension its content calls for."""
    name = unquote(PurePosixPath(urlsplit(url).path).name)
    try:
        name = get_valid_filename(name)
    except SuspiciousFileOperation:  # nothing usable left ("", "..")
        name = "picture"
    stem, suffix = PurePosixPath(name).stem[:80], PurePosixPath(name).suffix.lower()
    if suffix.removeprefix(".") in IMAGE_EXTENSIONS:
        return stem + suffix
    found = next((ext for at, magic, ext in SIGNATURES if data[at : at + len(magic)] == magic), "")
    found = found or CONTENT_TYPES.get(content_type, "")
    if found not in IMAGE_EXTENSIONS:
        return stem + suffix  # the validator says what is wrong with it
    return f"{stem or 'picture'}.{found}"


@dataclass(frozen=True)
class _Fetch:
    """One run's way of fetching (in worker threads: no database here)."""

    media_dir: Path | None
    timeout: float
    attempts: int
    pause: float

    def obtain(self, url: str, language: str | None) -> Outcome:
        with translation.override(language):
            try:
                local = local_file(self.media_dir, url)
                data, content_type = _read(local) if local else self._download(url)
                upload = ContentFile(data, name=file_name(url, data, content_type))
                validate_image(upload)
                with PILImage.open(BytesIO(data)) as picture:
                    width, height = picture.size
            except _Failure as failure:
                return Outcome(url, error=str(failure))
            except ValidationError as error:
                return Outcome(url, error=" ".join(error.messages))
            except OSError as error:  # a file of the local copy that cannot be read
                return Outcome(url, error=_("could not be read: %(error)s") % {"error": error})
            return Outcome(url, data, upload.name, width, height, is_local=local is not None)

    def _download(self, url: str) -> tuple[bytes, str]:
        try:
            address = _request_address(url)
        except ValueError as error:  # a host name IDNA refuses, a port that is no number
            raise _Failure(_("not a web address")) from error
        for attempt in range(1, self.attempts + 1):
            last = attempt == self.attempts
            try:
                return self._download_once(address)
            except urllib.error.HTTPError as error:
                error.close()
                if error.code not in RETRY_STATUSES:
                    raise _Failure(_("HTTP %(status)s") % {"status": error.code}) from error
                if last:
                    message = _("HTTP %(status)s (tried %(count)d times)")
                    raise _Failure(message % {"status": error.code, "count": attempt}) from error
                self._wait(attempt, error.headers.get("Retry-After", ""))
            except ValueError as error:  # urllib refuses the address
                raise _Failure(_("not a web address")) from error
            except (OSError, http.client.HTTPException) as error:
                reason = getattr(error, "reason", error)  # a URLError wraps the socket's error
                timed_out = isinstance(reason, TimeoutError)
                if not (timed_out or isinstance(reason, ConnectionError | http.client.HTTPException)):
                    # No such host, a bad certificate: asking again will not help.
                    raise _Failure(_("could not connect: %(reason)s") % {"reason": reason}) from error
                if last:
                    message = (
                        _("timed out %(count)d times")
                        if timed_out
                        else _("connection failed %(count)d times")
                    )
                    raise _Failure(message % {"count": attempt}) from error
                self._wait(attempt, "")
        raise AssertionError("unreachable")

    def _download_once(self, address: str) -> tuple[bytes, str]:
        limit = settings.MASTHEAD_IMAGE_MAX_BYTES
        agent = f"Masthead importer (+{settings.MASTHEAD_SITE_URL})"
        request = urllib.request.Request(
            address, headers={"User-Agent": agent, "Accept": "image/*,*/*;q=0.5"}
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limit:
                raise _too_large(int(length), limit)
            # A host that trickles bytes slower than any timeout notices is given up on too.
            deadline = time.monotonic() + 10 * self.timeout
            chunks, total = [], 0
            while chunk := response.read(CHUNK):
                total += len(chunk)
                if total > limit:  # cut off: a huge file is never read whole
                    raise _Failure(
                        _("The file is larger than the limit of %(limit)s.")
                        % {"limit": filesizeformat(limit)}
                    )
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get_content_type()

    def _wait(self, attempt: int, retry_after: str) -> None:
        seconds = self.pause * 2 ** (attempt - 1)
        if retry_after.isdigit():
            seconds = min(int(retry_after), 5)  # what the host asks, within reason
        time.sleep(seconds)


def _read(path: Path) -> tuple[bytes, str]:
    limit = settings.MASTHEAD_IMAGE_MAX_BYTES
    size = path.stat().st_size
    if size > limit:
        raise _too_large(size, limit)
    return path.read_bytes(), ""


def _request_address(url: str) -> str:
    """`url` with anything urllib cannot send (non-ASCII paths, international host names) encoded."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = host.encode("idna").decode("ascii") if not host.isascii() else parts.netloc
    if parts.port and not host.isascii():
        netloc += f":{parts.port}"
    path = quote(parts.path, safe="/%:@!$&'()*+,;=~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=~?")
    return urlunsplit((parts.scheme, netloc, path, query, ""))


def _too_large(size: int, limit: int) -> _Failure:
    message = str(ImageValidator.messages["too_large"])
    return _Failure(message % {"size": filesizeformat(size), "limit": filesizeformat(limit)})
