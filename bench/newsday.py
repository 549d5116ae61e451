"""The news day: readers, their beacons and ad decisions, and an editor publishing, all at once.

`masthead serve` (page cache on) and the task worker serve the bench newsroom while four wrk
processes load it together, each with its share of the connections: the fronts (both homes,
every section, the busiest tags), 1,000 stories spread over the archive, a view beacon for
every story read, and an ad decision for every page read, as the page's script asks for them.
Meanwhile an editor writes a story and publishes it through the newsroom's own services every
10 s; each publish purges the fronts. After each one, the home page, the story's section and
the story are read through the server until the next publish: an answer without the new
headline is a stale page.

.venv/bin/python bench/newsday.py                                   # 2 minutes, 10,000 stories
.venv/bin/python bench/newsday.py --duration 20 --articles 2000     # a quick look
.venv/bin/python bench/newsday.py --stack postgres                  # PostgreSQL, pages in Redis
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import harness
import newsroom
from newsday_check import summarise
from newsday_load import KINDS, STORIES, connection_shares, run_load, warm

ROOT = harness.ROOT
WORK = ROOT / "var" / "bench"
CACHED_P99_MS = 20  # target: p99 of cached reads while publishing
REDIS_URL = "redis://127.0.0.1:6379/9"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=120, help="seconds of load (120)")
    parser.add_argument("--articles", type=int, default=10_000, help="stories in the newsroom (10000)")
    parser.add_argument("--connections", type=int, default=256, help="wrk connections in all (256)")
    parser.add_argument("--publish-every", type=float, default=10, help="seconds between publishes (10)")
    parser.add_argument("--threads", type=int, default=1, help="threads of each wrk process (1)")
    parser.add_argument("--workers", type=int, help="masthead serve workers (default: one per core)")
    parser.add_argument("--stack", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--quiet-wait", type=float, default=30, help="wait up to this for an idle machine")
    parser.add_argument("--rebuild", action="store_true", help="build the SQLite newsroom again")
    parser.add_argument("--out", default=str(ROOT / "var" / "bench" / "newsday.json"))
    parser.add_argument(
        "--bench-args", default="", help="`make bench`'s ARGS: only their --articles is taken"
    )
    parser.add_argument("--role", choices=("pages", "editor", "cleanup"), help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--stop-by", type=float, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.bench_args:
        bench = argparse.ArgumentParser(add_help=False)
        bench.add_argument("--articles", type=int)
        taken = bench.parse_known_args(shlex.split(options.bench_args))[0]
        options.articles = taken.articles or options.articles
    if options.connections < len(KINDS):
        parser.error(f"--connections: at least {len(KINDS)}, one for each kind of request")
    return options


def run_role(options: argparse.Namespace) -> int:
    """The Django side, in a subprocess with the newsroom's environment."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    import newsday_site as site

    if options.role == "pages":
        removed = site.remove_stories()  # left by a run that was stopped before it cleaned up
        site.clear_page_cache()
        print(json.dumps({**site.pick_pages(STORIES), "removed": removed}))
    elif options.role == "editor":
        site.publish_loop(start_at=options.start_at, every=options.publish_every, stop_by=options.stop_by)
    else:
        print(json.dumps({"removed": site.remove_stories()}))
    return 0


def database_exists(name: str) -> bool:
    try:
        import psycopg

        with psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3) as connection:
            found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            return found.fetchone() is not None
    except Exception:  # no driver, no server: the stack is not there
        return False


def prepare_stack(options: argparse.Namespace) -> tuple[Path, dict[str, str]] | None:
    """The newsroom's data dir and the environment of every process serving it; None when the
    PostgreSQL newsroom has not been built (bench/run.py builds it, into newsroom-N-postgres/)."""
    if options.stack == "sqlite":
        data_dir = WORK / f"newsroom-{options.articles}"
        newsroom.prepare(data_dir, articles=options.articles, rebuild=options.rebuild)
        return data_dir, newsroom.site_env(data_dir, pagecache="files")
    name = f"masthead_bench_{options.articles}"
    data_dir = WORK / f"newsroom-{options.articles}-postgres"  # its pictures and static files
    marker = data_dir / "built.json"
    built = json.loads(marker.read_text()) if marker.exists() else {}
    if built.get("database") != name or not database_exists(name):
        return None
    env = newsroom.site_env(data_dir, pagecache="redis")
    env.update(DATABASE_URL=f"{PG_SERVER}/{name}", REDIS_URL=REDIS_URL)
    collect = [str(ROOT / ".venv" / "bin" / "masthead"), "collectstatic", "--noinput", "--verbosity", "0"]
    subprocess.run(collect, env=env, cwd=ROOT, check=True)  # templates may name new static files
    return data_dir, env


