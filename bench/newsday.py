"""The news day: readers, their beacons and ad decisions, and an editor publishing, all at once.

`masthead serve` (page cache on) and the task worker serve the bench newsroom, alone and behind
deploy/nginx.conf (which sends cached pages from the page-cache files itself, as a busy site is
deployed), while readers visit it: each wrk connection is a reader who reads a page (four in
ten on the fronts: both homes, every section, the busiest tags; six in ten of 1,000 stories
spread over the archive), asks for the page's ad decision and, for a story, sends its view
beacon, as the page's script does, then goes on to the next visit (after `--think-ms`).
Meanwhile an editor writes a story and publishes it through the newsroom's own services every
10 s; each publish purges the fronts. After each one, the home page, the story's section and
the story are read through the server until the next publish: an answer without the new
headline is a stale page.

.venv/bin/python bench/newsday.py                                   # 2 minutes a run, 10,000 stories
.venv/bin/python bench/newsday.py --duration 20 --articles 2000     # a quick look
.venv/bin/python bench/newsday.py --stacks postgres                 # PostgreSQL, pages in Redis
.venv/bin/python bench/newsday.py --fronts nginx --stacks sqlite    # one run: behind nginx

Runs: each stack (SQLite with the file page cache; PostgreSQL with the page cache in Redis, when
bench/run.py has built its newsroom) with `masthead serve` alone, and SQLite's also behind nginx
(nginx reads the page-cache files; pages kept in Redis it cannot read).
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
import nginx
from newsday_check import summarise
from newsday_load import KINDS, STORIES, run_load, warm

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
    parser.add_argument(
        "--connections", type=int, default=64, help="readers, each a wrk connection and thread (64)"
    )
    parser.add_argument(
        "--think-ms", type=float, default=50, help="a reader's pause between two visits, in ms (50)"
    )
    parser.add_argument("--publish-every", type=float, default=10, help="seconds between publishes (10)")
    parser.add_argument("--workers", type=int, help="masthead serve workers (default: one per core)")
    parser.add_argument("--threads", type=int, help="masthead serve threads a worker (default: its own)")
    parser.add_argument(
        "--stacks", default="sqlite,postgres", help="comma-separated, of sqlite, postgres (both)"
    )
    parser.add_argument(
        "--fronts", default="serve,nginx", help="comma-separated, of serve (alone), nginx (in front)"
    )
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
    if options.connections < 1:
        parser.error("--connections: at least 1")
    if options.think_ms < 0:
        parser.error("--think-ms: 0 or more")
    options.stacks = [name for name in options.stacks.split(",") if name]
    options.fronts = [name for name in options.fronts.split(",") if name]
    if not options.stacks or set(options.stacks) - {"sqlite", "postgres"}:
        parser.error("--stacks: sqlite, postgres or both")
    if not options.fronts or set(options.fronts) - {"serve", "nginx"}:
        parser.error("--fronts: serve, nginx or both")
    options.stack = options.stacks[0]  # the stack of this process's run (main() sets it)
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
    kinds, load = run["kinds"], run["load"]
    summary = summarise(run["checks"])
    total_rps = sum(kind["requests_per_sec"] for kind in kinds.values())
    socket_errors = sum(load["socket_errors"].values())
    errors = sum(kind["errors"] for kind in kinds.values()) + socket_errors + summary["failed"]
    reads_p99 = {kind: kinds[kind]["latency_ms"]["p99"] for kind in ("fronts", "stories")}
    print(f"\n{'kind':8} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}  notes")
    for name in KINDS:
        kind = kinds[name]
        notes = []
        if kind["cache"]:
            answered = kind["cache"]["hits"] + kind["cache"]["rendered"]
            share = kind["cache"]["hits"] / max(1, answered)
            notes.append(f"{kind['cache']['rendered']} rendered, {share:.1%} from the cache")
        if kind["errors"]:
            bad = {status: n for status, n in kind["statuses"].items() if int(status) >= 400}
            notes.append("answers " + ", ".join(f"{status}: {n}" for status, n in sorted(bad.items())))
        latency = kind["latency_ms"]
        print(
            f"{name:8} {kind['requests_per_sec']:8.0f} {latency['p50']:7.2f} {latency['p99']:7.2f} "
            f"{kind['errors']:6d}  {'; '.join(notes)}"
        )
    wrk_errors = sum(kind["errors"] for kind in kinds.values()) + socket_errors
    lost = ", ".join(f"{name} {n}" for name, n in load["socket_errors"].items() if n)
    note = f"socket errors: {lost}" if lost else ""
    print(f"{'total':8} {total_rps:8.0f} {'':7} {'':7} {wrk_errors:6d}  {note}".rstrip())
    count = {name: kind["requests"] for name, kind in kinds.items()}
    pages = count["fronts"] + count["stories"]
    # The mix of the visits that were finished: the end of the run cuts those under way short.
    whole = {name: kind["in_whole_visits"] for name, kind in kinds.items()}
    whole_pages = whole["fronts"] + whole["stories"]
    think = f", {load['think_ms']:g} ms between visits" if load["think_ms"] else ", no pause between visits"
    print(
        f"readers: {load['connections']} connections{think}; {load['visits_per_sec']:.0f} visits/s, "
        f"{pages / load['duration_s']:.0f} page views/s ({count['fronts'] / max(1, pages):.0%} on the fronts)"
    )
    mix = {
        "beacons_a_story": whole["beacons"] / max(1, whole["stories"]),
        "ads_a_page": whole["ads"] / max(1, whole_pages),
    }
    print(
        f"mix: {mix['beacons_a_story']:.2f} beacons a story read, {mix['ads_a_page']:.2f} ad decisions "
        f"a page read (a browser sends 1 and 1), over {load['visits']} whole visits; the run's end "
        f"cut {pages - whole_pages} more short"
    )
    cores = run["cores"]
    servers_us = cores["servers"] * 1e6 / total_rps if total_rps else 0
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
        "page_views_per_sec": pages / load["duration_s"],
        "mix": mix,
        "errors": errors,
        "staleness": summary,
        "cached_reads_p99_ms": reads_p99,
        "verdicts": verdicts,
        "verdict": verdict,
    }


def serve_and_load(
    options: argparse.Namespace,
    env: dict[str, str],
    pages: dict,
    run_dir: Path,
    tools: dict[str, str],
    front: str,
    data_dir: Path,
) -> dict:
    """Start the server and the worker (and nginx in front), cache every page, and run the load;
    all stopped after."""
    port = harness.free_port()
    masthead = str(ROOT / ".venv" / "bin" / "masthead")
    with ExitStack() as running:
        serve = harness.masthead_serve(
            env=env, port=port, log=run_dir / "serve.log", workers=options.workers, threads=options.threads
        )
        server = running.enter_context(serve)
        worker = harness.Service("worker", [masthead, "worker", "--no-clock"], env, run_dir / "worker.log")
        running.enter_context(worker)
        server.wait_until_serving(port, "/en/")
        servers = [server, worker]
        served_by = "masthead serve"
        if front == "nginx":
            upstream, port = port, harness.free_port()
            prefix = run_dir / "nginx"
            config = nginx.deploy_config(prefix, port=port, data_dir=data_dir, upstream_port=upstream)
            servers.append(running.enter_context(nginx.start(tools["nginx"], prefix, config)))
            servers[-1].wait_until_serving(port, "/en/")
            served_by = "deploy/nginx.conf in front of masthead serve"
        warming = time.monotonic()
        files = warm(port, pages, run_dir)
        print(f"newsday: read every page once, to be cached, in {time.monotonic() - warming:.0f} s")
        print(
            f"\nNews day: {served_by} ({options.stack}, pages cached in "
            f"{env['MASTHEAD_PAGECACHE']}), {pages['published']} stories, {options.duration:g} s, "
            f"{options.connections} readers making visits (page, ad decision, beacon), "
            f"a story published every {options.publish_every:g} s",
            flush=True,
        )
        if options.quiet_wait > 0:
            harness.wait_for_quiet(options.quiet_wait)
        return run_load(options, tools["wrk"], port, env, files, servers, run_dir)


def run_stack(options: argparse.Namespace, tools: dict[str, str]) -> dict[str, dict]:
    """Every front's run on `options.stack`: {front: record}, or {"skipped": why}."""
    prepared = prepare_stack(options)
    if prepared is None:
        print(
            f"newsday: the PostgreSQL newsroom masthead_bench_{options.articles} is not built "
            "(bench/run.py --stacks postgres builds it): skipped"
        )
        return {"skipped": {"stack": options.stack, "skipped": "PostgreSQL newsroom missing"}}
    data_dir, env = prepared
    # nginx reads pages from the page-cache files; it cannot read those kept in Redis.
    fronts = [front for front in options.fronts if front == "serve" or env["MASTHEAD_PAGECACHE"] == "files"]
    records = {}
    for front in fronts:
        run_dir = data_dir / "run" / f"newsday-{front}"
        run_dir.mkdir(parents=True, exist_ok=True)
        for log in ("serve.log", "worker.log"):
            (run_dir / log).unlink(missing_ok=True)
        started_at = time.strftime("%Y-%m-%d %H:%M:%S")
        pages = role(options, env, "pages")
        try:
            run = serve_and_load(options, env, pages, run_dir, tools, front, data_dir)
        finally:
            role(options, env, "cleanup")  # the editor's stories go, however the run ended
        figures = report(options, run, f"{options.stack}, {front}")
        records[front] = {"started_at": started_at, "stack": options.stack, "front": front, **figures, **run}
    return records


def main(argv: list[str] | None = None) -> int:
    options = parse_args(argv)
    if options.role:
        return run_role(options)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the servers are stopped on TERM too
    out = Path(options.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tools = harness.ensure_tools({"wrk": "wrk", "nginx": "nginx"})
    runs = {}
    for stack in options.stacks:
        options.stack = stack
        runs[stack] = run_stack(options, tools)
    record = {"options": vars(options), "runs": runs}
    out.write_text(json.dumps(record, indent=1, ensure_ascii=False, default=str))
    print(f"newsday: figures in {out}")
    verdicts = [run["verdict"] for records in runs.values() for run in records.values() if "verdict" in run]
    return 0 if all(verdict == "PASS" for verdict in verdicts) else 1  # a stack not built: skipped


if __name__ == "__main__":
    sys.exit(main())
