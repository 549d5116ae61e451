"""The bench's machinery: tools it needs, servers it starts and stops, wrk runs and their figures."""

from __future__ import annotations

import http.client
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
DEPLOY_CONF = ROOT / "deploy" / "nginx.conf"
ROTATE_SCRIPT = BENCH_DIR / "rotate.lua"


def ensure_tools(packages: dict[str, str]) -> dict[str, str]:
    """Paths of the commands named in `packages` (command -> Debian package), installing missing ones.

    Runs `apt-get update` once and `apt-get install -y` for what is missing; nothing else is ever
    downloaded. Needs root for that; otherwise it stops and says what to install.
    """
    search = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/bin"])
    missing = [package for command, package in packages.items() if not shutil.which(command, path=search)]
    if missing:
        if os.geteuid() != 0:
            raise SystemExit(
                f"bench: missing {', '.join(missing)}; run: sudo apt-get install -y {' '.join(missing)}"
            )
        print(f"bench: installing {', '.join(missing)} with apt-get", flush=True)
        quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=quiet)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=quiet)
    found = {command: shutil.which(command, path=search) for command in packages}
    if not all(found.values()):
        raise SystemExit(f"bench: still missing after install: {[c for c, p in found.items() if not p]}")
    return found  # type: ignore[return-value]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Answer:
    """One HTTP response, as the probes need it."""

    status: int
    headers: dict[str, str]
    body: bytes


