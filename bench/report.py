"""The bench's results: one row per case and mode, its target, the table and pages.json."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import harness
import wrk

if TYPE_CHECKING:
    from load import Bench

MODE_LABELS = {
    "uncached": "Masthead, cache off",
    "cached": "Masthead, file cache",
    "nginx": "nginx + file cache",
    "files": "nginx, same files, static",
    "ceiling": "nginx static file",
}
# Targets: uncached article pages, and cached pages relative to the ceiling.
UNCACHED_ARTICLE_RPS = 400
CACHED_SHARE, CACHED_P99_MS = 0.5, 10.0
NGINX_SHARE = 0.9


@dataclass
class Row:
    """One measured case in one serving mode."""

    case: str
    mode: str
    result: wrk.WrkResult
    ceiling_rps: float | None = None
    seq: int = 0  # position in the run, to find the ceiling runs on either side
    cached_share: float | None = None  # of the case's URLs, the share the cache answered
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        """req/s ÷ the ceiling measured around this row."""
        return self.result.requests_per_sec / self.ceiling_rps if self.ceiling_rps else None

    def target(self) -> tuple[str, str]:
        """(the target, "PASS"/"MISS"/"") for this row."""
        rps, p99, ratio = self.result.requests_per_sec, self.result.latency_ms.get("p99", 0.0), self.ratio
        if self.mode == "uncached" and self.case == "article":
            return f">= {UNCACHED_ARTICLE_RPS} req/s", _verdict(rps >= UNCACHED_ARTICLE_RPS, self)
        if self.mode == "cached" and ratio is not None:
            ok = ratio >= CACHED_SHARE and p99 < CACHED_P99_MS
            return f">= {CACHED_SHARE:.0%} ceil, p99 < {CACHED_P99_MS:g} ms", _verdict(ok, self)
        if self.mode == "nginx" and ratio is not None:
            return f">= {NGINX_SHARE:.0%} ceil", _verdict(ratio >= NGINX_SHARE, self)
        return "", ""

    def as_json(self) -> dict:
        """The row for pages.json, wrk's own output included."""
        target, verdict = self.target()
        return {
            "case": self.case,
            "mode": self.mode,
            "requests_per_sec": self.result.requests_per_sec,
            "p50_ms": self.result.latency_ms.get("p50"),
            "p99_ms": self.result.latency_ms.get("p99"),
            "ratio_to_ceiling": self.ratio,
            "ceiling_rps": self.ceiling_rps,
            "cached_share": self.cached_share,
            "target": target,
            "verdict": verdict,
            "notes": self.notes,
            "wrk": self.result.as_json(),
        }


def _verdict(ok: bool, row: Row) -> str:
    # A run with errors, or a "cached" run the cache did not answer, does not count as a pass.
    if row.result.errors or (row.cached_share is not None and row.cached_share < 1):
        return "MISS"
    return "PASS" if ok else "MISS"


def table(bench: Bench) -> str:
    """The results of `bench` as a plain-text table."""
    header = (
        "case",
        "serving",
        "req/s",
        "p50 ms",
        "p99 ms",
        "x ceil",
        "cpu us/req",
        "target",
        "result",
        "notes",
    )
    lines = [header]
    for _, when, kind, result in bench.ceiling_runs:
        lines.append(
            (
                "ceiling",
                f"{MODE_LABELS['ceiling']} ({kind}, {when})",
                f"{result.requests_per_sec:.0f}",
                f"{result.latency_ms.get('p50', 0):.2f}",
                f"{result.latency_ms.get('p99', 0):.2f}",
                f"{result.requests_per_sec / bench.ceiling(kind):.2f}",
                us(result),
                "",
                "",
                f"{result.errors} errors" if result.errors else "",
            )
        )
    for case in bench.cases:
        for row in (r for r in bench.rows if r.case == case):
            target, verdict = row.target()
            lines.append(
                (
                    row.case,
                    MODE_LABELS[row.mode],
                    f"{row.result.requests_per_sec:.0f}",
                    f"{row.result.latency_ms.get('p50', 0):.2f}",
                    f"{row.result.latency_ms.get('p99', 0):.2f}",
                    f"{row.ratio:.2f}" if row.ratio is not None else "",
                    us(row.result),
                    target,
                    verdict,
                    "; ".join(row.notes),
                )
            )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    numeric = {2, 3, 4, 5, 6}
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


def write_report(bench: Bench, built: dict) -> Path:
    """Write pages.json (and its copy in history/); returns its path."""
    results = {
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "code": code_version(),
        "settings": {
            "duration_s": bench.options.duration,
            "connections": bench.options.connections,
            "wrk_threads": bench.options.threads,
            "serve_workers": bench.options.workers or os.cpu_count(),
            "serve_threads": bench.options.server_threads or 1,
            "article_urls": len(bench.urls.get("article", [])),
            "uncached_warmup_s": bench.options.warmup,
            "repeat": bench.options.repeat,
        },
        "uncached_cold_start_rps": bench.warmups,
        "newsroom": {**built, "published": bench.urls.get("published"), "data_dir": str(bench.data_dir)},
        "urls": {k: v for k, v in bench.urls.items() if k != "article"},
        "queries": bench.queries,
        "ceiling": {
            "plain_rps": bench.ceiling("plain"),
            "rotating_rps": bench.ceiling("rotating"),
            "drift": bench.ceiling_drift(),
            "runs": [{"when": w, "kind": k, **r.as_json()} for _, w, k, r in bench.ceiling_runs],
        },
        "results": [row.as_json() for row in bench.rows],
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
    p50, p99 = result.latency_ms.get("p50", 0), result.latency_ms.get("p99", 0)
    cores = " ".join(f"{who} {used:.2f}" for who, used in result.cpu_cores.items() if who != "steal")
    runs = f"  (best of {', '.join(map(str, result.runs_rps))})" if len(result.runs_rps) > 1 else ""
    latency = f"p50 {p50:7.2f} ms  p99 {p99:7.2f} ms"
    return f"{result.requests_per_sec:9.0f} req/s  {latency}  [cores: {cores}]{runs}"


def us(result: wrk.WrkResult) -> str:
    us = result.server_us_per_request
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
