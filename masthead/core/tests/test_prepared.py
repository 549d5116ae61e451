from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, ImageFactory
from masthead.core.prepared import Prepared

pytestmark = pytest.mark.django_db


def fields(article):
    """Every loaded value of a story and of the picture it was fetched with."""
    image = article.featured_image if article.featured_image_id else None
    row = {f.attname: getattr(article, f.attname) for f in Article._meta.concrete_fields}
    return row, image and (image.pk, image.file.name, image.alt_text)


def counting(build):
    calls = []

    def counted(**values):
        calls.append(values)
        return build(**values)

    return counted, calls


def test_runs_the_compiled_sql_with_new_values_and_gives_what_the_queryset_gives(django_assert_num_queries):
    now = timezone.now()
    first = ArticleFactory(language="en", featured_image=ImageFactory(alt_text="Dhow at dusk"))
    second = ArticleFactory(language="ar", published_at=now - timedelta(days=2))
    ArticleFactory(language="en", published_at=now + timedelta(hours=1), status="scheduled")  # not yet

    def build(language, since, now):
        return (
            Article.objects.published(now)
            .filter(language=language, published_at__gte=since)
            .select_related("featured_image", "section")
            .order_by("pk")
        )

    counted, calls = counting(build)
    prepared = Prepared(Article, counted)
    cases = [
        {"language": "en", "since": now - timedelta(days=30), "now": now},
        {"language": "ar", "since": now - timedelta(days=30), "now": now},
        {"language": "ar", "since": now - timedelta(days=1), "now": now},
        {"language": "en", "since": now - timedelta(days=30), "now": now + timedelta(hours=2)},
    ]
    results = [prepared.fetch(**values) for values in cases]
    assert [[a.pk for a in found] for found in results[:3]] == [[first.pk], [second.pk], []]
    assert len(results[3]) == 2  # the scheduled story, once its time has come
    for values, found in zip(cases, results, strict=True):
        assert [fields(a) for a in found] == [fields(a) for a in build(**values)]
        assert all(a.section.name for a in found)  # select_related objects came with the row
    # Built once to compile and once per value to find its place; never again after that.
    assert len(calls) == 1 + 3
    with django_assert_num_queries(1):
        assert [a.pk for a in prepared.fetch(**cases[0])] == [first.pk]
    assert len(calls) == 4


def test_a_value_that_changes_the_sql_itself_is_never_compiled_once():
    ArticleFactory(headline="Port reopens", language="en")
    ArticleFactory(headline="Port strike ends", language="en")

    def build(word, language):
        # `contains` wraps the value in %…%: it never appears as itself among the parameters.
        return Article.objects.filter(headline__contains=word, language=language).order_by("pk")

    counted, calls = counting(build)
    prepared = Prepared(Article, counted)
    assert [a.headline for a in prepared.fetch(word="reopens", language="en")] == ["Port reopens"]
    assert [a.headline for a in prepared.fetch(word="Port", language="en")] == [
        "Port reopens",
        "Port strike ends",
    ]
    assert len(calls) == 2 + 2  # one probe refused it; then the queryset is built on each call


def test_a_value_repeated_elsewhere_as_a_constant_is_only_replaced_where_it_was_passed():
    story = ArticleFactory(language="en", slug="en")  # the same text as a constant and a value

    def build(slug):
        return Article.objects.filter(language="en", slug=slug)

    prepared = Prepared(Article, build)
    assert [a.pk for a in prepared.fetch(slug="en")] == [story.pk]
    other = ArticleFactory(language="en", slug="tides")
    assert [a.pk for a in prepared.fetch(slug="tides")] == [other.pk]
