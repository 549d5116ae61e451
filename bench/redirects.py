"""`make bench-redirects`: how fast old addresses answer, beside an uncached story page.

1. A SQLite newsroom in var/bench/redirects-N/ (built once, reused; --rebuild starts over):
   `masthead migrate`, a few sections, tags and 60 stories, and N (100,000) redirects written by
   `masthead.redirects.services.save_redirects` as an importer writes them: WordPress's /?p=ID
   and dated /YYYY/MM/slug/ addresses to the stories, /category/ and /tag/ ones to sections and
   tags. The write is timed (redirects a second).
2. SQL queries and in-process time per request, through Django's test client: a redirect, a
   miss (the 404 page, counted in the missing pages log) and a story page.
3. `masthead serve` with MASTHEAD_PAGECACHE=off under wrk, each request the next of 1,000
   addresses (bench/rotate.lua): redirects, misses (each a logged 404) and the stories' pages.
   Prints req/s, p50 and p99, and the ratio of redirects to story pages a second.

.venv/bin/python bench/redirects.py                       # 100,000 redirects, 10 s a case
.venv/bin/python bench/redirects.py --duration 3 --repeat 1 --warmup 1
.venv/bin/python bench/redirects.py --redirects 20000     # a quicker build

A benchmark, not a test: nothing fails. Results also go to var/bench/redirects.json.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import harness
import newsroom
import wrk

ROOT = Path(__file__).resolve().parent.parent
STORIES = 60
SAMPLE = 1000  # different addresses each case rotates through
CASES = ("redirect", "miss", "story")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; every default is the full run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--redirects", type=int, default=100_000, help="redirects stored (100000)")
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if it exists")
    parser.add_argument("--duration", type=float, default=10, help="seconds of each wrk run (10)")
    parser.add_argument(
        "--warmup", type=float, default=3, help="seconds of untimed load before each case (3)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="wrk runs a case; the fastest counts (3)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (16)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument(
        "--workers", type=int, help="masthead serve --workers (default: its own, one per core)"
    )
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=30,
        help="wait up to this long for other processes to go idle (30)",
    )
    parser.add_argument("--work-dir", default=str(ROOT / "var" / "bench"), help="default var/bench")
    return parser.parse_args(argv)


# The Django side, run in a subprocess with the newsroom's environment ---------------------------


def django_setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    import django

    django.setup()


def build(count: int, out: Path) -> None:
    """Stories, sections and tags, then `count` redirects through save_redirects; the addresses
    each case loads go to `out` (JSON)."""
    import random

    from django.utils import timezone
    from django.utils.encoding import iri_to_uri

    from masthead.articles.models import Article, Section, Tag
    from masthead.redirects.services import Target, save_redirects

    rng = random.Random(7)
    sections = [
        Section.objects.get_or_create(slug=slug, defaults={"name": slug.title(), "name_ar": slug})[0]
        for slug in ("news", "business", "sport", "culture")
    ]
    tags = [
        Tag.objects.get_or_create(slug=f"topic-{n}", defaults={"name": f"Topic {n}"})[0] for n in range(20)
    ]
    now = timezone.now()
    for n in range(STORIES):
        Article.objects.get_or_create(
            language="en",
            slug=f"story-{n}",
            defaults={
                "headline": f"Causeway traffic eases after new lanes open ({n})",
                "dek": "Commuters report shorter waits at the border crossing.",
                "body": "".join(
                    f"<p>Paragraph {p} of the story, long enough to read like one.</p>" for p in range(12)
                ),
                "section": sections[n % len(sections)],
                "status": Article.Status.PUBLISHED,
                "published_at": now - timedelta(hours=n),
            },
        )
    stories = list(Article.objects.published().select_related("section"))
    site = "https://old.example.com"
    redirects: dict[str, Target] = {}
    for n in range(count):
        kind = n % 10
        if kind < 5:
            redirects[f"{site}/?p={n}"] = Target(article_id=stories[n % len(stories)].pk)
        elif kind < 9:
            address = f"{site}/{2010 + n % 14}/{1 + n % 12:02d}/old-story-{n}/"
            redirects[address] = Target(article_id=stories[n % len(stories)].pk)
        elif n % 20 == 9:
            redirects[f"{site}/category/desk-{n}/"] = Target(section_id=sections[n % len(sections)].pk)
        else:
            redirects[f"{site}/tag/label-{n}/"] = Target(tag_id=tags[n % len(tags)].pk, language="en")
    started = time.monotonic()
    written = save_redirects(redirects, source="wordpress:old.example.com")
    seconds = time.monotonic() - started
    old = list(redirects)
    hits = [iri_to_uri(url.removeprefix(site)) for url in rng.sample(old, SAMPLE)]
    misses = [f"/{2010 + n % 14}/{1 + n % 12:02d}/never-published-{n}/" for n in range(SAMPLE)]
    pages = [iri_to_uri(story.get_absolute_url()) for story in stories]
    out.write_text(
        json.dumps(
            {
                "redirects": written,
                "write_seconds": seconds,
                "paths": {"redirect": hits, "miss": misses, "story": pages},
            }
        )
    )


def count_queries(paths: dict[str, str], out: Path, renders: int = 20) -> None:
    """SQL queries and in-process milliseconds of one request per case (the test client, full
    middleware stack, after one untimed request)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    logging.getLogger("django.request").setLevel(logging.ERROR)  # not a line for every 404 here
    client = Client()
    found = {}
    for case, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            status = client.get(path).status_code
        queries = len(captured.captured_queries)  # now: the next request clears the log
        started = time.perf_counter()
        for _ in range(renders):
            client.get(path)
        found[case] = {
            "path": path,
            "status": status,
            "queries": queries,
            "ms": (time.perf_counter() - started) * 1000 / renders,
        }
    out.write_text(json.dumps(found))


