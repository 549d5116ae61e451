"""The bench's Django side, run in a subprocess with MASTHEAD_DATA_DIR set: URLs, query counts, data.

python bench/site_probe.py urls --count 1000 --out urls.json
python bench/site_probe.py queries --out queries.json /en/ /en/news/some-story/
python bench/site_probe.py generate --articles 10000   # only when `masthead demo-data` is missing
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# Deep enough that a list read with OFFSET would show it (20 cards a page: 480 stories skipped).
ARCHIVE_PAGE = 25
# Different searches the "searches" case asks for in turn: more than a process keeps the results of.
SEARCHES = 500
# Words a headline search for would match nearly every story, or that search ignores.
COMMON_WORDS = set(
    str.split(
        "the and for with from into over after about says will than that this their have has new more "
        "what when where year years first last amid against under back make"
    )
)


def pick_urls(count: int) -> dict:
    """The pages the bench loads: the English home, `count` stories, the busiest section and tag,
    the author with the most stories, most read, a search for the word most common in the
    headlines, SEARCHES searches for the next most common ones, and a deep page of the busiest
    section's archive."""
    from django.urls import reverse
    from django.utils import translation
    from django.utils.encoding import iri_to_uri

    from masthead.articles.models import Article

    published = Article.objects.published()
    ids = list(published.order_by("pk").values_list("pk", flat=True))
    if not ids:
        raise SystemExit("no published stories: build the newsroom first")
    step = max(1, len(ids) // count)
    chosen = ids[::step][:count]
    stories = published.filter(pk__in=chosen).select_related("section").order_by("pk")
    english = published.in_language("en")
    section_slug = _busiest(english, "section__slug")
    archive_page = min(ARCHIVE_PAGE, _last_page(section_slug))
    with translation.override("en"):
        section_url = reverse("articles:section", kwargs={"section": section_slug})
        tag = _busiest(english.filter(tags__isnull=False), "tags__slug")
        tag_url = reverse("articles:tag", kwargs={"slug": tag})
        author = _busiest(english.filter(authors__isnull=False), "authors__slug")
        author_url = reverse("authors:detail", kwargs={"slug": author})
        most_read_url = reverse("readership:most-read")
        search_url = reverse("search:search")
    words = headline_words(english, SEARCHES)
    return {
        "home": "/en/",
        # reverse() already percent-encodes; iri_to_uri() leaves that alone and encodes any rest.
        "article": [iri_to_uri(story.get_absolute_url()) for story in stories],
        "section": iri_to_uri(section_url),
        "tag": iri_to_uri(tag_url),
        "author": iri_to_uri(author_url),
        "most-read": iri_to_uri(most_read_url),
        "search": iri_to_uri(f"{search_url}?q={words[0]}"),
        "searches": [iri_to_uri(f"{search_url}?q={word}") for word in words],
        "archive": iri_to_uri(f"{section_url}?page={archive_page}" if archive_page > 1 else section_url),
        "archive_page": archive_page,
        "published": len(ids),
    }


def _busiest(stories, field: str) -> str:
    """The value of `field` (a section's, tag's or author's slug) shared by the most of `stories`."""
    from django.db.models import Count

    return stories.values(field).annotate(n=Count("id")).order_by("-n", field).first()[field]


def _last_page(section_slug: str) -> int:
    """How many pages the English list of this section has (a small newsroom has fewer than 25)."""
    from masthead.articles import selectors
    from masthead.articles.models import Section
    from masthead.core.listing import PagedList

    section = Section.objects.get(slug=section_slug)
    stories = selectors.section_articles(section=section, language="en").count()
    return max(1, -(-stories // PagedList.paginate_by))


def headline_words(stories, count: int) -> list[str]:
    """The `count` words most English headlines share, the commonest first, leaving out words too
    short or too common to search for."""
    import re
    from collections import Counter

    counts: Counter[str] = Counter()
    for headline in stories.values_list("headline", flat=True).iterator(chunk_size=5000):
        words = {w for w in re.findall(r"[a-z]+", headline.lower()) if len(w) >= 4}
        counts.update(words - COMMON_WORDS)
    if not counts:
        raise SystemExit("no English headlines to choose a search word from")
    return sorted(counts, key=lambda word: (-counts[word], word))[:count]


def count_queries(urls: list[str], bodies: Path | None = None, renders: int = 20) -> list[dict]:
    """SQL queries and in-process render time of each page, through the full middleware stack.

    With `bodies`, each page's HTML is also written there as 0.html, 1.html, … in `urls` order.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    results = []
    for number, url in enumerate(urls):
        client.get(url)  # the first request of a process also loads translations, templates, …
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        # Read them now: every request start clears the connection's query log.
        sql = [query["sql"] for query in captured.captured_queries]
        if bodies is not None:
            bodies.mkdir(parents=True, exist_ok=True)
            (bodies / f"{number}.html").write_bytes(response.content)
        started = time.perf_counter()
        for _ in range(renders):
            client.get(url)
        results.append(
            {
                "url": url,
                "status": response.status_code,
                "queries": len(sql),
                "sql": sql,
                "render_ms": (time.perf_counter() - started) * 1000 / renders,
                "bytes": len(response.content),
            }
        )
    return results


WORDS_EN = str.split(
    "port ministry council budget growth trade shipping harbour investment energy water housing "
    "school hospital election market index oil gas solar fleet airline tourism festival report "
    "inflation wages bank loan court ruling parliament committee summit talks agreement visit"
)
WORDS_AR = str.split(
    "ميناء وزارة مجلس ميزانية نمو تجارة شحن استثمار طاقة مياه إسكان مدرسة مستشفى انتخابات سوق "
    "مؤشر نفط غاز شمسية أسطول طيران سياحة مهرجان تقرير تضخم أجور بنك قرض محكمة حكم برلمان لجنة قمة"
)
SECTIONS = [
    ("news", "Local News", "أخبار محلية", "news"),
    ("business", "Business", "اقتصاد", "news"),
    ("world", "World", "العالم", "news"),
    ("sport", "Sport", "رياضة", "news"),
    ("culture", "Culture", "ثقافة", "feature"),
    ("opinion", "Opinion", "رأي", "opinion"),
    ("reports", "Reports", "تقارير", "report"),
]


def generate(articles: int, seed: int = 7) -> None:
    """A plain newsroom of `articles` published stories (both languages), for when demo-data is missing."""
    from django.db import transaction
    from django.utils import timezone

    from masthead.articles.models import Article, ArticleAuthor, Section, Tag
    from masthead.authors.models import Author

    rng = random.Random(seed)
    now = timezone.now()
    with transaction.atomic():
        sections = [
            Section.objects.update_or_create(
                slug=slug, defaults={"name": name, "name_ar": name_ar, "kind": kind, "order": order}
            )[0]
            for order, (slug, name, name_ar, kind) in enumerate(SECTIONS)
        ]
        tags = Tag.objects.bulk_create(
            [
                Tag(
                    name=f"{WORDS_EN[i % len(WORDS_EN)].title()} {i}",
                    name_ar=f"{WORDS_AR[i % len(WORDS_AR)]} {i}",
                    slug=f"topic-{i}",
                )
                for i in range(300)
            ]
        )
        authors = Author.objects.bulk_create(
            [
                Author(name=f"Reporter {i}", name_ar=f"مراسل {i}", slug=f"bench-reporter-{i}")
                for i in range(60)
            ]
        )
        batch: list[Article] = []
        for i in range(articles):
            language = "ar" if i % 10 < 3 else "en"
            words = WORDS_AR if language == "ar" else WORDS_EN
            headline = " ".join(rng.choice(words) for _ in range(8)).capitalize()
            paragraphs = [" ".join(rng.choice(words) for _ in range(60)) + "." for _ in range(8)]
            published_at = now - timedelta(minutes=37 * (articles - i))
            batch.append(
                Article(
                    language=language,
                    headline=headline,
                    slug=(f"خبر-{i}" if language == "ar" else f"story-{i}"),
                    dek=" ".join(rng.choice(words) for _ in range(20)) + ".",
                    body="".join(f"<p>{text}</p>" for text in paragraphs),
                    section=rng.choice(sections),
                    status=Article.Status.PUBLISHED,
                    published_at=published_at,
                    first_published_at=published_at,
                )
            )
        created = Article.objects.bulk_create(batch, batch_size=1000)
        ArticleAuthor.objects.bulk_create(
            [
                ArticleAuthor(article=story, author=author, order=order)
                for story in created
                for order, author in enumerate(rng.sample(authors, rng.randint(1, 2)))
            ],
            batch_size=2000,
        )
        through = Article.tags.through
        through.objects.bulk_create(
            [
                through(article_id=story.pk, tag_id=tag.pk)
                for story in created
                for tag in rng.sample(tags, rng.randint(2, 5))
            ],
            batch_size=5000,
        )


def main() -> None:
    """Run one subcommand; results go to --out as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    urls = commands.add_parser("urls")
    urls.add_argument("--count", type=int, default=1000)
    urls.add_argument("--out", required=True)
    queries = commands.add_parser("queries")
    queries.add_argument("--out", required=True)
    queries.add_argument("--bodies", type=Path, help="write each page's HTML into this folder")
    queries.add_argument("url", nargs="+")
    data = commands.add_parser("generate")
    data.add_argument("--articles", type=int, required=True)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    import django

    django.setup()
    if options.command == "urls":
        Path(options.out).write_text(json.dumps(pick_urls(options.count), indent=1))
    elif options.command == "queries":
        Path(options.out).write_text(
            json.dumps(count_queries(options.url, options.bodies), indent=1, ensure_ascii=False)
        )
    else:
        generate(options.articles)


if __name__ == "__main__":
    main()
