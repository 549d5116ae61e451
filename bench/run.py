"""`make bench`: how fast Masthead answers reader pages, uncached, cached, and cached behind nginx,
on SQLite with the file page cache and on PostgreSQL with the page cache in Redis.

A benchmark, not a test: it builds (or reuses) a newsroom in var/bench/ on each stack, serves it on
127.0.0.1, loads each kind of page with wrk at each connection count and prints requests/s,
latency and the servers' CPU per request against the machine's ceiling (nginx sending one
article's HTML as a static file) and the targets. Results also go to var/bench/pages.json.
See bench/README.md.

    .venv/bin/python bench/run.py                      # the full run: every case, 32 and 256 connections
    .venv/bin/python bench/run.py --duration 3 --repeat 1 --warmup 2   # a quick look
    .venv/bin/python bench/run.py --cases article --modes cached,nginx --stacks sqlite
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import harness
import newsroom
import nginx
import report
from beacons import run_beacons
from load import CASES, MODES, NOT_CACHED, STACKS, Bench
from report import CeilingRun, Row, figures

ROOT = Path(__file__).resolve().parent.parent
# Ceiling runs further apart than this: the machine's speed changed during the run.
CEILING_DRIFT = 0.1
# Open files besides wrk's and the servers' sockets: logs, the database, templates, nginx's own.
SPARE_FILES = 1024


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; every default is the full run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=int, default=10_000, help="stories in the newsroom (default 10000)"
    )
    parser.add_argument("--rebuild", action="store_true", help="build the newsrooms again even if they exist")
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
    parser.add_argument(
        "--connections",
        default="32,256",
        help="wrk connection counts, comma-separated; every case and mode runs at each "
        "(default 32,256; view beacons use the first)",
    )
    parser.add_argument(
        "--max-connections",
        type=int,
        default=1024,
        help="one run of the cached home page at this many connections, judged on errors alone "
        "(default 1024; 0: none)",
    )
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument(
        "--article-urls", type=int, default=1000, help="different article URLs (default 1000)"
    )
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, of {', '.join(CASES)}")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    parser.add_argument(
        "--stacks",
        help="comma-separated, of sqlite, postgres (default: both when PostgreSQL on 127.0.0.1:5432 "
        "and Redis on 127.0.0.1:6379 answer, else sqlite)",
    )
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
    for name, allowed in (("cases", CASES), ("modes", MODES), ("stacks", STACKS)):
        given = getattr(options, name)
        if given is None:
            continue
        chosen = [item for item in given.split(",") if item]
        unknown = set(chosen) - set(allowed)
        if unknown or not chosen:
            parser.error(f"--{name}: choose from {', '.join(allowed)}")
        setattr(options, name, [item for item in allowed if item in chosen])
    try:
        counts = [int(n) for n in options.connections.split(",") if n.strip()]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1:
        parser.error("--connections: one or more positive numbers, comma-separated (e.g. 32,256)")
    options.connection_counts = counts
    # View beacons (bench/beacons.py) load at one count: the first.
    options.connections = counts[0]
    return options


def choose_stacks(options: argparse.Namespace) -> None:
    """--stacks as asked, or both when PostgreSQL and Redis answer; modes that need SQLite's files."""
    missing = newsroom.scale_out_missing() if options.stacks != ["sqlite"] else ""
    if options.stacks is None:
        options.stacks = ["sqlite"] if missing else list(STACKS)
        if missing:
            print(f"bench: SQLite only: the PostgreSQL + Redis stack is not measured, as {missing}")
    elif "postgres" in options.stacks and missing:
        raise SystemExit(f"bench: --stacks postgres: {missing}")
    if "sqlite" not in options.stacks:
        dropped = [mode for mode in ("nginx", "beacons") if mode in options.modes]
        if dropped:
            print(f"bench: {', '.join(dropped)}: SQLite's file page cache only; not measured")
            options.modes = [mode for mode in options.modes if mode not in dropped]


def run_uncached(bench: Bench, stack: newsroom.Stack) -> None:
    """(a) Every case with the page cache off, at each connection count."""
    print(f"\n(a) {stack.label}: masthead serve, MASTHEAD_PAGECACHE=off", flush=True)
    stack.forget_cached()  # on Redis: Django's cache starts empty, as a fresh process's does
    with bench.serve("off", stack) as server:
        server.wait_until_serving(server.port, bench.stack_urls[stack.name]["home"])
        bench.check_pages(stack, server.port)
        for case in bench.cases:
            bench.warm_up(server, stack, case)
            for connections in bench.options.connection_counts:
                bench.load([server], server.port, stack, case, "uncached", connections)


