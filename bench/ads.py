"""Ad decisions a second: `masthead serve` choosing an ad per impression at /ads/decide/.

A data dir of its own (var/bench/ads/) holds a small paper's ad setup: 5 slots and 40 campaigns
across the three priorities, some targeted by language, section or tag, a fifth of them capped
(each capped ad served is a database write), and some that must never be served (ended, not yet
started, paused, or retired creatives). `masthead serve` (page cache off) is loaded with wrk,
every request asking for the next of 50 query strings, first one slot a request, then three as a
page asks. Decisions a second = requests a second x slots a request.

Honesty is checked too: a sample of answers against the targeting and priority rules, and after
the load (counts given time to be written) that nothing was served for what must never be served,
that caps held, and that the exact cap counts agree with the reports' counts.

.venv/bin/python bench/ads.py                    # 10 s a case
.venv/bin/python bench/ads.py --duration 3       # a quick look
.venv/bin/python bench/ads.py --rebuild          # start the ad setup over
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import harness
import newsroom
import wrk
from ad_checks import Rules, check, sample_answers
from ad_setup import ARTICLE_PAGE, LISTING_PAGE, SECTIONS, TAGS, build, prepare

ROOT = Path(__file__).resolve().parent.parent
TARGET = 3000  # ad decisions a second, on 2 cores
# Counts are written once a second (ADS_FLUSH_SECONDS); wait this long before reading them.
FLUSH_WAIT = 2.5
QUERIES = 50  # different query strings a case
BUSY_OTHERS = 0.15  # cores used by other processes that make a run's figure doubtful


# Load ------------------------------------------------------------------------------------------


def query_paths(slots_per_request: int, count: int = QUERIES) -> list[str]:
    """`count` different decision requests as the pages' script sends them (reader.js).

    Two in five from listing pages (home or a section: no tags), the rest from stories (a
    section and tags); a third in Arabic. One slot a request goes round all the page's slots.
    """
    rng = random.Random(17 + slots_per_request)
    paths = []
    for n in range(count):
        language = "ar" if n % 3 == 0 else "en"
        if n % 5 < 2:
            page, section, tags = LISTING_PAGE, rng.choice(("", "", *SECTIONS)), []
        else:
            page, section = ARTICLE_PAGE, rng.choice(SECTIONS)
            tags = rng.sample(TAGS, rng.randint(0, 3))
        slots = sorted({page[(n + k) % len(page)] for k in range(slots_per_request)}, key=page.index)
        query = {"slots": ",".join(slots), "lang": language, "section": section, "tags": ",".join(tags)}
        paths.append("/ads/decide/?" + urlencode(query))
    return paths


# Main ------------------------------------------------------------------------------------------


def role(me: list[str], data_dir: Path, name: str) -> dict:
    """Run `--role name` against the data dir (while the server may be running); its JSON."""
    env = newsroom.site_env(data_dir, pagecache="off")
    done = subprocess.run([*me, "--role", name], env=env, cwd=ROOT, check=True, capture_output=True)
    return json.loads(done.stdout)


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    os.environ["MASTHEAD_LOG_LEVEL"] = "WARNING"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def settle(quiet_wait: float) -> None:
    if quiet_wait > 0:
        waited = harness.wait_for_quiet(quiet_wait)
        if waited >= 1:
            print(f"  (waited {waited:.0f} s for other processes to quieten down)", flush=True)


def figures(result: wrk.WrkResult, slots: int) -> str:
    p50, p99 = result.latency_ms.get("p50", 0), result.latency_ms.get("p99", 0)
    cores = " ".join(f"{who} {used:.2f}" for who, used in result.cpu_cores.items() if who != "steal")
    return (
        f"{result.requests_per_sec:8.0f} req/s {result.requests_per_sec * slots:8.0f} decisions/s  "
        f"p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  [cores: {cores}]"
    )


def table(rows: list[dict]) -> str:
    header = ("slots/req", "req/s", "decisions/s", "p50 ms", "p99 ms", "cpu us/decision", "stored", "notes")
    lines = [header]
    for row in rows:
        lines.append(
            (
                str(row["slots_per_request"]),
                f"{row['requests_per_sec']:.0f}",
                f"{row['decisions_per_s']:.0f}",
                f"{row['latency_ms'].get('p50', 0):.2f}",
                f"{row['latency_ms'].get('p99', 0):.2f}",
                f"{row['server_us_per_decision']:.0f}" if row["server_us_per_decision"] else "",
                f"{row['stored_share']:.0%}",
                "; ".join(row["notes"]),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        cells = [
            c.ljust(w) if i == len(header) - 1 else c.rjust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=10, help="seconds of load a case (10)")
    parser.add_argument(
        "--warmup", type=float, default=3, help="untimed seconds of load before each case (3)"
    )
    parser.add_argument("--slots", default="1,3", help="slots a request, one case each (1,3; at most 3)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, help="masthead serve workers (default: one per core)")
    parser.add_argument("--server-threads", type=int, help="masthead serve threads a worker (default 1)")
    parser.add_argument("--quiet-wait", type=float, default=30, help="wait up to this for an idle machine")
    parser.add_argument("--data-dir", default=str(ROOT / "var" / "bench" / "ads"))
    parser.add_argument("--rebuild", action="store_true", help="build the ad setup again")
    parser.add_argument("--out", default=str(ROOT / "var" / "bench" / "ads.json"), help="figures as JSON")
    parser.add_argument("--role", choices=["main", "build", "check"], default="main", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    data_dir = Path(options.data_dir).resolve()

    if options.role == "build":
        setup_django()
        print(json.dumps(build(), ensure_ascii=False))
        return 0
    if options.role == "check":
        setup_django()
        print(json.dumps(check(), ensure_ascii=False))
        return 0

    cases = [int(n) for n in options.slots.split(",")]
    if not all(1 <= n <= 3 for n in cases):
        parser.error("--slots: 1 to 3 slots a request")
    me = [sys.executable, str(Path(__file__).resolve()), "--data-dir", str(data_dir)]
    tools = harness.ensure_tools({"wrk": "wrk"})
    manifest = prepare(data_dir, me, options.rebuild)
    rules = Rules(manifest)
    run_dir = data_dir / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    paths = {n: query_paths(n) for n in cases}
    for n, listed in paths.items():
        (run_dir / f"decide-{n}.txt").write_text("\n".join(listed) + "\n")

    port = harness.free_port()
    log = run_dir / "serve.log"
    log.unlink(missing_ok=True)
    server = harness.masthead_serve(
        env=newsroom.site_env(data_dir, pagecache="off"),
        port=port,
        log=log,
        workers=options.workers,
        threads=options.server_threads,
    )
    rows = []
    count_problems: list[str] = []
    with server:
        server.wait_until_serving(port, paths[cases[0]][0])
        sampled = {n: sample_answers(port, listed, rules, rounds=4) for n, listed in paths.items()}
        asked = sum(s["slots_asked"] for s in sampled.values())
        filled = sum(s["slots_filled"] for s in sampled.values())
        sample_problems = [p for s in sampled.values() for p in s["problems"]]
        print(
            f"bench: {asked} sampled decisions, {filled} filled, "
            f"{len(sample_problems)} against the targeting and priority rules",
            flush=True,
        )
        for problem in sample_problems[:10]:
            print(f"  {problem}")
        print(
            f"\nAd decisions: masthead serve (page cache off), wrk -t{options.threads} "
            f"-c{options.connections} -d{options.duration:g}s, {QUERIES} query strings; "
            f"target >= {TARGET} decisions/s",
            flush=True,
        )
        for n in cases:
            target = {"paths_file": run_dir / f"decide-{n}.txt", "servers": [server]}
            load = {"connections": options.connections, "threads": options.threads}
            if options.warmup > 0:
                settle(options.quiet_wait)
                warm = wrk.run(tools["wrk"], port=port, duration=options.warmup, **load, **target)
                print(
                    f"  {n} slot{'s' if n > 1 else ' '}  warm-up, not counted {figures(warm, n)}", flush=True
                )
            time.sleep(FLUSH_WAIT)
            before = role(me, data_dir, "check")["served_total"]
            settle(options.quiet_wait)
            result = wrk.run(tools["wrk"], port=port, duration=options.duration, **load, **target)
            time.sleep(FLUSH_WAIT)
            stored = role(me, data_dir, "check")["served_total"] - before
            decisions = result.requests * n
            notes = []
            if result.errors:
                notes.append(
                    f"{result.errors} errors {result.socket_errors} non-2xx/3xx={result.non_2xx_3xx}"
                )
            if result.cpu_cores.get("others", 0) > BUSY_OTHERS:
                notes.append(f"busy machine: others used {result.cpu_cores['others']:.2f} cores")
            # Every answered decision is counted; wrk leaves up to one request a connection in
            # flight when it stops (served and counted, but not in its figures).
            if stored > decisions + options.connections * n or (filled == asked and stored < decisions):
                notes.append(f"COUNTS: {stored} stored for {decisions} decisions answered")
                count_problems.append(f"{n} slots a request: {notes[-1]}")
            us = result.server_us_per_request
            rows.append(
                {
                    "slots_per_request": n,
                    "requests_per_sec": result.requests_per_sec,
                    "decisions_per_s": result.requests_per_sec * n,
                    "latency_ms": result.latency_ms,
                    "server_us_per_decision": us / n if us else None,
                    "decisions": decisions,
                    "stored": stored,
                    "stored_share": stored / decisions if decisions else 0.0,
                    "notes": notes,
                    "wrk": result.as_json(),
                }
            )
            print(f"  {n} slot{'s' if n > 1 else ' '}  timed                {figures(result, n)}", flush=True)
        time.sleep(FLUSH_WAIT)
        checked = role(me, data_dir, "check")
    server_log = log.read_text(errors="replace")
    tracebacks = server_log.count("Traceback")

    print()
    print(table(rows))
    never = checked["never_to_be_served"]
    print(
        f"\nnever to be served ({never['campaigns']} campaigns ended, not begun or paused; "
        f"{never['retired_creatives']} retired creatives): served {never['served']}"
    )
    for row in checked["capped"]:
        caps = ", ".join(
            f"{what} {row[key]:,}"
            for what, key in (("daily", "daily_cap"), ("total", "total_cap"))
            if row[key]
        )
        print(
            f"  capped ({caps}): {row['name']}: {row['served']:,} served in all"
            + (f", {row['served_today']:,} today" if row["daily_cap"] else "")
            + f"; {row['reported']:,} in the reports"
        )
    print(f"served today by priority: {checked['served_today_by_priority']}")
    problems = sample_problems + count_problems + checked["problems"]
    if tracebacks:
        problems.append(f"{tracebacks} tracebacks in {log}")
        print(f"\nbench: the server logged {tracebacks} tracebacks; the last lines of {log}:")
        print(server.log_tail(40))
    for problem in checked["problems"]:
        print(f"  PROBLEM: {problem}")

    one = next((r for r in rows if r["slots_per_request"] == 1), rows[0])
    errors = sum(r["wrk"]["errors"] for r in rows)
    verdict = "PASS" if one["decisions_per_s"] >= TARGET and not problems and not errors else "MISS"
    others = ", ".join(
        f"{r['decisions_per_s']:.0f} with {r['slots_per_request']} slots a request"
        for r in rows
        if r is not one
    )
    print(
        f"ads: {one['decisions_per_s']:.0f} decisions/s with {one['slots_per_request']} slot a request"
        + (f", {others}" if others else "")
        + f" ({verdict}, target {TARGET})"
        + (f"; {len(problems)} problems" if problems else "")
        + (f"; {errors} errors" if errors else "")
    )
    summary = {
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "settings": {
            "duration_s": options.duration,
            "warmup_s": options.warmup,
            "connections": options.connections,
            "wrk_threads": options.threads,
            "serve_workers": options.workers or os.cpu_count(),
            "serve_threads": options.server_threads or 1,
            "query_strings": QUERIES,
        },
        "setup": {
            "data_dir": str(data_dir),
            "built_at": manifest["built_at"],
            "campaigns": len(manifest["campaigns"]),
            "capped": sum(1 for c in manifest["campaigns"] if c["daily_cap"] or c["total_cap"]),
        },
        "target_per_s": TARGET,
        "cases": rows,
        "sample": {"slots_asked": asked, "slots_filled": filled, "problems": sample_problems},
        "check": checked,
        "server_tracebacks": tracebacks,
        "problems": problems,
        "verdict": verdict,
    }
    Path(options.out).parent.mkdir(parents=True, exist_ok=True)
    Path(options.out).write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
