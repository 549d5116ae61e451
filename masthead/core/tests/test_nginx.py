"""deploy/nginx.conf for real: cached pages from the files, exact invalidation, editors live."""

import getpass
import os
import shutil
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from masthead.core.tests.test_serve import (  # noqa: F401 (site is a fixture)
    MASTHEAD,
    edit_headline,
    free_port,
    get,
    site,
    site_env,
    wait_until_serving,
)

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CONFIG = Path(__file__).resolve().parents[3] / "deploy" / "nginx.conf"
pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed")


def start_nginx(prefix: Path, data: Path, upstream: str, listen: str, http_extra: str = "") -> tuple:
    """deploy/nginx.conf, placeholders filled in, in a private nginx; (process, port)."""
    (prefix / "logs").mkdir()
    port = free_port()
    server = CONFIG.read_text()
    for placeholder, value in {
        "@LISTEN@": listen.format(port=port),
        "@DATA_DIR@": str(data),
        "@PAGECACHE_DIR@": str(data / "pagecache"),
        "@UPSTREAM@": upstream.removeprefix("http://"),
    }.items():
        server = server.replace(placeholder, value)
    # The test's folders are private to this user; nginx's workers must be able to read them.
    user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"{user}pid {prefix}/nginx.pid;\nerror_log {prefix}/logs/error.log;\nevents {{}}\n"
        f"http {{\ninclude /etc/nginx/mime.types;\naccess_log off;\n{http_extra}{server}\n}}\n"
    )
    process = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    return process, port


@pytest.fixture(scope="module")
def front(site, tmp_path_factory):  # noqa: F811
    base, env = site
    data = Path(env["MASTHEAD_DATA_DIR"])
    process, port = start_nginx(tmp_path_factory.mktemp("nginx"), data, base, "127.0.0.1:{port}")
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


def policy(header: str) -> dict[str, set[str]]:
    return {name: set(values) for name, *values in (part.split() for part in header.split(";"))}


def test_nginx_sends_cached_pages_with_the_sites_content_security_policy(front):
    url, _ = front
    _, fresh, _ = get(url + "/en/news/harbour/", Cookie="sessionid=abc")  # rendered by Django
    _, cached, _ = get(url + "/en/news/harbour/")
    _, cached, _ = get(url + "/en/news/harbour/")
    assert cached["Surrogate-Key"] is None  # nginx's own answer
    assert policy(cached["Content-Security-Policy"]) == policy(fresh["Content-Security-Policy"])


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


# --- HTTPS: nginx terminates TLS, and every answer carries one Strict-Transport-Security ----------

OPENSSL = shutil.which("openssl")
HSTS = "max-age=31536000; includeSubDomains"


def https_get(url: str, context: ssl.SSLContext) -> tuple[int, list[str], str]:
    """(status, every Strict-Transport-Security header, body) of a GET over HTTPS."""
    try:
        response = urllib.request.urlopen(url, timeout=10, context=context)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        return (
            response.status,
            response.headers.get_all("Strict-Transport-Security") or [],
            response.read().decode(),
        )


def until_answering(request: Callable[[], object], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            request()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture(scope="module")
def tls_front(site, tmp_path_factory):  # noqa: F811
    """nginx over HTTPS (a certificate made now) in front of a `masthead serve` set up for
    production: HTTPS required and HSTS on, as Django would send it without nginx."""
    if OPENSSL is None:
        pytest.skip("openssl is not installed")
    _, env = site
    data = Path(env["MASTHEAD_DATA_DIR"])
    prefix = tmp_path_factory.mktemp("nginx-tls")
    cert, key = prefix / "cert.pem", prefix / "key.pem"
    subprocess.run(
        [
            *(OPENSSL, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"),
            *("-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    production = {
        **env,
        "DJANGO_SECURE_SSL_REDIRECT": "true",
        "DJANGO_SECURE_HSTS_SECONDS": "600",
        "DJANGO_SECURE_HSTS_PRELOAD": "true",
    }
    upstream_port = free_port()
    upstream = subprocess.Popen(
        [MASTHEAD, "serve", "--bind", f"127.0.0.1:{upstream_port}", "--workers", "1", "--skip-collectstatic"],
        env=production,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    upstream_url = f"http://127.0.0.1:{upstream_port}"
    # Plain requests are redirected now: ask as nginx will, saying HTTPS.
    until_answering(lambda: get(upstream_url + "/en/", **{"X-Forwarded-Proto": "https"}))
    certificate = f"ssl_certificate {cert};\nssl_certificate_key {key};\n"
    process, port = start_nginx(prefix, data, upstream_url, "127.0.0.1:{port} ssl", certificate)
    context = ssl.create_default_context(cafile=str(cert))
    url = f"https://127.0.0.1:{port}"
    until_answering(lambda: https_get(url + "/en/", context))
    (data / "media").mkdir(exist_ok=True)
    (data / "media" / "tls-test.txt").write_text("uploaded")
    yield url, context, upstream_url
    for started in (process, upstream):
        started.terminate()
        started.wait(timeout=10)


def test_over_https_every_answer_carries_one_hsts_header(tls_front):
    url, context, _ = tls_front
    path = "/en/news/harbour/"
    # Reached Masthead with X-Forwarded-Proto https (no redirect loop), its own HSTS hidden.
    status, proxied, body = https_get(url + path + "?utm_source=x", context)
    assert status == 200 and "Harbour" in body and proxied == [HSTS]
    assert https_get(url + "/admin/login/", context)[:2] == (200, [HSTS])
    https_get(url + path, context)
    status, cached, _ = https_get(url + path, context)
    assert (status, cached) == (200, [HSTS])  # sent by nginx from the file
    start = body.index("/static/masthead/")
    static = body[start : body.index('"', start)]
    assert https_get(url + static, context)[:2] == (200, [HSTS])  # a hashed name
    assert https_get(url + "/static/masthead/no-such-file.css", context)[:2] == (404, [HSTS])
    assert https_get(url + "/media/tls-test.txt", context)[:2] == (200, [HSTS])
    assert https_get(url + "/en/no-such-page/", context)[:2] == (404, [HSTS])


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is the answer under test


def test_plain_http_answers_carry_no_hsts_and_cached_pages_are_redirected(front, tls_front):
    url, _ = front
    path = "/en/news/harbour/"
    get(url + path)
    _, headers, _ = get(url + path)
    assert headers["X-Cache"] == "HIT" and headers["Strict-Transport-Security"] is None
    # Masthead requiring HTTPS: a plain request for that cached page is sent to HTTPS instead.
    _, _, upstream = tls_front
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.build_opener(NoRedirects).open(upstream + path, timeout=10)
    assert answer.value.code == 301 and answer.value.headers["Location"].startswith("https://")
