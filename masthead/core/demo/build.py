"""Write the demo newsroom to the database: sections, tags, authors, pictures, then articles in bulk.

Articles go in with `bulk_create` in batches, so `Article.save()` never runs: bodies come from
the writer already clean (see `writer.check_banks`), and `first_published_at` is set here the
way `save()` would set it. Pictures are drawn once and their renditions made on the spot, so
nothing waits for a task worker.
"""

import os
import random
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import Count, F, Model
from django.utils import timezone
from tqdm import tqdm

from masthead.articles.models import Article, ArticleAuthor, Image, Section, Tag
from masthead.articles.services import after_save
from masthead.authors.models import Author
from masthead.core.demo import names, newsroom
from masthead.core.demo.desks.caricature import CARTOONS
from masthead.core.demo.drawing import base, cartoons, portraits, scenes
from masthead.core.demo.writer import Story, Writer, cartoonist_for, check_banks
from masthead.core.images import make_renditions
from masthead.core.pagecache import keys as pagecache_keys
from masthead.core.pagecache.services import purge
from masthead.core.text import make_slug

DEFAULT_ARTICLES = 320
DEFAULT_SEED = 1971
SPAN_DAYS = 395  # a little over thirteen months, so the archive covers at least twelve
BATCH_ROWS = 2000
PAIR_SHARE = 0.22  # stories published in both languages, linked as translations
SPONSORED_SHARE = 0.08  # of business stories
UPDATED_SHARE = 0.06  # published stories edited a few hours later
# Section mix for the archive; the first eight stories visit every section once.
SECTION_WEIGHTS = {
    "news": 20,
    "world": 13,
    "politics": 13,
    "business": 16,
    "technology": 12,
    "opinion": 11,
    "report": 7,
    "caricature": 8,
}
SCENE_CAPTION = ("Illustrative image", "صورة تعبيرية")
SCENE_CREDIT = ("Graphics desk", "قسم الغرافيك")
S = Article.Status


@dataclass
class Slot:
    """When, where and in which languages a story runs, before a word of it is written."""

    section: str
    languages: tuple[str, ...]
    status: str
    published_at: datetime | None
    sponsor: names.Organisation | None = None
    is_breaking: bool = False
    was_updated: bool = False


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


