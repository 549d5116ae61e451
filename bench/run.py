"""`make bench`: how fast Masthead answers reader pages, uncached, cached, and cached behind nginx.

A benchmark, not a test: it builds (or reuses) a newsroom in var/bench/, serves it on 127.0.0.1,
loads it with wrk and prints requests/s and latency against the machine's ceiling (nginx sending
one article's HTML as a static file). Results also go to var/bench/pages.json. See bench/README.md.

    .venv/bin/python bench/run.py                      # the full run: 10 s per case, 32 connections
    .venv/bin/python bench/run.py --duration 3         # a quick look
    .venv/bin/python bench/run.py --cases article --modes cached,nginx
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import harness
import newsroom

ROOT = Path(__file__).resolve().parent.parent
CASES = ("home", "article", "section", "tag")
MODES = ("uncached", "cached", "nginx", "beacons")
BEACON_TARGET = 5000  # view beacons a second, on 2 cores
EXACT_BEACONS = 20_000  # sent one by one after the load, each must be stored
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
# Ceiling runs further apart than this: the machine's speed changed during the run.
CEILING_DRIFT = 0.1
# Processes other than ours using more than this many cores during a run make its figures doubtful.
BUSY_OTHERS = 0.15


@dataclass
class Row:
    """One measured case in one serving mode."""

    case: str
    mode: str
    result: harness.WrkResult
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


class Bench:
    """One run of every case in every mode asked for."""

    def __init__(self, options: argparse.Namespace, tools: dict[str, str]):
        self.options = options
        self.wrk = tools["wrk"]
        self.nginx_bin = tools["nginx"]
        self.work = Path(options.work_dir).resolve()
        self.data_dir = self.work / f"newsroom-{options.articles}"
        self.run_dir = self.work / "run"
        self.rows: list[Row] = []
        # (position in the run, when, "plain" or "rotating", result)
        self.ceiling_runs: list[tuple[int, str, str, harness.WrkResult]] = []
        self.warmups: dict[str, float] = {}  # uncached case -> req/s of its cold, untimed start
        self.seq = 0
        self.urls: dict = {}
        self.queries: list[dict] = []

    # Preparation -------------------------------------------------------------------------------

    def prepare(self) -> dict:
        """Build or reuse the newsroom and choose the URLs to load."""
        built = newsroom.prepare(self.data_dir, articles=self.options.articles, rebuild=self.options.rebuild)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        urls_file = self.run_dir / "urls.json"
        newsroom.probe(
            self.data_dir, "urls", "--count", str(self.options.article_urls), "--out", str(urls_file)
        )
        self.urls = json.loads(urls_file.read_text())
        (self.run_dir / "article-paths.txt").write_text("\n".join(self.urls["article"]) + "\n")
        print(
            f"bench: {self.urls['published']} published stories; loading {len(self.urls['article'])} "
            f"article URLs, section {self.urls['section']}, tag {self.urls['tag']}"
        )
        return built

    def count_queries(self) -> None:
        """SQL queries per uncached page, through Django's test client (in a subprocess)."""
        out = self.run_dir / "queries.json"
        pages = [self.urls["home"], self.urls["article"][0], self.urls["section"], self.urls["tag"]]
        bodies = self.run_dir / "bodies"
        newsroom.probe(self.data_dir, "queries", "--out", str(out), "--bodies", str(bodies), *pages)
        self.queries = json.loads(out.read_text())
        print("\nSQL queries per uncached page (Django test client, second request):")
        for case, page in zip(CASES, self.queries, strict=True):
            print(
                f"  {case:8} {page['queries']:3d} queries  {page['render_ms']:6.1f} ms in-process  "
                f"{page['bytes'] / 1024:6.1f} KiB  HTTP {page['status']}  {page['url']}"
            )

    # Serving modes -----------------------------------------------------------------------------

    def case_target(self, case: str) -> dict:
        """wrk's target for a case: one path, or the file of article paths."""
        if case == "article":
            return {"paths_file": self.run_dir / "article-paths.txt"}
        return {"path": self.urls[case]}

    def case_paths(self, case: str) -> list[str]:
        """Every URL a case loads."""
        return list(self.urls["article"]) if case == "article" else [self.urls[case]]

    def settle(self) -> None:
        """Before a run: give other work on the machine a moment to finish (--quiet-wait)."""
        if self.options.quiet_wait > 0:
            waited = harness.wait_for_quiet(self.options.quiet_wait)
            if waited >= 1:
                print(f"  (waited {waited:.0f} s for other processes to quieten down)", flush=True)

    def load(self, servers: list[harness.Service], port: int, case: str, mode: str, **extra: object) -> Row:
        """Put one case under load on `port`; `servers` are what answers there (for their CPU use)."""
        result = self.best_of(port=port, servers=servers, **self.case_target(case))
        self.seq += 1
        row = Row(case, mode, result, seq=self.seq, **extra)
        if result.errors:
            row.notes.append(
                f"{result.errors} errors {result.socket_errors} non-2xx/3xx={result.non_2xx_3xx}"
            )
        if result.cpu_cores.get("others", 0) > BUSY_OTHERS:
            row.notes.append(f"busy machine: others used {result.cpu_cores['others']:.2f} cores")
        notes = f"  ({'; '.join(row.notes)})" if row.notes else ""
        print(f"  {case:8} {MODE_LABELS[mode]:22} {_figures(result)}{notes}", flush=True)
        self.rows.append(row)
        return row

    def best_of(self, **target: object) -> harness.WrkResult:
        """The fastest of --repeat runs of the same load (each after the machine settles).

        Other work on a shared machine can only slow a run down, never speed it up, so the best
        run is the one closest to what the software itself can do; the ceiling is measured the
        same way, so ratios compare like with like. Every run's req/s is kept (`runs_rps`).
        """
        results = []
        for _ in range(max(1, self.options.repeat)):
            self.settle()
            results.append(
                harness.run_wrk(
                    self.wrk,
                    duration=self.options.duration,
                    connections=self.options.connections,
                    threads=self.options.threads,
                    **target,
                )
            )
        best = max(results, key=lambda r: (not r.errors, r.requests_per_sec))
        best.runs_rps = [round(r.requests_per_sec) for r in results]
        return best

    def serve(self, pagecache: str) -> harness.Service:
        """`masthead serve` on a free port, with MASTHEAD_PAGECACHE=`pagecache`."""
        port = harness.free_port()
        service = harness.masthead_serve(
            env=newsroom.site_env(self.data_dir, pagecache=pagecache),
            port=port,
            log=self.run_dir / f"serve-{pagecache}.log",
            workers=self.options.workers,
            threads=self.options.server_threads,
        )
        return service

    def run_uncached(self) -> None:
        """(a) Every case with the page cache off."""
        print("\n(a) masthead serve, MASTHEAD_PAGECACHE=off", flush=True)
        with self.serve("off") as server:
            server.wait_until_serving(server.port, self.urls["home"])
            self.check_pages(server.port)
            for case in self.cases:
                self.warm_up(server, case)
                self.load([server], server.port, case, "uncached")

    def warm_up(self, server: harness.Service, case: str) -> None:
        """An untimed run under the same load first, so the timed one sees a server in its steady
        state (per-process section, author and tag copies and rendered cards filled), as a
        long-running site is; its figure is printed as the cold start's, and not counted."""
        if self.options.warmup <= 0:
            return
        result = harness.run_wrk(
            self.wrk,
            port=server.port,
            duration=self.options.warmup,
            connections=self.options.connections,
            threads=self.options.threads,
            servers=[server],
            **self.case_target(case),
        )
        print(f"  {case:8} {'warm-up, not counted':22} {_figures(result)}", flush=True)
        self.warmups[case] = result.requests_per_sec

    def run_cached(self) -> None:
        """(b) and (c): one warmed server, loaded directly and then through nginx."""
        newsroom.clear_page_cache(self.data_dir)
        with self.serve("files") as server:
            server.wait_until_serving(server.port, self.urls["home"])
            print("\nwarming the page cache …", flush=True)
            shares = self.warm(server.port)
            self.run_ceiling("before cached")
            if "cached" in self.options.modes:
                print("\n(b) masthead serve, file cache on, warmed", flush=True)
                for case in self.cases:
                    row = self.load([server], server.port, case, "cached", cached_share=shares[case])
                    if shares[case] < 1:
                        row.notes.append(f"NOT CACHED: X-Cache HIT on {shares[case]:.0%} of its URLs")
                self.run_ceiling("after cached")
            if "nginx" in self.options.modes:
                self.run_nginx(server)
                self.run_ceiling("after nginx")

    def run_nginx(self, upstream: harness.Service) -> None:
        """(c) deploy/nginx.conf in front of `upstream`, the warmed server."""
        print("\n(c) deploy/nginx.conf in front of masthead serve, same data dir", flush=True)
        port = harness.free_port()
        prefix = self.run_dir / "nginx-deploy"
        config = harness.nginx_deploy_config(
            prefix, port=port, data_dir=self.data_dir, upstream_port=upstream.port
        )
        with harness.nginx(self.nginx_bin, prefix, config) as front:
            front.wait_until_serving(port, self.urls["home"])
            shares = {case: self.served_by_nginx(port, self.case_paths(case)) for case in self.cases}
            for case in self.cases:
                row = self.load([front, upstream], port, case, "nginx", cached_share=shares[case])
                if shares[case] < 1:
                    row.notes.append(
                        f"NOT FROM FILES: nginx answered {shares[case]:.0%} of its URLs from files"
                    )
        if "article" in self.cases:
            self.run_article_files()

    def run_article_files(self) -> None:
        """For reference: nginx sending the 1,000 cached article files as plain static files.

        The ceiling is one short file; this shows what 1,000 long paths cost nginx by themselves,
        apart from what deploy/nginx.conf adds.
        """
        print("\n(reference) nginx sending the same 1,000 article files as plain static files", flush=True)
        paths = self.run_dir / "article-files.txt"
        paths.write_text("".join(f"{path}index.html\n" for path in self.urls["article"]))
        port = harness.free_port()
        prefix = self.run_dir / "nginx-files"
        config = harness.nginx_ceiling_config(prefix, port=port, root=self.data_dir / "pagecache" / "pages")
        with harness.nginx(self.nginx_bin, prefix, config) as server:
            server.wait_until_serving(port, f"{self.urls['article'][0]}index.html")
            result = self.best_of(port=port, paths_file=paths, servers=[server])
        self.seq += 1
        self.rows.append(Row("article", "files", result, seq=self.seq))
        print(f"  article  {MODE_LABELS['files']:22} {_figures(result)}", flush=True)

    def run_ceiling(self, when: str) -> None:
        """nginx sending the first article's HTML as a static file: the fastest answer this machine gives.

        Measured before and after each cached mode; each row is compared with the runs on either
        side of it, and runs far apart say the machine's speed changed during the run.
        """
        print(f"\n(ceiling, {when}) nginx sending one article's HTML as a static file", flush=True)
        root = self.run_dir / "ceiling"
        root.mkdir(parents=True, exist_ok=True)
        (root / "article.html").write_bytes((self.run_dir / "bodies" / "1.html").read_bytes())
        (self.run_dir / "ceiling-paths.txt").write_text("/article.html\n")
        port = harness.free_port()
        prefix = self.run_dir / "nginx-ceiling"
        config = harness.nginx_ceiling_config(prefix, port=port, root=root)
        with harness.nginx(self.nginx_bin, prefix, config) as server:
            server.wait_until_serving(port, "/article.html")
            # Plain wrk for the one-URL cases; the Lua script the article case uses, for that case.
            runs = {
                "plain": {"path": "/article.html"},
                "rotating": {"paths_file": self.run_dir / "ceiling-paths.txt"},
            }
            for kind, target in runs.items():
                result = self.best_of(port=port, servers=[server], **target)
                self.seq += 1
                self.ceiling_runs.append((self.seq, when, kind, result))
                errors = f"  ({result.errors} errors)" if result.errors else ""
                print(f"  ceiling ({kind:8}) {_figures(result)}{errors}", flush=True)

    def ceiling(self, kind: str, seq: int | None = None) -> float:
        """The ceiling for one wrk kind ("plain" or "rotating").

        For a row at position `seq`: the mean of the ceiling runs just before and just after it,
        so its ratio compares runs made minutes apart at most. Otherwise the mean of all runs.
        """
        runs = [(at, result.requests_per_sec) for at, _, k, result in self.ceiling_runs if k == kind]
        if seq is not None:
            before = [rate for at, rate in runs if at < seq][-1:]
            after = [rate for at, rate in runs if at > seq][:1]
            runs = [(0, rate) for rate in before + after] or runs
        return sum(rate for _, rate in runs) / len(runs)

    def ceiling_drift(self) -> float:
        """How far apart the ceiling runs are, relative to their mean (0.1 = 10 %)."""
        drift = 0.0
        for kind in ("plain", "rotating"):
            rates = [result.requests_per_sec for _, _, k, result in self.ceiling_runs if k == kind]
            if len(rates) > 1:
                drift = max(drift, (max(rates) - min(rates)) / self.ceiling(kind))
        return drift

    # Checks ------------------------------------------------------------------------------------

    def check_pages(self, port: int) -> None:
        """Every single-URL case answers 200 (a redirect or 404 would measure the wrong thing)."""
        client = harness.Client(port)
        for case in self.cases:
            for path in self.case_paths(case)[:5]:
                answer = client.get(path)
                if answer.status != 200:
                    print(f"bench: WARNING: {case} {path} answers HTTP {answer.status}")
        client.close()

    def warm(self, port: int) -> dict[str, float]:
        """Request every URL once (it renders and is stored), then again: the share answered from cache."""
        shares: dict[str, float] = {}
        for case in self.cases:
            paths = self.case_paths(case)
            with ThreadPoolExecutor(4) as pool:
                list(pool.map(lambda chunk: _get_all(port, chunk), _chunks(paths, 4)))
                answers = [
                    a for chunk in pool.map(lambda c: _get_all(port, c), _chunks(paths, 4)) for a in chunk
                ]
            hits = sum(1 for a in answers if a.status == 200 and a.headers.get("x-cache") == "HIT")
            bad = sum(1 for a in answers if a.status != 200)
            shares[case] = hits / len(answers)
            print(
                f"  {case:8} {len(paths):5d} URLs: {hits} answered with X-Cache: HIT"
                + (f", {bad} not HTTP 200" if bad else ""),
                flush=True,
            )
            if hits < len(answers):
                print(
                    f"  bench: WARNING: the cached {case} case is not (fully) answered from the page cache; "
                    "its figures are not those of cached pages (are surrogate keys registered by the views?)"
                )
        return shares

    def served_by_nginx(self, port: int, paths: list[str]) -> float:
        """The share of `paths` nginx answered from files (X-Cache HIT without Masthead's Surrogate-Key)."""
        answers = _get_all(port, paths)
        from_files = sum(
            1
            for a in answers
            if a.status == 200 and a.headers.get("x-cache") == "HIT" and "surrogate-key" not in a.headers
        )
        return from_files / len(answers)

    # Running and reporting ---------------------------------------------------------------------

    @property
    def cases(self) -> list[str]:
        """The cases asked for (--cases)."""
        return self.options.cases

    def run(self) -> None:
        """Every mode asked for, the cached ones each between two ceiling runs."""
        if "uncached" in self.options.modes:
            self.run_uncached()
        if {"cached", "nginx"} & set(self.options.modes):
            self.run_cached()
        else:
            self.run_ceiling("after")
        for row in self.rows:
            row.ceiling_rps = self.ceiling("rotating" if row.case == "article" else "plain", row.seq)
        if "beacons" in self.options.modes:
            self.run_beacons()

    def run_beacons(self) -> None:
        """(d) View beacons into `masthead serve`: how many a second, and whether every accepted
        one is stored (each comes from a different reader, so each must count once)."""
        print("\n(d) view beacons: POST /beacon/, each from a new reader", flush=True)
        ids = self.run_dir / "beacon-ids.txt"
        newsroom.probe_script(self.data_dir, "beacon_probe.py", "ids", "--count", "1000", "--out", str(ids))
        before = int(newsroom.probe_script(self.data_dir, "beacon_probe.py", "total"))
        with self.serve("files") as server:
            server.wait_until_serving(server.port, self.urls["home"])
            self.settle()
            result = harness.run_wrk(
                self.wrk,
                port=server.port,
                path="/beacon/",
                script=harness.ROOT / "bench" / "beacon.lua",
                script_args=[str(ids)],
                duration=self.options.duration,
                connections=self.options.connections,
                threads=self.options.threads,
                servers=[server],
            )
            # wrk stops with requests in flight that it never counts, but the server does; so
            # "nothing lost" is checked on a pass of exactly EXACT_BEACONS from our own client.
            time.sleep(3)  # the last flush (every second) lands
            before = int(newsroom.probe_script(self.data_dir, "beacon_probe.py", "total"))
            accepted = _send_beacons(server.port, ids.read_text().split(), EXACT_BEACONS)
            time.sleep(3)
        stored = int(newsroom.probe_script(self.data_dir, "beacon_probe.py", "total")) - before
        self.beacons = {
            "beacons_per_s": result.requests_per_sec,
            "wrk_errors": result.errors,
            "accepted": accepted,
            "stored": stored,
            "lost": accepted - stored,
            "target_per_s": BEACON_TARGET,
            "p99_ms": result.latency_ms.get("p99"),
        }
        ok = result.requests_per_sec >= BEACON_TARGET and stored == accepted == EXACT_BEACONS
        verdict = "PASS" if ok and not result.errors else "MISS"
        print(
            f"  beacons  {result.requests_per_sec:9.0f} /s  p99 {result.latency_ms.get('p99', 0):.2f} ms  "
            f"accepted {accepted}, stored {stored} ({'nothing lost' if stored == accepted else 'LOST'})  "
            f"target >= {BEACON_TARGET}/s: {verdict}",
            flush=True,
        )

    def table(self) -> str:
        """The results as a plain-text table."""
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
        for _, when, kind, result in self.ceiling_runs:
            lines.append(
                (
                    "ceiling",
                    f"{MODE_LABELS['ceiling']} ({kind}, {when})",
                    f"{result.requests_per_sec:.0f}",
                    f"{result.latency_ms.get('p50', 0):.2f}",
                    f"{result.latency_ms.get('p99', 0):.2f}",
                    f"{result.requests_per_sec / self.ceiling(kind):.2f}",
                    _us(result),
                    "",
                    "",
                    f"{result.errors} errors" if result.errors else "",
                )
            )
        for case in self.cases:
            for row in (r for r in self.rows if r.case == case):
                target, verdict = row.target()
                lines.append(
                    (
                        row.case,
                        MODE_LABELS[row.mode],
                        f"{row.result.requests_per_sec:.0f}",
                        f"{row.result.latency_ms.get('p50', 0):.2f}",
                        f"{row.result.latency_ms.get('p99', 0):.2f}",
                        f"{row.ratio:.2f}" if row.ratio is not None else "",
                        _us(row.result),
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

    def report(self, built: dict) -> Path:
        """Write pages.json (and its copy in history/); returns its path."""
        results = {
            "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine(),
            "code": code_version(),
            "settings": {
                "duration_s": self.options.duration,
                "connections": self.options.connections,
                "wrk_threads": self.options.threads,
                "serve_workers": self.options.workers or os.cpu_count(),
                "serve_threads": self.options.server_threads or 1,
                "article_urls": len(self.urls.get("article", [])),
                "uncached_warmup_s": self.options.warmup,
                "repeat": self.options.repeat,
            },
            "uncached_cold_start_rps": self.warmups,
            "newsroom": {**built, "published": self.urls.get("published"), "data_dir": str(self.data_dir)},
            "urls": {k: v for k, v in self.urls.items() if k != "article"},
            "queries": self.queries,
            "ceiling": {
                "plain_rps": self.ceiling("plain"),
                "rotating_rps": self.ceiling("rotating"),
                "drift": self.ceiling_drift(),
                "runs": [{"when": w, "kind": k, **r.as_json()} for _, w, k, r in self.ceiling_runs],
            },
            "results": [row.as_json() for row in self.rows],
            "beacons": getattr(self, "beacons", None),
        }
        out = self.work / "pages.json"
        out.write_text(json.dumps(results, indent=1, ensure_ascii=False))
        history = self.work / "history"
        history.mkdir(exist_ok=True)
        stamp = results["run_at"].replace(":", "").replace("-", "")
        (history / f"pages-{stamp}.json").write_text(out.read_text())
        return out


def _send_beacons(port: int, ids: list[str], count: int) -> int:
    """POST `count` beacons over keep-alive connections, each from a new reader; how many got 204."""
    import http.client

    def send(part: int) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        ok = 0
        for n in range(part, count, 4):
            body = f"a={ids[n % len(ids)]}"
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "User-Agent": f"Mozilla/5.0 (exact bench reader {n})",
            }
            connection.request("POST", "/beacon/", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            ok += response.status == 204
        connection.close()
        return ok

    with ThreadPoolExecutor(4) as pool:
        return sum(pool.map(send, range(4)))


def _figures(result: harness.WrkResult) -> str:
    p50, p99 = result.latency_ms.get("p50", 0), result.latency_ms.get("p99", 0)
    cores = " ".join(f"{who} {used:.2f}" for who, used in result.cpu_cores.items() if who != "steal")
    runs = f"  (best of {', '.join(map(str, result.runs_rps))})" if len(result.runs_rps) > 1 else ""
    latency = f"p50 {p50:7.2f} ms  p99 {p99:7.2f} ms"
    return f"{result.requests_per_sec:9.0f} req/s  {latency}  [cores: {cores}]{runs}"


def _us(result: harness.WrkResult) -> str:
    us = result.server_us_per_request
    return "" if us is None else f"{us:.0f}" if us >= 100 else f"{us:.1f}"


def _chunks(items: list[str], n: int) -> list[list[str]]:
    return [items[i::n] for i in range(n) if items[i::n]]


def _get_all(port: int, paths: list[str]) -> list[harness.Answer]:
    client = harness.Client(port)
    try:
        return [client.get(path) for path in paths]
    finally:
        client.close()


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
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False, env=env
    )
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    return {"commit": head.stdout.strip(), "modified_files": len(status.stdout.splitlines())}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; every default is the full run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=int, default=10_000, help="stories in the newsroom (default 10000)"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the newsroom again even if it exists")
    parser.add_argument("--duration", type=float, default=10, help="seconds of load per case (default 10)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each measured load; the fastest counts, as for the ceiling (default 3)",
    )
    parser.add_argument(
        "--warmup",
        type=float,
        default=10,
        help="seconds of untimed load before each uncached case (default 10; 0: none)",
    )
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument(
        "--article-urls", type=int, default=1000, help="different article URLs (default 1000)"
    )
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, of {', '.join(CASES)}")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    parser.add_argument(
        "--workers", type=int, help="masthead serve --workers (default: its own, one per core)"
    )
    parser.add_argument("--server-threads", type=int, help="masthead serve --threads (default: its own)")
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=30,
        help="before each run, wait up to this many seconds for other processes to go idle (default 30)",
    )
    parser.add_argument("--work-dir", default=str(ROOT / "var" / "bench"), help="default var/bench")
    options = parser.parse_args(argv)
    for name, allowed in (("cases", CASES), ("modes", MODES)):
        chosen = [item for item in getattr(options, name).split(",") if item]
        unknown = set(chosen) - set(allowed)
        if unknown or not chosen:
            parser.error(f"--{name}: choose from {', '.join(allowed)}")
        setattr(options, name, [item for item in allowed if item in chosen])
    return options


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; servers it starts are stopped however it ends."""
    options = parse_args(argv)
    # A TERM (say, from `timeout`) unwinds like Ctrl-C, so every server is stopped.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    tools = harness.ensure_tools({"wrk": "wrk", "nginx": "nginx"})
    bench = Bench(options, tools)
    started = time.monotonic()
    built = bench.prepare()
    bench.count_queries()
    bench.run()
    load = f"wrk -t{options.threads} -c{options.connections}, {options.duration:g} s per case"
    print(f"\nMasthead page bench ({load}):\n")
    print(bench.table())
    plain, rotating = bench.ceiling("plain"), bench.ceiling("rotating")
    print(
        f"\nceiling: {plain:.0f} req/s (plain wrk), {rotating:.0f} req/s (bench/rotate.lua, for articles) on "
        "average; each row is compared with the ceiling runs just before and after it"
    )
    if bench.ceiling_drift() > CEILING_DRIFT:
        print(
            f"WARNING: the ceiling runs differ by up to {bench.ceiling_drift():.0%}: the machine's speed "
            "changed during the run (other load, or a noisy neighbour on a VM); compare ratios with care"
        )
    out = bench.report(built)
    shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    print(f"\nresults: {shown}  (whole run {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
