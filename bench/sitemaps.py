"""How much each sitemap costs on an existing newsroom: render time, queries, size, and a cache hit.

Reads the newsroom named by the environment and never writes to it (its database connection is
read-only); the page cache goes to a temporary folder, not the newsroom's.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/masthead_pgdev MASTHEAD_DATA_DIR=var/pgdev \\
        .venv/bin/python bench/sitemaps.py
    .venv/bin/python bench/sitemaps.py --renders 5      # the median of five renders each

Each file is rendered --renders times through Django (the page cache stores it but is not read:
every render is a full one), then asked for once through the WSGI front that answers cache hits.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    os.environ["MASTHEAD_PAGECACHE"] = "files"
    os.environ["MASTHEAD_PAGECACHE_DIR"] = tempfile.mkdtemp(prefix="masthead-bench-sitemaps-")
    import django

    django.setup()
    from django.db.backends.signals import connection_created

    def read_only(sender, connection, **kwargs) -> None:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            elif connection.vendor == "sqlite":
                cursor.execute("PRAGMA query_only = ON")

    connection_created.connect(read_only, weak=False)


def files() -> list[str]:
    """The index, each language's newest whole month, the list files and the News sitemaps."""
    from django.conf import settings
    from django.utils import timezone

    from masthead.syndication import sitemap_lists, sitemaps

    months, _sections = sitemaps.months_and_sections(timezone.now())
    paths = ["/sitemap.xml"]
    for code, _name in settings.LANGUAGES:
        mine = [m for m in months if m.language == code]
        if mine:
            biggest = max(mine[1:] or mine, key=lambda m: m.count)  # not the month just begun
            paths.append(sitemaps.file_path(biggest.stem))
    paths += [sitemaps.file_path(name) for name in sitemap_lists.LIST_KINDS]
    paths += [sitemaps.file_path(f"news-{code}") for code, _name in settings.LANGUAGES]
    return paths


def render(client, path: str) -> tuple[float, int, bytes]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(path)
        elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code}")
    return elapsed, len(queries), response.content


def hit(path: str) -> tuple[float, str]:
    """One request through the WSGI front that answers cached pages (Django is not called)."""
    from masthead.core.pagecache.backend import get_store
    from masthead.core.pagecache.wsgi import CachedPagesApp

    def django(environ, start_response):
        raise SystemExit(f"{path}: not in the page cache")

    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "wsgi.url_scheme": "http",
        "wsgi.input": BytesIO(),
    }
    seen = {}
    front = CachedPagesApp(django, get_store())
    started = time.perf_counter()
    b"".join(front(environ, lambda status, headers: seen.update(headers=dict(headers))))
    return time.perf_counter() - started, seen["headers"].get("X-Cache", "")


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--renders", type=int, default=3, help="renders of each file (the median is shown)")
    args = parser.parse_args()
    setup()
    from django.test import Client
    from lxml import etree

    from masthead.articles.models import Article
    from masthead.syndication import sitemaps

    client = Client()
    published = Article.objects.published().count()
    print(f"{published:,} published stories; at most {sitemaps.stories_per_file():,} in a file")
    print(f"{'file':42} {'render':>9} {'first':>9} {'queries':>7} {'entries':>7} {'size':>9} {'hit':>8}")
    for path in files():
        times, queries, body = [], 0, b""
        for _ in range(max(1, args.renders)):
            elapsed, queries, body = render(client, path)
            times.append(elapsed)
        entries = len(etree.fromstring(body))
        hit_time, cache = hit(path)
        print(
            f"{path:42} {statistics.median(times) * 1000:7.0f} ms {times[0] * 1000:6.0f} ms {queries:7} "
            f"{entries:7} {len(body) / 1024:6.0f} KB {hit_time * 1e6:5.0f} µs {cache}"
        )


if __name__ == "__main__":
    main()