def role(options: argparse.Namespace, env: dict[str, str], name: str) -> dict:
    argv = [sys.executable, str(Path(__file__).resolve()), "--role", name]
    done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"newsday: --role {name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(options: argparse.Namespace, run: dict, stack: str) -> dict:
    """Print the table, the publishes' figures and the verdicts; return them for the JSON."""
    kinds = run["kinds"]
    summary = summarise(run["checks"])
    total_rps = sum(kind["requests_per_sec"] for kind in kinds.values())
    errors = sum(kind["errors"] for kind in kinds.values()) + summary["failed"]
    reads_p99 = {kind: kinds[kind]["latency_ms"].get("p99", float("inf")) for kind in ("fronts", "stories")}
    print(f"\n{'kind':8} {'conns':>5} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}  notes")
    for name, kind in kinds.items():
        notes = []
        if kind["cache"]:
            answered = kind["cache"]["hits"] + kind["cache"]["rendered"]
            share = kind["cache"]["hits"] / max(1, answered)
            notes.append(f"{kind['cache']['rendered']} rendered, {share:.1%} from the cache")
        if kind["errors"]:
            notes.append(f"socket errors {kind['socket_errors']}, non-2xx/3xx {kind['non_2xx_3xx']}")
        latency = kind["latency_ms"]
        print(
            f"{name:8} {kind['connections']:5d} {kind['requests_per_sec']:8.0f} {latency.get('p50', 0):7.2f} "
            f"{latency.get('p99', 0):7.2f} {kind['errors']:6d}  {'; '.join(notes)}"
        )
    rate = {name: kind["requests_per_sec"] for name, kind in kinds.items()}
    print(
        f"mix: {rate['beacons'] / max(1.0, rate['stories']):.2f} beacons a story read, "
        f"{rate['ads'] / max(1.0, rate['fronts'] + rate['stories']):.2f} ad decisions a page read "
        "(a browser sends 1 and 1; wrk sends each kind as fast as it is answered)"
    )
    cores = run["cores"]
    servers_us = cores["servers"] * 1e6 / total_rps if total_rps else 0
    print(f"{'total':8} {options.connections:5d} {total_rps:8.0f}")
    print(
        f"cores: servers {cores['servers']:.2f} ({servers_us:.0f} us a request), wrk and editor "
        f"{cores['wrk']:.2f}, checker {cores['checker']:.2f}, PostgreSQL and Redis {cores['stores']:.2f}, "
        f"others {cores['others']:.2f}"
    )
    appeared = summary["max_ms_to_appear"]
    print(
        f"publishes: {summary['publishes']} of {run['expected']} (publish p50 "
        f"{summary['publish_ms_p50'] or 0:.0f} ms, max {summary['publish_ms_max'] or 0:.0f} ms); "
        f"checked {summary['reads']} reads: {summary['stale']} stale, {summary['never_appeared']} pages "
        f"never showed the story; the new headline showed within {appeared or 0:.0f} ms at most"
    )
    if summary["publishes"] < run["expected"]:
        print(f"  the editor stopped short; its log ends:\n{run['editor_log']}")
    verdicts = {
        "zero errors": errors == 0,
        "zero stale pages": summary["stale"] == 0
        and summary["never_appeared"] == 0
        and summary["publishes"] == run["expected"] > 0,
        f"cached reads p99 <= {CACHED_P99_MS} ms (fronts {reads_p99['fronts']:.1f}, stories "
        f"{reads_p99['stories']:.1f})": max(reads_p99.values()) <= CACHED_P99_MS,
    }
    for name, ok in verdicts.items():
        print(f"  {name}: {'PASS' if ok else 'MISS'}")
    verdict = "PASS" if all(verdicts.values()) else "MISS"
    print(f"newsday ({stack}): {verdict}", flush=True)
    return {
        "total_rps": total_rps,
        "errors": errors,
        "staleness": summary,
        "cached_reads_p99_ms": reads_p99,
        "verdicts": verdicts,
        "verdict": verdict,
    }


def serve_and_load(
    options: argparse.Namespace, env: dict[str, str], pages: dict, run_dir: Path, wrk_bin: str
) -> dict:
    """Start the server and the worker, cache every page, and run the load; both stopped after."""
    port = harness.free_port()
    masthead = str(ROOT / ".venv" / "bin" / "masthead")
    with ExitStack() as running:
        serve = harness.masthead_serve(env=env, port=port, log=run_dir / "serve.log", workers=options.workers)
        server = running.enter_context(serve)
        worker = harness.Service("worker", [masthead, "worker", "--no-clock"], env, run_dir / "worker.log")
        running.enter_context(worker)
        server.wait_until_serving(port, "/en/")
        warming = time.monotonic()
        files = warm(port, pages, run_dir)
        print(f"newsday: read every page once, to be cached, in {time.monotonic() - warming:.0f} s")
        shares = ", ".join(f"{k} {n}" for k, n in connection_shares(options.connections).items())
        print(
            f"\nNews day: masthead serve ({options.stack}, pages cached in "
            f"{env['MASTHEAD_PAGECACHE']}), {pages['published']} stories, {options.duration:g} s, "
            f"{options.connections} connections ({shares}), "
            f"a story published every {options.publish_every:g} s",
            flush=True,
        )
        if options.quiet_wait > 0:
            harness.wait_for_quiet(options.quiet_wait)
        return run_load(options, wrk_bin, port, env, files, [server, worker], run_dir)


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    if options.role:
        return run_role(options)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the servers are stopped on TERM too
    out = Path(options.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tools = harness.ensure_tools({"wrk": "wrk"})
    prepared = prepare_stack(options)
    if prepared is None:
        print(
            f"newsday: the PostgreSQL newsroom masthead_bench_{options.articles} is not built "
            "(bench/run.py --stacks postgres builds it): skipped"
        )
        out.write_text(json.dumps({"stack": options.stack, "skipped": "PostgreSQL newsroom missing"}))
        return 0
    data_dir, env = prepared
    run_dir = data_dir / "run" / "newsday"
    run_dir.mkdir(parents=True, exist_ok=True)
    for log in ("serve.log", "worker.log"):
        (run_dir / log).unlink(missing_ok=True)
    started_at = time.strftime("%Y-%m-%d %H:%M:%S")
    pages = role(options, env, "pages")
    try:
        run = serve_and_load(options, env, pages, run_dir, tools["wrk"])
    finally:
        role(options, env, "cleanup")  # the editor's stories go, however the run ended
    figures = report(options, run, options.stack)
    record = {"started_at": started_at, "stack": options.stack, "options": vars(options), **figures, **run}
    out.write_text(json.dumps(record, indent=1, ensure_ascii=False, default=str))
    print(f"newsday: figures in {out}")
    return 0 if figures["verdict"] == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
