"""Mode (d) of the bench: view beacons into `masthead serve`, how many a second, and none lost."""

from __future__ import annotations

import http.client
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import harness
import newsroom
import wrk

if TYPE_CHECKING:
    from load import Bench

BEACON_TARGET = 5000  # view beacons a second, on 2 cores
EXACT_BEACONS = 20_000  # sent one by one after the load, each must be stored


def run_beacons(bench: Bench) -> None:
    """(d) View beacons into `masthead serve`: how many a second, and whether every accepted
    one is stored (each comes from a different reader, so each must count once)."""
    print("\n(d) view beacons: POST /beacon/, each from a new reader", flush=True)
    ids = bench.run_dir / "beacon-ids.txt"
    newsroom.probe_script(bench.data_dir, "beacon_probe.py", "ids", "--count", "1000", "--out", str(ids))
    before = int(newsroom.probe_script(bench.data_dir, "beacon_probe.py", "total"))
    with bench.serve("files") as server:
        server.wait_until_serving(server.port, bench.urls["home"])
        bench.settle()
        result = wrk.run(
            bench.wrk,
            port=server.port,
            path="/beacon/",
            script=harness.ROOT / "bench" / "beacon.lua",
            script_args=[str(ids)],
            duration=bench.options.duration,
            connections=bench.options.connections,
            threads=bench.options.threads,
            servers=[server],
        )
        # wrk stops with requests in flight that it never counts, but the server does; so
        # "nothing lost" is checked on a pass of exactly EXACT_BEACONS from our own client.
        time.sleep(3)  # the last flush (every second) lands
        before = int(newsroom.probe_script(bench.data_dir, "beacon_probe.py", "total"))
        accepted = send_beacons(server.port, ids.read_text().split(), EXACT_BEACONS)
        time.sleep(3)
    stored = int(newsroom.probe_script(bench.data_dir, "beacon_probe.py", "total")) - before
    bench.beacons = {
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


def send_beacons(port: int, ids: list[str], count: int) -> int:
    """POST `count` beacons over keep-alive connections, each from a new reader; how many got 204."""

    # Readers new to this run too: a reader of an earlier run today, reading the same story
    # again, is a repeat view and rightly not counted.
    run = f"{time.time_ns():x}"

    def send(part: int) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        ok = 0
        for n in range(part, count, 4):
            body = f"a={ids[n % len(ids)]}"
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "User-Agent": f"Mozilla/5.0 (exact bench reader {run}-{n})",
            }
            connection.request("POST", "/beacon/", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            ok += response.status == 204
        connection.close()
        return ok

    with ThreadPoolExecutor(4) as pool:
        return sum(pool.map(send, range(4)))
