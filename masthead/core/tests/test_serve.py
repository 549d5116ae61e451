"""`masthead serve` for real: granian in front, a cache hit never reaching Django."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from masthead.core.management.commands.serve import parse_bind

MASTHEAD = str(Path(sys.executable).with_name("masthead"))


def test_bind_is_parsed_or_refused():
    from django.core.management.base import CommandError

    assert parse_bind("127.0.0.1:8000") == ("127.0.0.1", 8000)
    assert parse_bind("[::1]:9000") == ("::1", 9000)
    for bad in ("8000", "host:port", "127.0.0.1:99999"):
        with pytest.raises(CommandError):
            parse_bind(bad)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, **headers) -> tuple[int, object, str]:
    """(status, case-insensitive headers, body; undecodable bytes replaced)."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def wait_until_serving(base: str) -> None:
    for _ in range(100):
        try:
            get(base + "/en/")
            return
        except OSError:
            time.sleep(0.1)


def edit_headline(env: dict, headline: str) -> None:
    """Edit the served story as an editor's save would, from another process."""
    script = (
        "from masthead.articles.models import Article\n"
        "from masthead.articles import services\n"
        f"a = Article.objects.get(slug='harbour'); a.headline = {headline!r}; a.save()\n"
        "services.after_save(article=a, previous_status='published', was_live=True)\n"
    )
    subprocess.run([MASTHEAD, "shell", "-c", script], env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A migrated site in its own data folder, with one published story."""
    data = tmp_path_factory.mktemp("served")
    env = {**os.environ, "MASTHEAD_DATA_DIR": str(data), "DJANGO_SETTINGS_MODULE": "masthead.settings"}
    env.pop("DATABASE_URL", None)  # its own SQLite file, whatever the suite runs on
    env.pop("REDIS_URL", None)
    subprocess.run([MASTHEAD, "migrate", "-v0"], env=env, check=True)
    script = (
        "from django.utils import timezone\n"
        "from masthead.articles.models import Article, Section\n"
        "s = Section.objects.create(name='News', name_ar='أخبار', slug='news')\n"
        "Article.objects.create(headline='Harbour reopens', slug='harbour', section=s,"
        " body='<p>Ships are back.</p>', status='published', published_at=timezone.now())\n"
    )
    subprocess.run([MASTHEAD, "shell", "-c", script], env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [MASTHEAD, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base)
    yield base, env
    server.terminate()
    server.wait(timeout=10)


def test_second_request_is_a_cache_hit_and_purges_are_exact(site):
    base, env = site
    status, first_headers, body = get(base + "/en/news/harbour/")
    assert status == 200 and "Harbour reopens" in body
    assert first_headers["X-Cache"] is None
    status, headers, again = get(base + "/en/news/harbour/")
    assert (status, headers.get("X-Cache"), again) == (200, "HIT", body)
    assert get(base + "/en/news/harbour/", **{"If-None-Match": headers["ETag"]})[0] == 304

    edit_headline(env, "Harbour reopens to tankers")
    status, headers, body = get(base + "/en/news/harbour/")
    assert "Harbour reopens to tankers" in body and headers["X-Cache"] is None


def test_static_files_have_hashed_names_and_far_future_caching(site):
    base, _ = site
    _, _, body = get(base + "/en/news/harbour/")
    marker = "/static/masthead/"
    start = body.index(marker)
    href = body[start : body.index('"', start)]
    assert href.count(".") >= 2  # site.<hash>.css
    status, headers, _ = get(base + href, **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert "max-age=315360000" in headers["Cache-Control"] or "immutable" in headers["Cache-Control"]
