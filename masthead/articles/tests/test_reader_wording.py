"""The words around a story in Arabic: each kind of story's byline, the dates, names joined as
Arabic joins them; and the same places in English."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from masthead.articles.models import Article, Section
from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db


def byline(article) -> str:
    html = Client().get(article.get_absolute_url()).content.decode()
    paragraph = html.split('<div class="byline', 1)[1].split("<p>", 1)[1].split("</p>", 1)[0]
    return re.sub(r"<[^>]+>", "", paragraph)


def dates(article) -> str:
    html = Client().get(article.get_absolute_url()).content.decode()
    return re.sub(r"<[^>]+>", "", html.split('<p class="story__dates">', 1)[1].split("</p>", 1)[0])


def story(language: str, kind: str, *names: tuple[str, str]) -> Article:
    section = SectionFactory(slug=kind, name=kind.title(), name_ar=f"قسم {kind}", kind=kind)
    authors = [AuthorFactory(name=en, name_ar=ar) for en, ar in names]
    return ArticleFactory(language=language, section=section, authors=authors, slug=f"{kind}-{language}")


MONA, SAEED = ("Mona Al-Khalifa", "منى الخليفة"), ("Saeed Al-Amiri", "سعيد العامري")


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (Section.Kind.NEWS, "إعداد منى الخليفة"),
        (Section.Kind.REPORT, "إعداد منى الخليفة"),
        (Section.Kind.FEATURE, "إعداد منى الخليفة"),
        (Section.Kind.OPINION, "بقلم منى الخليفة"),
        (Section.Kind.CARICATURE, "بريشة منى الخليفة"),
    ],
)
def test_an_arabic_byline_says_what_a_reader_of_arabic_news_expects(kind, expected):
    assert byline(story("ar", kind, MONA)) == expected


def test_arabic_joins_the_last_two_names_with_a_waw_attached_to_the_second():
    assert byline(story("ar", Section.Kind.NEWS, MONA, SAEED)) == "إعداد منى الخليفة وسعيد العامري"


def test_english_bylines_read_by_and_and():
    # Every row first: sections are kept per process once a page has been asked for.
    news = story("en", Section.Kind.NEWS, MONA, SAEED)
    opinion = story("en", Section.Kind.OPINION, MONA)
    cartoon = story("en", Section.Kind.CARICATURE, MONA)
    assert byline(news) == "By Mona Al-Khalifa and Saeed Al-Amiri"
    assert byline(opinion) == "By Mona Al-Khalifa"
    assert byline(cartoon) == "Cartoon by Mona Al-Khalifa"


def test_an_arabic_story_says_when_it_was_published_and_last_updated():
    article = story("ar", Section.Kind.NEWS, MONA)
    Article.objects.filter(pk=article.pk).update(
        published_at=timezone.now() - timedelta(days=2), updated_at=timezone.now()
    )
    text = dates(Article.objects.get(pk=article.pk))
    assert text.startswith("نُشر في ") and " آخر تحديث " in text
    assert "منشور" not in text


def test_an_arabic_date_reads_day_month_year_without_a_comma():
    article = story("ar", Section.Kind.NEWS, MONA)
    when = datetime(2026, 3, 9, 10, 30, tzinfo=ZoneInfo(settings.TIME_ZONE))
    Article.objects.filter(pk=article.pk).update(published_at=when, updated_at=when)
    text = dates(Article.objects.get(pk=article.pk))
    assert "9 مارس 2026" in text and "،" not in text


def test_an_english_story_says_published_and_updated():
    article = story("en", Section.Kind.NEWS, MONA)
    Article.objects.filter(pk=article.pk).update(
        published_at=timezone.now() - timedelta(days=2), updated_at=timezone.now()
    )
    text = dates(Article.objects.get(pk=article.pk))
    assert text.startswith("Published ") and " Updated " in text


def test_an_empty_arabic_section_says_nothing_is_published_yet():
    SectionFactory(slug="sport", name="Sport", name_ar="رياضة")
    html = Client().get("/ar/sport/").content.decode()
    assert '<p class="empty">لم يُنشر شيء بعد.</p>' in html
