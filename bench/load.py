"""The bench's runs: the newsroom prepared, each case put under wrk load in each serving mode, and
the ceiling (nginx sending a static file) measured around them."""

from __future__ import annotations

import argparse
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import harness
import newsroom
import nginx
import wrk
from beacons import run_beacons
from report import MODE_LABELS, Row, figures

CASES = ("home", "article", "section", "tag")
MODES = ("uncached", "cached", "nginx", "beacons")
# Processes other than ours using more than this many cores during a run make its figures doubtful.
BUSY_OTHERS = 0.15


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
        self.ceiling_runs: list[tuple[int, str, str, wrk.WrkResult]] = []
        self.warmups: dict[str, float] = {}  # uncached case -> req/s of its cold, untimed start
        self.seq = 0
        self.urls: dict = {}
        self.queries: list[dict] = []
        self.beacons: dict | None = None  # mode (d)'s figures

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
        print(f"  {case:8} {MODE_LABELS[mode]:22} {figures(result)}{notes}", flush=True)
        self.rows.append(row)
        return row

    def best_of(self, **target: object) -> wrk.WrkResult:
        """The fastest of --repeat runs of the same load (each after the machine settles).

        Other work on a shared machine can only slow a run down, never speed it up, so the best
        run is the one closest to what the software itself can do; the ceiling is measured the
        same way, so ratios compare like with like. Every run's req/s is kept (`runs_rps`).
        """
        results = []
        for _ in range(max(1, self.options.repeat)):
            self.settle()
            results.append(
                wrk.run(
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
        result = wrk.run(
            self.wrk,
            port=server.port,
            duration=self.options.warmup,
            connections=self.options.connections,
            threads=self.options.threads,
            servers=[server],
            **self.case_target(case),
        )
        print(f"  {case:8} {'warm-up, not counted':22} {figures(result)}", flush=True)
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
        config = nginx.deploy_config(prefix, port=port, data_dir=self.data_dir, upstream_port=upstream.port)
        with nginx.start(self.nginx_bin, prefix, config) as front:
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
        config = nginx.ceiling_config(prefix, port=port, root=self.data_dir / "pagecache" / "pages")
        with nginx.start(self.nginx_bin, prefix, config) as server:
            server.wait_until_serving(port, f"{self.urls['article'][0]}index.html")
            result = self.best_of(port=port, paths_file=paths, servers=[server])
        self.seq += 1
        self.rows.append(Row("article", "files", result, seq=self.seq))
        print(f"  article  {MODE_LABELS['files']:22} {figures(result)}", flush=True)

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
        config = nginx.ceiling_config(prefix, port=port, root=root)
        with nginx.start(self.nginx_bin, prefix, config) as server:
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
                print(f"  ceiling ({kind:8}) {figures(result)}{errors}", flush=True)

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

    # Running -----------------------------------------------------------------------------------

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
            run_beacons(self)


def _chunks(items: list[str], n: int) -> list[list[str]]:
    return [items[i::n] for i in range(n) if items[i::n]]


def _get_all(port: int, paths: list[str]) -> list[harness.Answer]:
    client = harness.Client(port)
    try:
        return [client.get(path) for path in paths]
    finally:
        client.close()
