"""The news-day load's traffic: the lists each wrk process goes round, the wrk processes, and
the editor and staleness checks that run beside them."""

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
KINDS = ("fronts", "stories", "beacons", "ads")
# A page view is the page, its ad decision, and a view beacon if it is a story (the fronts carry
# no story to count). Four views in ten are of the fronts. Connections follow these shares.
SHARES = {"fronts": 0.4, "stories": 0.6, "beacons": 0.6, "ads": 1.0}
HOME_WEIGHT = 6  # a home page is read this many times as often as a section or tag page
STORIES = 1000
STORES = ("postgres", "redis-server")  # process names of the scale-out stack's servers
AD_PLACE = re.compile(
    rb'data-ad-slot="([^"]*)" data-ad-section="([^"]*)" data-ad-tags="([^"]*)" data-ad-lang="([^"]*)"'
)


def connection_shares(total: int) -> dict[str, int]:
    """`total` connections shared out as SHARES says (largest remainders), at least one each."""
    weight = sum(SHARES.values())
    exact = {kind: total * SHARES[kind] / weight for kind in KINDS}
    given = {kind: max(1, int(exact[kind])) for kind in KINDS}
    for kind in sorted(KINDS, key=lambda k: exact[k] - int(exact[k]), reverse=True):
        if sum(given.values()) >= total:
            break
        given[kind] += 1
    return given


def ad_query(page: bytes, device: str) -> str | None:
    """The ad decision the page's script (reader.js) asks for when this page is shown."""
    places = [[html.unescape(part.decode()) for part in place] for place in AD_PLACE.findall(page)]
    if not places:
        return None
    _, section, tags, language = places[0]
    slots = ",".join(place[0] for place in places)
    query = {"slots": slots, "lang": language, "section": section, "tags": tags, "device": device}
    return "/ads/decide/?" + urlencode(query)


def warm(port: int, pages: dict, run_dir: Path) -> dict[str, Path]:
    """Read every page once (the cache stores it), note each page's ad decision, and write the
    lists each wrk process goes round."""
    client = harness.Client(port)
    fronts = [url for urls in pages["fronts"].values() for url in urls]
    fronts += pages["fronts"]["home"] * (HOME_WEIGHT - 1)
    stories = [story["url"] for story in pages["stories"]]
    decision: dict[str, str | None] = {}  # page -> its ad decision
    for n, url in enumerate(dict.fromkeys([*fronts, *stories])):
        answer = client.get(url)
        if answer.status != 200:
            raise SystemExit(f"newsday: {url} answered {answer.status}")
        decision[url] = ad_query(answer.body, "desktop" if n % 2 else "phone")
    client.close()
    # Ad decisions in the proportion of the page views they come with.
    repeat = max(1, round(len(stories) * SHARES["fronts"] / SHARES["stories"] / len(fronts)))
    decisions = [decision[url] for url in stories + fronts * repeat if decision[url]]
    rng = random.Random(18)
    rng.shuffle(fronts)
    rng.shuffle(decisions)
    lists = {
        "fronts": fronts,
        "stories": stories,
        "beacons": [str(story["id"]) for story in pages["stories"]],
        "ads": decisions,
    }
    files = {}
    for kind, lines in lists.items():
        files[kind] = run_dir / f"{kind}.txt"
        files[kind].write_text("\n".join(lines) + "\n")
    return files


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


def start_wrk(
    wrk_bin: str, kind: str, port: int, connections: int, options: argparse.Namespace, files: dict[str, Path]
) -> subprocess.Popen:
    if kind == "beacons":
        script, url = BENCH / "beacon.lua", f"http://127.0.0.1:{port}/beacon/"
    else:
        script = BENCH / ("rotate.lua" if kind == "ads" else "newsday_pages.lua")
        url = f"http://127.0.0.1:{port}/"
    threads = min(options.threads, connections)
    argv = [wrk_bin, f"-t{threads}", f"-c{connections}", f"-d{options.duration:g}s", "--latency"]
    argv += ["-s", str(script), url, "--", str(files[kind])]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def run_load(
    options: argparse.Namespace,
    wrk_bin: str,
    port: int,
    env: dict[str, str],
    files: dict[str, Path],
    servers: list[harness.Service],
    run_dir: Path,
) -> dict:
    """The load, the editor and the checks, together for `--duration` seconds."""
    shares = connection_shares(options.connections)
    meter = harness.CpuMeter([server.process.pid for server in servers])
    own_cpu, stores_cpu = sum(os.times()[:2]), stores_ticks()
    started = time.time()
    end = started + options.duration
    loads: dict[str, subprocess.Popen] = {}
    checks: list[dict] = []
    editor_log = run_dir / "editor.log"
    editor_log.unlink(missing_ok=True)
    argv = [sys.executable, str(NEWSDAY), "--role", "editor"]
    argv += ["--start-at", f"{started + options.publish_every / 2:.3f}"]
    argv += ["--publish-every", f"{options.publish_every:g}", "--stop-by", f"{end - 3:.3f}"]
    try:
        for kind in KINDS:
            loads[kind] = start_wrk(wrk_bin, kind, port, shares[kind], options, files)
        with harness.Service("editor", argv, env, editor_log):
            lines = EditorLog(editor_log)
            while (record := lines.next_record(end)) is not None:
                if "token" in record:
                    until = min(record["published_at"] + options.publish_every - 0.3, end - 0.1)
                    checks.append(check_publish(port, record, until))
                    print(describe(checks[-1]), flush=True)
        outputs = {kind: load.communicate(timeout=options.duration + 60)[0] for kind, load in loads.items()}
    finally:
        for process in loads.values():
            if process.poll() is None:
                process.kill()
                process.wait()
    cores = meter.result()
    # The checks run in this process: its CPU is the bench's, not another program's.
    cores["checker"] = (sum(os.times()[:2]) - own_cpu) / (time.time() - started)
    cores["stores"] = (stores_ticks() - stores_cpu) / harness.TICK / (time.time() - started)
    cores["others"] = max(0.0, cores["others"] - cores["checker"] - cores["stores"])
    results = {}
    for kind, output in outputs.items():
        result = wrk.parse(output)
        cache = re.search(r"newsday cache: hits (\d+) rendered (\d+)", output)
        results[kind] = {
            "connections": shares[kind],
            **result.as_json(),
            "cache": {"hits": int(cache[1]), "rendered": int(cache[2])} if cache else None,
        }
    expected = int((options.duration - 3 - options.publish_every / 2) // options.publish_every) + 1
    tail = "\n".join(editor_log.read_text(errors="replace").splitlines()[-30:])
    return {"kinds": results, "checks": checks, "cores": cores, "expected": expected, "editor_log": tail}
