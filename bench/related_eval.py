"""Same-topic precision@5 of "You May Also Like" on wire stories written for the purpose.

The stories are in bench/data/related_eval/*.jsonl (en.jsonl, ar.jsonl: one story a line, each
labelled with its running topic; see the README there). For each run, a fresh newsroom is built
in a temporary data dir (SQLite): the stories are loaded as published articles, untagged as wire
copy arrives, in sections made as needed; `masthead rebuild-related` fits the text models and
stores every list; then each story's stored list (`RelatedStory`, in rank order) is read back
and scored.

Scoring, per language:
- queries: every on-topic story whose topic has at least 6 stories, and every lookalike (a story
  sharing words with a topic but not its subject), judged as what it is: its own topic;
- precision@5: the share of the top 5 in the query's topic, out of what is possible, min(5,
  other stories of the topic): 5 for an on-topic query, 1 or 2 for a lookalike;
- "off-topic in top 3": stories whose topic has 3 other stories or more, yet an off-topic story
  sits among the first three;
- the same figures from a fresh ranking (`ranking.related_by_meaning`, nothing stored), and how
  many stored top 5 equal it;
- a diagnosis: precision when ranking by words alone, concepts alone, both (the text score) and
  text with section and time; and, for each wrong story in a top 5, which signal put it above
  the best on-topic story it displaced.

.venv/bin/python bench/related_eval.py                          # untagged, as wire copy arrives
.venv/bin/python bench/related_eval.py --with-tags suggested    # plus a run with 3 suggested tags each
.venv/bin/python bench/related_eval.py --with-tags topic        # plus a run where half carry a topic tag
.venv/bin/python bench/related_eval.py --archive 2000           # amid 2,000 demo stories (distractors)
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "related_eval"
MASTHEAD = ROOT / ".venv" / "bin" / "masthead"
PROBE = ROOT / "bench" / "related_eval_probe.py"  # the Django side, run inside each newsroom
TOP = 5
MIN_TOPIC = 6  # an on-topic story is a query when its topic has this many stories (5 others to find)
TOP3 = 3
SECTIONS_AR = {
    "News": "أخبار",
    "World": "العالم",
    "Politics": "سياسة",
    "Business": "اقتصاد",
    "Technology": "تكنولوجيا",
    "Sport": "رياضة",
    "Culture": "ثقافة",
    "Health": "صحة",
}
LANGUAGE_NAMES = {"en": "English", "ar": "Arabic"}


def read_stories() -> list[dict]:
    """Every story of every set present (en.jsonl, ar.jsonl, ...), in file order."""
    stories = []
    for path in sorted(DATA.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    stories.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise SystemExit(f"{path.name}:{number}: {error}") from error
    return stories


# ---------------------------------------------------------------------------------------------
# The driver: one fresh newsroom per run, Django in subprocesses (as `masthead` itself runs).


def run_once(*, tags: str, archive: int, keep: bool) -> dict:
    """Build a newsroom, load the stories (tagged as `tags` says), rebuild the lists, measure."""
    sys.path.insert(0, str(ROOT / "bench"))
    import newsroom

    data_dir = Path(tempfile.mkdtemp(prefix="masthead-related-eval-"))
    env = newsroom.site_env(data_dir, pagecache="off")
    try:
        _run([str(MASTHEAD), "migrate", "--noinput", "--verbosity", "0"], env)
        if archive:
            print(f"   adding {archive} demo stories as the rest of the archive (distractors)")
            _run([str(MASTHEAD), "demo-data", "--articles", str(archive)], env)
        _run([sys.executable, str(PROBE), "load", "--tags", tags], env)
        _run([str(MASTHEAD), "rebuild-related", "--no-progress"], env)
        out = data_dir / "related-eval.json"
        _run([sys.executable, str(PROBE), "measure", "--out", str(out)], env)
        return json.loads(out.read_text())
    finally:
        if keep:
            print(f"   newsroom kept: MASTHEAD_DATA_DIR={data_dir} .venv/bin/masthead related SLUG")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


def _run(argv: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(argv, env=env, cwd=ROOT, check=False, stdout=subprocess.DEVNULL)
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv[:3])} failed with exit code {done.returncode}")


def report(result: dict, *, worst: int) -> None:
    """Print one run's figures, language by language."""
    for language, figures in result.items():
        name = LANGUAGE_NAMES.get(language, language)
        stored, fresh = figures["stored"], figures["fresh"]
        print(
            f"\n   {name} ({language}): {figures['stories']} stories in {len(figures['topics'])} topics, "
            f"{figures['pool']} published in the language; queries: {stored['on_topic_queries']} on-topic "
            f"+ {stored['lookalike_queries']} lookalikes"
        )
        print(
            f"   precision@5 = {stored['on_topic_p5']:.3f} on-topic, {stored['lookalike_p5']:.3f} "
            f"lookalikes, {stored['all_p5']:.3f} all   (stored lists; worst {stored['worst_p5']:.1f})"
        )
        print(
            f"   fresh ranking (ranking.related_by_meaning): {fresh['on_topic_p5']:.3f} on-topic, "
            f"{fresh['all_p5']:.3f} all; stored top 5 = fresh top 5 for "
            f"{figures['stored_equals_fresh']} of {figures['stories']} stories"
        )
        top3 = stored["top3"]
        print(
            f"   off-topic in top 3 when 3 on-topic stories exist: {top3['with_off_topic']} of "
            f"{top3['eligible']} stories (fresh ranking: {fresh['top3']['with_off_topic']})"
        )
        if figures.get("signals"):
            signals = ", ".join(f"{k} {v:.3f}" for k, v in figures["signals"].items())
            print(f"   on-topic precision@5 ranking by one signal at a time: {signals}")
        wrong = figures["wrong"]
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(wrong["kinds"].items(), key=lambda kv: -kv[1]))
        causes = ", ".join(f"{k} {v}" for k, v in sorted(wrong["causes"].items(), key=lambda kv: -kv[1]))
        print(f"   wrong stories in on-topic top 5s: {wrong['count']} ({kinds})")
        if causes:
            print(f"   what put each above the best on-topic story it displaced: {causes}")
        per_topic = "  ".join(
            f"{t} {p:.2f}" for t, p in sorted(figures["per_topic"].items(), key=lambda kv: kv[1])
        )
        print(f"   by topic: {per_topic}")
        print(f"   worst {worst} queries:")
        queries = sorted(figures["queries"], key=lambda q: (q["p5"], q["id"]))
        for query in queries[:worst]:
            if query["p5"] >= 1:
                break
            print(f"     {query['id']:<28} p@5 {query['p5']:.2f}  {query['headline'][:80]}")
            for entry in query["top"]:
                if entry["same_topic"]:
                    continue
                print(f"        x #{entry['rank']} {entry['id'] or '(archive)'}: {entry['headline'][:70]}")
                print(f"          {entry['why']}")
            if query.get("displaced"):
                print(f"        displaced: {query['displaced']}")
        if stored["lookalike_singletons"]:
            print("   lookalikes alone in their topic (not scored; the topics of their first three):")
            for line in stored["lookalike_singletons"]:
                print(f"     {line}")


