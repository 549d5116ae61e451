"""`masthead serve` for real: granian in front, a cache hit never reaching Django."""

import contextlib
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from masthead.core.management.commands.serve import NETWORK_THREADS, default_threads, parse_bind

MASTHEAD = str(Path(sys.executable).with_name("masthead"))
ROOT = Path(__file__).resolve().parents[3]


def test_bind_is_parsed_or_refused():
    from django.core.management.base import CommandError

    assert parse_bind("127.0.0.1:8000") == ("127.0.0.1", 8000)
    assert parse_bind("[::1]:9000") == ("::1", 9000)
    for bad in ("8000", "host:port", "127.0.0.1:99999"):
        with pytest.raises(CommandError):
            parse_bind(bad)


def test_threads_wait_for_other_machines_only_on_the_scale_out_stack(settings):
    from django.db import connection

    settings.REDIS_URL = ""
    assert default_threads() == (1 if connection.vendor == "sqlite" else NETWORK_THREADS)
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    assert default_threads() == NETWORK_THREADS > 1


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


def wait_until_serving(base: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
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
def site_env(tmp_path_factory) -> dict:
    """The environment of a migrated site in its own data folder, with one published story."""
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
    return env


@pytest.fixture(scope="module")
def site(site_env):
    """That site served by `masthead serve`."""
    env = site_env
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


def processes_in_group(group: int) -> list[str]:
    """The command lines of the live (not zombie) processes of a process group."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:  # it exited meanwhile
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(cmdline.replace(b"\0", b" ").decode(errors="replace").strip())
    return found


def hold_connections(port: int) -> list[socket.socket]:
    """Open what readers leave open: a browser's kept-alive connection, a slow client mid-request."""
    browser = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for _ in range(2):
        browser.request("GET", "/en/news/harbour/")
        response = browser.getresponse()
        response.read()
        assert response.status == 200 and not response.will_close
    slow = socket.create_connection(("127.0.0.1", port), timeout=10)
    slow.sendall(b"GET /en/news/harbour/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # the rest is still coming
    return [browser.sock, slow]


def assert_everything_stops(process: subprocess.Popen, port: int) -> None:
    """Every process of the group is gone within a generous bound, and nothing answers on the port."""
    deadline = time.monotonic() + 10  # a correctness bound: the bug kept a server up for minutes
    while (process.poll() is None or processes_in_group(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_in_group(process.pid) == []
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


@pytest.fixture
def stop_leftovers():
    """Kill whatever a test started and did not stop, so that a failure leaves no server behind."""
    started: list[subprocess.Popen] = []
    yield started.append
    for process in started:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def start_serving(env: dict, port: int) -> subprocess.Popen:
    """`masthead serve` with two workers, in a process group of its own as a terminal gives it."""
    return subprocess.Popen(
        [MASTHEAD, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2", "--skip-collectstatic"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def test_one_ctrl_c_stops_the_server_despite_open_connections(site, stop_leftovers):
    _, env = site  # static files collected
    port = free_port()
    server = start_serving(env, port)
    stop_leftovers(server)
    wait_until_serving(f"http://127.0.0.1:{port}")
    connections = hold_connections(port)

    os.killpg(server.pid, signal.SIGINT)  # what a terminal does on Ctrl-C

    assert_everything_stops(server, port)
    for connection in connections:
        connection.close()


def test_sigterm_stops_the_server_despite_open_connections(site, stop_leftovers):
    _, env = site
    port = free_port()
    server = start_serving(env, port)
    stop_leftovers(server)
    wait_until_serving(f"http://127.0.0.1:{port}")
    connections = hold_connections(port)

    server.send_signal(signal.SIGTERM)  # what a process manager does, to `masthead serve` alone

    assert_everything_stops(server, port)
    for connection in connections:
        connection.close()


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_one_ctrl_c_stops_make_serve_worker_and_server_alike(site_env, stop_leftovers):
    port = free_port()
    # Not the options of a `make test` that may be running this test.
    env = {k: v for k, v in site_env.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    make = subprocess.Popen(
        ["make", "-o", "venv", "serve", f"BIND=127.0.0.1:{port}", f"BIN={Path(sys.executable).parent}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    stop_leftovers(make)
    wait_until_serving(f"http://127.0.0.1:{port}")
    connections = hold_connections(port)
    running = processes_in_group(make.pid)
    assert any("masthead worker" in command for command in running), running

    os.killpg(make.pid, signal.SIGINT)

    assert_everything_stops(make, port)
    for connection in connections:
        connection.close()
