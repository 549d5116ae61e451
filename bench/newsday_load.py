"""The news-day load's traffic: readers' visits, the one wrk process that makes them, and the
editor and staleness checks that run beside it.

Every wrk connection is a reader (bench/newsday_visits.lua): it reads a page, asks for that
page's ad decision, and sends a view beacon if the page is a story, then goes on to its next
visit. So the mix is the one a browser makes, a beacon for every story read and an ad decision
for every page read, however fast each kind is answered. The visits come from one list (`warm()`
writes it), four page views in ten on the fronts, and the script times each kind of request
apart.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import harness
import wrk
from newsday_check import EditorLog, check_publish, describe

BENCH = harness.BENCH_DIR
NEWSDAY = BENCH / "newsday.py"
VISITS_SCRIPT = BENCH / "newsday_visits.lua"
KINDS = ("fronts", "stories", "ads", "beacons")
PAGE_KINDS = ("fronts", "stories")  # the page cache answers these (X-Cache), not ads or beacons
# Shares of the page views: four in ten are of the fronts (their visits carry no story, so no
# beacon), six in ten of the stories.
VIEW_SHARES = {"fronts": 0.4, "stories": 0.6}
HOME_WEIGHT = 6  # a home page is read this many times as often as a section or tag page
STORIES = 1000
EDITOR_LEAD = 6.0  # seconds from the editor's start to the readers' (ready in about 3 when idle)
LATENCIES = ("p50", "p90", "p99", "max", "mean")  # of each kind, as newsday_visits.lua prints them
STORES = ("postgres", "redis-server")  # process names of the scale-out stack's servers
AD_PLACE = re.compile(
    rb'data-ad-slot="([^"]*)" data-ad-section="([^"]*)" data-ad-tags="([^"]*)" data-ad-lang="([^"]*)"'
)


def ad_query(page: bytes, device: str) -> str | None:
    """The ad decision the page's script (reader.js) asks for when this page is shown."""
    places = [[html.unescape(part.decode()) for part in place] for place in AD_PLACE.findall(page)]
    if not places:
        return None
    _, section, tags, language = places[0]
    slots = ",".join(place[0] for place in places)
    query = {"slots": slots, "lang": language, "section": section, "tags": tags, "device": device}
    return "/ads/decide/?" + urlencode(query)


def warm(port: int, pages: dict, run_dir: Path) -> Path:
    """Read every page once (the cache stores it), note each page's ad decision, and write the
    readers' visits: one a line, `kind<TAB>page<TAB>ad decision or -<TAB>story id or -`."""
    client = harness.Client(port)
    fronts = [url for urls in pages["fronts"].values() for url in urls]
    fronts += pages["fronts"]["home"] * (HOME_WEIGHT - 1)
    story_ids = {story["url"]: str(story["id"]) for story in pages["stories"]}
    decision: dict[str, str | None] = {}  # page -> its ad decision
    for n, url in enumerate(dict.fromkeys([*fronts, *story_ids])):
        answer = client.get(url)
        if answer.status != 200:
            raise SystemExit(f"newsday: {url} answered {answer.status}")
        decision[url] = ad_query(answer.body, "desktop" if n % 2 else "phone")
    client.close()
    # The fronts' list goes round as many times as gives them their share of the page views.
    rounds = max(1, round(len(story_ids) * VIEW_SHARES["fronts"] / VIEW_SHARES["stories"] / len(fronts)))
    visits = [("fronts", url, "-") for url in fronts * rounds]
    visits += [("stories", url, story_id) for url, story_id in story_ids.items()]
    random.Random(18).shuffle(visits)  # the same order on every run, so runs compare
    lines = [f"{kind}\t{url}\t{decision[url] or '-'}\t{story}" for kind, url, story in visits]
    path = run_dir / "visits.txt"
    path.write_text("\n".join(lines) + "\n")
    return path


def stores_ticks() -> int:
    """CPU ticks used so far by the PostgreSQL and Redis servers (the scale-out stack's stores;
    shared with anything else on the machine that uses them)."""
    used = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, fields = text[text.index("(") + 1 : text.rindex(")")], text[text.rindex(")") + 2 :].split()
        if name in STORES:
            used += int(fields[11]) + int(fields[12])
    return used