def run_cached(bench: Bench) -> None:
    """(b) each stack's warmed server loaded directly, (c) SQLite's through nginx; ceilings around."""
    skipped = [case for case in bench.cases if case in NOT_CACHED]
    if skipped:
        print(
            "\nnever stored by the page cache, so measured uncached only: "
            + "; ".join(f"{case} ({NOT_CACHED[case]})" for case in skipped)
        )
    wanted = [s for s in bench.stacks if "cached" in bench.options.modes or s.name == "sqlite"]
    with ExitStack() as running:
        servers: dict[str, tuple[harness.Service, dict[str, float]]] = {}
        for stack in wanted:
            stack.forget_cached()
            server = running.enter_context(bench.serve(stack.page_store, stack))
            server.wait_until_serving(server.port, bench.stack_urls[stack.name]["home"])
            print(f"\nwarming the page cache, {stack.label} …", flush=True)
            servers[stack.name] = (server, bench.warm(stack, server.port))
        run_ceiling(bench, "before cached")
        if "cached" in bench.options.modes:
            for stack in wanted:
                run_cached_stack(bench, stack, *servers[stack.name])
            run_ceiling(bench, "after cached")
        if "nginx" in bench.options.modes and "sqlite" in servers:
            run_nginx(bench, servers["sqlite"][0])
            run_ceiling(bench, "after nginx")


def run_cached_stack(bench: Bench, stack: newsroom.Stack, server: harness.Service, shares: dict) -> None:
    """(b) One stack's warmed server at each connection count, then the many-connections check."""
    print(f"\n(b) {stack.label}: masthead serve, page cache on ({stack.page_store}), warmed", flush=True)
    for case in bench.cached_cases:
        for connections in bench.options.connection_counts:
            row = bench.load(
                [server], server.port, stack, case, "cached", connections, cached_share=shares[case]
            )
            if shares[case] < 1:
                row.notes.append(f"NOT CACHED: X-Cache HIT on {shares[case]:.0%} of its URLs")
    if bench.options.max_connections and "home" in bench.cases:
        run_surge(bench, stack, server)


def run_surge(bench: Bench, stack: newsroom.Stack, server: harness.Service) -> None:
    """One run of the cached home page at --max-connections: judged on errors alone."""
    connections = bench.options.max_connections
    bench.settle()
    result = bench.wrk_run(
        port=server.port,
        path=bench.stack_urls[stack.name]["home"],
        connections=connections,
        servers=[server],
        process_names=stack.services,
    )
    bench.record(Row("home", "cached", result, stack=stack.name, connections=connections, surge=True))


def run_nginx(bench: Bench, upstream: harness.Service) -> None:
    """(c) deploy/nginx.conf in front of `upstream`, SQLite's warmed server (nginx reads the
    page-cache files, which only the file cache writes)."""
    print("\n(c) deploy/nginx.conf in front of masthead serve (SQLite + files), same data dir", flush=True)
    stack = newsroom.sqlite_stack(bench.work, bench.options.articles)
    port = harness.free_port()
    prefix = bench.run_dir / "nginx-deploy"
    config = nginx.deploy_config(prefix, port=port, data_dir=bench.data_dir, upstream_port=upstream.port)
    with nginx.start(bench.nginx_bin, prefix, config) as front:
        front.wait_until_serving(port, bench.stack_urls["sqlite"]["home"])
        shares = {
            case: bench.served_by_nginx(port, bench.case_paths(stack, case)) for case in bench.cached_cases
        }
        for case in bench.cached_cases:
            for connections in bench.options.connection_counts:
                row = bench.load(
                    [front, upstream], port, stack, case, "nginx", connections, cached_share=shares[case]
                )
                if shares[case] < 1:
                    row.notes.append(
                        f"NOT FROM FILES: nginx answered {shares[case]:.0%} of its URLs from files"
                    )
    if "article" in bench.cases:
        run_article_files(bench, stack)


def run_article_files(bench: Bench, stack: newsroom.Stack) -> None:
    """For reference: nginx sending the 1,000 cached article files as plain static files.

    The ceiling is one short file; this shows what 1,000 long paths cost nginx by themselves,
    apart from what deploy/nginx.conf adds.
    """
    print("\n(reference) nginx sending the same 1,000 article files as plain static files", flush=True)
    paths = bench.run_dir / "article-files.txt"
    articles = bench.stack_urls[stack.name]["article"]
    paths.write_text("".join(f"{path}index.html\n" for path in articles))
    port = harness.free_port()
    prefix = bench.run_dir / "nginx-files"
    config = nginx.ceiling_config(prefix, port=port, root=bench.data_dir / "pagecache" / "pages")
    with nginx.start(bench.nginx_bin, prefix, config) as server:
        server.wait_until_serving(port, f"{articles[0]}index.html")
        for connections in bench.options.connection_counts:
            result = bench.best_of(port=port, paths_file=paths, servers=[server], connections=connections)
            bench.record(Row("article", "files", result, stack=stack.name, connections=connections))