def schedule(n: int, rng: random.Random, now: datetime) -> Iterator[Slot]:
    """Slots for `n` article rows: an archive oldest first, then the newsroom's work in progress.

    With 20 rows or more there is a breaking story from a few minutes ago, three stories
    scheduled for the coming days, drafts, stories in review and one that was unpublished.
    """
    specials: list[Slot] = []
    if n >= 20:
        specials.append(
            Slot("news", ("en", "ar"), S.PUBLISHED, now - timedelta(minutes=25), is_breaking=True)
        )
        for i, (section, hours) in enumerate((("news", 3), ("business", 26), ("opinion", 53))):
            language = ("en", "ar")[i % 2]
            specials.append(Slot(section, (language,), S.SCHEDULED, now + timedelta(hours=hours)))
        for status, count in ((S.DRAFT, max(2, n // 60)), (S.IN_REVIEW, max(1, n // 120))):
            for _ in range(count):
                section = rng.choice(list(SECTION_WEIGHTS))
                specials.append(Slot(section, (rng.choice(("en", "ar")),), status, None))
        middle = now - timedelta(days=SPAN_DAYS // 2, hours=5)
        specials.append(Slot("politics", ("en",), S.UNPUBLISHED, middle, was_updated=True))
    archive_rows = n - sum(len(slot.languages) for slot in specials)

    local_now = timezone.localtime(now)
    start = (local_now - timedelta(days=SPAN_DAYS)).replace(hour=0, minute=0, second=0, microsecond=0)
    latest = now - timedelta(minutes=40)
    sections, weights = list(SECTION_WEIGHTS), list(SECTION_WEIGHTS.values())
    row = story = 0
    while row < archive_rows:
        section = sections[story] if story < len(sections) else rng.choices(sections, weights)[0]
        pair = archive_rows - row >= 2 and (row == 0 or rng.random() < PAIR_SHARE)
        languages = ("en", "ar") if pair else (rng.choice(("en", "ar")),)
        if pair and rng.random() < 0.5:
            languages = ("ar", "en")  # either side may be the original
        sponsor = None
        # The story after the first round of sections is always sponsored, so every demo has one.
        if n >= 20 and (story == len(sections) or (section == "business" and rng.random() < SPONSORED_SHARE)):
            section, sponsor = "business", rng.choice(names.SPONSORS)
        # Spread the archive evenly over the span, within newsroom hours (07:00–22:00).
        position = SPAN_DAYS * row / max(1, archive_rows)
        day = int(position)
        when = start + timedelta(days=day, hours=7 + (position - day) * 15, minutes=rng.randint(0, 14))
        if when > latest:
            when = latest - timedelta(minutes=3 * (archive_rows - row))
        yield Slot(section, languages, S.PUBLISHED, when, sponsor, was_updated=rng.random() < UPDATED_SHARE)
        row += len(languages)
        story += 1
    yield from specials


Job = tuple[str, Callable, tuple[int, int], str, str]  # name, painter, size, format, seed
Drawn = tuple[str, dict, int, int]  # stored name, renditions, width, height


class Pictures:
    """Draws each picture once, stores it with its renditions, and makes one Image row per language.

    Image has a single alt text, so each language gets its own row over the same file.
    """

    def __init__(self, seed: int, log: Callable[[str], None]):
        self.seed = seed
        self.log = log
        self.files: dict[tuple, Drawn] = {}
        self.rows: dict[tuple, int] = {}

    def prepare(self, keys: Iterable[tuple]) -> None:
        """Draw the pictures for `keys` that are not drawn yet, several at a time."""
        todo = {key: self._job(key) for key in sorted(set(keys)) if key not in self.files}
        for job in todo.values():
            self.log(f"Drawing {job[0]}")
        self.files.update(zip(todo, draw_all(list(todo.values())), strict=True))

    def image_id(self, key: tuple, language: str) -> int:
        if (key, language) not in self.rows:
            self.prepare([key])
            self.rows[key, language] = self._create_row(key, language)
        return self.rows[key, language]

    def _job(self, key: tuple) -> Job:
        if key[0] == "scene":
            _, kind, variant = key
            name = f"images/demo/scene-{kind}-{variant + 1}.jpg"
            return (name, scenes.SCENES[kind][0], scenes.SIZE, "JPEG", f"{self.seed}:{name}")
        name = f"images/demo/cartoon-{key[1].replace('_', '-')}.png"
        return (name, cartoons.CARTOONS[key[1]], cartoons.SIZE, "PNG", f"{self.seed}:{name}")

    def _create_row(self, key: tuple, language: str) -> int:
        i = 0 if language == "en" else 1
        if key[0] == "scene":
            alt, caption, credit = scenes.SCENES[key[1]][1 + i], SCENE_CAPTION[i], SCENE_CREDIT[i]
        else:
            cartoon = next(c for c in CARTOONS if c.drawing == key[1])
            author = next(a for a in newsroom.AUTHORS if a.slug == cartoonist_for(cartoon))
            alt, caption, credit = cartoon.alt[i], cartoon.caption[i], (author.name, author.name_ar)[i]
        name, renditions, width, height = self.files[key]
        image = Image(
            file=name,
            width=width,
            height=height,
            alt_text=alt,
            caption=caption,
            credit=credit,
            renditions=renditions,
        )
        # bulk_create skips Image.save(), which would queue a task to redo the renditions made above.
        Image.objects.bulk_create([image])
        return image.pk


def draw(job: Job) -> Drawn:
    """Paint, store and make the renditions of one picture. Touches no database."""
    name, painter, size, fmt, seed = job
    picture = base.paint(painter, seed, size)
    stored = store(name, base.encode(picture, fmt))
    return stored, make_renditions(stored), *picture.size


def draw_all(jobs: list[Job]) -> list[Drawn]:
    """`draw` each job, on threads: Pillow releases the GIL while it resizes and encodes."""
    if len(jobs) < 2:
        return [draw(job) for job in jobs]
    with ThreadPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 2)) as pool:
        return list(pool.map(draw, jobs))


def store(name: str, data: bytes) -> str:
    """Save under a fixed name, replacing an earlier run's file instead of piling up copies."""
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(data))


def upsert(model: type[Model], slug: str, fields: dict) -> int:
    """Create or update the row with `slug`, without save() and the signals it sends.

    Every page-cache purge would queue its own task; the builder purges once at the end instead.
    """
    if model.objects.filter(slug=slug).update(**fields):
        return model.objects.get(slug=slug).pk
    return model.objects.bulk_create([model(slug=slug, **fields)])[0].pk


def ensure_sections() -> dict[str, int]:
    """The eight sections, in menu order; returns their ids by slug."""
    return {
        spec.slug: upsert(
            Section,
            spec.slug,
            {
                "name": spec.name,
                "name_ar": spec.name_ar,
                "kind": spec.kind,
                "order": order,
                "description": spec.description,
                "description_ar": spec.description_ar,
                "disclaimer": spec.disclaimer,
                "disclaimer_ar": spec.disclaimer_ar,
                "is_in_navigation": True,
            },
        )
        for order, spec in enumerate(newsroom.SECTIONS, start=1)
    }


def ensure_tags() -> dict[str, int]:
    """Every tag in both languages; returns their ids by slug."""
    return {
        slug: upsert(Tag, slug, {"name": name, "name_ar": name_ar})
        for slug, (name, name_ar) in newsroom.TAGS.items()
    }


def ensure_authors(seed: int, log: Callable[[str], None]) -> dict[str, int]:
    """The bylines, each with a drawn portrait and its renditions; returns their ids by slug."""
    jobs = []
    for spec in newsroom.AUTHORS:
        name = f"authors/demo/{spec.slug}.png"
        log(f"Drawing {name}")
        painter = partial(portraits.paint_portrait, look=spec.look)
        jobs.append((name, painter, portraits.SIZE, "PNG", f"{seed}:{name}"))
    ids = {}
    for spec, (photo, renditions, _w, _h) in zip(newsroom.AUTHORS, draw_all(jobs), strict=True):
        fields = {
            "name": spec.name,
            "name_ar": spec.name_ar,
            "role": spec.role,
            "bio": spec.bio,
            "bio_ar": spec.bio_ar,
            "photo": photo,
            "photo_renditions": renditions,
        }
        # Not save(), which for a new photo would also empty the renditions just made and queue
        # a task to make them again. An author who already exists (say, with a login) is kept.
        ids[spec.slug] = upsert(Author, spec.slug, fields)
    return ids


class SlugBook:
    """Unique slugs per language, kept in memory: a query per row would dominate large runs."""

    def __init__(self):
        self.taken = {
            lang: set(Article.objects.filter(language=lang).values_list("slug", flat=True))
            for lang in ("en", "ar")
        }
        self.next_suffix: dict[tuple[str, str], int] = {}

    def slug(self, language: str, headline: str) -> str:
        base_slug = make_slug(headline, 114)
        taken = self.taken[language]
        candidate, n = base_slug, self.next_suffix.get((language, base_slug), 2)
        while candidate in taken:
            candidate, n = f"{base_slug}-{n}", n + 1
        self.next_suffix[language, base_slug] = n
        taken.add(candidate)
        return candidate


class ArticleWriter:
    """Turns slots into Article rows, with their tags, bylines and translation links, in batches."""

    def __init__(
        self,
        *,
        sections: dict[str, int],
        tags: dict[str, int],
        authors: dict[str, int],
        pictures: Pictures,
        bar: tqdm,
    ):
        self.sections = sections
        self.tags = tags
        self.authors = authors
        self.pictures = pictures
        self.bar = bar
        self.slugs = SlugBook()
        self.pairs: list[tuple[int, int]] = []
        self.updated: list[int] = []
        self.scheduled: list[int] = []

    def write(self, batch: list[tuple[Slot, Story]]) -> None:
        self.pictures.prepare(story.picture for _slot, story in batch if story.picture)
        firsts, seconds, rows = [], [], []
        for slot, story in batch:
            articles = [self._article(slot, story, language) for language in slot.languages]
            firsts.append(articles[0])
            seconds.extend(articles[1:])
            rows.append((slot, story, articles))
        # Originals first, so each translation can point at its original as it is inserted.
        Article.objects.bulk_create(firsts, batch_size=500)
        for _slot, _story, articles in rows:
            for other in articles[1:]:
                other.translation_id = articles[0].pk
        Article.objects.bulk_create(seconds, batch_size=500)
        through, bylines = [], []
        for slot, story, articles in rows:
            if len(articles) == 2:
                self.pairs.append((articles[0].pk, articles[1].pk))
            for article in articles:
                if slot.was_updated:
                    self.updated.append(article.pk)
                if slot.status == S.SCHEDULED:
                    self.scheduled.append(article.pk)
                through += [
                    Article.tags.through(article_id=article.pk, tag_id=self.tags[t]) for t in story.tags
                ]
                bylines += [
                    ArticleAuthor(article_id=article.pk, author_id=self.authors[slug], order=order)
                    for order, slug in enumerate(story.authors)
                ]
        Article.tags.through.objects.bulk_create(through, batch_size=2000)
        ArticleAuthor.objects.bulk_create(bylines, batch_size=2000)
        self.bar.update(len(firsts) + len(seconds))

    def _article(self, slot: Slot, story: Story, language: str) -> Article:
        draft = story.drafts[language]
        is_live = slot.status in (S.PUBLISHED, S.SCHEDULED, S.UNPUBLISHED)
        return Article(
            language=language,
            headline=draft.headline[:300],
            slug=self.slugs.slug(language, draft.headline),
            dek=draft.dek,
            body=draft.body,
            featured_image_id=self.pictures.image_id(story.picture, language) if story.picture else None,
            section_id=self.sections[story.section],
            is_sponsored=story.is_sponsored,
            sponsor_name=draft.sponsor_name,
            is_breaking=story.is_breaking,
            status=slot.status,
            published_at=slot.published_at,
            # What Article.save() would record; bulk_create does not call it.
            first_published_at=slot.published_at if is_live else None,
        )

    def finish(self) -> None:
        """Link originals back to their translations and give the archive believable timestamps."""
        firsts = [Article(pk=first, translation_id=second) for first, second in self.pairs]
        Article.objects.bulk_update(firsts, ["translation"], batch_size=500)
        # auto_now stamped every row with the present; an archive story was written when it ran.
        Article.objects.filter(status__in=[S.PUBLISHED, S.UNPUBLISHED]).update(
            created_at=F("published_at") - timedelta(hours=2), updated_at=F("published_at")
        )
        for start in range(0, len(self.updated), 500):
            Article.objects.filter(pk__in=self.updated[start : start + 500]).update(
                updated_at=F("published_at") + timedelta(hours=3)
            )
        # As if an editor had scheduled them: a worker, when there is one, publishes them on time.
        # Without one they still appear on time, since published() counts scheduled stories.
        for article in Article.objects.filter(pk__in=self.scheduled):
            after_save(article=article, previous_status=None, was_live=False)


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
    authors = ensure_authors(seed, log)
    # Fewer picture variants for small runs keeps tests and quick demos fast.
    writer = Writer(random.Random(f"{seed}:stories"), scene_variants=3 if articles >= 200 else 1)
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
                sponsor=slot.sponsor,
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


READ_STORIES = 1000  # the newest stories get readers; older ones are read too rarely to show


def readers(rng: random.Random, now: datetime) -> int:
    """A month of views for the newest published stories, so "Popular Posts" has something to
    rank: each story draws a popularity (a few are read far more than the rest) that fades
    with age. Returns the hourly rows made."""
    from masthead.readership.counting import hour_of
    from masthead.readership.models import HourlyViews

    since = now - timedelta(days=30)
    stories = (
        Article.objects.published(now)
        .filter(published_at__gte=since, is_sponsored=False)
        .order_by("-published_at")
        .values_list("pk", "published_at")[:READ_STORIES]
    )
    rows = []
    for pk, published_at in stories:
        popularity = rng.paretovariate(1.3) * 40
        day = published_at
        while day < now:
            age = (day - published_at).days
            views = int(popularity * 0.55**age * rng.uniform(0.6, 1.4))
            if views > 0:
                rows.append(HourlyViews(article_id=pk, hour=hour_of(day), views=views))
            day += timedelta(days=1)
    HourlyViews.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)
    return len(rows)


