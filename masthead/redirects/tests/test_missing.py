"""The missing pages log: every address readers asked for that leads nowhere, counted without a
race, kept to its bound, and forgotten once a redirect answers it."""

import pytest
from django.test import Client, override_settings

from masthead.articles.tests.factories import ArticleFactory
from masthead.redirects.models import MissingPage
from masthead.redirects.services import Target, prune_missing_pages, record_missing, save_redirects

pytestmark = pytest.mark.django_db


def test_each_request_for_a_missing_page_is_counted_with_its_last_referrer():
    client = Client()
    client.get("/2019/05/gone/", HTTP_REFERER="https://forum.example.org/t/42")
    client.get("/2019/05/gone/")
    client.head("/2019/05/gone/")
    client.get("/2019/06/also-gone/")

    gone = MissingPage.objects.get(path="/2019/05/gone/")
    assert gone.hits == 3
    assert gone.last_referrer == "https://forum.example.org/t/42"  # a request without one keeps it
    assert gone.first_seen_at <= gone.last_seen_at
    assert list(MissingPage.objects.values_list("path", flat=True)) == [
        "/2019/05/gone/",
        "/2019/06/also-gone/",
    ]


def test_a_miss_costs_a_fixed_number_of_queries(django_assert_num_queries):
    client = Client()
    client.get("/warm-up/x/")  # the process's first request loads what it keeps (sections, pages)
    # The lookup, the UPDATE that finds no row, and the INSERT (in a savepoint).
    with django_assert_num_queries(5):
        assert client.get("/2019/05/gone/").status_code == 404
    # The lookup and the UPDATE.
    with django_assert_num_queries(2):
        assert client.get("/2019/05/gone/").status_code == 404
    assert MissingPage.objects.get(path="/2019/05/gone/").hits == 2


def test_missing_files_are_logged_too():
    Client().get("/wp-content/uploads/2019/05/harbour.jpg")
    Client().get("/media/images/2024/lost.webp")
    paths = set(MissingPage.objects.values_list("path", flat=True))
    assert paths == {"/wp-content/uploads/2019/05/harbour.jpg", "/media/images/2024/lost.webp"}


def test_an_address_django_sends_on_by_itself_is_not_missing():
    ArticleFactory(slug="causeway-tolls")
    # A trailing slash added (CommonMiddleware), a language prefix added (LocaleMiddleware).
    assert Client().get("/en/news/causeway-tolls").status_code == 301
    assert Client().get("/en/news/causeway-tolls/").status_code == 200
    assert Client().get("/news/").status_code == 302
    assert not MissingPage.objects.exists()


def test_a_view_404_is_logged():
    ArticleFactory(slug="causeway-tolls")
    Client().get("/en/news/no-such-story/")
    assert MissingPage.objects.get().path == "/en/news/no-such-story/"


@override_settings(MASTHEAD_MISSING_PAGES_MAX=10)
def test_the_log_keeps_to_its_bound_dropping_the_least_requested():
    for n in range(5):
        for _ in range(3):
            record_missing(f"/popular-{n}/")
    for n in range(40):
        record_missing(f"/once-{n}/")
        assert MissingPage.objects.count() <= 10

    kept = set(MissingPage.objects.values_list("path", flat=True))
    assert {f"/popular-{n}/" for n in range(5)} <= kept
    assert "/once-39/" in kept or "/once-38/" in kept  # among equals, the most recent stay


@override_settings(MASTHEAD_MISSING_PAGES_MAX=5000)
def test_pruning_is_not_done_on_every_new_row(django_assert_num_queries):
    record_missing("/first/")
    # UPDATE, SAVEPOINT, INSERT, RELEASE: no COUNT.
    with django_assert_num_queries(4):
        record_missing("/second/")


def test_pruning_keeps_the_most_useful_rows():
    for path, hits in (("/a/", 5), ("/b/", 1), ("/c/", 3), ("/d/", 1)):
        for _ in range(hits):
            record_missing(path)
    assert prune_missing_pages(keep=2) == 2
    assert set(MissingPage.objects.values_list("path", flat=True)) == {"/a/", "/c/"}
    assert prune_missing_pages(keep=2) == 0


def test_very_long_addresses_are_not_logged():
    record_missing("/" + "x" * 1200)
    assert not MissingPage.objects.exists()


def test_an_imported_redirect_forgets_the_missing_page_it_answers():
    story = ArticleFactory(slug="causeway-tolls")
    for path in ("/2019/05/causeway-tolls", "/2019/05/other/"):
        record_missing(path)
    save_redirects(
        {"https://old.example.com/2019/05/causeway-tolls/": Target(article_id=story.pk)}, source="t"
    )
    assert list(MissingPage.objects.values_list("path", flat=True)) == ["/2019/05/other/"]
