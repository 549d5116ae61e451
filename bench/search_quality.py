"""`make bench-search-quality`: does search find the story a reader is looking for?

Every query of bench/search_queries.json is written the way a reader would type it to find one
story of the demo newsroom (`masthead demo-data`, default size and seed: what `make demo` serves),
and lists every story that answers it. Each goes through `masthead.search.selectors.search` in its
language, ten results a page, and the rank of the first acceptable story is printed (MISS when none
is in the ten), then recall@10 and MRR (mean of 1/rank, 0 for a miss) per language and overall.
A query that finds nothing as typed is answered with its spelling correction's results ("Showing
results for …"), as a reader sees it. Misspelt queries are kept apart: they must be corrected to
the expected words, written as the stories write them, and the corrected results must hold the
story; typed with `exact` (the reader's "Search instead for"), they find nothing and offer the
same correction as "Did you mean".

The newsroom is built once in var/bench/newsroom-search/ and reused; it is built again when the
demo generators or the migrations change (bench/newsroom.py) or when the search code does, so the
index and the "Did you mean" vocabulary are always those the current code writes. Searches are
run as of the moment the newsroom was built: stories it scheduled for later stay unpublished, and
a rerun days later ranks the same stories the same way.

Results go to var/bench/search_quality.json. The exit status is 1 if any query misses its story,
any misspelt query is not corrected as expected, or any expected story is not in the newsroom (the query
file no longer matches the desks).

.venv/bin/python bench/search_quality.py              # build or reuse the newsroom, then measure
.venv/bin/python bench/search_quality.py --rebuild    # start from a fresh newsroom
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

QUERIES = ROOT / "bench" / "search_queries.json"
DEMO_ARTICLES = 320  # demo-data's default size (masthead.demo.build.DEFAULT_ARTICLES)
PAGE_SIZE = 10
SEARCH_STAMP = "search-code.txt"  # in the newsroom's dir: the search code its index was written by


def search_fingerprint() -> str:
    """A hash of the search app's code: another analyser means another index and vocabulary."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "masthead" / "search").rglob("*.py")):
        if "tests" not in path.relative_to(ROOT).parts:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def prepare(data_dir: Path, *, rebuild: bool) -> datetime.datetime:
    """Build or reuse the demo newsroom; returns the moment it was built (searches run as of then)."""
    import newsroom

    stamp = data_dir / SEARCH_STAMP
    fingerprint = search_fingerprint()
    if not rebuild and stamp.exists() and stamp.read_text().strip() != fingerprint:
        print("bench: the search code changed since the newsroom was indexed: rebuilding")
        rebuild = True
    newsroom.prepare(data_dir, articles=DEMO_ARTICLES, rebuild=rebuild or not stamp.exists())
    stamp.write_text(fingerprint + "\n")
    # bench/newsroom.py writes built.json once the stories exist, and only then.
    built_at = (data_dir / "built.json").stat().st_mtime
    return datetime.datetime.fromtimestamp(built_at, tz=datetime.UTC)


def run_probe(data_dir: Path, queries: Path, now: datetime.datetime) -> dict:
    """This module's Django side (`probe`) in a subprocess against the newsroom; its JSON answer."""
    import newsroom

    out = data_dir / "search-quality-probe.json"
    argv = [sys.executable, __file__, "--probe", "--queries", str(queries), "--now", now.isoformat()]
    argv += ["--out", str(out)]
    subprocess.run(argv, env=newsroom.site_env(data_dir, pagecache="off"), cwd=ROOT, check=True)
    return json.loads(out.read_text())