DEMO_SUBSCRIBERS = 400
READER_NAMES = [
    "amal",
    "bader",
    "dana",
    "fahad",
    "hessa",
    "jassim",
    "layla",
    "mona",
    "omar",
    "reem",
    "sara",
    "yousef",
]


def subscribers(rng: random.Random, now: datetime) -> int:
    """Newsletter subscribers who joined over three months (some left, a few never confirmed),
    so the back office's list and growth chart have something to show, and a draft edition.

    Addresses are at example.org (reserved: nothing sent to them can reach anyone); the demo
    sends mail into files (var/mail/) unless EMAIL_URL says otherwise.
    """
    from masthead.newsletter.models import Issue, Subscriber

    Subscriber.objects.filter(email__endswith="@example.org").delete()
    Issue.objects.filter(kind=Issue.Kind.EDITION, subject__startswith="[Demo]").delete()
    section_ids = list(Section.objects.values_list("pk", flat=True))
    rows, chosen = [], []
    for i in range(DEMO_SUBSCRIBERS):
        # More sign-ups lately: the list grows.
        joined = now - timedelta(days=90 * rng.random() ** 1.6, minutes=rng.randint(0, 1440))
        status = rng.choices(["confirmed", "unsubscribed", "pending"], weights=[86, 9, 5])[0]
        confirmed = joined + timedelta(minutes=rng.randint(2, 600)) if status != "pending" else None
        left = confirmed + (now - confirmed) * rng.random() if status == "unsubscribed" else None
        rows.append(
            Subscriber(
                email=f"{rng.choice(READER_NAMES)}.{i}@example.org",
                language="ar" if rng.random() < 0.45 else "en",
                status=status,
                wants_daily=rng.random() < 0.8,
                wants_weekly=rng.random() < 0.35,
                wants_alerts=rng.random() < 0.6,
                confirmed_at=confirmed,
                unsubscribed_at=left,
                # Their last digest went out this morning: the demo's worker has nothing to catch up.
                last_daily_at=now if confirmed else None,
                last_weekly_at=now if confirmed else None,
                signup_page="/en/" if i % 2 else "/ar/",
            )
        )
        chosen.append(
            rng.sample(section_ids, rng.randint(1, 2)) if section_ids and rng.random() < 0.3 else []
        )
    created = Subscriber.objects.bulk_create(rows, batch_size=500)
    # Signed up when they confirmed (sign-up time is set on insert, so it is written afterwards).
    ids = [s.pk for s in created]
    Subscriber.objects.filter(pk__in=ids, confirmed_at__isnull=False).update(created_at=F("confirmed_at"))
    for subscriber in created:
        if subscriber.confirmed_at is None:
            days = rng.randint(1, 20)
            Subscriber.objects.filter(pk=subscriber.pk).update(created_at=now - timedelta(days=days))
    through = Subscriber.sections.through
    through.objects.bulk_create(
        through(subscriber_id=s.pk, section_id=pk)
        for s, picks in zip(created, chosen, strict=True)
        for pk in picks
    )
    top = list(Article.objects.published(now).in_language("en").filter(is_sponsored=False)[:3])
    edition = Issue.objects.create(
        kind=Issue.Kind.EDITION,
        language="en",
        subject="[Demo] The week in the Gulf, explained",
        preheader="Three stories worth your time this weekend.",
        body="<p>Good morning. Here is what our reporters found this week, and why it matters.</p>",
    )
    edition.stories.set(top)
    return len(created)