class Client:
    """A keep-alive HTTP/1.1 client for one host (warming the cache, checking headers)."""

    def __init__(self, port: int, timeout: float = 60):
        self.port = port
        self.timeout = timeout
        self._connection: http.client.HTTPConnection | None = None

    def get(self, path: str) -> Answer:
        """GET `path` (already percent-encoded), reconnecting once if the server closed the connection."""
        for attempt in (1, 2):
            if self._connection is None:
                self._connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            try:
                self._connection.request("GET", path)
                response = self._connection.getresponse()
                body = response.read()
            except (http.client.HTTPException, OSError):
                self.close()
                if attempt == 2:
                    raise
                continue
            headers = {name.lower(): value for name, value in response.getheaders()}
            if headers.get("connection", "").lower() == "close":
                self.close()
            return Answer(response.status, headers, body)
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Close the connection (the next get() opens a new one)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class Service:
    """A server the bench started, in its own process group, so stopping it stops its workers too."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path, port: int = 0):
        self.name = name
        self.port = port  # where it listens, when the bench chose it
        self.argv = argv
        self.log = log
        log.parent.mkdir(parents=True, exist_ok=True)
        self._log_file = log.open("ab")
        # A session (and process group) of its own: stop() signals the whole group.
        self.process = subprocess.Popen(
            argv,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_until_serving(self, port: int, path: str = "/", timeout: float = 60) -> None:
        """Block until `path` answers over HTTP; fail with the log's tail if the server died."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    pass
                Client(port, timeout=30).get(path)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(
            f"{self.name} did not answer on port {port} within {timeout:.0f} s:\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 30) -> str:
        """The last lines the server wrote, for error messages."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        """SIGTERM the whole process group, then SIGKILL whatever is left after a grace period."""
        group = self.process.pid  # the leader of its own session and group
        for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(group, sig)
            except ProcessLookupError:
                break
            if self._gone(group, grace):
                break
        self.process.wait(timeout=5)
        self._log_file.close()

    def _gone(self, group: int, grace: float) -> bool:
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            self.process.poll()  # reaps the leader once it exits
            if not _group_alive(group):
                return True
            time.sleep(0.05)
        return False

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _processes() -> list[tuple[str, int, int]]:
    """(state, process group, CPU ticks used) of every process."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        found.append((fields[0], int(fields[2]), int(fields[11]) + int(fields[12])))
    return found


def _group_alive(group: int) -> bool:
    """Whether any live (non-zombie) process is left in `group`."""
    return any(state != "Z" and pgrp == group for state, pgrp, _ in _processes())


TICK = os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """Where the machine's CPU went during a run: our servers, wrk, and everything else.

    On a shared machine the "others" figure says how far to trust a run.
    """

    def __init__(self, groups: list[int]):
        self.groups = set(groups)
        self.started = time.monotonic()
        self.machine = self._machine()
        self.servers = self._servers()
        self.children = self._children()

    def _machine(self) -> tuple[int, int]:
        # /proc/stat: cpu user nice system idle iowait irq softirq steal …  -> (busy, steal) ticks
        values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
        user, nice, system, _idle, _iowait, irq, softirq, steal = values
        return user + nice + system + irq + softirq + steal, steal

    def _servers(self) -> int:
        return sum(ticks for _, pgrp, ticks in _processes() if pgrp in self.groups)

    @staticmethod
    def _children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    def result(self) -> dict[str, float]:
        """Cores used on average by each party (1.0 = one core busy the whole time)."""
        elapsed = time.monotonic() - self.started
        busy, steal = (now - then for now, then in zip(self._machine(), self.machine, strict=True))
        servers = self._servers() - self.servers
        wrk = self._children() - self.children
        others = busy / TICK - servers / TICK - wrk
        return {
            "servers": servers / TICK / elapsed,
            "wrk": wrk / elapsed,
            "others": max(others, 0.0) / elapsed,
            "steal": steal / TICK / elapsed,
        }


def masthead_serve(
    *, env: dict[str, str], port: int, log: Path, workers: int | None = None, threads: int | None = None
) -> Service:
    """`masthead serve` on 127.0.0.1:`port` (granian; static files were collected beforehand)."""
    argv = [str(ROOT / ".venv" / "bin" / "masthead"), "serve", "--bind", f"127.0.0.1:{port}"]
    argv.append("--skip-collectstatic")
    if workers:
        argv += ["--workers", str(workers)]
    if threads:
        argv += ["--threads", str(threads)]
    return Service("masthead serve", argv, env, log, port=port)


NGINX_MAIN = """\
# Written by bench/harness.py: a private nginx (own prefix, pid file and logs).
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


def nginx_deploy_config(prefix: Path, *, port: int, data_dir: Path, upstream_port: int) -> Path:
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


def nginx_ceiling_config(prefix: Path, *, port: int, root: Path) -> Path:
    """A server that only sends static files from `root`: the fastest this machine answers."""
    return _write_main(prefix, CEILING_SERVER.format(port=port, root=root))


def _write_main(prefix: Path, body: str) -> Path:
    for folder in ("logs", "tmp"):
        (prefix / folder).mkdir(parents=True, exist_ok=True)
    config = prefix / "nginx.conf"
    config.write_text(NGINX_MAIN.format(prefix=prefix, body=body))
    return config


def nginx(nginx_bin: str, prefix: Path, config: Path) -> Service:
    """Our own nginx master in the foreground (so it lives in our process group), never the system's."""
    base = [nginx_bin, "-p", str(prefix), "-c", str(config), "-e", str(prefix / "logs" / "error.log")]
    subprocess.run([*base, "-t", "-q"], check=True)
    return Service("nginx", [*base, "-g", "daemon off;"], dict(os.environ), prefix / "logs" / "stdout.log")


def wait_for_quiet(max_wait: float, *, threshold: float = 0.15, window: float = 0.5) -> float:
    """Wait (at most `max_wait` s) until the machine is nearly idle; returns the seconds waited.

    Call it while the bench's own servers are idle: whatever CPU is busy then is someone else's.
    """
    started = time.monotonic()
    while True:
        before = CpuMeter([])
        time.sleep(window)
        if before.result()["others"] < threshold or time.monotonic() - started >= max_wait:
            return time.monotonic() - started - window


@dataclass
class WrkResult:
    """What one wrk run measured."""

    requests_per_sec: float
    requests: int
    latency_ms: dict[str, float]
    socket_errors: dict[str, int] = field(default_factory=dict)
    non_2xx_3xx: int = 0
    output: str = ""
    cpu_cores: dict[str, float] = field(default_factory=dict)
    runs_rps: list[int] = field(default_factory=list)  # every run's req/s when the best of several

    @property
    def errors(self) -> int:
        """Socket errors plus answers that were neither 2xx nor 3xx."""
        return sum(self.socket_errors.values()) + self.non_2xx_3xx

    @property
    def server_us_per_request(self) -> float | None:
        """CPU the servers spent per answered request, in µs: steadier than req/s on a busy machine."""
        cores = self.cpu_cores.get("servers")
        return cores * 1e6 / self.requests_per_sec if cores is not None and self.requests_per_sec else None

    def as_json(self) -> dict:
        """Everything measured, for pages.json."""
        return {**asdict(self), "errors": self.errors, "server_us_per_request": self.server_us_per_request}


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _to_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([0-9.]+)([a-z]+)", text).groups()
    return float(number) * UNITS_MS[unit]


def parse_wrk(output: str) -> WrkResult:
    """Requests/s, latency percentiles (from --latency), socket errors and bad statuses."""
    rate = re.search(r"Requests/sec:\s+([0-9.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    if rate is None or total is None:
        raise RuntimeError(f"could not read wrk's output:\n{output}")
    percentiles = {
        f"p{int(float(p))}": _to_ms(value)
        for p, value in re.findall(r"^\s+([0-9.]+)%\s+([0-9.]+[a-z]+)\s*$", output, re.MULTILINE)
    }
    socket_errors = {}
    found = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if found:
        socket_errors = dict(
            zip(("connect", "read", "write", "timeout"), map(int, found.groups()), strict=True)
        )
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return WrkResult(
        requests_per_sec=float(rate.group(1)),
        requests=int(total.group(1)),
        latency_ms=percentiles,
        socket_errors=socket_errors,
        non_2xx_3xx=int(bad.group(1)) if bad else 0,
        output=output,
    )


def run_wrk(
    wrk_bin: str,
    *,
    port: int,
    path: str | None = None,
    paths_file: Path | None = None,
    duration: float,
    connections: int,
    threads: int,
    servers: Sequence[Service] = (),
    script: Path | None = None,
    script_args: Sequence[str] = (),
) -> WrkResult:
    """Load one URL, or (with `paths_file`) a different path per request, round-robin.

    `servers` are the services under load, whose CPU use is measured beside wrk's.
    """
    argv = [wrk_bin, f"-t{threads}", f"-c{connections}", f"-d{duration:g}s", "--latency"]
    if script is not None:
        argv += ["-s", str(script), f"http://127.0.0.1:{port}{path}", "--", *script_args]
    elif paths_file is not None:
        argv += ["-s", str(ROTATE_SCRIPT), f"http://127.0.0.1:{port}/", "--", str(paths_file)]
    else:
        argv.append(f"http://127.0.0.1:{port}{path}")
    meter = CpuMeter([service.process.pid for service in servers])
    done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=duration + 60)
    cpu = meter.result()
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    result = parse_wrk(done.stdout)
    result.cpu_cores = cpu
    return result
