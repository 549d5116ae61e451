"""`make bench-import`: how fast a WordPress archive moves in, and in how much memory.

A WXR export of --posts posts (10,000 by default) is generated, as WordPress's exporter writes
it, with one featured picture per post served by a local HTTP server on 127.0.0.1 (each a
distinct small JPEG). Each run is `masthead import wordpress` in its own process on a fresh
SQLite newsroom (MASTHEAD_DATA_DIR in a temporary folder), timed from the outside; its peak
memory is the process's maximum resident set size.

1. Without pictures (the same export with none): posts a second (target ≥ 100).
2. With the pictures fetched, checked and stored: posts a second, pictures a second.
3. The same import run again (nothing changed): its time.
4. Memory as the file grows: peak memory at a quarter, a half and all of --posts.

.venv/bin/python bench/imports.py                 # all of it (a few minutes)
.venv/bin/python bench/imports.py --posts 2000    # a quick look
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MASTHEAD = str(ROOT / ".venv" / "bin" / "masthead")


class PictureHandler(BaseHTTPRequestHandler):
    """A distinct small JPEG for every path, made on first request (like an old site's uploads)."""

    made: dict[str, bytes] = {}
    lock = threading.Lock()

    def do_GET(self) -> None:
        from PIL import Image

        with self.lock:
            body = self.made.get(self.path)
        if body is None:
            seed = zlib.crc32(self.path.encode())
            colour = (seed & 255, (seed >> 8) & 255, (seed >> 16) & 255)
            buffer = io.BytesIO()
            Image.new("RGB", (640, 400), colour).save(buffer, "JPEG", quality=80)
            body = buffer.getvalue()
            with self.lock:
                self.made[self.path] = body
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def serve_pictures() -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), PictureHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def fresh_newsroom(folder: Path) -> dict[str, str]:
    env = {**os.environ, "MASTHEAD_DATA_DIR": str(folder), "DATABASE_URL": ""}
    env.pop("DATABASE_URL")
    subprocess.run([MASTHEAD, "migrate", "--noinput", "-v", "0"], check=True, env=env)
    # One section to file the stories in, as a newsroom has before it imports.
    subprocess.run(
        [
            MASTHEAD,
            "shell",
            "-c",
            "from masthead.articles.models import Section; Section.objects.get_or_create("
            "slug='news', defaults={'name': 'News', 'name_ar': 'أخبار'})",
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return env


def timed_import(path: Path, env: dict[str, str], *extra: str) -> tuple[float, float, str]:
    """(seconds, peak MiB, first lines of the report) of one `masthead import wordpress` process."""
    with tempfile.TemporaryFile("w+") as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            [MASTHEAD, "import", "wordpress", str(path), "--no-progress", *extra],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
        # wait4 gives this one process's own peak resident memory (ru_maxrss, KiB on Linux).
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        output = out.read()
    if process.returncode != 0:
        print(output[-4000:])
        raise SystemExit("bench: the import failed")
    return seconds, usage.ru_maxrss / 1024, "\n".join(output.splitlines()[:9])


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--posts", type=int, default=10_000)
    args = parser.parse_args()

    from masthead.imports.tests.wxrgen import write_wxr

    server, base = serve_pictures()
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-import-") as scratch:
        scratch_dir = Path(scratch)
        print(f"bench: import of a {args.posts:,}-post WordPress export (pictures from {base})")

        sizes = sorted({max(args.posts // 4, 1), max(args.posts // 2, 1), args.posts})
        memory = []
        for size in sizes:
            wxr = scratch_dir / f"export-{size}.xml"
            write_wxr(wxr, posts=size, images=0, seed=1)
            env = fresh_newsroom(scratch_dir / f"memory-{size}")
            seconds, peak, _report = timed_import(wxr, env)
            memory.append((size, wxr.stat().st_size / 2**20, peak, seconds))
        size, mib, peak, seconds = memory[-1]
        rate = size / seconds
        print(f"\n1. without pictures: {size:,} posts in {seconds:.1f} s = {rate:.0f} posts/s (target ≥ 100)")
        failed |= rate < 100

        wxr = scratch_dir / f"export-{args.posts}-pictures.xml"
        write_wxr(wxr, posts=args.posts, images=args.posts, image_base=base, seed=1)
        env = fresh_newsroom(scratch_dir / "pictures")
        seconds, peak_pictures, report = timed_import(wxr, env)
        print(
            f"2. with {args.posts:,} pictures fetched over HTTP, checked and stored: {seconds:.1f} s = "
            f"{args.posts / seconds:.0f} posts/s, peak {peak_pictures:.0f} MiB"
        )
        print("   " + report.replace("\n", "\n   "))
        again, _peak, _report = timed_import(wxr, env)
        print(f"3. the same import again (nothing changed): {again:.1f} s ({seconds / again:.1f}× faster)")

        print("4. memory as the file grows (imports without pictures):")
        print("   posts    file MiB   peak MiB   s")
        for size, mib, peak, seconds in memory:
            print(f"   {size:7,}  {mib:9.1f}  {peak:9.0f}  {seconds:6.1f}")
        growth = memory[-1][2] / memory[0][2]
        file_growth = memory[-1][1] / memory[0][1]
        print(f"   file ×{file_growth:.1f}, peak memory ×{growth:.2f}")
    server.shutdown()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
