"""The Django side of bench/related.py, run with MASTHEAD_DATA_DIR set to a newsroom.

python bench/related_probe.py precision --out p.json
python bench/related_probe.py recompute --samples 60 --out r.json
python bench/related_probe.py build --out b.json
python bench/related_probe.py neighbours --samples 10 --out n.json   (after the lists are built)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")


def precision() -> dict:
    """Per language: the share of each story's five nearest by text that share its section."""
    import numpy as np

    from masthead.articles.models import Article
    from masthead.discovery import semantic
    from masthead.discovery.index import index_for
    from masthead.discovery.vectors import current_model

    out = {}
    for language in ("en", "ar"):
        kept = current_model(language)
        if kept is None:
            continue
        version, model = kept
        index = index_for(language, version, model.concepts.shape[0])
        live = np.flatnonzero(index.live)
        ids = index.ids[live]
        sections = dict(Article.objects.filter(pk__in=ids.tolist()).values_list("pk", "section_id"))
        vectors = (index.lexical[live], index.conceptual[live])
        scores = semantic.similarity(vectors, vectors)
        np.fill_diagonal(scores, -1.0)
        hits = []
        for row, article_id in enumerate(ids):
            nearest = np.argsort(-scores[row])[:5]
            hits.append(np.mean([sections[int(ids[j])] == sections[int(article_id)] for j in nearest]))
        out[language] = {"stories": len(ids), "precision": float(np.mean(hits))}
    return out


def recompute(samples: int) -> dict:
    """Fit the models if needed, then time `refresh_related` for random published stories."""
    from masthead.articles.models import Article
    from masthead.discovery import vectors
    from masthead.discovery.models import SemanticModel
    from masthead.discovery.services import refresh_related

    published = Article.objects.published()
    started = time.perf_counter()
    for language in ("en", "ar"):
        count = published.filter(language=language).count()
        stored = SemanticModel.objects.filter(language=language).values_list("stories", flat=True).first()
        if stored != count:
            vectors.fit_language(language, progress=True)
    fit_seconds = time.perf_counter() - started
    ids = list(published.values_list("pk", flat=True))
    chosen = random.Random(1).sample(ids, min(samples + 2, len(ids)))
    for pk in chosen[:2]:  # one per language, usually: the worker's first call loads its index
        refresh_related(article_id=pk)
    times = []
    for pk in chosen[2:]:
        t = time.perf_counter()
        refresh_related(article_id=pk)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {
        "published": len(ids),
        "fit_seconds": fit_seconds,
        "samples": len(times),
        "p50_ms": times[len(times) // 2],
        "p95_ms": times[min(len(times) - 1, int(len(times) * 0.95))],
        "max_ms": times[-1],
    }


def build() -> dict:
    """The first full build, as `masthead rebuild-related` does it: each language's model fitted
    and every story's vectors stored, then every list, timed apart; and the peak memory."""
    import resource

    from tqdm import tqdm

    from masthead.articles.models import Article
    from masthead.discovery import build as lists
    from masthead.discovery import embeddings, vectors

    published = Article.objects.published()
    out: dict = {"published": published.count(), "embeddings_for": []}
    started = time.perf_counter()
    for language in ("en", "ar"):
        if published.filter(language=language).count() >= vectors.MIN_STORIES:
            vectors.fit_language(language, progress=True)
        if embeddings.used_for(language):
            out["embeddings_for"].append(language)
    out["fit_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    for language in ("en", "ar"):
        with tqdm(desc=f"lists {language}", unit="story", mininterval=5) as bar:
            lists.rebuild_language(language, progress=bar.update)
    out["lists_seconds"] = time.perf_counter() - started
    out["total_seconds"] = out["fit_seconds"] + out["lists_seconds"]
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def neighbours(samples: int) -> dict:
    """What keeping every list exact costs the worker (`discovery.neighbours`), timed as its
    tasks run after a story is published, edited and unpublished: seconds and lists ranked.

    A new story follows a running topic: the headline of a random published story and its
    body with a paragraph of its nearest stored neighbour's. An edit adds such a paragraph to a
    published story. The newsroom is changed: run it on a copy."""
    import statistics

    from django.utils import timezone

    from masthead.articles.models import Article
    from masthead.discovery import neighbours as lists
    from masthead.discovery.index import index_for
    from masthead.discovery.models import RelatedStory, StoryVector
    from masthead.discovery.vectors import current_model

    rng = random.Random(2)
    published = Article.objects.published()
    ids = list(published.values_list("pk", flat=True))
    for language in ("en", "ar"):  # a worker's first task loads its indexes
        kept = current_model(language)
        if kept is not None:
            index_for(language, kept[0], kept[1].concepts.shape[0])

    def paragraph_of_neighbour(story: Article) -> str:
        nearest = RelatedStory.objects.filter(article=story, rank=0).values_list("related_id", flat=True)
        other = Article.objects.filter(pk__in=list(nearest)).first() or story
        return other.body.split("</p>")[0] + "</p>"

    def timed(run, pk: int) -> tuple[float, int]:
        started = time.perf_counter()
        ranked = run(pk)
        return time.perf_counter() - started, ranked

    runs: dict[str, list[tuple[float, int]]] = {"publish": [], "edit": [], "unpublish": []}
    for n in range(samples):
        model = Article.objects.prefetch_related("tags").get(pk=rng.choice(ids))
        story = Article.objects.create(
            language=model.language,
            headline=model.headline,
            slug=f"bench-neighbours-{n}-{rng.randrange(10**9)}",
            dek=model.dek,
            body=model.body.split("</p>")[0] + "</p>" + paragraph_of_neighbour(model),
            section_id=model.section_id,
            status=Article.Status.PUBLISHED,
            published_at=timezone.now(),
        )
        story.tags.set(model.tags.all())
        runs["publish"].append(timed(lists.story_changed, story.pk))

        edited = Article.objects.get(pk=rng.choice(ids))
        edited.body += paragraph_of_neighbour(edited)
        edited.save()
        runs["edit"].append(timed(lists.story_changed, edited.pk))

        gone = Article.objects.get(pk=rng.choice(ids))
        ids.remove(gone.pk)
        Article.objects.filter(pk=gone.pk).update(status=Article.Status.UNPUBLISHED)
        StoryVector.objects.filter(article_id=gone.pk).update(is_live=False, updated_at=timezone.now())
        runs["unpublish"].append(timed(lists.story_unpublished, gone.pk))

    out: dict = {"published": len(ids), "samples": samples}
    for what, pairs in runs.items():
        seconds, ranked = [s for s, _ in pairs], [r for _, r in pairs]
        out[what] = {
            "median_seconds": statistics.median(seconds),
            "max_seconds": max(seconds),
            "median_lists": statistics.median(ranked),
            "max_lists": max(ranked),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["precision", "recompute", "build", "neighbours"])
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()
    import django

    django.setup()
    if options.what == "precision":
        result = precision()
    elif options.what == "build":
        result = build()
    elif options.what == "neighbours":
        result = neighbours(options.samples)
    else:
        result = recompute(options.samples)
    Path(options.out).write_text(json.dumps(result))


if __name__ == "__main__":
    main()
