"""deploy/nginx.conf for real: cached pages from the files, exact invalidation, editors live."""

import getpass
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from masthead.core.tests.test_serve import (  # noqa: F401 (site is a fixture)
    edit_headline,
    free_port,
    get,
    site,
    wait_until_serving,
)

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CONFIG = Path(__file__).resolve().parents[3] / "deploy" / "nginx.conf"
pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed")


@pytest.fixture(scope="module")
def front(site, tmp_path_factory):  # noqa: F811
    base, env = site
    prefix = tmp_path_factory.mktemp("nginx")
    (prefix / "logs").mkdir()
    data = Path(env["MASTHEAD_DATA_DIR"])
    port = free_port()
    server = CONFIG.read_text()
    for placeholder, value in {
        "@LISTEN@": f"127.0.0.1:{port}",
        "@DATA_DIR@": str(data),
        "@PAGECACHE_DIR@": str(data / "pagecache"),
        "@UPSTREAM@": base.removeprefix("http://"),
    }.items():
        server = server.replace(placeholder, value)
    # The test's folders are private to this user; nginx's workers must be able to read them.
    user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"{user}pid {prefix}/nginx.pid;\nerror_log {prefix}/logs/error.log;\nevents {{}}\n"
        f"http {{\ninclude /etc/nginx/mime.types;\naccess_log off;\n{server}\n}}\n"
    )
    process = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(url)
    yield url, env
    process.terminate()
    process.wait(timeout=10)


def test_nginx_serves_cached_pages_itself_and_purges_stay_exact(front):
    url, env = front
    path = "/en/news/harbour/"
    status, headers, first = get(url + path)
    assert status == 200 and "Harbour reopens" in first
    status, headers, again = get(url + path)
    # Sent by nginx from the file: Masthead's own answers carry the surrogate keys.
    assert (status, headers["X-Cache"], headers["Surrogate-Key"]) == (200, "HIT", None)
    assert again == first

    edit_headline(env, "Harbour closes for dredging")
    status, headers, body = get(url + path)
    assert "Harbour closes for dredging" in body and headers["Surrogate-Key"] is not None


def test_signed_in_editors_and_other_queries_reach_masthead(front):
    url, _ = front
    get(url + "/en/news/harbour/")
    _, cached, _ = get(url + "/en/news/harbour/")
    assert cached["Surrogate-Key"] is None
    # Rendered by Django for these (neither nginx nor Masthead's front answered from a file).
    _, editor, _ = get(url + "/en/news/harbour/", Cookie="sessionid=abc")
    assert editor["X-Cache"] is None
    _, tracked, body = get(url + "/en/news/harbour/?utm_source=newsletter")
    assert tracked["X-Cache"] is None and tracked["Surrogate-Key"] is not None and "Harbour" in body
