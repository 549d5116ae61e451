"""Tag suggestions measured on wire stories written for the purpose: precision and recall of the top 10.

masthead/suggestions/tests/data/{en,ar}.jsonl hold one story a line: `text`, `expected` (the people,
organisations and places the story is about, each a list of accepted spellings, the first the
preferred one) and `acceptable` (things a copy editor would also accept as tags: places, people
and topics mentioned in passing). `suggest_tags(text, language)` runs against an empty tag
table, so every suggestion is a new one.

- recall: the share of expected entities named by a suggestion in the top 10;
- precision: the share of the top 10 that name an expected or acceptable entity, each entity
  once (a second spelling of one entity counts as wrong: it is a duplicate tag).

Prints both per language, then per story the expected entities missed and the suggestions that
matched nothing. Nothing fails: it measures.

.venv/bin/python bench/suggestions_eval.py              # both languages
.venv/bin/python bench/suggestions_eval.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "masthead" / "suggestions" / "tests" / "data"
TOP = 10
sys.path.insert(0, str(ROOT))


def setup_django(folder: Path) -> None:
    """Django on a throwaway SQLite file: suggestions read the tag table, which stays empty."""
    os.environ["MASTHEAD_DATA_DIR"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def normal(label: str) -> str:
    """A label as spellings are compared: case, Arabic letter variants, hyphens, plurals,
    a leading "the" and English possessives do not count."""
    from masthead.core.words import english_stem, normalize_arabic

    text = normalize_arabic(label).replace("’", "'").casefold()
    words = re.sub(r"[-‐–]", " ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(english_stem(word) for word in words)


@dataclass
class Result:
    """One story's top suggestions scored against its expected and acceptable entities."""

    id: str
    top: list[str]
    hits: int = 0  # suggestions naming an expected or acceptable entity, each entity once
    found: int = 0  # expected entities named
    expected: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def score(story: dict, top: list[str]) -> Result:
    expected = [[normal(form) for form in forms] for forms in story["expected"]]
    acceptable = [[normal(form) for form in forms] for forms in story["acceptable"]]
    entities = expected + acceptable
    named: set[int] = set()
    result = Result(story["id"], top, expected=len(expected))
    for label in top:
        key = normal(label)
        match = next((n for n, forms in enumerate(entities) if key in forms), None)
        if match is None or match in named:
            result.wrong.append(label + (" (duplicate)" if match is not None else ""))
            continue
        named.add(match)
        result.hits += 1
    result.found = sum(1 for n in range(len(expected)) if n in named)
    result.missed = [story["expected"][n][0] for n in range(len(expected)) if n not in named]
    return result


def evaluate(language: str) -> list[Result]:
    from masthead.suggestions.services import suggest_tags

    results = []
    for line in (DATA / f"{language}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        story = json.loads(line)
        top = [s.label for s in suggest_tags(story["text"], language, limit=TOP)]
        results.append(score(story, top))
    return results


def summary(results: list[Result]) -> dict:
    suggested = sum(len(r.top) for r in results)
    expected = sum(r.expected for r in results)
    return {
        "stories": len(results),
        "precision": round(sum(r.hits for r in results) / suggested, 3) if suggested else 0.0,
        "recall": round(sum(r.found for r in results) / expected, 3) if expected else 0.0,
        "stories_with_every_expected": sum(1 for r in results if not r.missed),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="en,ar")
    parser.add_argument("--show", default="", help="print the top 10 of these story ids (comma-separated)")
    parser.add_argument("--json", type=Path, help="also write the figures and every top 10 here")
    args = parser.parse_args()
    show = set(filter(None, args.show.split(",")))
    report: dict = {}
    with tempfile.TemporaryDirectory(prefix="masthead-suggestions-eval-") as folder:
        setup_django(Path(folder))
        for language in args.languages.split(","):
            results = evaluate(language)
            figures = summary(results)
            report[language] = {**figures, "top": {r.id: r.top for r in results}}
            print(
                f"tag suggestions [{language}]: precision@{TOP} = {figures['precision']:.3f}, "
                f"recall@{TOP} = {figures['recall']:.3f} ({figures['stories']} stories, "
                f"{figures['stories_with_every_expected']} with every expected entity)"
            )
            for r in results:
                if r.missed or r.wrong:
                    print(f"  {r.id}: missed {r.missed or '-'}; matched nothing: {r.wrong or '-'}")
                if r.id in show:
                    print(f"    top {TOP}: {r.top}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
