"""The Django side of bench/search.py, run with MASTHEAD_DATA_DIR (and maybe DATABASE_URL) set.

python bench/search_probe.py --runs 20 --warmups 2 --out latency.json

Times `masthead.search.selectors.search()` end to end (parsing, the backend, loading the page of
stories, their bylines and snippets) and the backend's `search()` alone, for every query of
QUERIES, and gives each query's reader URL for the throughput run.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

GROUPS = ("one word", "two words", "phrase", "faceted")
# (group, language, how often its words occur in the demo stories, query, facet). Words come from
# masthead/demo/desks/: "common" ones are in headlines or tags of a frequent topic, "rare" ones in
# one sentence of one topic. A facet is a section slug, a tag slug, or a window of publication
# days counted back from today (from, to), as the search form's start and end dates.
QUERIES: list[tuple[str, str, str, str, dict]] = [
    ("one word", "en", "common", "heat", {}),
    ("one word", "en", "common", "investment", {}),
    ("one word", "en", "rare", "rehydration", {}),
    ("one word", "en", "rare", "underpasses", {}),
    ("two words", "en", "common", "heavy rain", {}),
    ("two words", "en", "common", "interest rates", {}),
    ("two words", "en", "rare", "cooling centres", {}),
    ("phrase", "en", "common", '"central bank"', {}),
    ("phrase", "en", "common", '"artificial intelligence"', {}),
    ("phrase", "en", "rare", '"oral rehydration salts"', {}),
    ("faceted", "en", "common", "rain", {"section": "news"}),
    ("faceted", "en", "common", "investment", {"days": (60, 31)}),
    ("faceted", "en", "common", "prices", {"tag": "cost-of-living"}),
    ("faceted", "en", "rare", "desalination", {"section": "report"}),
    ("one word", "ar", "common", "الحرارة", {}),
    ("one word", "ar", "common", "الاستثمار", {}),
    ("one word", "ar", "rare", "الإماهة", {}),
    ("one word", "ar", "rare", "الأنفاق", {}),
    ("two words", "ar", "common", "أمطار غزيرة", {}),
    ("two words", "ar", "common", "سعر الفائدة", {}),
    ("two words", "ar", "rare", "مراكز التبريد", {}),
    ("phrase", "ar", "common", '"البنك المركزي"', {}),
    ("phrase", "ar", "common", '"الذكاء الاصطناعي"', {}),
    ("phrase", "ar", "rare", '"أملاح الإماهة الفموية"', {}),
    ("faceted", "ar", "common", "أمطار", {"section": "news"}),
    ("faceted", "ar", "common", "الاستثمار", {"days": (60, 31)}),
    ("faceted", "ar", "common", "الأسعار", {"tag": "cost-of-living"}),
    ("faceted", "ar", "rare", "تحلية", {"section": "report"}),
]


def percentiles(times: list[float]) -> dict[str, float]:
    """p50, p95 and max of `times` (ms), nearest rank."""
    ordered = sorted(times)
    at = lambda share: ordered[min(len(ordered) - 1, int(len(ordered) * share))]  # noqa: E731
    return {"p50_ms": at(0.5), "p95_ms": at(0.95), "max_ms": ordered[-1], "runs": len(ordered)}


def _timed(call, runs: int, warmups: int) -> list[float]:
    for _ in range(warmups):
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _arguments(language: str, facet: dict, today: datetime.date) -> tuple[dict, dict]:
    """The selector's keyword arguments for a facet, and the same facet as reader URL parameters."""
    from django.utils import timezone

    from masthead.articles.models import Section, Tag

    def midnight(day: datetime.date) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

    kwargs: dict = {"languages": (language,)}
    params: dict = {}
    if "section" in facet:
        kwargs["section"] = Section.objects.get(slug=facet["section"])
        params["section"] = facet["section"]
    if "tag" in facet:
        kwargs["tag_id"] = Tag.objects.get(slug=facet["tag"]).pk
        params["tag"] = facet["tag"]
    if "days" in facet:
        start, end = (today - datetime.timedelta(days=days) for days in facet["days"])
        # As the form reads them: from the start day's midnight to the end of the end day.
        kwargs["since"], kwargs["until"] = midnight(start), midnight(end + datetime.timedelta(days=1))
        params.update(start=start.isoformat(), end=end.isoformat())
    return kwargs, params


def latency(runs: int, warmups: int) -> dict:
    """Every query of QUERIES timed through the selector and through the backend alone."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from masthead.search.backends import get_backend
    from masthead.search.backends.base import Filters
    from masthead.search.models import Entry
    from masthead.search.query import parse
    from masthead.search.selectors import PAGE_SIZE, search

    backend = get_backend()
    today = timezone.localdate()
    rows = []
    for group, language, frequency, text, facet in QUERIES:
        kwargs, params = _arguments(language, facet, today)
        with CaptureQueriesContext(connection) as queries:
            found = search(text, **kwargs)
        parsed = parse(text)
        section = kwargs.get("section")

        def alone(parsed=parsed, kwargs=kwargs, section=section):
            # What the selector asks the backend for, a new `now` each time as each request has.
            filters = Filters(
                languages=kwargs["languages"],
                now=timezone.now(),
                section_id=section.pk if section else None,
                tag_id=kwargs.get("tag_id"),
                since=kwargs.get("since"),
                until=kwargs.get("until"),
            )
            return backend.search(parsed.query, filters, newest=False, offset=0, limit=PAGE_SIZE)

        def whole(text=text, kwargs=kwargs):
            return search(text, **kwargs)

        search_times = _timed(whole, runs, warmups)
        backend_times = _timed(alone, runs, warmups)
        rows.append(
            {
                "group": group,
                "language": language,
                "frequency": frequency,
                "query": text,
                "facet": {k: list(v) if isinstance(v, tuple) else v for k, v in facet.items()},
                "url": f"/{language}/search/?" + urlencode({"q": text, **params}),
                "total": found.total,
                "shown": len(found.stories),
                "suggestion": found.suggestion,
                "sql_queries": len(queries.captured_queries),
                "search": {**percentiles(search_times), "times_ms": search_times},
                "backend": {**percentiles(backend_times), "times_ms": backend_times},
            }
        )
    summary = {}
    for name in (*GROUPS, "en", "ar", "all"):
        chosen = [row for row in rows if name in (row["group"], row["language"], "all")]
        summary[name] = {
            part: percentiles([t for row in chosen for t in row[part]["times_ms"]])
            for part in ("search", "backend")
        }
    return {
        "vendor": connection.vendor,
        "entries": Entry.objects.count(),
        "index_bytes": backend.size(),
        "queries": rows,
        "groups": summary,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmups", type=int, default=2)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()
    import django

    django.setup()
    result = latency(options.runs, options.warmups)
    Path(options.out).write_text(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
