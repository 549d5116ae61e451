"""The Django side of bench/related_eval.py, run inside a newsroom (MASTHEAD_DATA_DIR set):
load the wire stories as published articles, then score the stored lists.

python bench/related_eval_probe.py load --tags none|suggested|topic
python bench/related_eval_probe.py measure --out FILE.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

from related_eval import (
    MIN_TOPIC,
    ROOT,
    SECTIONS_AR,
    TOP,
    TOP3,
    attribute,
    explain,
    mean,
    read_stories,
    short,
)


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
                "displaced": short(displaced),
            }
        )
    on_topic = [q["p5"] for q in queries if q["kind"] == "on-topic"]
    lookalike = [q["p5"] for q in queries if q["kind"] == "lookalike"]
    everything = on_topic + lookalike
    figures = {
        "on_topic_queries": len(on_topic),
        "lookalike_queries": len(lookalike),
        "on_topic_p5": mean(on_topic),
        "lookalike_p5": mean(lookalike),
        "all_p5": mean(everything),
        "worst_p5": min(everything) if everything else math.nan,
        "top3": {"eligible": top3_eligible, "with_off_topic": top3_bad},
        "lookalike_singletons": singletons,
    }
    return {
        "figures": figures,
        "queries": queries,
        "wrong": {"count": wrong_count, "kinds": dict(wrong_kinds), "causes": dict(causes)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    load_step = sub.add_parser("load", help="load the stories")
    load_step.add_argument("--tags", choices=["none", "suggested", "topic"], default="none")
    measure_step = sub.add_parser("measure", help="score the stored lists")
    measure_step.add_argument("--out", required=True)
    inside(parser.parse_args())


if __name__ == "__main__":
    main()
