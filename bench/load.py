"""The bench's state and its loads: the newsrooms prepared, the URLs of each case, one case put
under wrk load (best of --repeat), the cache warmed and checked, and the ceiling runs kept.
The order of the run, mode by mode, is in run.py."""

from __future__ import annotations

import argparse
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import harness
import newsroom
import wrk
from report import MODE_LABELS, CeilingRun, Row, figures

CASES = ("home", "article", "section", "tag", "author", "most-read", "search", "searches", "archive")
# Cases whose every request asks for the next of a list of paths (bench/rotate.lua).
ROTATING = ("article", "searches")
# Pages the page cache never stores, by design: they are measured with the cache off only.
NOT_CACHED = {
    "most-read": "short-lived, changes by the minute",
    "search": "has a query string",
    "searches": "has a query string",
}
MODES = ("uncached", "cached", "nginx", "beacons")
STACKS = ("sqlite", "postgres")
# Processes other than ours using more than this many cores during a run make its figures doubtful.
BUSY_OTHERS = 0.15
# wrk gives up on a request after this long (its default, 2 s, is shorter than an uncached page
# waits in line at 256 connections, and would cut the latency figures short).
WRK_TIMEOUT_S = 10
# After a run: how long the servers may take to finish what wrk left in flight.
DRAIN_WAIT_S = 30


