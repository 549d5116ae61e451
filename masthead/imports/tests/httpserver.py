"""A real web server on 127.0.0.1, in a thread, serving files from a folder: an old site to import from.

Switches make a path misbehave as real hosts do:

    server = FileServer(folder).start()
    server.put("/wp-content/uploads/2019/05/boat.jpg", data)
    server.url("/wp-content/uploads/2019/05/boat.jpg")    # http://127.0.0.1:PORT/wp-content/…
    server.answer(path, 404)                 # always this status
    server.fail_first(path, times=2)         # 500 twice, then the file (429 with status=429)
    server.delay(path, 2.0)                  # wait before answering
    server.content_type(path, "text/html")   # a wrong Content-Type
    server.endless(path)                     # a body that never ends, with no Content-Length
    server.requests[path]                    # how many requests reached the path
    server.stop()

Paths are the URL's path, percent-decoded. Used by the import tests and the import benchmark.
"""

from __future__ import annotations

import mimetypes
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

CHUNK = 64 * 1024


class FileServer:
    """Serves `root` over HTTP on 127.0.0.1 (a free port) until stopped."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.requests: Counter[str] = Counter()
        self._statuses: dict[str, int] = {}
        self._failures: dict[str, tuple[int, int]] = {}  # path: (times left, status)
        self._delays: dict[str, float] = {}
        self._types: dict[str, str] = {}
        self._endless: set[str] = set()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Set-up -------------------------------------------------------------------------------------

    def start(self) -> FileServer:
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False  # a slow answer must not hold up stop()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="file-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes delayed answers and ends endless ones
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FileServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "start() the server first"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        """The absolute address of `path` on this server (non-ASCII characters percent-encoded)."""
        return self.base_url + quote(path, safe="/%?=&:@!$'()*+,;~-._")

    def put(self, path: str, data: bytes) -> str:
        """Write `data` as the file served at `path`; returns its address."""
        target = self._file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return self.url(path)

    # Switches -----------------------------------------------------------------------------------

    def answer(self, path: str, status: int) -> None:
        """Answer every request for `path` with `status` and a short HTML page."""
        with self._lock:
            self._statuses[path] = status

    def fail_first(self, path: str, times: int = 1, status: int = 500) -> None:
        """Answer the first `times` requests for `path` with `status`, then serve the file."""
        with self._lock:
            self._failures[path] = (times, status)

    def delay(self, path: str, seconds: float) -> None:
        """Wait `seconds` before answering requests for `path`."""
        with self._lock:
            self._delays[path] = seconds

    def content_type(self, path: str, value: str) -> None:
        """Serve `path` with this Content-Type instead of the one its name suggests."""
        with self._lock:
            self._types[path] = value

    def endless(self, path: str) -> None:
        """Answer `path` with image/jpeg bytes that never end (no Content-Length) until the client goes."""
        with self._lock:
            self._endless.add(path)

    def reset(self) -> None:
        """Forget every switch and count (the files stay)."""
        with self._lock:
            self.requests.clear()
            self._statuses.clear()
            self._failures.clear()
            self._delays.clear()
            self._types.clear()
            self._endless.clear()

    # Serving ------------------------------------------------------------------------------------

    def _file(self, path: str) -> Path:
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root.resolve()):
            raise ValueError(f"{path} is outside the served folder")
        return target

    def _plan(self, path: str) -> tuple[float, int | None, str | None, bool]:
        """What to do for one request: (delay, status to answer instead, content type, endless)."""
        with self._lock:
            self.requests[path] += 1
            status = self._statuses.get(path)
            if status is None and path in self._failures:
                left, failing_status = self._failures[path]
                if left > 0:
                    self._failures[path] = (left - 1, failing_status)
                    status = failing_status
            return self._delays.get(path, 0.0), status, self._types.get(path), path in self._endless


class _Handler(BaseHTTPRequestHandler):
    owner: FileServer
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:
        self._serve(with_body=True)

    def do_HEAD(self) -> None:
        self._serve(with_body=False)

    def _serve(self, *, with_body: bool) -> None:
        owner = self.owner
        path = unquote(urlsplit(self.path).path)
        wait, status, content_type, endless = owner._plan(path)
        if wait and owner._stopping.wait(wait):
            return
        if endless:
            self._send_endless(with_body)
            return
        try:
            target = owner._file(path)
        except ValueError:
            status = status or 404
            target = None
        if status is None and (target is None or not target.is_file()):
            status = 404
        if status is not None:
            self._send_page(status, with_body)
            return
        data = target.read_bytes()
        self.send_response(200)
        guessed = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self.send_header("Content-Type", content_type or guessed)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if with_body:
            self.wfile.write(data)

    def _send_page(self, status: int, with_body: bool) -> None:
        body = f"<!doctype html><title>{status}</title><p>Answer {status}.</p>".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if status in (429, 503):
            self.send_header("Retry-After", "0")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _send_endless(self, with_body: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.end_headers()
        if not with_body:
            return
        chunk = b"\xff\xd8\xff\xe0" + b"\0" * (CHUNK - 4)
        try:
            while not self.owner._stopping.is_set():
                self.wfile.write(chunk)
        except OSError:  # the client hung up: what it should do
            pass

    def log_message(self, format: str, *args) -> None:
        pass  # the tests' output stays readable