AD_SLOTS = [
    ("header-leaderboard", "Header leaderboard", "320x50", "728x90,970x90"),
    ("article-sidebar", "Article sidebar", "300x250", "300x250,300x600"),
    ("in-article", "In the story, after paragraph 3", "300x250", "300x250,728x90"),
    ("between-cards", "Home page, between teaser cards", "300x250", "728x90"),
    ("footer", "Footer", "320x50", "728x90"),
]
# (advertiser, campaign, priority, languages, sections, slots, creatives as (name, HTML))
AD_CAMPAIGNS = [
    (
        "Gulf Air",
        "London winter fares",
        20,
        "en",
        "",
        ["article-sidebar", "in-article"],
        [
            (
                "London from BD 189",
                "<p><strong>Gulf Air</strong>: London from BD 189 return this winter. "
                '<a href="https://example.com/gulf-air/london">Book by 15 December</a></p>',
            )
        ],
    ),
    (
        "National Bank",
        "Home finance",
        20,
        "ar",
        "business",
        ["article-sidebar", "between-cards"],
        [
            (
                "تمويل سكني",
                "<p><strong>البنك الوطني</strong>: تمويل سكني بأرباح ثابتة لخمس سنوات. "
                '<a href="https://example.com/bank/home">اعرف المزيد</a></p>',
            )
        ],
    ),
    (
        "The Gulf Ledger",
        "النشرة البريدية (إعلان داخلي)",
        10,
        "ar",
        "",
        ["header-leaderboard", "article-sidebar", "in-article", "between-cards", "footer"],
        [
            (
                "النشرة البريدية",
                "<p><strong>موجز الصباح</strong>: أبرز أخبار اليوم في بريدك. "
                '<a href="/ar/newsletter/">اشترك مجانًا</a></p>',
            )
        ],
    ),
    (
        "The Gulf Ledger",
        "Newsletter (house)",
        10,
        "en",
        "",
        ["header-leaderboard", "article-sidebar", "in-article", "between-cards", "footer"],
        [
            (
                "Newsletter",
                "<p><strong>The morning briefing</strong>: the day's top stories in your inbox. "
                '<a href="/en/newsletter/">Subscribe free</a></p>',
            )
        ],
    ),
]


