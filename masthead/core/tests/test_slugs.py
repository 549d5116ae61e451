"""Slugs made from headlines: cut at a word boundary, never inside a word, in both languages."""

import pytest
from django.utils.text import slugify

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory
from masthead.core.text import make_slug, unique_slug

ENGLISH = "Ministry of Health launches national screening ending three years of delays at clinics"
ARABIC = "وزارة الصحة تطلق حملة وطنية لفحص البالغين فوق الأربعين من السكري وارتفاع ضغط الدم بعيادات متنقلة"


def whole_words(slug: str, text: str) -> bool:
    """Every word of `slug` is a whole word of `text`'s own slug, in order from its start."""
    full = slugify(text, allow_unicode=True).split("-")
    words = slug.split("-")
    return words == full[: len(words)]


@pytest.mark.parametrize("limit", range(8, 86))  # the whole slug is 86
def test_an_english_slug_ends_at_the_last_whole_word_that_fits(limit):
    slug = make_slug(ENGLISH, limit)
    assert len(slug) <= limit
    assert whole_words(slug, ENGLISH), slug
    # Nothing more would have fitted: the next word would go over the limit.
    following = slugify(ENGLISH).split("-")[len(slug.split("-"))]
    assert len(slug) + 1 + len(following) > limit


def test_the_address_from_the_report_no_longer_ends_mid_word():
    slug = make_slug(ENGLISH, 57)
    assert slug == "ministry-of-health-launches-national-screening-ending"
    assert not slug.endswith("-three-ye")


@pytest.mark.parametrize("limit", range(10, 100, 3))
def test_an_arabic_slug_ends_at_the_last_whole_word_that_fits(limit):
    slug = make_slug(ARABIC, limit)
    assert len(slug) <= limit
    assert whole_words(slug, ARABIC), slug


def test_arabic_letters_are_kept_and_the_cut_falls_between_words():
    assert make_slug(ARABIC, 30) == "وزارة-الصحة-تطلق-حملة-وطنية"


def test_a_word_that_ends_exactly_at_the_limit_is_kept():
    assert make_slug("Port traffic rises again", 12) == "port-traffic"
    assert make_slug("Port traffic rises again", 11) == "port"


def test_a_short_headline_is_not_cut():
    assert make_slug("Pearl divers return", 120) == "pearl-divers-return"


def test_a_single_word_longer_than_the_limit_is_cut_as_a_last_resort():
    assert make_slug("Supercalifragilisticexpialidocious", 10) == "supercalif"
    assert make_slug("مستشفياتالمملكةالمتحدة الجديدة", 8) == "مستشفيات"


def test_nothing_to_make_a_slug_from_gives_a_placeholder():
    assert make_slug("!!!", 20) == "story"


@pytest.mark.django_db
def test_a_taken_slug_gets_a_number_and_stays_within_the_field():
    first = unique_slug(Article.objects.all(), ENGLISH, 40)
    ArticleFactory(slug=first)
    second = unique_slug(Article.objects.all(), ENGLISH, 40)
    assert second == f"{first}-2" and len(second) <= 40
    assert whole_words(first, ENGLISH)
