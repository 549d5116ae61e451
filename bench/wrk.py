"""wrk runs: loading a server under test, and the figures wrk and the CPU meter give."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import harness

ROTATE_SCRIPT = harness.BENCH_DIR / "rotate.lua"


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
        return self._us_per_request("servers")

    @property
    def database_us_per_request(self) -> float | None:
        """CPU the database and cache servers spent per answered request, in µs (when measured)."""
        return self._us_per_request("database")

    def _us_per_request(self, who: str) -> float | None:
        cores = self.cpu_cores.get(who)
        return cores * 1e6 / self.requests_per_sec if cores is not None and self.requests_per_sec else None

    def as_json(self) -> dict:
        """Everything measured, for pages.json."""
        return {
            **asdict(self),
            "errors": self.errors,
            "server_us_per_request": self.server_us_per_request,
            "database_us_per_request": self.database_us_per_request,
        }


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _to_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([0-9.]+)([a-z]+)", text).groups()
    return float(number) * UNITS_MS[unit]


def parse(output: str) -> WrkResult:
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


def run(
    wrk_bin: str,
    *,
    port: int,
    path: str | None = None,
    paths_file: Path | None = None,
    duration: float,
    connections: int,
    threads: int,
    servers: Sequence[harness.Service] = (),
    script: Path | None = None,
    script_args: Sequence[str] = (),
    timeout: float | None = None,
    process_names: Sequence[str] = (),
) -> WrkResult:
    """Load one URL, or (with `paths_file`) a different path per request, round-robin.

    `servers` are the services under load, whose CPU use is measured beside wrk's, and
    `process_names` the commands of the servers they use (a database), measured apart.
    `timeout`: seconds before wrk gives up on a request (counted as an error; wrk's default 2 s).
    """
    argv = [wrk_bin, f"-t{threads}", f"-c{connections}", f"-d{duration:g}s", "--latency"]
    if timeout is not None:
        argv.append(f"--timeout={timeout:g}s")
    if script is not None:
        argv += ["-s", str(script), f"http://127.0.0.1:{port}{path}", "--", *script_args]
    elif paths_file is not None:
        argv += ["-s", str(ROTATE_SCRIPT), f"http://127.0.0.1:{port}/", "--", str(paths_file)]
    else:
        argv.append(f"http://127.0.0.1:{port}{path}")
    meter = harness.CpuMeter([service.process.pid for service in servers], names=process_names)
    done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=duration + 60)
    cpu = meter.result()
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    result = parse(done.stdout)
    result.cpu_cores = cpu
    return result