class Bench:
    """One run of every case in every mode asked for, on every stack, at every connection count."""

    def __init__(self, options: argparse.Namespace, tools: dict[str, str]):
        self.options = options
        self.wrk = tools["wrk"]
        self.nginx_bin = tools["nginx"]
        self.work = Path(options.work_dir).resolve()
        makers = {"sqlite": newsroom.sqlite_stack, "postgres": newsroom.postgres_stack}
        self.stacks = [makers[name](self.work, options.articles) for name in options.stacks]
        # nginx, its ceiling and the beacons: the single-machine stack, whose page cache is files.
        self.data_dir = newsroom.sqlite_stack(self.work, options.articles).data_dir
        self.run_dir = self.work / "run"
        self.rows: list[Row] = []
        self.ceiling_runs: list[CeilingRun] = []
        self.warmups: dict[tuple[str, str], float] = {}  # (stack, case) -> req/s of its cold start
        self.seq = 0
        self.stack_urls: dict[str, dict] = {}
        self.queries: dict[str, list[dict]] = {}
        self.beacons: dict | None = None  # mode (d)'s figures

    @property
    def urls(self) -> dict:
        """The first stack's URLs (SQLite's, unless it was left out)."""
        return self.stack_urls[self.stacks[0].name]

    @property
    def cases(self) -> list[str]:
        """The cases asked for (--cases)."""
        return self.options.cases

    @property
    def cached_cases(self) -> list[str]:
        """The cases asked for that the page cache stores."""
        return [case for case in self.cases if case not in NOT_CACHED]

    # Preparation -------------------------------------------------------------------------------

    def prepare(self) -> dict[str, dict]:
        """Build or reuse each stack's newsroom and choose the URLs to load; what was built, by stack."""
        self.run_dir.mkdir(parents=True, exist_ok=True)
        built = {}
        for stack in self.stacks:
            built[stack.name] = newsroom.prepare_stack(
                stack, articles=self.options.articles, rebuild=self.options.rebuild
            )
            out = self.run_dir / f"urls-{stack.name}.json"
            count = str(self.options.article_urls)
            newsroom.probe(stack.data_dir, "urls", "--count", count, "--out", str(out), env=stack.env("off"))
            urls = self.stack_urls[stack.name] = json.loads(out.read_text())
            for case in ROTATING:
                self.paths_file(stack, case).write_text("\n".join(urls[case]) + "\n")
            print(
                f"bench: {stack.label}: {urls['published']} published stories; loading "
                f"{len(urls['article'])} article URLs, {len(urls['searches'])} different searches, "
                + ", ".join(f"{case} {urls[case]}" for case in CASES if case not in ("home", *ROTATING))
            )
            if urls != self.urls:
                print(f"bench: WARNING: {stack.label} loads other URLs than {self.stacks[0].label}")
        return built

    def paths_file(self, stack: newsroom.Stack, case: str = "article") -> Path:
        """A rotating case's paths, one a line, for bench/rotate.lua."""
        return self.run_dir / f"{case}-paths-{stack.name}.txt"

    def count_queries(self) -> None:
        """SQL queries per uncached page of every case, through Django's test client (in a subprocess)."""
        for stack in self.stacks:
            urls = self.stack_urls[stack.name]
            out = self.run_dir / f"queries-{stack.name}.json"
            pages = [urls[case][0] if case in ROTATING else urls[case] for case in CASES]
            bodies = self.bodies(stack)
            args = ("queries", "--out", str(out), "--bodies", str(bodies), *pages)
            newsroom.probe(stack.data_dir, *args, env=stack.env("off"))
            self.queries[stack.name] = json.loads(out.read_text())
            print(f"\nSQL queries per uncached page, {stack.label} (Django test client, second request):")
            for case, page in zip(CASES, self.queries[stack.name], strict=True):
                print(
                    f"  {case:9} {page['queries']:3d} queries  {page['render_ms']:6.1f} ms in-process  "
                    f"{page['bytes'] / 1024:6.1f} KiB  HTTP {page['status']}  {page['url']}"
                )

    def bodies(self, stack: newsroom.Stack) -> Path:
        """Where count_queries wrote each case's HTML (0.html … in CASES order)."""
        return self.run_dir / f"bodies-{stack.name}"

    # Loading -----------------------------------------------------------------------------------

    def case_target(self, stack: newsroom.Stack, case: str) -> dict:
        """wrk's target for a case: one path, or the file of a rotating case's paths."""
        if case in ROTATING:
            return {"paths_file": self.paths_file(stack, case)}
        return {"path": self.stack_urls[stack.name][case]}

    def case_paths(self, stack: newsroom.Stack, case: str) -> list[str]:
        """Every URL a case loads."""
        urls = self.stack_urls[stack.name]
        return list(urls[case]) if case in ROTATING else [urls[case]]

    def settle(self) -> None:
        """Before a run: give other work on the machine a moment to finish (--quiet-wait)."""
        if self.options.quiet_wait > 0:
            waited = harness.wait_for_quiet(self.options.quiet_wait)
            if waited >= 1:
                print(f"  (waited {waited:.0f} s for other processes to quieten down)", flush=True)

    def load(
        self,
        servers: list[harness.Service],
        port: int,
        stack: newsroom.Stack,
        case: str,
        mode: str,
        connections: int,
        **extra: object,
    ) -> Row:
        """Put one case under load on `port`; `servers` are what answers there (for their CPU use)."""
        target = self.case_target(stack, case)
        result = self.best_of(
            port=port, servers=servers, connections=connections, process_names=stack.services, **target
        )
        return self.record(Row(case, mode, result, stack=stack.name, connections=connections, **extra))

    def record(self, row: Row) -> Row:
        """Keep `row` in the run's order, with its notes, and print its progress line."""
        self.seq += 1
        row.seq = self.seq
        self.note(row)
        self.rows.append(row)
        return row

    def note(self, row: Row) -> None:
        """Notes on errors and a busy machine, and the row's progress line."""
        result = row.result
        if result.errors:
            kinds = [f"{kind} {n}" for kind, n in result.socket_errors.items() if n]
            kinds += [f"non-2xx/3xx {result.non_2xx_3xx}"] if result.non_2xx_3xx else []
            row.notes.append(f"{result.errors} errors ({', '.join(kinds)})")
        if result.cpu_cores.get("others", 0) > BUSY_OTHERS:
            row.notes.append(f"busy machine: others used {result.cpu_cores['others']:.2f} cores")
        notes = f"  ({'; '.join(row.notes)})" if row.notes else ""
        label = f"{row.case:9} {MODE_LABELS[row.mode]:22} -c{row.connections:<5}"
        print(f"  {label} {figures(result)}{notes}", flush=True)

    def best_of(self, *, connections: int, **target: object) -> wrk.WrkResult:
        """The fastest of --repeat runs of the same load (each after the machine settles).

        Other work on a shared machine can only slow a run down, never speed it up, so the best
        run is the one closest to what the software itself can do; the ceiling is measured the
        same way, so ratios compare like with like. Every run's req/s is kept (`runs_rps`).
        """
        results = []
        for _ in range(max(1, self.options.repeat)):
            self.settle()
            results.append(self.wrk_run(connections=connections, **target))
        best = max(results, key=lambda r: (not r.errors, r.requests_per_sec))
        best.runs_rps = [round(r.requests_per_sec) for r in results]
        return best

    def wrk_run(
        self, *, servers: list[harness.Service], duration: float | None = None, **load: object
    ) -> wrk.WrkResult:
        """One wrk run (of --duration unless told) against `servers`, then the wait until they are
        idle again."""
        result = wrk.run(
            self.wrk,
            duration=duration or self.options.duration,
            threads=self.options.threads,
            timeout=WRK_TIMEOUT_S,
            servers=servers,
            **load,
        )
        waited = harness.wait_until_idle([server.process.pid for server in servers], DRAIN_WAIT_S)
        if waited >= DRAIN_WAIT_S:
            print(f"  bench: WARNING: the servers were still busy {waited:.0f} s after wrk stopped")
        return result

    def serve(self, pagecache: str, stack: newsroom.Stack | None = None) -> harness.Service:
        """`masthead serve` on a free port with MASTHEAD_PAGECACHE=`pagecache`, for `stack` (SQLite's
        by default)."""
        stack = stack or newsroom.sqlite_stack(self.work, self.options.articles)
        port = harness.free_port()
        return harness.masthead_serve(
            env=stack.env(pagecache),
            port=port,
            log=self.run_dir / f"serve-{stack.name}-{pagecache}.log",
            workers=self.options.workers,
            threads=self.options.server_threads,
        )

    def warm_up(self, server: harness.Service, stack: newsroom.Stack, case: str) -> None:
        """An untimed run under the same load first, so the timed one sees a server in its steady
        state (per-process section, author and tag copies and rendered cards filled), as a
        long-running site is; its figure is printed as the cold start's, and not counted."""
        if self.options.warmup <= 0:
            return
        connections = self.options.connection_counts[0]
        result = self.wrk_run(
            port=server.port,
            duration=self.options.warmup,
            connections=connections,
            servers=[server],
            process_names=stack.services,
            **self.case_target(stack, case),
        )
        print(f"  {case:9} {'warm-up, not counted':22} -c{connections:<5} {figures(result)}", flush=True)
        self.warmups[(stack.name, case)] = result.requests_per_sec

    def ceiling(self, kind: str, seq: int | None = None, connections: int | None = None) -> float | None:
        """The ceiling for one wrk kind ("plain" or "rotating") at one connection count (or all).

        For a row at position `seq`: the mean of the ceiling runs just before and just after it,
        so its ratio compares runs made minutes apart at most. Otherwise the mean of all runs.
        """
        runs = [
            (run.seq, run.result.requests_per_sec)
            for run in self.ceiling_runs
            if run.kind == kind and connections in (None, run.connections)
        ]
        if seq is not None:
            before = [rate for at, rate in runs if at < seq][-1:]
            after = [rate for at, rate in runs if at > seq][:1]
            runs = [(0, rate) for rate in before + after] or runs
        return sum(rate for _, rate in runs) / len(runs) if runs else None

    def ceiling_drift(self) -> float:
        """How far apart the ceiling runs of one kind and connection count are (0.1 = 10 % of their mean)."""
        drift = 0.0
        for kind, connections in {(run.kind, run.connections) for run in self.ceiling_runs}:
            rates = [
                r.result.requests_per_sec
                for r in self.ceiling_runs
                if (r.kind, r.connections) == (kind, connections)
            ]
            if len(rates) > 1:
                drift = max(drift, (max(rates) - min(rates)) / (sum(rates) / len(rates)))
        return drift

    # Checks ------------------------------------------------------------------------------------

    def check_pages(self, stack: newsroom.Stack, port: int) -> None:
        """Every case answers 200 (a redirect or 404 would measure the wrong thing)."""
        client = harness.Client(port)
        for case in self.cases:
            for path in self.case_paths(stack, case)[:5]:
                answer = client.get(path)
                if answer.status != 200:
                    print(f"bench: WARNING: {stack.name} {case} {path} answers HTTP {answer.status}")
        client.close()

    def warm(self, stack: newsroom.Stack, port: int) -> dict[str, float]:
        """Request every URL once (it renders and is stored), then again: the share answered from cache."""
        shares: dict[str, float] = {}
        for case in self.cached_cases:
            paths = self.case_paths(stack, case)
            with ThreadPoolExecutor(4) as pool:
                list(pool.map(lambda chunk: _get_all(port, chunk), _chunks(paths, 4)))
                answers = [
                    a for chunk in pool.map(lambda c: _get_all(port, c), _chunks(paths, 4)) for a in chunk
                ]
            hits = sum(1 for a in answers if a.status == 200 and a.headers.get("x-cache") == "HIT")
            bad = sum(1 for a in answers if a.status != 200)
            shares[case] = hits / len(answers)
            print(
                f"  {case:9} {len(paths):5d} URLs: {hits} answered with X-Cache: HIT"
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


def _chunks(items: list[str], n: int) -> list[list[str]]:
    return [items[i::n] for i in range(n) if items[i::n]]


def _get_all(port: int, paths: list[str]) -> list[harness.Answer]:
    client = harness.Client(port)
    try:
        return [client.get(path) for path in paths]
    finally:
        client.close()