def probe(queries: dict, now: datetime.datetime) -> dict:
    """Every query through `search()`; the slugs found, and which expected slugs do not exist."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    django.setup()
    from masthead.articles.models import Article
    from masthead.search.selectors import search

    def found(query: str, language: str, correct: bool = True) -> dict:
        results = search(query, languages=(language,), page_size=PAGE_SIZE, now=now, correct=correct)
        return {
            "found": [story.slug for story in results.stories],
            "total": results.total,
            "suggestion": results.suggestion,
            "corrected_to": results.parsed.text if results.corrected_from is not None else None,
        }

    published = Article.objects.published(now)
    items = queries["queries"] + queries["misspelt"]
    expected = {(item["lang"], slug) for item in items for slug in item["expect"]}
    live = set(published.values_list("language", "slug"))
    answers = {"queries": [], "misspelt": []}
    for item in queries["queries"]:
        answers["queries"].append(found(item["query"], item["lang"]))
    for item in queries["misspelt"]:
        answer = found(item["query"], item["lang"])
        as_typed = found(item["query"], item["lang"], correct=False)
        answer["as_typed_total"], answer["suggestion"] = as_typed["total"], as_typed["suggestion"]
        answer["suggestion_ok"] = answer["corrected_to"] == answer["suggestion"] == item["suggestion"]
        answers["misspelt"].append(answer)
    answers["unknown"] = sorted(f"{lang}/{slug}" for lang, slug in expected - live)
    answers["published"] = {lang: published.filter(language=lang).count() for lang in ("en", "ar")}
    return answers


def rank(found: list[str], expect: list[str]) -> int | None:
    """1-based position of the first acceptable story, or None if none was found."""
    return next((n for n, slug in enumerate(found, 1) if slug in expect), None)


def figures(ranks: list[int | None]) -> dict:
    n = len(ranks)
    hits = [r for r in ranks if r is not None]
    return {
        "queries": n,
        "found": len(hits),
        "recall_at_10": len(hits) / n if n else 0.0,
        "mrr": sum(1 / r for r in hits) / n if n else 0.0,
    }


def _short(slug: str, width: int = 60) -> str:
    return slug if len(slug) <= width else slug[: width - 1] + "…"


def report(queries: dict, answers: dict) -> dict:
    """Print the ranks, the misses with what came instead, and the figures; return them all."""
    rows = []
    print(f"\n{'rank':>4}  lang  query")
    for item, answer in zip(queries["queries"], answers["queries"], strict=True):
        position = rank(answer["found"], item["expect"])
        rows.append({**item, **answer, "rank": position})
        shown = f"{position:>4}" if position else "MISS"
        line = f"{shown}  {item['lang']:<4}  {item['query']}   [{item['kind']}]"
        if answer["corrected_to"]:
            line += f"  (corrected to {answer['corrected_to']})"
        if position:
            line += f"  -> {_short(answer['found'][position - 1])}"
        print(line)
        if not position:
            wanted = ", ".join(_short(slug, 50) for slug in item["expect"])
            print(f"        {answer['total']} found; expected {wanted}")
            for n, slug in enumerate(answer["found"][:5], 1):
                print(f"        {n}. {_short(slug, 100)}")
            if answer["suggestion"]:
                print(f"        did you mean: {answer['suggestion']}")

    print("\nMisspelt (expect the results of the expected correction, and nothing as typed)")
    misspelt = []
    for item, answer in zip(queries["misspelt"], answers["misspelt"], strict=True):
        position = rank(answer["found"], item["expect"])
        ok = answer["as_typed_total"] == 0 and answer["suggestion_ok"] and position is not None
        misspelt.append({**item, **answer, "corrected_rank": position, "ok": ok})
        status = "ok  " if ok else "FAIL"
        print(
            f"{status}  {item['lang']:<4}  {item['query']} -> {answer['corrected_to']!r} "
            f"(expected {item['suggestion']!r}; {answer['as_typed_total']} found as typed; "
            f"the story ranks {position or 'MISS'} in the corrected results)"
        )

    summary = {}
    print(f"\n{'':<8}{'queries':>8}{'found':>7}{'recall@10':>11}{'MRR':>7}")
    for language in ("en", "ar", "all"):
        ranks = [row["rank"] for row in rows if language in ("all", row["lang"])]
        summary[language] = stats = figures(ranks)
        print(
            f"{language:<8}{stats['queries']:>8}{stats['found']:>7}"
            f"{stats['recall_at_10']:>11.3f}{stats['mrr']:>7.3f}"
        )
    summary["misspelt_ok"] = sum(row["ok"] for row in misspelt)
    print(f"misspelt: {summary['misspelt_ok']} of {len(misspelt)} corrected as expected")
    if answers["unknown"]:
        print("\nExpected stories that are not published in the newsroom (update the query file):")
        for name in answers["unknown"]:
            print(f"  {name}")
    return {"summary": summary, "queries": rows, "misspelt": misspelt, "unknown": answers["unknown"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work-dir", default=str(ROOT / "var" / "bench"))
    parser.add_argument("--queries", default=str(QUERIES))
    parser.add_argument("--rebuild", action="store_true", help="build the newsroom afresh")
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)  # the Django side
    parser.add_argument("--now", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    options = parser.parse_args()
    queries = json.loads(Path(options.queries).read_text())

    if options.probe:
        answers = probe(queries, datetime.datetime.fromisoformat(options.now))
        Path(options.out).write_text(json.dumps(answers, ensure_ascii=False))
        return

    work = Path(options.work_dir)
    data_dir = work / "newsroom-search"
    now = prepare(data_dir, rebuild=options.rebuild)
    print(f"bench: searching the demo newsroom in {data_dir} as of {now:%Y-%m-%d %H:%M} UTC")
    answers = run_probe(data_dir, Path(options.queries), now)
    published = answers["published"]
    print(f"bench: {published['en']} English and {published['ar']} Arabic stories published")
    result = report(queries, answers)
    result["searched_at"] = now.isoformat()
    (work / "search_quality.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))
    print(f"\nresults: {work / 'search_quality.json'}")
    failed = (
        any(row["rank"] is None for row in result["queries"])
        or not all(row["ok"] for row in result["misspelt"])
        or bool(result["unknown"])
    )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