# The bench --------------------------------------------------------------------------------------


def prepare(data_dir: Path, options: argparse.Namespace, env: dict[str, str]) -> dict:
    """The database with its redirects (reused unless it was built by other migrations)."""
    marker = data_dir / "built.json"
    fingerprint = newsroom.data_fingerprint()
    built = json.loads(marker.read_text()) if marker.exists() and not options.rebuild else None
    if built is not None and (
        built.get("fingerprint") != fingerprint or built.get("asked") != options.redirects
    ):
        print("bench: the database was built by other code or with another count: rebuilding")
        built = None
    if built is None:
        shutil.rmtree(data_dir, ignore_errors=True)
        data_dir.mkdir(parents=True, exist_ok=True)
        run([str(newsroom.MASTHEAD), "migrate", "--noinput", "--verbosity", "0"], env)
        print(f"bench: writing {options.redirects:,} redirects with save_redirects in {data_dir}", flush=True)
        run([sys.executable, __file__, "_build", str(options.redirects), str(data_dir / "paths.json")], env)
        built = {**json.loads((data_dir / "paths.json").read_text()), "fingerprint": fingerprint}
        built["asked"] = options.redirects
        marker.write_text(json.dumps(built))
    else:
        print(f"bench: reusing the database in {data_dir} (--rebuild to start over)")
    run([str(newsroom.MASTHEAD), "collectstatic", "--noinput", "--verbosity", "0"], env)
    return built


def run(argv: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(argv, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv[:3])} failed with exit code {done.returncode}")


def settle(options: argparse.Namespace) -> None:
    """Before a measurement: give other work on the machine a moment to finish (--quiet-wait)."""
    if options.quiet_wait > 0:
        waited = harness.wait_for_quiet(options.quiet_wait)
        if waited >= 1:
            print(f"   (waited {waited:.0f} s for other processes to quieten down)", flush=True)


