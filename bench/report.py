"""The bench's results: one row per case, mode, stack and connection count, its target, the tables
and pages.json."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import harness
import wrk

if TYPE_CHECKING:
    from load import Bench

MODE_LABELS = {
    "uncached": "Masthead, cache off",
    "cached": "Masthead, page cache",
    "nginx": "nginx + file cache",
    "files": "nginx, same files, static",
    "ceiling": "nginx static file",
}
MODE_ORDER = ("uncached", "cached", "nginx", "files")
# Targets on 2 cores: uncached pages a second by kind (other kinds are printed without one),
# cached pages relative to the ceiling at every connection count, nginx relative to it.
UNCACHED_RPS = {"home": 150, "section": 250, "tag": 250, "article": 400}
CACHED_SHARE, CACHED_P99_MS = 0.5, 10.0
NGINX_SHARE = 0.9


class CeilingRun(NamedTuple):
    """One run of nginx sending a static file: the fastest answer the machine gives."""

    seq: int  # position in the run, beside the rows'
    when: str
    kind: str  # "plain" wrk, or "rotating" (bench/rotate.lua, as the article case)
    connections: int
    result: wrk.WrkResult


@dataclass
class Row:
    """One measured case in one serving mode, on one stack, at one connection count."""

    case: str
    mode: str
    result: wrk.WrkResult
    ceiling_rps: float | None = None
    seq: int = 0  # position in the run, to find the ceiling runs on either side
    cached_share: float | None = None  # of the case's URLs, the share the cache answered
    notes: list[str] = field(default_factory=list)
    stack: str = "sqlite"
    connections: int = 0
    surge: bool = False  # the many-connections check: judged on errors alone

    @property
    def ratio(self) -> float | None:
        """req/s ÷ the ceiling measured around this row at the same connection count."""
        return self.result.requests_per_sec / self.ceiling_rps if self.ceiling_rps else None

    def target(self) -> tuple[str, str, float | None]:
        """(the target, "PASS"/"MISS"/"", the measured figure ÷ the target's) for this row."""
        rps, p99, ratio = self.result.requests_per_sec, self.result.latency_ms.get("p99", 0.0), self.ratio
        if self.surge:
            return "no errors", _verdict(True, self), None
        if self.mode == "uncached" and self.case in UNCACHED_RPS:
            wanted = UNCACHED_RPS[self.case]
            return f">= {wanted} req/s", _verdict(rps >= wanted, self), rps / wanted
        if self.mode == "cached" and ratio is not None:
            ok = ratio >= CACHED_SHARE and p99 <= CACHED_P99_MS
            target = f">= {CACHED_SHARE:.0%} ceil, p99 <= {CACHED_P99_MS:g} ms"
            return target, _verdict(ok, self), ratio / CACHED_SHARE
        if self.mode == "nginx" and ratio is not None:
            return f">= {NGINX_SHARE:.0%} ceil", _verdict(ratio >= NGINX_SHARE, self), ratio / NGINX_SHARE
        return "", "", None

    def as_json(self) -> dict:
        """The row for pages.json, wrk's own output included."""
        target, verdict, of_target = self.target()
        return {
            "case": self.case,
            "mode": self.mode,
            "stack": self.stack,
            "connections": self.connections,
            "surge_check": self.surge,
            "requests_per_sec": self.result.requests_per_sec,
            "p50_ms": self.result.latency_ms.get("p50"),
            "p99_ms": self.result.latency_ms.get("p99"),
            "server_us_per_request": self.result.server_us_per_request,
            "ratio_to_ceiling": self.ratio,
            "ceiling_rps": self.ceiling_rps,
            "cached_share": self.cached_share,
            "target": target,
            "ratio_to_target": of_target,
            "verdict": verdict,
            "notes": self.notes,
            "wrk": self.result.as_json(),
        }


def _verdict(ok: bool, row: Row) -> str:
    # A run with errors, or a "cached" run the cache did not answer, does not count as a pass.
    if row.result.errors or (row.cached_share is not None and row.cached_share < 1):
        return "MISS"
    return "PASS" if ok else "MISS"


def ordered(bench: Bench) -> list[Row]:
    """The rows grouped as the table shows them: case, mode, stack, connections."""
    stacks = [stack.name for stack in bench.stacks]
    return sorted(
        (row for row in bench.rows if row.case in bench.cases),
        key=lambda r: (
            bench.cases.index(r.case),
            MODE_ORDER.index(r.mode),
            stacks.index(r.stack) if r.stack in stacks else len(stacks),
            r.connections,
        ),
    )


def table(bench: Bench) -> str:
    """The results of `bench` as a plain-text table, the stacks' rows of a case and mode together."""
    header = (
        "case",
        "serving",
        "stack",
        "conns",
        "req/s",
        "p50 ms",
        "p99 ms",
        "x ceil",
        "cpu us/req",
        "db us/req",
        "x target",
        "target",
        "result",
        "notes",
    )
    lines = [header]
    for run in sorted(bench.ceiling_runs, key=lambda c: (c.connections, c.kind, c.seq)):
        result = run.result
        lines.append(
            (
                "ceiling",
                f"{MODE_LABELS['ceiling']} ({run.kind}, {run.when})",
                "sqlite",
                str(run.connections),
                *_figures(result),
                f"{result.requests_per_sec / bench.ceiling(run.kind, connections=run.connections):.2f}",
                us(result),
                "",
                "",
                "",
                "",
                f"{result.errors} errors" if result.errors else "",
            )
        )
    for row in ordered(bench):
        target, verdict, of_target = row.target()
        lines.append(
            (
                row.case,
                f"{MODE_LABELS[row.mode]}{', surge' if row.surge else ''}",
                row.stack,
                str(row.connections),
                *_figures(row.result),
                f"{row.ratio:.2f}" if row.ratio is not None else "",
                us(row.result),
                us(row.result, "database"),
                f"{of_target:.2f}" if of_target is not None else "",
                target,
                verdict,
                "; ".join(row.notes),
            )
        )
    if not any(stack.services for stack in bench.stacks):  # SQLite alone: no database column
        lines = [(*line[:9], *line[10:]) for line in lines]
        return _format(lines, numeric={3, 4, 5, 6, 7, 8, 9})
    return _format(lines, numeric={3, 4, 5, 6, 7, 8, 9, 10})


def stack_table(bench: Bench) -> str:
    """The same case, mode and load on each stack, side by side: what moving stacks costs or gains."""
    names = [stack.name for stack in bench.stacks]
    if len(names) < 2:
        return ""
    first, other = names[0], names[1]
    header = (
        "case",
        "serving",
        "conns",
        f"{first} req/s",
        f"{other} req/s",
        f"{other}/{first}",
        f"{first} p99",
        f"{other} p99",
        f"{first} cpu us",
        f"{other} cpu us",
        f"{other} db us",
    )
    lines = [header]
    found = {(r.case, r.mode, r.stack, r.connections, r.surge): r for r in bench.rows}
    for row in ordered(bench):
        if row.stack != first or (row.case, row.mode, other, row.connections, row.surge) not in found:
            continue
        peer = found[(row.case, row.mode, other, row.connections, row.surge)]
        mine, theirs = row.result, peer.result
        lines.append(
            (
                row.case,
                f"{MODE_LABELS[row.mode]}{', surge' if row.surge else ''}",
                str(row.connections),
                f"{mine.requests_per_sec:.0f}",
                f"{theirs.requests_per_sec:.0f}",
                f"{theirs.requests_per_sec / mine.requests_per_sec:.2f}" if mine.requests_per_sec else "",
                f"{mine.latency_ms.get('p99', 0):.2f}",
                f"{theirs.latency_ms.get('p99', 0):.2f}",
                us(mine),
                us(theirs),
                us(theirs, "database"),
            )
        )
    return _format(lines, numeric=set(range(2, len(header))))


def verdicts(bench: Bench) -> dict[str, int]:
    """How many rows passed and missed their targets."""
    counts = {"PASS": 0, "MISS": 0}
    for row in bench.rows:
        verdict = row.target()[1]
        if verdict:
            counts[verdict] += 1
    return counts


def _figures(result: wrk.WrkResult) -> tuple[str, str, str]:
    latency = result.latency_ms
    return (
        f"{result.requests_per_sec:.0f}",
        f"{latency.get('p50', 0):.2f}",
        f"{latency.get('p99', 0):.2f}",
    )


def _format(lines: Sequence[Sequence[str]], numeric: set[int]) -> str:
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    out = []
    for n, line in enumerate(lines):
        cells = [
            cell.rjust(w) if i in numeric else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def write_report(bench: Bench, built: dict[str, dict]) -> Path:
    """Write pages.json (and its copy in history/); returns its path."""
    options = bench.options
    results = {
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "code": code_version(),
        "settings": {
            "duration_s": options.duration,
            "connections": options.connection_counts,
            "max_connections_check": options.max_connections,
            "wrk_threads": options.threads,
            "serve_workers": options.workers or os.cpu_count(),
            "serve_threads": options.server_threads or 1,
            "article_urls": len(bench.urls.get("article", [])),
            "uncached_warmup_s": options.warmup,
            "repeat": options.repeat,
            "stacks": [stack.name for stack in bench.stacks],
        },
        "uncached_cold_start_rps": {f"{stack} {case}": rps for (stack, case), rps in bench.warmups.items()},
        "newsroom": {
            stack.name: {
                **built.get(stack.name, {}),
                "published": bench.stack_urls.get(stack.name, {}).get("published"),
                "data_dir": str(stack.data_dir),
                "database_url": stack.database_url or None,
                "redis_url": stack.redis_url or None,
            }
            for stack in bench.stacks
        },
        "urls": {
            name: {k: v for k, v in urls.items() if k not in ("article", "searches")}
            for name, urls in bench.stack_urls.items()
        },
        "queries": bench.queries,
        "ceiling": {
            "by_connections": {
                c: {kind: bench.ceiling(kind, connections=c) for kind in ("plain", "rotating")}
                for c in sorted({run.connections for run in bench.ceiling_runs})
            },
            "drift": bench.ceiling_drift(),
            "runs": [
                {"when": run.when, "kind": run.kind, "connections": run.connections, **run.result.as_json()}
                for run in bench.ceiling_runs
            ],
        },
        "results": [row.as_json() for row in bench.rows],
        "verdicts": verdicts(bench),
        "beacons": bench.beacons,
    }
    out = bench.work / "pages.json"
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    history = bench.work / "history"
    history.mkdir(exist_ok=True)
    stamp = results["run_at"].replace(":", "").replace("-", "")
    (history / f"pages-{stamp}.json").write_text(out.read_text())
    return out


def figures(result: wrk.WrkResult) -> str:
    """One run's figures as the progress lines print them."""
    p50, p99 = result.latency_ms.get("p50", 0), result.latency_ms.get("p99", 0)
    cores = " ".join(f"{who} {used:.2f}" for who, used in result.cpu_cores.items() if who != "steal")
    runs = f"  (best of {', '.join(map(str, result.runs_rps))})" if len(result.runs_rps) > 1 else ""
    latency = f"p50 {p50:7.2f} ms  p99 {p99:7.2f} ms"
    cpu = f"  {us(result)} us/req" if result.server_us_per_request is not None else ""
    return f"{result.requests_per_sec:9.0f} req/s  {latency}{cpu}  [cores: {cores}]{runs}"


def us(result: wrk.WrkResult, who: str = "servers") -> str:
    """CPU per request in µs of the servers (or the "database" servers), as the tables print it."""
    us = result.server_us_per_request if who == "servers" else result.database_us_per_request
    return "" if us is None else f"{us:.0f}" if us >= 100 else f"{us:.1f}"


def machine() -> dict:
    """What the figures were measured on."""
    model = ""
    with contextlib.suppress(OSError, StopIteration):
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    versions = {}
    for name, argv in {"wrk": ["wrk", "-v"], "nginx": ["nginx", "-v"]}.items():
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        versions[name] = (
            (done.stdout + done.stderr).strip().splitlines()[0] if (done.stdout + done.stderr) else ""
        )
    return {"cpus": os.cpu_count(), "cpu": model, "python": platform.python_version(), **versions}


def code_version() -> dict:
    """The commit measured, and whether the working tree differed from it (read-only git calls)."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=harness.ROOT, capture_output=True, text=True, check=False, env=env
    )
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=harness.ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    return {"commit": head.stdout.strip(), "modified_files": len(status.stdout.splitlines())}