def start_wrk(wrk_bin: str, port: int, options: argparse.Namespace, visits: Path) -> subprocess.Popen:
    """wrk with one connection a thread, as newsday_visits.lua needs to pair each answer with its
    request."""
    readers = options.connections
    argv = [wrk_bin, f"-t{readers}", f"-c{readers}", f"-d{options.duration:g}s", "-s", str(VISITS_SCRIPT)]
    argv += [f"http://127.0.0.1:{port}/", "--", str(visits), f"{options.think_ms:g}"]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def read_visits(output: str, options: argparse.Namespace) -> tuple[dict, dict]:
    """The figures of each kind of request and of the whole load, from wrk's output (the script's
    `newsday visits:` lines and wrk's own summary, for the socket errors)."""
    lines = [
        dict(pair.split("=", 1) for pair in line.split()[2:])
        for line in output.splitlines()
        if line.startswith("newsday visits: ")
    ]
    whole = next((line for line in lines if "readers" in line), None)
    if whole is None or not {line.get("kind") for line in lines} >= set(KINDS):
        raise RuntimeError(f"newsday: no figures in wrk's output:\n{output[-3000:]}")
    seconds = int(whole["duration_us"]) / 1e6
    kinds = {}
    for line in lines:
        if line.get("kind") not in KINDS:
            continue
        count = int(line["count"])
        statuses = dict(item.split(":") for item in line["statuses"].split(",") if item)
        kinds[line["kind"]] = {
            "requests": count,
            "in_whole_visits": int(line["whole"]),  # the run's end cuts short the visits under way
            "requests_per_sec": count / seconds,
            "latency_ms": {name: int(line[f"{name}_us"]) / 1000 for name in LATENCIES},
            "errors": int(line["errors"]),
            "statuses": {status: int(n) for status, n in statuses.items()},
            "cache": (
                {"hits": int(line["hits"]), "rendered": int(line["rendered"])}
                if line["kind"] in PAGE_KINDS
                else None
            ),
        }
    summary = wrk.parse(output)
    load = {
        "connections": int(whole["readers"]),
        "think_ms": options.think_ms,
        "duration_s": seconds,
        "visits": int(whole["visits"]),
        "visits_per_sec": int(whole["visits"]) / seconds,
        "requests_per_sec": summary.requests_per_sec,
        "socket_errors": summary.socket_errors,
        "output": output,
    }
    return {kind: kinds[kind] for kind in KINDS}, load


def run_load(
    options: argparse.Namespace,
    wrk_bin: str,
    port: int,
    env: dict[str, str],
    visits: Path,
    servers: list[harness.Service],
    run_dir: Path,
) -> dict:
    """The readers' visits, the editor and the checks, together for `--duration` seconds.

    The editor starts first and has EDITOR_LEAD seconds to set Django up before the readers come:
    one process among wrk's hundreds of threads would get too small a share of the cores to be
    ready for its first publish."""
    launched = time.time()
    started = launched + EDITOR_LEAD
    end = started + options.duration
    load: subprocess.Popen | None = None
    checks: list[dict] = []
    editor_log = run_dir / "editor.log"
    editor_log.unlink(missing_ok=True)
    argv = [sys.executable, str(NEWSDAY), "--role", "editor"]
    argv += ["--start-at", f"{started + options.publish_every / 2:.3f}"]
    argv += ["--publish-every", f"{options.publish_every:g}", "--stop-by", f"{end - 3:.3f}"]
    try:
        with harness.Service("editor", argv, env, editor_log):
            lines = EditorLog(editor_log)
            ready = lines.next_record(started)  # None: not ready in time, its publishes run late
            time.sleep(max(0.0, started - time.time()))
            meter = harness.CpuMeter([server.process.pid for server in servers])
            own_cpu, stores_cpu = sum(os.times()[:2]), stores_ticks()
            load = start_wrk(wrk_bin, port, options, visits)
            while (record := lines.next_record(end)) is not None:
                if "token" in record:
                    until = min(record["published_at"] + options.publish_every - 0.3, end - 0.1)
                    checks.append(check_publish(port, record, until))
                    print(describe(checks[-1]), flush=True)
        output = load.communicate(timeout=options.duration + 60)[0]
    finally:
        if load is not None and load.poll() is None:
            load.kill()
            load.wait()
    cores = meter.result()
    # The checks run in this process: its CPU is the bench's, not another program's.
    cores["checker"] = (sum(os.times()[:2]) - own_cpu) / (time.time() - started)
    cores["stores"] = (stores_ticks() - stores_cpu) / harness.TICK / (time.time() - started)
    cores["others"] = max(0.0, cores["others"] - cores["checker"] - cores["stores"])
    kinds, totals = read_visits(output, options)
    expected = int((options.duration - 3 - options.publish_every / 2) // options.publish_every) + 1
    tail = "\n".join(editor_log.read_text(errors="replace").splitlines()[-30:])
    return {
        "kinds": kinds,
        "load": totals,
        "checks": checks,
        "cores": cores,
        "expected": expected,
        "editor_ready_s": ready["ready"] - launched if ready and "ready" in ready else None,
        "editor_log": tail,
    }