def advertising(rng: random.Random, now: datetime) -> int:
    """Ad slots, two direct-sold campaigns and a house ad, with a month of report figures."""
    from masthead.ads.models import AdSlot, Advertiser, Campaign, Creative, CreativeDay

    Campaign.objects.filter(advertiser__name__in=[c[0] for c in AD_CAMPAIGNS]).delete()  # a re-run
    slots = {}
    for key, name, phone, desktop in AD_SLOTS:
        slots[key] = AdSlot.objects.update_or_create(
            key=key, defaults={"name": name, "phone_sizes": phone, "desktop_sizes": desktop}
        )[0]
    made = 0
    for advertiser, name, priority, languages, sections, keys, creatives in AD_CAMPAIGNS:
        campaign = Campaign.objects.create(
            advertiser=Advertiser.objects.get_or_create(name=advertiser)[0],
            name=name,
            priority=priority,
            languages=languages,
            sections=sections,
            starts_at=now - timedelta(days=30),
            ends_at=now + timedelta(days=60),
            total_cap=500_000 if priority > 10 else None,
        )
        campaign.slots.set([slots[k] for k in keys])
        for creative_name, html in creatives:
            # The creative's own link, counted as a click on its way there.
            target = html.split('href="', 1)[1].split('"', 1)[0]
            click_url = target if target.startswith("https://") else settings.MASTHEAD_SITE_URL + target
            creative = Creative.objects.create(
                campaign=campaign, name=creative_name, kind="html", html=html, click_url=click_url
            )
            days = []
            for back in range(30, 0, -1):
                served = rng.randint(800, 2400)
                seen = int(served * rng.uniform(0.5, 0.75))
                day = timezone.localdate(now - timedelta(days=back))
                days.append(
                    CreativeDay(
                        creative=creative,
                        day=day,
                        served=served,
                        impressions=seen,
                        clicks=int(seen * rng.uniform(0.002, 0.01)),
                    )
                )
            CreativeDay.objects.bulk_create(days)
            made += 1
    return made


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
