"""Section, tag and author pages are read a page at a time, never counted."""

from datetime import timedelta

import pytest
from django.db import connection
from django.http import Http404
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TagFactory
from masthead.core.listing import MAX_PAGE, list_page

pytestmark = pytest.mark.django_db


def headlines_on(html: str, stories) -> list[str]:
    """The headlines of `stories` that appear in `html`, in the order of `stories`."""
    return [s.headline for s in stories if s.headline in html]


@pytest.fixture
def archive():
    """45 stories in one section, one tag and one author's byline, an hour apart, newest first."""
    section = SectionFactory(slug="news", name="News", name_ar="أخبار")
    tag = TagFactory(name="Harbour", slug="harbour")
    author = AuthorFactory(name="Layla Haddad", slug="layla-haddad")
    now = timezone.now()
    stories = [
        ArticleFactory(
            section=section,
            tags=[tag],
            authors=[author],
            headline=f"Harbour story number {n:02d} of the week",
            published_at=now - timedelta(hours=n + 1),
        )
        for n in range(45)
    ]
    return {"stories": stories, "urls": ["/en/news/", "/en/tags/harbour/", "/en/authors/layla-haddad/"]}


def sql_of(url: str) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(url)
    return response.status_code, [q["sql"] for q in captured.captured_queries]


def test_list_pages_never_count_their_stories(archive):
    for url in archive["urls"]:
        for page in ("", "?page=2", "?page=3"):
            status, sql = sql_of(url + page)
            assert status == 200, url + page
            assert not [q for q in sql if "COUNT(" in q.upper()], (url + page, sql)


def test_a_deep_page_costs_the_queries_of_the_first(archive):
    for url in archive["urls"]:
        sql_of(url)  # the first request fills this process's copies (sections, footer pages)
        first, third = sql_of(url)[1], sql_of(url + "?page=3")[1]
        assert len(first) == len(third), url


def test_pages_hold_the_stories_in_turn_and_link_only_to_pages_that_exist(archive):
    stories = archive["stories"]
    for url in archive["urls"]:
        pages = [Client().get(url + query).content.decode() for query in ("", "?page=2", "?page=3")]
        assert headlines_on(pages[0], stories) == [s.headline for s in stories[:20]]
        assert headlines_on(pages[1], stories) == [s.headline for s in stories[20:40]]
        assert headlines_on(pages[2], stories) == [s.headline for s in stories[40:]]
        assert 'rel="next"' in pages[0] and 'rel="prev"' not in pages[0]
        assert 'rel="next"' in pages[1] and 'rel="prev"' in pages[1]
        assert 'rel="next"' not in pages[2] and "Page 3<" in pages[2]


BAD_PAGES = ["?page=4", "?page=0", "?page=-1", "?page=x", "?page=1.5", f"?page={MAX_PAGE + 1}"]


@pytest.mark.parametrize("query", BAD_PAGES)
def test_a_page_that_does_not_exist_is_not_found(archive, query):
    for url in archive["urls"]:
        assert Client().get(url + query).status_code == 404, url + query


def test_an_empty_list_has_its_first_page_and_no_other():
    SectionFactory(slug="news", name="News", name_ar="أخبار")
    assert Client().get("/en/news/").status_code == 200
    assert Client().get("/en/news/?page=2").status_code == 404


def test_list_page_reads_one_more_than_it_shows():
    class Counting(list):
        asked: list[slice] = []

        def __getitem__(self, index):
            self.asked.append(index)
            return super().__getitem__(index)

    items = Counting(range(50))
    page = list_page(items, "2", 20)
    assert page.object_list == list(range(20, 40)) and page.has_next
    assert items.asked == [slice(20, 41)]
    last = list_page(items, 3, 20)
    assert last.object_list == list(range(40, 50)) and not last.has_next and last.has_previous()
    with pytest.raises(Http404):
        list_page(items, "4", 20)
