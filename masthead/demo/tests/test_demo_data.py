"""The `demo-data` command: a believable, deterministic newsroom, created once."""

from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db.models import F
from django.test import override_settings

from masthead.articles.models import Article, Image, Section, Tag
from masthead.authors.models import Author
from masthead.demo.banks import check_banks

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(tmp_path):
    """Pictures drawn by the command land in this test's own folder."""
    with override_settings(MEDIA_ROOT=tmp_path / "media"):
        yield tmp_path / "media"


def demo_data(*args: str) -> str:
    out = StringIO()
    call_command("demo-data", *args, stdout=out, verbosity=0)
    return out.getvalue()


def headlines() -> list[tuple[str, str, str, str]]:
    return list(Article.objects.order_by("id").values_list("language", "section__slug", "status", "headline"))


def test_translations_are_linked_both_ways():
    demo_data("--articles", "80")
    linked = Article.objects.exclude(translation=None).select_related("translation")
    assert linked.count() >= 10
    for article in linked:
        assert article.translation.translation_id == article.pk
        assert article.translation.language != article.language
        assert article.translation.section_id == article.section_id
    assert not Article.objects.exclude(translation=None).exclude(translation__translation=F("pk")).exists()


def test_tags_authors_and_pictures():
    demo_data("--articles", "60")
    assert Tag.objects.count() >= 40
    assert not Tag.objects.filter(name="").exists() and not Tag.objects.filter(name_ar="").exists()

    authors = Author.objects.exclude(photo="")
    assert authors.count() >= 12
    for author in authors:
        assert default_storage.exists(author.photo.name)
        assert author.photo_renditions and author.name_ar and author.bio_ar

    for image in Image.objects.all():
        assert image.alt_text and image.caption and image.credit
        assert default_storage.exists(image.file.name)
        assert image.width > 0 and image.renditions
        assert all(default_storage.exists(name) for name in image.renditions.values())

    caricatures = Article.objects.filter(section__slug="caricature").select_related("featured_image")
    assert caricatures.exists()
    cartoonists = {
        a.display_name(lang) for a in Author.objects.filter(role="cartoonist") for lang in ("en", "ar")
    }
    for caricature in caricatures:
        assert caricature.featured_image is not None
        assert caricature.featured_image.credit in cartoonists
        assert caricature.bylines.get().author.role == Author.Role.CARTOONIST

    columns = Article.objects.filter(section__slug="opinion")
    assert columns.exists()
    assert not columns.exclude(bylines__author__role=Author.Role.COLUMNIST).exists()
    opinion = Section.objects.get(slug="opinion")
    assert opinion.kind == Section.Kind.OPINION and opinion.disclaimer and opinion.disclaimer_ar


def test_sections_match_the_newsroom():
    demo_data("--articles", "20")
    sections = list(Section.objects.order_by("order").values_list("slug", "name_ar", "kind", "order"))
    assert sections == [
        ("news", "أخبار", "news", 1),
        ("world", "العالم", "news", 2),
        ("politics", "سياسة", "news", 3),
        ("business", "اقتصاد", "news", 4),
        ("technology", "تكنولوجيا", "news", 5),
        ("opinion", "رأي", "opinion", 6),
        ("report", "تقارير", "report", 7),
        ("caricature", "كاريكاتير", "caricature", 8),
    ]


def test_small_run_makes_exactly_the_articles_asked_for():
    demo_data("--articles", "25")
    assert Article.objects.count() == 25
    assert Article.objects.values("section").distinct().count() == 8


def test_second_run_does_not_duplicate_the_newsroom():
    demo_data("--articles", "30")
    before = headlines()
    counts = (Tag.objects.count(), Author.objects.count(), Image.objects.count(), Section.objects.count())
    output = demo_data("--articles", "30")
    assert "already has articles" in output
    assert headlines() == before
    assert counts == (
        Tag.objects.count(),
        Author.objects.count(),
        Image.objects.count(),
        Section.objects.count(),
    )


def test_runs_with_reset_are_identical():
    demo_data("--articles", "40")
    first = headlines()
    Tag.objects.create(name="Leftover", slug="leftover")
    demo_data("--articles", "40", "--reset")
    assert headlines() == first
    assert not Tag.objects.filter(slug="leftover").exists()
    assert Article.objects.count() == 40


def test_another_seed_writes_another_newsroom():
    demo_data("--articles", "40")
    first = headlines()
    demo_data("--articles", "40", "--reset", "--seed", "7")
    assert headlines() != first


def test_phrase_banks_are_clean_html_with_known_slots():
    assert check_banks() > 500


def test_demo_newsletter_list_grew_over_three_months():
    from masthead.newsletter.models import Issue, Subscriber
    from masthead.newsletter.selectors import growth

    demo_data("--articles", "25")
    assert Subscriber.objects.count() == 400
    assert set(Subscriber.objects.values_list("status", flat=True)) == {
        "confirmed",
        "pending",
        "unsubscribed",
    }
    assert not Subscriber.objects.exclude(email__endswith="@example.org").exists()
    series = [n for _, n in growth(days=90)]
    assert series[0] < series[-1] == Subscriber.objects.filter(status="confirmed").count()
    assert Issue.objects.get(status="draft").stories.count() == 3


def test_demo_ads_serve_in_both_languages_with_a_month_of_figures():
    from masthead.ads import serving
    from masthead.ads.models import AdSlot, CreativeDay

    demo_data("--articles", "25")
    assert AdSlot.objects.count() == 5
    live = serving.load_live()
    english = serving.choose("article-sidebar", language="en", live=live)
    arabic = serving.choose("article-sidebar", language="ar", section="business", live=live)
    assert english is not None and arabic is not None
    assert CreativeDay.objects.filter(impressions__gt=0).count() == 4 * 30
