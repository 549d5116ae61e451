"""A private nginx for the bench: deploy/nginx.conf filled in, or the static-file ceiling."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import harness

DEPLOY_CONF = harness.ROOT / "deploy" / "nginx.conf"

NGINX_MAIN = """\
# Written by bench/nginx.py: a private nginx (own prefix, pid file and logs).
worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
{body}
}}
"""

CEILING_SERVER = """\
    server {{
        listen 127.0.0.1:{port};
        root {root};
        default_type text/html;
        charset utf-8;
    }}
"""


def deploy_config(prefix: Path, *, port: int, data_dir: Path, upstream_port: int) -> Path:
    """deploy/nginx.conf with its placeholders filled in, inside a private main config."""
    site = (
        DEPLOY_CONF.read_text()
        .replace("@LISTEN@", f"127.0.0.1:{port}")
        .replace("@PAGECACHE_DIR@", str(data_dir / "pagecache"))
        .replace("@DATA_DIR@", str(data_dir))
        .replace("@UPSTREAM@", f"127.0.0.1:{upstream_port}")
    )
    if "@" in re.sub(r"#.*", "", site).replace("@masthead", ""):
        raise RuntimeError("deploy/nginx.conf has a placeholder the bench does not know")
    (prefix / "masthead-site.conf").parent.mkdir(parents=True, exist_ok=True)
    (prefix / "masthead-site.conf").write_text(site)
    return _write_main(prefix, f"    include {prefix}/masthead-site.conf;")


def ceiling_config(prefix: Path, *, port: int, root: Path) -> Path:
    """A server that only sends static files from `root`: the fastest this machine answers."""
    return _write_main(prefix, CEILING_SERVER.format(port=port, root=root))


def _write_main(prefix: Path, body: str) -> Path:
    for folder in ("logs", "tmp"):
        (prefix / folder).mkdir(parents=True, exist_ok=True)
    config = prefix / "nginx.conf"
    config.write_text(NGINX_MAIN.format(prefix=prefix, body=body))
    return config


def start(nginx_bin: str, prefix: Path, config: Path) -> harness.Service:
    """Our own nginx master in the foreground (so it lives in our process group), never the system's."""
    base = [nginx_bin, "-p", str(prefix), "-c", str(config), "-e", str(prefix / "logs" / "error.log")]
    subprocess.run([*base, "-t", "-q"], check=True)
    return harness.Service(
        "nginx", [*base, "-g", "daemon off;"], dict(os.environ), prefix / "logs" / "stdout.log"
    )
