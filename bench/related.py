"""`make bench-related`: how good and how fast "You May Also Like" is.

1. Quality on the Lee et al. (2005) news-similarity set: 50 news documents, 1,225 pairs rated
   by people. The model learns its term weights and concepts from the set's own background
   corpus (300 other news documents, `lee_background.cor`), never from the 50; the 50 are
   compared as new stories would be. Prints `Pearson r = 0.NNN` against the human ratings.
   The files ship in the gensim wheel: the wheel is fetched from PyPI with pip (no install)
   and the three files are taken out of it, once, into var/bench/lee/.
2. Same-section precision@5 on the demo newsroom, per language: for each published story,
   the share of its five most similar stories by text alone that are in its own section.
3. Same-topic precision@5 on wire stories written for the purpose (bench/related_eval.py).
4. Tag suggestions' precision and recall of the top 10 (bench/suggestions_eval.py).
5. The first full build at scale: a newsroom of --scale stories (100,000 by default) is built
   once (var/bench/newsroom-N/), then its models fitted, vectors stored and every list computed
   (`masthead rebuild-related`'s work), timed, with the peak memory.
6. Recompute time at scale: `refresh_related` timed for --samples stories after a first call (a
   worker's steady state). Prints p50 and p95. Then what keeping every list exact costs the
   worker there (`discovery.neighbours`): publishing, editing and unpublishing a story, each
   timed 10 times on a copy of the newsroom, with how many lists each ranked again.

.venv/bin/python bench/related.py                   # all six
.venv/bin/python bench/related.py --skip-scale      # quality only (a few minutes)
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

LEE_FILES = ("lee.cor", "lee_background.cor", "similarities0-1.txt")
GENSIM = "gensim==4.4.0"


def lee_data(folder: Path) -> Path:
    """The three Lee files, taken out of the gensim wheel from PyPI the first time."""
    if all((folder / name).exists() for name in LEE_FILES):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    print(f"bench: fetching the {GENSIM} wheel from PyPI for the Lee et al. data (not installed)")
    wheels = folder / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            GENSIM,
            "--no-deps",
            "--only-binary=:all:",
            "-q",
            "-d",
            wheels,
        ],
        check=True,
    )
    wheel = next(wheels.glob("gensim-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        for name in LEE_FILES:
            (folder / name).write_bytes(archive.read(f"gensim/test/test_data/{name}"))
    return folder


def lee_correlation(folder: Path) -> dict:
    """Pearson r of the default install; with the embeddings extra installed, also of the
    embeddings alone and of the blend (`semantic.blend`). Each document is embedded as a story
    would be: its first `embeddings.LEAD_WORDS` words (the set has no headlines)."""
    import time

    from masthead.discovery import embeddings, semantic

    def lines(name: str) -> list[str]:
        return [line.decode("latin-1").strip() for line in (folder / name).read_bytes().splitlines()]

    documents, background = lines("lee.cor"), lines("lee_background.cor")
    ratings = np.loadtxt(folder / "similarities0-1.txt")
    pairs = np.triu_indices(len(documents), 1)

    def r(scores: np.ndarray) -> float:
        return float(np.corrcoef(scores[pairs], ratings[pairs])[0, 1])

    model = semantic.fit(background, "en")
    vectors = model.vectors(documents)
    scores = semantic.similarity(vectors, vectors)
    lexical = (vectors[0] @ vectors[0].T).toarray()
    conceptual = (vectors[1] @ vectors[1].T).toarray()
    results = {
        "pairs": len(pairs[0]),
        "pearson_r": r(scores),
        "pearson_r_words_only": r(lexical),
        "pearson_r_concepts_only": r(conceptual),
    }
    if embeddings.AVAILABLE:
        leads = [" ".join(text.split()[: embeddings.LEAD_WORDS]) for text in documents]
        started = time.perf_counter()
        embeddings.embed(leads[:1])  # the encoder loads once per process: not part of the timing
        loaded = time.perf_counter()
        embedded = embeddings.embed(leads)
        done = time.perf_counter()
        results |= {
            "embedded_documents": len(leads),
            "embeddings_load_seconds": loaded - started,
            "embeddings_seconds": done - loaded,
            "pearson_r_embeddings_only": r(embedded @ embedded.T),
            "pearson_r_with_embeddings": r(semantic.similarity((*vectors, embedded), (*vectors, embedded))),
        }
    return results


def probe(data_dir: Path, *args: str) -> dict:
    """bench/related_probe.py in a subprocess against one newsroom; its JSON answer."""
    import newsroom

    out = data_dir / "related-probe.json"
    argv = [sys.executable, str(ROOT / "bench" / "related_probe.py"), *args, "--out", str(out)]
    subprocess.run(argv, env=newsroom.site_env(data_dir, pagecache="off"), cwd=ROOT, check=True)
    return json.loads(out.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work-dir", default=str(ROOT / "var" / "bench"))
    parser.add_argument("--scale", type=int, default=100_000, help="stories in the scale newsroom")
    parser.add_argument("--samples", type=int, default=60, help="stories whose recompute is timed")
    parser.add_argument("--skip-scale", action="store_true", help="only the quality figures")
    options = parser.parse_args()
    work = Path(options.work_dir)
    results: dict = {}

    print("\n1. Lee et al. (2005): 50 news documents, averaged human similarity ratings")
    results["lee"] = lee = lee_correlation(lee_data(work / "lee"))
    print(
        f"   words only {lee['pearson_r_words_only']:.3f}, concepts only {lee['pearson_r_concepts_only']:.3f}"
    )
    print(f"Pearson r = {lee['pearson_r']:.3f}   (target >= 0.65; people agree with each other at about 0.6)")
    if "pearson_r_with_embeddings" in lee:
        print(
            f"   with the embeddings extra: embeddings only {lee['pearson_r_embeddings_only']:.3f}; "
            f"{lee['embedded_documents']} documents embedded in {lee['embeddings_seconds']:.2f} s "
            f"(encoder loaded in {lee['embeddings_load_seconds']:.1f} s, once)"
        )
        print(
            f"Pearson r with embeddings = {lee['pearson_r_with_embeddings']:.3f}   "
            f"(target >= 0.72; default {lee['pearson_r']:.3f})"
        )
    else:
        print("   (the embeddings extra is not installed: pip install -e '.[embeddings]' to measure it too)")

    import newsroom

    print("\n2. Same-section precision@5 by text alone, demo newsroom")
    demo = work / "newsroom-demo"
    newsroom.prepare(demo, articles=320, rebuild=False)
    results["precision_at_5"] = precision = probe(demo, "precision")
    for language, figures in precision.items():
        print(f"   {language}: precision@5 = {figures['precision']:.3f} over {figures['stories']} stories")

    print("\n3. Same-topic precision@5 on the wire-story evaluation set (bench/related_eval.py)")
    subprocess.run([sys.executable, str(ROOT / "bench" / "related_eval.py")], cwd=ROOT, check=True)
    print("\n4. Tag suggestions: precision and recall of the top 10 (bench/suggestions_eval.py)")
    subprocess.run([sys.executable, str(ROOT / "bench" / "suggestions_eval.py")], cwd=ROOT, check=True)

    if not options.skip_scale:
        big = work / f"newsroom-{options.scale}"
        newsroom.prepare(big, articles=options.scale, rebuild=False)
        print(f"\n5. The first full build of every list among {options.scale:,} stories")
        results["build"] = built = probe(big, "build")
        print(
            f"   {built['published']:,} published stories: models fitted and vectors stored in "
            f"{built['fit_seconds']:.0f} s, every list in {built['lists_seconds']:.0f} s; "
            f"total {built['total_seconds'] / 60:.1f} min (target <= 10 min), "
            f"peak {built['peak_mib']:.0f} MiB"
            + (f"; embeddings for {', '.join(built['embeddings_for'])}" if built["embeddings_for"] else "")
        )
        print(f"\n6. Recomputing one story's related list among {options.scale:,} stories")
        results["recompute"] = timing = probe(big, "recompute", "--samples", str(options.samples))
        print(
            f"   {timing['published']:,} published stories; fitting and storing vectors: "
            f"{timing['fit_seconds']:.0f} s (once)"
        )
        print(
            f"   recompute p50 {timing['p50_ms']:.0f} ms, p95 {timing['p95_ms']:.0f} ms "
            f"over {timing['samples']} stories (target p95 <= 1000 ms)"
        )
        with tempfile.TemporaryDirectory(dir=work) as scratch:  # the probe changes its newsroom
            copy = Path(scratch) / "newsroom"
            shutil.copytree(big, copy)
            results["neighbours"] = kept = probe(copy, "neighbours", "--samples", "10")
        for what in ("publish", "edit", "unpublish"):
            figures = kept[what]
            print(
                f"   {what} a story: {figures['median_seconds']:.1f} s median, "
                f"{figures['max_seconds']:.1f} s max; lists ranked again {figures['median_lists']:.0f} "
                f"median, {figures['max_lists']} max (over {kept['samples']})"
            )
    (work / "related.json").write_text(json.dumps(results, indent=1))
    print(f"\nresults: {work / 'related.json'}")


if __name__ == "__main__":
    main()