def load(case: str, paths: list[str], options: argparse.Namespace, env: dict, run_dir: Path) -> dict:
    """One case under wrk: the fastest of --repeat runs after a warm-up, on a fresh server."""
    tools = harness.ensure_tools({"wrk": "wrk"})
    paths_file = run_dir / f"redirects-{case}.txt"
    paths_file.write_text("\n".join(paths) + "\n")
    port = harness.free_port()
    with harness.masthead_serve(
        env=env, port=port, log=run_dir / f"serve-redirects-{case}.log", workers=options.workers
    ) as server:
        server.wait_until_serving(port, "/en/")
        target = {"port": port, "paths_file": paths_file, "servers": [server]}
        common = {"connections": options.connections, "threads": options.threads}
        if options.warmup > 0:
            wrk.run(tools["wrk"], duration=options.warmup, **common, **target)
        runs = []
        for _ in range(max(1, options.repeat)):
            settle(options)
            runs.append(wrk.run(tools["wrk"], duration=options.duration, **common, **target))
    # A miss is a 404 by design: only socket errors make a run worse than another.
    best = max(runs, key=lambda result: (not sum(result.socket_errors.values()), result.requests_per_sec))
    best.runs_rps = [round(result.requests_per_sec) for result in runs]
    return best.as_json()


def figures(case: str, result: dict) -> str:
    """One case's line: req/s, latency, CPU a request, and anything that makes it less trustworthy."""
    lat = result["latency_ms"]
    unexpected = result["non_2xx_3xx"] if case != "miss" else 0  # a miss is a 404 by design
    errors = sum(result["socket_errors"].values()) + unexpected
    others = result["cpu_cores"].get("others", 0)
    return (
        f"{result['requests_per_sec']:8.0f} req/s (runs {result['runs_rps']})  "
        f"p50 {lat.get('p50', 0):6.2f} ms  p99 {lat.get('p99', 0):6.2f} ms  "
        f"{result['server_us_per_request'] or 0:7,.0f} µs CPU a request"
        + (f"  {errors} errors" if errors else "")
        + (f"  busy machine: others used {others:.2f} cores" if others > 0.15 else "")
    )


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the database, measure, print; the servers it starts are stopped however it ends."""
    if argv is None and sys.argv[1:2] == ["_build"]:
        django_setup()
        build(int(sys.argv[2]), Path(sys.argv[3]))
        return 0
    if argv is None and sys.argv[1:2] == ["_queries"]:
        django_setup()
        count_queries(json.loads(sys.argv[2]), Path(sys.argv[3]))
        return 0
    options = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    work = Path(options.work_dir).resolve()
    data_dir = work / f"redirects-{options.redirects}"
    run_dir = work / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    env = newsroom.site_env(data_dir, pagecache="off")

    print(f"\n1. A database with {options.redirects:,} redirects and {STORIES} stories (SQLite)")
    built = prepare(data_dir, options, env)
    print(
        f"   save_redirects: {built['redirects']:,} redirects in {built['write_seconds']:.1f} s "
        f"({built['redirects'] / built['write_seconds']:,.0f} a second; once, when built)"
    )
    paths = built["paths"]

    print("\n2. Per request, in-process (Django's test client, full middleware stack)")
    out = run_dir / "redirects-queries.json"
    one_each = json.dumps({case: paths[case][0] for case in CASES})
    run([sys.executable, __file__, "_queries", one_each, str(out)], env)
    queries = json.loads(out.read_text())
    for case in CASES:
        row = queries[case]
        print(
            f"   {case:9} HTTP {row['status']}  SQL queries: {row['queries']}  {row['ms']:.2f} ms  "
            f"{row['path']}"
        )

    load_text = f"wrk -t{options.threads} -c{options.connections}, {options.duration:g} s a run"
    print(f"\n3. masthead serve, page cache off, {SAMPLE} addresses a case rotating ({load_text})")
    measured = {}
    for case in CASES:
        measured[case] = result = load(case, paths[case], options, env, run_dir)
        print(f"   {case:9} {figures(case, result)}")
    ratio = measured["redirect"]["requests_per_sec"] / max(measured["story"]["requests_per_sec"], 1e-9)
    print(f"\nredirect vs uncached page: {ratio:.1f}x the requests a second")

    results = {
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "settings": vars(options),
        "build": {k: v for k, v in built.items() if k != "paths"},
        "queries": queries,
        "load": measured,
        "redirect_vs_uncached_page": ratio,
    }
    report = work / "redirects.json"
    report.write_text(json.dumps(results, indent=1, default=str))
    print(f"results: {report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
