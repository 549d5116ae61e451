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
import signal
import sys
import time
from pathlib import Path

import harness
import report
from load import CASES, MODES, Bench

ROOT = Path(__file__).resolve().parent.parent
# Ceiling runs further apart than this: the machine's speed changed during the run.
CEILING_DRIFT = 0.1


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
    print(report.table(bench))
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
    out = report.write_report(bench, built)
    shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    print(f"\nresults: {shown}  (whole run {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
