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
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "related_eval"
MASTHEAD = ROOT / ".venv" / "bin" / "masthead"
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
        _run([sys.executable, str(Path(__file__).resolve()), "load", "--tags", tags], env)
        _run([str(MASTHEAD), "rebuild-related", "--no-progress"], env)
        out = data_dir / "related-eval.json"
        _run([sys.executable, str(Path(__file__).resolve()), "measure", "--out", str(out)], env)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="step")
    load_step = sub.add_parser("load", help="(inside a newsroom) load the stories")
    load_step.add_argument("--tags", choices=["none", "suggested", "topic"], default="none")
    measure_step = sub.add_parser("measure", help="(inside a newsroom) score the stored lists")
    measure_step.add_argument("--out", required=True)
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
    if options.step:
        inside(options)
        return
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


# ---------------------------------------------------------------------------------------------
# Inside the newsroom (MASTHEAD_DATA_DIR set by the driver).


def inside(options: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    import django

    django.setup()
    if options.step == "load":
        load(options.tags)
    else:
        Path(options.out).write_text(json.dumps(measure(), ensure_ascii=False))


def load(tags: str) -> None:
    """The stories as published articles (the slug is the story's id), then tags if asked."""
    from django.db import transaction
    from django.utils.dateparse import parse_datetime

    from masthead.articles.models import Article, Section

    stories = read_stories()
    with transaction.atomic():
        sections = {}
        for name in sorted({story["section"] for story in stories}):
            sections[name] = Section.objects.get_or_create(
                slug=name.lower(), defaults={"name": name, "name_ar": SECTIONS_AR.get(name, name)}
            )[0]
        articles = []
        for story in stories:
            published = parse_datetime(story["published"])
            articles.append(
                Article(
                    language=story["language"],
                    headline=story["headline"],
                    slug=story["id"],
                    dek=story.get("dek", ""),
                    body=story["body"],
                    section=sections[story["section"]],
                    status=Article.Status.PUBLISHED,
                    published_at=published,
                    first_published_at=published,
                )
            )
        # bulk_create: no publishing signals, as after an import; rebuild-related does the rest.
        Article.objects.bulk_create(articles)
    if tags != "none":
        tag_stories(stories, tags)


def tag_stories(stories: list[dict], mode: str) -> None:
    """Tag as a desk might: accept the first 3 suggestions, story by story in publication order
    (so later stories find the tags earlier ones created), or tag every other story of each topic
    with the topic itself (a running-story tag, applied unevenly as desks do)."""
    from django.utils.text import slugify

    from masthead.articles.models import Article, Tag
    from masthead.core.html import plain_text

    by_slug = {(a.language, a.slug): a for a in Article.objects.all()}
    through = Article.tags.through
    ordered = sorted(stories, key=lambda s: s["published"])
    if mode == "topic":
        seen: Counter = Counter()
        for story in ordered:
            key = (story["language"], story["topic"])
            seen[key] += 1
            if seen[key] % 2 == 1:
                tag = Tag.objects.get_or_create(
                    slug=f"topic-{story['language']}-{story['topic']}", defaults={"name": story["topic"]}
                )[0]
                through.objects.create(article_id=by_slug[(story["language"], story["id"])].pk, tag_id=tag.pk)
        return
    from masthead.suggestions.services import suggest_tags

    for story in ordered:
        language = story["language"]
        text = "\n".join([story["headline"], story.get("dek", ""), plain_text(story["body"])])
        for suggestion in suggest_tags(text, language, limit=3):
            tag_id = suggestion.tag_id
            if tag_id is None:
                base = slugify(suggestion.label, allow_unicode=True)[:100] or "tag"
                slug, n = base, 1
                while Tag.objects.filter(slug=slug).exists():
                    n += 1
                    slug = f"{base}-{n}"
                names = {"name_ar": suggestion.label} if language == "ar" else {"name": suggestion.label}
                tag_id = Tag.objects.create(slug=slug, **names).pk
            through.objects.get_or_create(article_id=by_slug[(language, story["id"])].pk, tag_id=tag_id)


def measure() -> dict:
    """Per language: the stored lists and a fresh ranking scored against the topic labels."""
    from masthead.articles.models import Article
    from masthead.discovery import ranking
    from masthead.discovery.models import RelatedStory

    stories = read_stories()
    result = {}
    for language in sorted({story["language"] for story in stories}):
        records = {s["id"]: s for s in stories if s["language"] == language}
        pool = list(
            Article.objects.published()
            .filter(language=language)
            .select_related("section")
            .prefetch_related("tags")
            .order_by("pk")
        )
        by_pk = {a.pk: a for a in pool}
        label = {a.pk: records.get(a.slug) for a in pool}
        ours = [a for a in pool if label[a.pk] is not None]
        stored: dict[int, list[tuple[int, dict]]] = defaultdict(list)
        for row in RelatedStory.objects.filter(article__language=language).order_by("article_id", "rank"):
            stored[row.article_id].append((row.related_id, row.reasons))
        fresh = {
            a.pk: [(r.article_id, r.reasons) for r in ranking.related_by_meaning(a, limit=TOP)] for a in ours
        }
        signals = Signals(pool, language)
        topic_size = Counter(records[a.slug]["topic"] for a in ours)
        scored_stored = score(ours, stored, label, topic_size, by_pk, signals)
        scored_fresh = score(ours, fresh, label, topic_size, by_pk, signals)
        same = sum(
            [pk for pk, _ in stored.get(a.pk, [])[:TOP]] == [pk for pk, _ in fresh[a.pk][:TOP]] for a in ours
        )
        per_topic: dict[str, list[float]] = defaultdict(list)
        for query in scored_stored["queries"]:
            per_topic[query["topic"]].append(query["p5"])
        result[language] = {
            "stories": len(ours),
            "pool": len(pool),
            "topics": dict(topic_size),
            "stored": scored_stored["figures"],
            "fresh": scored_fresh["figures"],
            "stored_equals_fresh": same,
            "queries": scored_stored["queries"],
            "per_topic": {t: sum(v) / len(v) for t, v in per_topic.items()},
            "wrong": scored_stored["wrong"],
            "signals": signals.ablation(ours, label, topic_size) if signals.ready else {},
        }
    return result


class Signals:
    """The words-and-concepts model's two cosines among all stories of a language, recomputed
    from the stored model, to tell which signal ranked a wrong story high."""

    def __init__(self, pool: list, language: str) -> None:
        import numpy as np

        from masthead.discovery import semantic, vectors

        self.pool = pool
        self.row = {a.pk: i for i, a in enumerate(pool)}
        kept = vectors.current_model(language)
        self.ready = kept is not None
        if not self.ready:
            return
        _, model = kept
        self.model, self.language = model, language
        texts = [vectors.story_text(a) for a in pool]
        lexical, conceptual = model.vectors(texts)
        self.lexical_rows = lexical
        self.words_sim = (lexical @ lexical.T).toarray()
        self.concepts_sim = (conceptual @ conceptual.T).toarray() if conceptual.shape[1] else self.words_sim
        self.text_sim = semantic.blend(self.words_sim, self.concepts_sim if conceptual.shape[1] else None)
        self.texts = texts
        self.np = np

    def describe(self, query, other, reasons: dict | None) -> dict:
        i, j = self.row[query.pk], self.row[other.pk]
        days = abs((other.published_at - query.published_at).total_seconds()) / 86400
        shared = sorted({t.pk for t in query.tags.all()} & {t.pk for t in other.tags.all()})
        out = {
            "words": float(self.words_sim[i, j]) if self.ready else None,
            "concepts": float(self.concepts_sim[i, j]) if self.ready else None,
            "text": float(self.text_sim[i, j]) if self.ready else None,
            "same_section": other.section_id == query.section_id,
            "days": round(days, 1),
            "shared_tags": len(shared),
            "ranked_text": (reasons or {}).get("similarity"),
        }
        if self.ready:
            out["shared_words"] = self.shared_words(i, j)
        return out

    def shared_words(self, i: int, j: int, n: int = 5) -> list[str]:
        """The shared terms that weigh most in the two stories' word cosine."""
        from sklearn.feature_extraction.text import HashingVectorizer

        from masthead.discovery import semantic
        from masthead.discovery.text import words

        a, b = self.lexical_rows[i], self.lexical_rows[j]
        weights = dict(zip(a.indices.tolist(), a.data.tolist(), strict=True))
        contribution = {
            c: weights[c] * v
            for c, v in zip(b.indices.tolist(), b.data.tolist(), strict=True)
            if c in weights
        }
        if not contribution:
            return []
        # The hashed columns back to words: hash each word of the pair the way the model does.
        hasher = HashingVectorizer(
            analyzer=lambda doc: doc, n_features=semantic.FEATURES, alternate_sign=False, norm=None
        )
        vocabulary = sorted(
            set(words(self.texts[i], self.language)) & set(words(self.texts[j], self.language))
        )
        if not vocabulary:
            return []
        columns = hasher.transform([[w] for w in vocabulary]).indices
        named = {int(c): w for c, w in zip(columns, vocabulary, strict=True)}
        best = sorted(contribution.items(), key=lambda kv: -kv[1])[:n]
        return [named.get(c, "?") for c, _ in best]

    def ablation(self, ours: list, label: dict, topic_size: Counter) -> dict:
        """On-topic precision@5 ranking the whole language by one signal, then the text score with
        the ranking's section and time weights (no tags: the stories are untagged)."""
        np = self.np
        from masthead.discovery import ranking

        sections = np.array([a.section_id for a in self.pool])
        times = np.array([a.published_at.timestamp() for a in self.pool])
        matrices = {
            "words": self.words_sim,
            "concepts": self.concepts_sim,
            "text (words+concepts)": self.text_sim,
        }
        same_section = sections[:, None] == sections[None, :]
        days = np.abs(times[:, None] - times[None, :]) / 86400
        # The ranking's own score of these parts (no tags: the stories are untagged).
        matrices["text+section+time"] = ranking.blended(self.text_sim, 0.0, same_section, days)
        out = {}
        for name, matrix in matrices.items():
            hits = []
            for a in ours:
                record = label[a.pk]
                if record["kind"] != "on-topic" or topic_size[record["topic"]] < MIN_TOPIC:
                    continue
                i = self.row[a.pk]
                scores = matrix[i].copy()
                scores[i] = -np.inf
                nearest = np.argsort(-scores, kind="stable")[:TOP]
                hits.append(
                    sum((label[self.pool[j].pk] or {}).get("topic") == record["topic"] for j in nearest) / TOP
                )
            out[name] = sum(hits) / len(hits) if hits else math.nan
        return out


def score(ours: list, lists: dict, label: dict, topic_size: Counter, by_pk: dict, signals: Signals) -> dict:
    """Precision@5 of each query, the off-topic-in-top-3 count, and each wrong story's cause."""
    queries, singletons = [], []
    top3_eligible = top3_bad = 0
    wrong_kinds: Counter = Counter()
    causes: Counter = Counter()
    wrong_count = 0
    for article in ours:
        record = label[article.pk]
        topic, kind = record["topic"], record["kind"]
        others = topic_size[topic] - 1
        ranked = [(pk, reasons) for pk, reasons in lists.get(article.pk, []) if pk in by_pk]
        top = ranked[:TOP]
        in_topic = [(label[pk] or {}).get("topic") == topic for pk, _ in ranked]
        if others >= TOP3:
            top3_eligible += 1
            top3_bad += not all(in_topic[:TOP3]) or len(in_topic) < TOP3
        is_query = (kind == "on-topic" and topic_size[topic] >= MIN_TOPIC) or (kind == "lookalike" and others)
        if kind == "lookalike" and not others:
            # Nothing to find: show which topics its first three came from instead.
            firsts = [(label[pk] or {}).get("topic") or "(archive)" for pk, _ in ranked[:TOP3]]
            singletons.append(f"{record['id']} ({', '.join(firsts)})")
        if not is_query:
            continue
        possible = min(TOP, others)
        hits = sum(in_topic[:TOP])
        entries = []
        for rank, (pk, reasons) in enumerate(top, 1):
            other = by_pk[pk]
            other_record = label[pk]
            same_topic = (other_record or {}).get("topic") == topic
            entry = {
                "rank": rank,
                "id": other_record["id"] if other_record else None,
                "topic": other_record["topic"] if other_record else None,
                "kind": other_record["kind"] if other_record else "archive",
                "headline": other.headline,
                "section": other.section.name,
                "same_topic": same_topic,
                "signals": signals.describe(article, other, reasons),
            }
            entries.append(entry)
        # The best on-topic story that did not make the top 5: what each wrong story displaced.
        displaced = None
        if hits < possible:
            listed = {pk for pk, _ in top}
            candidates = [
                b for b in ours if b.pk != article.pk and label[b.pk]["topic"] == topic and b.pk not in listed
            ]
            if candidates and signals.ready:
                i = signals.row[article.pk]
                best = max(candidates, key=lambda b: signals.text_sim[i, signals.row[b.pk]])
                displaced = signals.describe(article, best, dict(lists.get(article.pk, [])).get(best.pk))
                displaced["id"] = label[best.pk]["id"]
        for entry in entries:
            if entry["same_topic"]:
                continue
            cause = attribute(entry["signals"], displaced)
            entry["cause"] = cause
            entry["why"] = explain(entry, cause)
            if kind == "on-topic":
                wrong_count += 1
                section = "same section" if entry["signals"]["same_section"] else "other section"
                wrong_kinds[f"{entry['kind']}, {section}"] += 1
                causes[cause] += 1
        queries.append(
            {
                "id": record["id"],
                "headline": article.headline,
                "topic": topic,
                "kind": kind,
                "hits": hits,
                "possible": possible,
                "p5": hits / possible,
                "top": entries,
                "displaced": _short(displaced),
            }
        )
    on_topic = [q["p5"] for q in queries if q["kind"] == "on-topic"]
    lookalike = [q["p5"] for q in queries if q["kind"] == "lookalike"]
    everything = on_topic + lookalike
    figures = {
        "on_topic_queries": len(on_topic),
        "lookalike_queries": len(lookalike),
        "on_topic_p5": _mean(on_topic),
        "lookalike_p5": _mean(lookalike),
        "all_p5": _mean(everything),
        "worst_p5": min(everything) if everything else math.nan,
        "top3": {"eligible": top3_eligible, "with_off_topic": top3_bad},
        "lookalike_singletons": singletons,
    }
    return {
        "figures": figures,
        "queries": queries,
        "wrong": {"count": wrong_count, "kinds": dict(wrong_kinds), "causes": dict(causes)},
    }


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


def _short(described: dict | None) -> str | None:
    if described is None:
        return None
    return (
        f"{described['id']} text {described['text']:.2f} (words {described['words']:.2f}, concepts "
        f"{described['concepts']:.2f}); {'same' if described['same_section'] else 'other'} section; "
        f"{described['days']:g} days"
    )


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


if __name__ == "__main__":
    main()