def run_ceiling(bench: Bench, when: str) -> None:
    """nginx sending the first article's HTML as a static file: the fastest answer this machine gives.

    Measured at each connection count before and after each cached mode; each row is compared
    with the runs on either side of it, and runs far apart say the machine's speed changed.
    """
    print(f"\n(ceiling, {when}) nginx sending one article's HTML as a static file", flush=True)
    root = bench.run_dir / "ceiling"
    root.mkdir(parents=True, exist_ok=True)
    body = bench.bodies(bench.stacks[0]) / f"{CASES.index('article')}.html"
    (root / "article.html").write_bytes(body.read_bytes())
    (bench.run_dir / "ceiling-paths.txt").write_text("/article.html\n")
    port = harness.free_port()
    prefix = bench.run_dir / "nginx-ceiling"
    config = nginx.ceiling_config(prefix, port=port, root=root)
    # Plain wrk for the one-URL cases; the Lua script the article case uses, for that case.
    runs = {"plain": {"path": "/article.html"}}
    if "article" in bench.cases:
        runs["rotating"] = {"paths_file": bench.run_dir / "ceiling-paths.txt"}
    with nginx.start(bench.nginx_bin, prefix, config) as server:
        server.wait_until_serving(port, "/article.html")
        for connections in bench.options.connection_counts:
            for kind, target in runs.items():
                result = bench.best_of(port=port, servers=[server], connections=connections, **target)
                bench.seq += 1
                bench.ceiling_runs.append(CeilingRun(bench.seq, when, kind, connections, result))
                errors = f"  ({result.errors} errors)" if result.errors else ""
                print(f"  ceiling ({kind:8}) -c{connections:<5} {figures(result)}{errors}", flush=True)


def run_modes(bench: Bench) -> None:
    """Every mode asked for on every stack, the cached ones between ceiling runs."""
    if "uncached" in bench.options.modes:
        for stack in bench.stacks:
            run_uncached(bench, stack)
    if {"cached", "nginx"} & set(bench.options.modes):
        run_cached(bench)
    else:
        run_ceiling(bench, "after")
    for row in bench.rows:
        if row.mode != "uncached":  # a rendered page's rate is nowhere near a static file's
            kind = "rotating" if row.case == "article" else "plain"
            row.ceiling_rps = bench.ceiling(kind, row.seq, row.connections)
    if "beacons" in bench.options.modes:
        run_beacons(bench)


def print_results(bench: Bench) -> None:
    """The tables, the ceiling each row was compared with, and the verdicts."""
    options = bench.options
    counts = " and ".join(f"-c{n}" for n in options.connection_counts)
    load = f"wrk -t{options.threads} {counts}, {options.duration:g} s per case, best of {options.repeat}"
    stacks = ", ".join(stack.label for stack in bench.stacks)
    print(f"\nMasthead page bench, {options.articles} stories on {stacks} ({load}):\n")
    print(report.table(bench))
    comparison = report.stack_table(bench)
    if comparison:
        print(f"\nThe same loads on each stack ({' vs '.join(s.label for s in bench.stacks)}):\n")
        print(comparison)
    print("\nceiling, the mean of its runs (each row is compared with the runs just before and after it):")
    for connections in sorted({run.connections for run in bench.ceiling_runs}):
        plain = bench.ceiling("plain", connections=connections)
        rotating = bench.ceiling("rotating", connections=connections)
        script = f", {rotating:.0f} req/s with bench/rotate.lua (for articles)" if rotating else ""
        print(f"  -c{connections}: {plain:.0f} req/s with plain wrk{script}")
    if len(bench.stacks) > 1:
        print(
            "nginx + file cache: SQLite's data dir only (deploy/nginx.conf answers from the page-cache "
            "files, which the Redis page cache does not write); the ceiling is the machine's, for both"
        )
    if bench.ceiling_drift() > CEILING_DRIFT:
        print(
            f"WARNING: the ceiling runs differ by up to {bench.ceiling_drift():.0%}: the machine's speed "
            "changed during the run (other load, or a noisy neighbour on a VM); compare ratios with care"
        )
    counted = report.verdicts(bench)
    print(f"targets: {counted['PASS']} PASS, {counted['MISS']} MISS")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; servers it starts are stopped however it ends."""
    options = parse_args(argv)
    # A TERM (say, from `timeout`) unwinds like Ctrl-C, so every server is stopped.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    choose_stacks(options)
    # wrk holds a socket per connection and the server one more: children inherit this limit.
    most = max([*options.connection_counts, options.max_connections])
    limit = harness.raise_open_files(2 * most + SPARE_FILES)
    if limit < 2 * most + SPARE_FILES:
        print(
            f"bench: WARNING: only {limit} open files allowed (ulimit -n): "
            f"runs at {most} connections may fail"
        )
    tools = harness.ensure_tools({"wrk": "wrk", "nginx": "nginx"})
    bench = Bench(options, tools)
    started = time.monotonic()
    built = bench.prepare()
    bench.count_queries()
    run_modes(bench)
    print_results(bench)
    out = report.write_report(bench, built)
    shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    print(f"\nresults: {shown}  (whole run {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
