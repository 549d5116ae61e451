"""`make audit`: Lighthouse's SEO, accessibility, best practices and performance scores of the
reader's pages, on a phone and on a desktop.

Builds the demo newsroom once in var/bench/audit/ (`masthead migrate` and `masthead demo-data`,
through bench/newsroom.py: rebuilt when the migrations or the demo generators change) and serves it
with `masthead serve` on a free port of 127.0.0.1, the page cache on, as readers are served. The
pages are found by following the home page's own links in each language: the home page, the lead
story, the first section of the navigation, and a search for the lead headline's longest word.
Each page is requested once before it is measured, so cacheable pages come from the page cache.

Lighthouse (bench/audit/package-lock.json, `npm ci --prefix bench/audit`) drives Debian's
chromium (CHROME_PATH, /usr/bin/chromium by default; never a downloaded browser), headless, one
page at a time, with its default mobile settings (a mid-range phone, throttled) and with
`--preset=desktop`. Each report is kept as JSON in var/bench/audit/reports/, and a summary in
var/bench/audit/summary.json.

Targets: SEO 100 and best practices >= 95 on every page. Search result pages are kept out of
search engines on purpose (noindex, and robots.txt closes them), so Lighthouse's "Page isn't
blocked from indexing" is expected to fail there and is not held against them. Accessibility and
performance are printed without a target. The exit status is 1 if any page misses a target; the
failing audits of every such page are listed.

    .venv/bin/python bench/audit.py                       # build or reuse the newsroom, then audit
    .venv/bin/python bench/audit.py --presets desktop --languages en   # a quicker look
    .venv/bin/python bench/audit.py --rebuild             # start from a fresh newsroom
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urljoin

import harness
import newsroom
from lxml import html

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "bench" / "audit" / "node_modules" / ".bin" / "lighthouse"
DATA_DIR = ROOT / "var" / "bench" / "audit"
DEMO_ARTICLES = 320  # demo-data's default size: the newsroom `make demo` serves
CATEGORIES = {"seo": "SEO", "accessibility": "A11y", "best-practices": "BP", "performance": "Perf"}
TARGETS = {"seo": 100, "best-practices": 95}
# Audits expected to fail on a kind of page, by design; they do not count against its targets.
EXPECTED = {"search": {"is-crawlable"}}
PRESETS = ["mobile", "desktop"]
ATTEMPTS = 3
LANGUAGES = ["en", "ar"]
# The home page's links to the pages audited besides it.
LEAD_STORY = ".front-lead .card__title a"
SECTION = ".site-nav li a:not([aria-current])"


@dataclass
class Result:
    kind: str
    language: str
    preset: str
    url: str
    report: Path
    scores: dict[str, int | None] = field(default_factory=dict)
    failing: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # category: (id, title)
    missed: list[str] = field(default_factory=list)  # categories under their target


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode()


def find_pages(base_url: str, language: str) -> dict[str, str]:
    """{kind: url} of the pages to audit in `language`, read from its home page."""
    home = urljoin(base_url, f"/{language}/")
    page = html.fromstring(fetch(home))
    found = {"home": home}
    lead = page.cssselect(LEAD_STORY)
    if lead:
        found["story"] = urljoin(home, lead[0].get("href"))
    section = page.cssselect(SECTION)
    if section:
        found["section"] = urljoin(home, section[0].get("href"))
    if lead:
        word = max(lead[0].text_content().split(), key=len).strip(".,:;!?'\"«»“”")
        found["search"] = urljoin(home, f"search/?{urlencode({'q': word})}")
    for kind in ("story", "section", "search"):
        if kind not in found:
            print(f"audit: {language}: no {kind} page found from the home page; skipped", file=sys.stderr)
    return found


def lighthouse(url: str, preset: str, report: Path, chrome: str) -> None:
    argv = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox",
        "--quiet",
    ]
    if preset == "desktop":
        argv.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": chrome}
    # Lighthouse sometimes loses a page load's trace on a busy machine (NO_NAVSTART, NO_FCP): the
    # run is made again, twice at most, rather than reported as the page's fault.
    for attempt in range(1, ATTEMPTS + 1):
        report.unlink(missing_ok=True)
        done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
        if done.returncode == 0 and report.exists():
            return
        if attempt < ATTEMPTS:
            reason = (done.stderr.strip().splitlines() or ["no report"])[-1]
            print(f"audit: lighthouse failed ({reason}); trying again", flush=True)
    raise SystemExit(f"audit: lighthouse failed on {url} ({preset}):\n{done.stderr[-3000:]}")


def read_report(result: Result) -> None:
    """Scores (0-100) and the failing audits per category, and which targets were missed."""
    data = json.loads(result.report.read_text())
    if data.get("runtimeError"):
        raise SystemExit(f"audit: {result.url}: {data['runtimeError'].get('message')}")
    audits = data["audits"]
    expected = EXPECTED.get(result.kind, set())
    for category, info in data["categories"].items():
        score = info["score"]
        result.scores[category] = None if score is None else round(score * 100)
        failing = []
        for ref in info["auditRefs"]:
            audit = audits[ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                failing.append((ref["id"], audit["title"]))
        result.failing[category] = failing
        target = TARGETS.get(category)
        unexpected = [audit_id for audit_id, _title in failing if audit_id not in expected]
        if target is not None and (score is None or round(score * 100) < target) and unexpected:
            result.missed.append(category)


def print_table(results: list[Result]) -> None:
    targets = ", ".join(f"{CATEGORIES[c]} >= {t}" for c, t in TARGETS.items())
    print(f"\nLighthouse {lighthouse_version()} on Debian's chromium; targets: {targets}")
    header = f"{'page':<9}{'lang':<6}{'preset':<9}" + "".join(f"{name:>6}" for name in CATEGORIES.values())
    print(header)
    print("-" * len(header))
    for result in results:
        cells = ""
        for category in CATEGORIES:
            score = result.scores.get(category)
            mark = "*" if category in result.missed else " "
            cells += f"{'n/a' if score is None else score:>5}{mark}"
        print(f"{result.kind:<9}{result.language:<6}{result.preset:<9}{cells}")
    print("* under target")


def print_failures(results: list[Result]) -> None:
    """The failing audits of each page under target, in the categories it missed."""
    for result in results:
        if not result.missed:
            continue
        expected = EXPECTED.get(result.kind, set())
        print(f"\n{result.kind} {result.language} {result.preset}: {result.url}")
        for category in result.missed:
            for audit_id, title in result.failing[category]:
                note = "  (expected: kept out of search engines)" if audit_id in expected else ""
                print(f"  {CATEGORIES[category]:<5} {title} [{audit_id}]{note}")


def lighthouse_version() -> str:
    done = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build the newsroom afresh")
    parser.add_argument("--presets", default=",".join(PRESETS), help="mobile,desktop")
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="en,ar")
    parser.add_argument("--pages", default="home,story,section,search", help="home,story,section,search")
    args = parser.parse_args()
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chrome).exists():
        raise SystemExit("audit: no chromium; run: apt-get install -y chromium")
    if not LIGHTHOUSE.exists():
        raise SystemExit("audit: no Lighthouse; run: npm ci --prefix bench/audit")

    newsroom.prepare(DATA_DIR, articles=DEMO_ARTICLES, rebuild=args.rebuild)
    newsroom.clear_page_cache(DATA_DIR)  # pages name the site's address, and it is a new port each run
    reports = DATA_DIR / "reports"
    shutil.rmtree(reports, ignore_errors=True)
    reports.mkdir(parents=True)
    port = harness.free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {**newsroom.site_env(DATA_DIR, pagecache="files"), "MASTHEAD_SITE_URL": base_url}
    results: list[Result] = []
    with harness.masthead_serve(env=env, port=port, log=DATA_DIR / "serve.log") as server:
        server.wait_until_serving(port, "/en/")
        for language in args.languages.split(","):
            pages = find_pages(base_url, language)
            for kind in args.pages.split(","):
                if kind not in pages:
                    continue
                fetch(pages[kind])  # into the page cache, as a reader after the first would find it
                for preset in args.presets.split(","):
                    report = reports / f"{kind}-{language}-{preset}.json"
                    print(f"audit: {kind} {language} {preset}: {pages[kind]}", flush=True)
                    lighthouse(pages[kind], preset, report, chrome)
                    result = Result(kind, language, preset, pages[kind], report)
                    read_report(result)
                    results.append(result)
    print_table(results)
    print_failures(results)
    summary = [
        {
            "page": r.kind,
            "language": r.language,
            "preset": r.preset,
            "url": r.url,
            "scores": r.scores,
            "missed": r.missed,
            "failing": {c: [a for a, _t in audits] for c, audits in r.failing.items()},
            "report": str(r.report.relative_to(ROOT)),
        }
        for r in results
    ]
    (DATA_DIR / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    missed = [r for r in results if r.missed]
    print(f"\naudit: {len(results)} reports in {reports.relative_to(ROOT)}; {len(missed)} under target")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
