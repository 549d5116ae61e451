"""Build the demo newsroom in the database, in order: sections, tags and authors, the stories in
batches with their pictures, then readers, newsletter subscribers and advertising. Call inside a
transaction.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone
from tqdm import tqdm

from masthead.articles.models import Article, Image, Section, Tag
from masthead.authors.models import Author
from masthead.core.pagecache import keys as pagecache_keys
from masthead.core.pagecache.services import purge
from masthead.demo import newsroom
from masthead.demo.advertising import advertising
from masthead.demo.audience import readers, subscribers
from masthead.demo.banks import check_banks
from masthead.demo.catalog import ensure_authors, ensure_sections, ensure_synonyms, ensure_tags
from masthead.demo.pictures import Pictures
from masthead.demo.schedule import Slot, schedule
from masthead.demo.stories import ArticleWriter
from masthead.demo.writer import Story, Writer

DEFAULT_ARTICLES = 320
DEFAULT_SEED = 1971
BATCH_ROWS = 2000
# From the default size up to this one every story has a drawing of its own; a larger archive (a
# benchmark) reuses two drawings of each kind, and a quick look smaller than the default one each,
# so neither spends its time drawing.
OWN_PICTURES_UP_TO = 2000


@dataclass
class Summary:
    """What the database holds once the demo is built."""

    articles: int = 0
    translations: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    sections: int = 0
    tags: int = 0
    authors: int = 0
    images: int = 0
    image_files: int = 0


def reset_content() -> dict[str, int]:
    """Delete every article, tag, author, image and section, demo or not; returns counts by kind."""
    deleted = {}
    for model in (Article, Tag, Author, Image, Section):
        deleted[model._meta.verbose_name_plural] = model.objects.all().delete()[1].get(model._meta.label, 0)
    return deleted


def build(
    *,
    articles: int = DEFAULT_ARTICLES,
    seed: int = DEFAULT_SEED,
    now: datetime | None = None,
    progress: bool = True,
    log: Callable[[str], None] = lambda message: None,
) -> Summary:
    """Create the demo newsroom with `articles` article rows. Call inside a transaction."""
    if not connection.features.can_return_rows_from_bulk_insert:
        raise RuntimeError("The demo builder needs a database that returns ids from bulk inserts.")
    check_banks()
    now = now or timezone.now()
    sections = ensure_sections()
    tags = ensure_tags()
    ensure_synonyms()
    authors = ensure_authors(seed, log)
    variants = 1 if articles < DEFAULT_ARTICLES else None if articles <= OWN_PICTURES_UP_TO else 2
    writer = Writer(random.Random(f"{seed}:stories"), picture_variants=variants)
    pictures = Pictures(seed, log)
    with tqdm(total=articles, unit="article", disable=not progress, smoothing=0.1) as bar:
        out = ArticleWriter(sections=sections, tags=tags, authors=authors, pictures=pictures, bar=bar)
        batch: list[tuple[Slot, Story]] = []
        rows = 0
        for slot in schedule(articles, random.Random(f"{seed}:plan"), now):
            story = writer.write(
                section=slot.section,
                languages=slot.languages,
                when=slot.published_at,
                is_sponsored=slot.is_sponsored,
                is_breaking=slot.is_breaking,
            )
            batch.append((slot, story))
            rows += len(slot.languages)
            if rows >= BATCH_ROWS:
                out.write(batch)
                batch, rows = [], 0
        if batch:
            out.write(batch)
    out.finish()
    readers(random.Random(f"{seed}:readers"), now)
    subscribers(random.Random(f"{seed}:subscribers"), now)
    advertising(random.Random(f"{seed}:ads"), now)
    # Every cached page carries the navigation key: this one purge refreshes them all.
    transaction.on_commit(lambda: purge({pagecache_keys.NAV}))
    return summarise(pictures)


def summarise(pictures: Pictures | None = None) -> Summary:
    """Count what the database holds (and how many picture files this run drew)."""
    summary = Summary(
        articles=Article.objects.count(),
        translations=Article.objects.exclude(translation=None).count() // 2,
        sections=Section.objects.count(),
        tags=Tag.objects.count(),
        authors=Author.objects.count(),
        images=Image.objects.count(),
        image_files=len(pictures.files) + len(newsroom.AUTHORS) if pictures else 0,
    )
    summary.by_status = dict(Article.objects.values_list("status").annotate(n=Count("id")).order_by("status"))
    summary.by_language = dict(
        Article.objects.values_list("language").annotate(n=Count("id")).order_by("language")
    )
    return summary
