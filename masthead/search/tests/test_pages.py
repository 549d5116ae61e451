"""The reader's search page and the search box on every page."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import html

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, SectionFactory, TagFactory
from masthead.core.pagecache.services import purge
from masthead.search import selectors, services
from masthead.search.models import Synonym

pytestmark = pytest.mark.django_db


def page(client, address: str):
    response = client.get(address)
    assert response.status_code == 200
    return response, html.fromstring(response.content)


@pytest.mark.parametrize("address", ["/en/", "/ar/", "/en/news/", "/en/search/"])
def test_every_page_has_a_search_box_that_works_without_javascript(client, address):
    SectionFactory(slug="news", name="News", name_ar="أخبار")
    _, tree = page(client, address)
    (form,) = tree.cssselect(".site-header form[role=search]")
    language = address.split("/")[1]
    assert form.get("method") == "get" and form.get("action") == f"/{language}/search/"
    assert form.cssselect("input[name=q]")


def test_results_page_lists_marked_headlines_snippets_and_sponsor_labels(client, committed):
    with committed():
        ArticleFactory(
            slug="tides",
            headline="Record tides flood the corniche",
            body="<p>Engineers said the record tides would return in spring.</p>",
        )
        ArticleFactory(
            slug="paid", headline="Tides of change in banking", is_sponsored=True, sponsor_name="A Bank"
        )
    response, tree = page(client, "/en/search/?q=tides")
    titles = [t.text_content() for t in tree.cssselect(".search-result__title")]
    assert set(titles) == {"Record tides flood the corniche", "Tides of change in banking"}
    marks = [m.text_content() for m in tree.cssselect(".search-results mark")]
    assert "tides" in marks and "Tides" in marks  # as written in each story
    sponsored = [li for li in tree.cssselect(".search-result") if li.cssselect(".label-sponsored")]
    assert [li.cssselect("a")[1].get("href") for li in sponsored] == ["/en/news/paid/"]
    assert "noindex" in tree.cssselect("meta[name=robots]")[0].get("content")
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=60"


def test_snippet_marks_the_word_as_the_story_wrote_it_not_its_stem(client, committed):
    with committed():
        ArticleFactory(slug="e", headline="Vote", body="<p>The <b>Elections</b> commission met.</p>")
    _, tree = page(client, "/en/search/?q=election")
    assert [m.text_content() for m in tree.cssselect(".search-result__snippet mark")] == ["Elections"]


def test_markup_in_a_story_or_a_query_is_shown_as_text(client, committed):
    with committed():
        ArticleFactory(slug="x", headline="Budget <script>alert(1)</script> row", body="<p>budget</p>")
    response, tree = page(client, "/en/search/?q=%3Cscript%3Ebudget")
    assert b"<script>alert" not in response.content
    assert not [s for s in tree.cssselect("script") if "alert" in (s.text or "")]


def test_bad_facets_are_explained_and_the_rest_still_searches(client, committed):
    with committed():
        ArticleFactory(slug="heat", headline="Heat record broken")
    _, tree = page(client, "/en/search/?q=heat&section=nowhere&start=2026-13-45&page=x&sort=sideways")
    problems = " ".join(p.text_content() for p in tree.cssselect(".search-problem"))
    assert "nowhere" in problems
    assert [a.get("href") for a in tree.cssselect(".search-result__title a")] == ["/en/news/heat/"]


def test_a_misspelt_query_shows_the_correction_and_offers_the_words_as_typed(client, committed):
    with committed():
        ArticleFactory(slug="parl", headline="Parliament passes the budget")
    _, tree = page(client, "/en/search/?q=parliment")
    assert [a.get("href") for a in tree.cssselect(".search-result__title a")] == ["/en/news/parl/"]
    (notice,) = tree.cssselect(".search-suggestion")
    assert "Parliament" in notice.cssselect("strong")[0].text_content()  # as the headline writes it
    (as_typed,) = notice.cssselect("a")
    assert "parliment" in as_typed.text_content()
    _, tree = page(client, "/en/search/" + as_typed.get("href"))
    assert not tree.cssselect(".search-result")
    (suggestion,) = tree.cssselect(".search-suggestion a")
    assert suggestion.text_content() == "Parliament"
    _, tree = page(client, "/en/search/" + suggestion.get("href"))
    assert len(tree.cssselect(".search-result")) == 1


def test_both_languages_and_sections_facets(client, committed):
    with committed():
        sport = SectionFactory(slug="sport", name="Sport", name_ar="رياضة")
        ArticleFactory(slug="en-1", headline="Falcon race in the desert")
        ArticleFactory(slug="en-2", headline="Falcon breeders meet", section=sport)
        ArticleFactory(slug="ar-1", language="ar", headline="سباق الصقور Falcon في الصحراء")
    _, tree = page(client, "/en/search/?q=falcon")
    assert len(tree.cssselect(".search-result")) == 2
    (both,) = [a for a in tree.cssselect(".search-switch a") if "lang=all" in a.get("href")]
    _, tree = page(client, "/en/search/" + both.get("href"))
    assert len(tree.cssselect(".search-result")) == 3
    (sport_link,) = [a for a in tree.cssselect(".search-facets a") if "section=sport" in a.get("href")]
    _, tree = page(client, "/en/search/" + sport_link.get("href"))
    assert [a.get("href") for a in tree.cssselect(".search-result__title a")] == ["/en/sport/en-2/"]


def test_search_page_queries_stay_the_same_for_one_or_many_results(
    client, committed, django_assert_max_num_queries
):
    tag = TagFactory(name="Rain", slug="rain")
    with committed():
        ArticleFactory(slug="one", headline="Rain expected", tags=[tag])
    client.get("/en/search/?q=rain")  # the process's copies of sections and tags are made
    selectors.kept_results.forget()  # each search below is made afresh
    with django_assert_max_num_queries(6) as one:
        client.get("/en/search/?q=rain")
    with committed():
        for n in range(15):
            ArticleFactory(
                slug=f"more-{n}",
                headline=f"Rain and wind {n}",
                tags=[tag],
                published_at=timezone.now() - timedelta(hours=n + 2),
            )
    selectors.kept_results.forget()
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get("/en/search/?q=rain")


def titles(client, address: str) -> list[str]:
    return [a.text_content() for a in page(client, address)[1].cssselect(".search-result__title a")]


def test_results_are_kept_until_anything_they_show_changes(client, committed, django_assert_num_queries):
    with committed():
        story = ArticleFactory(slug="one", headline="Harbour reopens")
    assert titles(client, "/en/search/?q=harbour") == ["Harbour reopens"]
    with django_assert_num_queries(0):  # the same search again: kept (sections and tags were)
        assert titles(client, "/en/search/?q=harbour") == ["Harbour reopens"]
    with committed():  # a story written: the index changed
        ArticleFactory(slug="two", headline="Harbour dredging begins")
    assert sorted(titles(client, "/en/search/?q=harbour")) == ["Harbour dredging begins", "Harbour reopens"]
    with committed():  # out of the index alone (no page purged): the index's own stamp tells
        services.remove_stories([story.pk])
    assert titles(client, "/en/search/?q=harbour") == ["Harbour dredging begins"]
    purge({"home"})  # any purge: a section, byline or picture the cards show may have changed
    with CaptureQueriesContext(connection) as after_purge:
        assert titles(client, "/en/search/?q=harbour") == ["Harbour dredging begins"]
    assert after_purge.captured_queries  # searched again
    with committed():
        ArticleFactory(slug="three", headline="Port strike ends")
    assert "Port strike ends" not in titles(client, "/en/search/?q=harbour")
    with committed():  # an editor's synonym applies to the next search at once
        Synonym.objects.create(words="harbour, port")
    assert "Port strike ends" in titles(client, "/en/search/?q=harbour")


def test_kept_results_last_at_most_their_max_age_and_periods_are_keyed_to_the_minute(
    client, committed, django_assert_num_queries
):
    with time_machine.travel(timezone.now().replace(second=5), tick=False) as clock:
        with committed():
            ArticleFactory(slug="one", headline="Harbour reopens")
            # Its time comes without any write: no stamp tells the processes, only time.
            ArticleFactory(
                slug="two",
                headline="Harbour dredging begins",
                status=Article.Status.SCHEDULED,
                published_at=timezone.now() + timedelta(seconds=20),
            )
        assert titles(client, "/en/search/?q=harbour&when=day") == ["Harbour reopens"]
        clock.shift(30)  # the same minute: the "past day" it asks for is the same
        with django_assert_num_queries(0):
            assert titles(client, "/en/search/?q=harbour&when=day") == ["Harbour reopens"]
        clock.shift(selectors.kept_results.max_age)
        assert titles(client, "/en/search/?q=harbour&when=day") == [
            "Harbour dredging begins",
            "Harbour reopens",
        ]


def test_results_are_never_kept_when_the_setting_says_so(client, committed, settings):
    settings.SEARCH_KEEP_SECONDS = 0
    with committed():
        ArticleFactory(slug="one", headline="Harbour reopens")
    titles(client, "/en/search/?q=harbour")
    with CaptureQueriesContext(connection) as again:
        assert titles(client, "/en/search/?q=harbour") == ["Harbour reopens"]
    assert again.captured_queries