# What the probe (the Django side) shares with the report: naming why a wrong story came in.


def attribute(wrong: dict, displaced: dict | None) -> str:
    """Which signal put a wrong story above the best on-topic story left out.

    With a higher text score, text did it: by its words, its concepts or both. With a lower one,
    the non-text part of the ranking overturned the text order: section, time or tags.
    """
    if displaced is None or wrong.get("text") is None:
        return "unknown"
    if wrong["text"] >= displaced["text"]:
        words = wrong["words"] >= displaced["words"]
        concepts = wrong["concepts"] >= displaced["concepts"]
        return "words and concepts" if words and concepts else "words" if words else "concepts"
    if wrong["same_section"] and not displaced["same_section"]:
        return "section"
    if wrong["shared_tags"] > displaced["shared_tags"]:
        return "tags"
    if wrong["days"] < displaced["days"]:
        return "time"
    return "other (not in the words-and-concepts text score)"


def explain(entry: dict, cause: str) -> str:
    s = entry["signals"]
    parts = [f"[{entry['kind']}, {entry['section']}]"]
    if s.get("text") is not None:
        parts.append(f"text {s['text']:.2f} (words {s['words']:.2f}, concepts {s['concepts']:.2f})")
    if (
        s.get("ranked_text") is not None
        and s.get("text") is not None
        and abs(s["ranked_text"] - s["text"]) > 0.01
    ):
        parts.append(f"ranked text {s['ranked_text']:.2f}")
    parts.append("same section" if s["same_section"] else "other section")
    parts.append(f"{s['days']:g} days")
    if s["shared_tags"]:
        parts.append(f"{s['shared_tags']} shared tags")
    if s.get("shared_words"):
        parts.append("shared: " + ", ".join(s["shared_words"]))
    parts.append(f"-> {cause}")
    return "; ".join(parts)


def short(described: dict | None) -> str | None:
    if described is None:
        return None
    return (
        f"{described['id']} text {described['text']:.2f} (words {described['words']:.2f}, concepts "
        f"{described['concepts']:.2f}); {'same' if described['same_section'] else 'other'} section; "
        f"{described['days']:g} days"
    )


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--with-tags",
        choices=["suggested", "topic"],
        help="a second run with a few tags: each story's 3 first tag suggestions, or a topic tag on half",
    )
    parser.add_argument(
        "--archive", type=int, default=0, help="demo stories to add as the rest of the archive"
    )
    parser.add_argument("--worst", type=int, default=10, help="worst queries shown per language")
    parser.add_argument("--keep", action="store_true", help="keep the newsroom(s) for `masthead related`")
    parser.add_argument("--json", help="also write the full results here")
    options = parser.parse_args()
    stories = read_stories()
    counts = Counter(story["language"] for story in stories)
    print(
        "Same-topic precision@5 of related stories on the wire-story set: "
        + ", ".join(f"{n} {LANGUAGE_NAMES.get(lang, lang)}" for lang, n in sorted(counts.items()))
    )
    results = {}
    runs = ["none"] + ([options.with_tags] if options.with_tags else [])
    for tags in runs:
        title = {
            "none": "untagged (wire copy)",
            "suggested": "each story tagged with its 3 first tag suggestions",
            "topic": "every other story of a topic tagged with the topic",
        }[tags]
        print(f"\nrun: {title}")
        results[tags] = run_once(tags=tags, archive=options.archive, keep=options.keep)
        report(results[tags], worst=options.worst)
    if options.json:
        Path(options.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
        print(f"\nresults: {options.json}")


if __name__ == "__main__":
    main()
