"""The bench's machinery: tools it needs, servers it starts and stops, and where the CPU went."""

from __future__ import annotations

import contextlib
import http.client
import os
import resource
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent


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


def raise_open_files(needed: int) -> int:
    """Let this process (and what it starts: wrk, servers) open `needed` files; returns the limit.

    wrk holds a socket per connection and each server as many again, so a thousand connections
    need more than the usual soft limit of 1024. Raises the soft limit up to the hard one (and
    the hard one too when running as root); returns the soft limit now in force.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed and os.geteuid() == 0:
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_NOFILE, (needed, needed))
                return needed
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return soft


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


def _processes() -> list[tuple[str, int, int, str]]:
    """(state, process group, CPU ticks used, command name) of every process."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            name, rest = text.split(" (", 1)[1].rsplit(")", 1)
            fields = rest.split()
        except (OSError, IndexError, ValueError):
            continue
        found.append((fields[0], int(fields[2]), int(fields[11]) + int(fields[12]), name))
    return found


def _group_alive(group: int) -> bool:
    """Whether any live (non-zombie) process is left in `group`."""
    return any(state != "Z" and pgrp == group for state, pgrp, _, _ in _processes())


TICK = os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """Where the machine's CPU went during a run: our servers, wrk, and everything else.

    With `names`, the processes of those command names (a database and cache server the servers
    use, say "postgres" and "redis-server") are counted apart, as "database", not as others'.
    On a shared machine the "others" figure says how far to trust a run.
    """

    def __init__(self, groups: list[int], names: Collection[str] = ()):
        self.groups = set(groups)
        self.names = set(names)
        self.started = time.monotonic()
        self.machine = self._machine()
        self.servers, self.database = self._ours()
        self.children = self._children()

    def _machine(self) -> tuple[int, int]:
        # /proc/stat: cpu user nice system idle iowait irq softirq steal …  -> (busy, steal) ticks
        values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
        user, nice, system, _idle, _iowait, irq, softirq, steal = values
        return user + nice + system + irq + softirq + steal, steal

    def _ours(self) -> tuple[int, int]:
        servers = database = 0
        for _, pgrp, ticks, name in _processes():
            if pgrp in self.groups:
                servers += ticks
            elif name in self.names:
                database += ticks
        return servers, database

    @staticmethod
    def _children() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    def result(self) -> dict[str, float]:
        """Cores used on average by each party (1.0 = one core busy the whole time)."""
        elapsed = time.monotonic() - self.started
        busy, steal = (now - then for now, then in zip(self._machine(), self.machine, strict=True))
        servers_now, database_now = self._ours()
        servers, database = servers_now - self.servers, database_now - self.database
        wrk = self._children() - self.children
        others = busy / TICK - servers / TICK - database / TICK - wrk
        used = {"servers": servers / TICK / elapsed}
        if self.names:
            used["database"] = database / TICK / elapsed
        return {
            **used,
            "wrk": wrk / elapsed,
            "others": max(others, 0.0) / elapsed,
            "steal": steal / TICK / elapsed,
        }


def wait_until_idle(
    groups: list[int], max_wait: float, *, threshold: float = 0.1, window: float = 0.25
) -> float:
    """Wait (at most `max_wait` s) until the processes of `groups` are nearly idle; the seconds waited.

    wrk stops with a request in flight on each connection; a server still works through them (and
    through whatever its listen queue holds) after wrk has gone, which would slow the next run.
    """
    started = time.monotonic()
    while time.monotonic() - started < max_wait:
        meter = CpuMeter(groups)
        time.sleep(window)
        if meter.result()["servers"] < threshold:
            break
    return time.monotonic() - started


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
