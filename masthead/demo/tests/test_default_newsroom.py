"""The default demo newsroom (what `make demo` builds), built once for the tests of this module.

Headlines and deks are compared with `similarity.THRESHOLD`: token-set Jaccard ≥ 0.6, per
language, once names of places, people and organisations and all numbers are masked.
"""

from collections import Counter
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from django.test import override_settings
from django.utils import timezone

from masthead.articles.models import Article, Section
from masthead.authors.models import Author
from masthead.core.html import sanitize_html
from masthead.demo.tests.similarity import too_similar

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker, tmp_path_factory):
    """One build for the module (drawing its pictures is most of the time), rolled back after it.

    Each test runs in its own savepoint inside this transaction, as in Django's TestCase.
    """
    media = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=media), django_db_blocker.unblock(), transaction.atomic():
        call_command("demo-data", stdout=StringIO(), verbosity=0)
        yield
        transaction.set_rollback(True)


def test_default_newsroom_reads_like_a_year_of_news(newsroom):
    now = timezone.now()
    articles = Article.objects.all()
    assert articles.count() >= 300

    published = articles.filter(status=Article.Status.PUBLISHED)
    first, last = published.order_by("published_at").first(), published.order_by("published_at").last()
    assert last.published_at - first.published_at >= timedelta(days=365)
    assert last.published_at <= now
    assert published.count() > 0.9 * articles.count()

    assert set(articles.values_list("section__slug", flat=True)) == {
        "news", "world", "politics", "business", "technology", "opinion", "report", "caricature",
    }  # fmt: skip
    assert set(articles.values_list("language", flat=True)) == {"en", "ar"}

    # The workflow shows: drafts, stories in review, and two or three scheduled for later.
    statuses = dict(articles.values_list("status").annotate(n=Count("id")))
    assert statuses[Article.Status.DRAFT] >= 1
    assert statuses[Article.Status.IN_REVIEW] >= 1
    assert 2 <= statuses[Article.Status.SCHEDULED] <= 3
    assert not articles.filter(status=Article.Status.SCHEDULED, published_at__lte=now).exists()
    assert not articles.filter(status=Article.Status.DRAFT).exclude(published_at=None).exists()
    assert not published.filter(first_published_at=None).exists()

    sponsored = articles.filter(is_sponsored=True)
    assert sponsored.exists()
    assert not sponsored.filter(sponsor_name="").exists()
    breaking = articles.filter(is_breaking=True, status=Article.Status.PUBLISHED)
    assert breaking.exists()
    assert all(now - a.published_at < timedelta(hours=6) for a in breaking)

    # Bulk-created rows are what Article.save() would have stored: clean HTML, 4–12 paragraphs.
    for article in articles.select_related("section"):
        assert sanitize_html(article.body) == article.body
        paragraphs = article.body.count("<p>")
        if article.section.kind == Section.Kind.NEWS:
            assert 4 <= paragraphs <= 12, article.headline
        if article.section.kind == Section.Kind.REPORT:
            assert paragraphs >= 10 and article.body.count("<h2>") >= 3
    assert articles.filter(headline__regex=r"^.{110,}$").exists()  # some long headlines for teasers


def test_every_story_of_the_default_demo_is_its_own(newsroom):
    stories = list(Article.objects.select_related("featured_image", "section"))
    for language in ("en", "ar"):
        mine = [a for a in stories if a.language == language]
        assert too_similar([a.headline for a in mine]) == [], f"{language} headlines too alike"
        deks = [a.dek for a in mine if a.dek]
        assert len(set(deks)) == len(deks), f"{language}: two stories share a dek"
        assert too_similar(deks) == [], f"{language} deks too alike"
        pictured = Counter(
            (a.featured_image.file.name, a.featured_image.caption) for a in mine if a.featured_image
        )
        assert pictured and max(pictured.values()) == 1, f"{language}: a picture and caption run twice"

    # A story in two languages shows one drawing in both; no two stories share one.
    originals = [a for a in stories if a.translation_id is None or a.pk < a.translation_id]
    drawings = Counter(a.featured_image.file.name for a in originals if a.featured_image)
    assert max(drawings.values()) == 1
    cartoons = [a for a in originals if a.section.kind == Section.Kind.CARICATURE]
    assert len(cartoons) >= 10 and all(a.featured_image for a in cartoons)
    assert len({a.featured_image.file.name for a in cartoons}) == len(cartoons)
    assert len({a.featured_image.caption for a in cartoons}) == len(cartoons)

    # Every news story has a drawing of its own, and no story picture is anybody's portrait.
    portraits = set(Author.objects.exclude(photo="").values_list("photo", flat=True))
    assert len(portraits) >= 12
    assert all(a.featured_image for a in stories if a.section.kind == Section.Kind.NEWS)
    assert not [a for a in stories if a.featured_image and a.featured_image.file.name in portraits]
    assert all(a.featured_image.file.name.startswith("images/demo/") for a in stories if a.featured_image)
