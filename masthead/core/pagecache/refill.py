"""The fronts, rendered again as soon as a purge drops them.

Every publish purges the home pages and the story's section. They are the busiest pages of the
site: left empty, every reader who asks before one of them renders again is sent to Django, and
behind nginx or a CDN those readers wait in the same queue as every other uncached request. So
the process that purged them renders them at once, in a thread of its own (its own database
connection; the publish does not wait), through the whole Django stack as a reader's request,
and the page cache stores them as it stores any page. Nothing is shown early: the purge has
already happened, and a page rendered while a later purge names it is not stored (the store's
own rule).

Only first pages of lists under the site's language prefixes are rendered again, and only those
that were in the cache (someone was reading them). `MASTHEAD_PAGECACHE_REFILL=off` turns it off.
"""

import logging
import sys
import threading
from collections.abc import Iterable
from io import BytesIO
from urllib.parse import urlsplit

from django.conf import settings

from masthead.core.pagecache import keys as surrogate

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pending: dict[str, None] = {}  # paths waiting, in order
_thread: threading.Thread | None = None


def is_front(key: str) -> bool:
    """Whether pages filed under `key` are fronts: the home pages and the sections' pages (and
    their feeds), which list the newest stories and are purged on every publish."""
    return key == surrogate.HOME or key.startswith("section-")


def front_paths(page_names: Iterable[str]) -> list[str]:
    """The paths of the dropped pages worth rendering again: the first page of each list under a
    language prefix ("en/news/index.html" -> "/en/news/"), not later pages or files."""
    paths = []
    for name in page_names:
        folder, _, file = name.rpartition("/")
        path = f"/{folder}/" if folder else "/"
        if file == "index.html" and path.startswith(settings.PAGECACHE_PATH_PREFIXES):
            paths.append(path)
    return paths


def refill_soon(paths: Iterable[str]) -> None:
    """Render `paths` again in this process's refill thread, started if it is not running."""
    global _thread
    if not settings.PAGECACHE_REFILL:
        return
    with _lock:
        _pending.update(dict.fromkeys(paths))
        if not _pending or (_thread is not None and _thread.is_alive()):
            return
        # Not a daemon: a command that publishes and exits still leaves its fronts filled.
        _thread = threading.Thread(target=_run, name="masthead-pagecache-refill")
        _thread.start()


def wait(timeout: float | None = None) -> None:
    """Return once the refill thread has nothing left to do (for commands and tests)."""
    thread = _thread
    if thread is not None:
        thread.join(timeout)


def _run() -> None:
    from django.db import close_old_connections

    try:
        while True:
            with _lock:
                if not _pending:
                    return
                path = next(iter(_pending))
                del _pending[path]
            try:
                render(path)
            except Exception:  # a front that fails to render waits for its first reader
                logger.exception("Could not render %s again after a purge", path)
    finally:
        close_old_connections()


def render(path: str) -> int:
    """Ask Django for `path` as an anonymous reader would; the page cache stores the answer.
    Returns the status."""
    site = urlsplit(settings.MASTHEAD_SITE_URL)
    secure = site.scheme == "https"
    port = str(site.port or (443 if secure else 80))
    environ = {
        "REQUEST_METHOD": "GET",
        # WSGI carries the path as its UTF-8 bytes read as latin-1, as a server hands it over.
        "PATH_INFO": path.encode().decode("latin-1"),
        "QUERY_STRING": "",
        "SERVER_NAME": site.hostname or "localhost",
        "SERVER_PORT": port,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": site.netloc or "localhost",
        "HTTP_ACCEPT": "text/html",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": site.scheme or "http",
        "wsgi.input": BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    if secure and settings.SECURE_PROXY_SSL_HEADER:  # as the proxy in front would say
        header, value = settings.SECURE_PROXY_SSL_HEADER
        environ[header] = value
    status = []
    body = _handler()(environ, lambda given, headers, exc_info=None: status.append(given))
    for _chunk in body:  # a streaming answer is read to its end, so it is stored
        pass
    if hasattr(body, "close"):
        body.close()  # request_finished: this thread's connection is closed as after any request
    return int(status[0].split()[0]) if status else 500


_handlers: list = []


def _handler():
    """Django's WSGI handler for this process (its middleware loaded once)."""
    if not _handlers:
        from django.core.handlers.wsgi import WSGIHandler

        _handlers.append(WSGIHandler())
    return _handlers[0]
