"""Demo stories into Article rows, in bulk: tags, bylines and translation links included.

`bulk_create` never runs `Article.save()`: bodies come from the writer already clean (see
`writer.check_banks`), and `first_published_at` is set here the way `save()` would set it.
"""

from datetime import timedelta

from django.db.models import F
from tqdm import tqdm

from masthead.articles.models import Article, ArticleAuthor
from masthead.articles.services import after_save
from masthead.core.text import make_slug
from masthead.demo.pictures import Pictures
from masthead.demo.schedule import Slot
from masthead.demo.writer import Story

S = Article.Status


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
        self.pictures.prepare(
            (story.picture, language, story.drafts[language].caption)
            for slot, story in batch
            if story.picture
            for language in slot.languages
        )
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
            featured_image_id=self.pictures.image_id(story.picture, language, draft.caption)
            if story.picture
            else None,
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
