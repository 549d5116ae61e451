"""Old addresses over HTTP: one cacheable 301 to the new home, before any 404 page, with DEBUG
on or off; the root's WordPress queries; purges when a redirect changes."""

import pytest
from django.test import Client, override_settings

from masthead.articles.tests.factories import ArticleFactory, SectionFactory, TagFactory
from masthead.core.pagecache.backend import get_cdn
from masthead.redirects.models import MissingPage, Redirect

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    return ArticleFactory(slug="causeway-tolls", section=SectionFactory(slug="news", name="News"))


def test_an_old_address_answers_one_cacheable_301_naming_what_it_shows(story):
    moved = Redirect.objects.create(old_path="/2019/05/causeway-tolls/", article=story)

    response = Client().get("/2019/05/causeway-tolls/")

    assert response.status_code == 301
    assert response["Location"] == "/en/news/causeway-tolls/"
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=86400"} <= control
    assert response["Surrogate-Key"].split() == [f"redirect-{moved.pk}", f"article-{story.pk}"]
    assert response["Cache-Tag"] == f"redirect-{moved.pk},article-{story.pk}"
    assert Client().get(response["Location"]).status_code == 200


@pytest.mark.parametrize("old", ["/2019/05/causeway-tolls/", "/en/news/unknown-story/"])
def test_no_404_page_is_rendered_before_the_redirect_is_found(story, old):
    # Nothing in the URLconf matches the first; the story view raises Http404 for the second.
    Redirect.objects.create(old_path=old, article=story)
    response = Client().get(old)
    assert response.status_code == 301
    assert [template.name for template in response.templates] == []
    assert Client().get("/2019/05/other/").templates[0].name == "404.html"  # a miss still gets it


def test_a_hit_costs_one_query(story, django_assert_num_queries):
    Redirect.objects.create(old_path="/2019/05/causeway-tolls/", article=story)
    Client().get("/2019/05/causeway-tolls/")  # the process's first request loads what it keeps
    with django_assert_num_queries(1):
        assert Client().get("/2019/05/causeway-tolls/").status_code == 301
    with django_assert_num_queries(1):
        assert Client().head("/2019/05/causeway-tolls").status_code == 301


@pytest.mark.parametrize("debug", [False, True])
def test_it_works_with_debug_on_and_off(story, debug):
    Redirect.objects.create(old_path="/2019/05/causeway-tolls/", article=story)
    with override_settings(DEBUG=debug):
        assert Client().get("/2019/05/causeway-tolls/")["Location"] == "/en/news/causeway-tolls/"
        assert Client().get("/2019/05/other/").status_code == 404
        # A view's Http404 too: a story that is not here under this address.
        Redirect.objects.create(old_path="/en/news/unknown-story/", article=story)
        assert Client().get("/en/news/unknown-story/")["Location"] == "/en/news/causeway-tolls/"
    assert MissingPage.objects.get().path == "/2019/05/other/"


def test_an_old_category_feed_whose_category_became_a_tag_redirects(story):
    # WordPress's /category/<slug>/feed/ answers a section's feed here; "economy" is a tag now, so
    # that view raises Http404 and the redirect an editor made answers instead.
    story.tags.add(TagFactory(slug="economy"))
    Redirect.objects.create(old_path="/category/economy/feed/", target_url="/en/tags/economy/feed/")
    response = Client().get("/category/economy/feed/")
    assert (response.status_code, response["Location"]) == (301, "/en/tags/economy/feed/")
    assert Client().get(response["Location"]).status_code == 200


def test_the_redirect_wins_over_the_language_prefix_django_would_guess(story):
    # /causeway-tolls/ under /en/ would be a section's address: LocaleMiddleware would send the
    # reader there first (a 302 to a 404) if the redirect were not looked up before it.
    Redirect.objects.create(old_path="/causeway-tolls/", article=story)
    response = Client().get("/causeway-tolls/")
    assert (response.status_code, response["Location"]) == (301, "/en/news/causeway-tolls/")


def test_only_reading_requests_are_redirected_or_logged(story):
    Redirect.objects.create(old_path="/2019/05/causeway-tolls/", article=story)
    assert Client().post("/2019/05/causeway-tolls/").status_code == 404
    assert Client().post("/xmlrpc.php").status_code == 404
    assert not MissingPage.objects.exists()


@pytest.mark.parametrize("query", ["p=123", "page_id=5", "cat=3", "attachment_id=9"])
def test_the_root_answers_wordpress_queries(story, query, django_assert_num_queries):
    Redirect.objects.create(old_path=f"/?{query}", article=story)
    with django_assert_num_queries(1):
        response = Client().get(f"/?{query}&utm_medium=social")
    assert (response.status_code, response["Location"]) == (301, "/en/news/causeway-tolls/")


def test_the_root_without_a_known_query_goes_home_in_the_readers_language(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert Client().get("/")["Location"] == "/en/"
    with django_assert_num_queries(1):
        response = Client().get("/?p=404", HTTP_ACCEPT_LANGUAGE="ar")
    assert (response.status_code, response["Location"]) == (302, "/ar/")
    assert not MissingPage.objects.exists()


def test_saving_or_deleting_a_redirect_purges_its_answers(story, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        moved = Redirect.objects.create(old_path="/2019/05/causeway-tolls/", article=story)
    assert f"redirect-{moved.pk}" in get_cdn().purged[-1]
    get_cdn().purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        moved.target_url, moved.article = "/en/", None
        moved.save()
    assert get_cdn().purged[-1] == {f"redirect-{moved.pk}"}
    get_cdn().purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Redirect.objects.get(pk=moved.pk).delete()
    assert get_cdn().purged[-1] == {f"redirect-{moved.pk}"}


def test_a_moved_story_purges_the_answers_that_named_it(story, django_capture_on_commit_callbacks):
    Redirect.objects.create(old_path="/2019/05/causeway-tolls/", article=story)
    keys = Client().get("/2019/05/causeway-tolls/")["Surrogate-Key"].split()
    get_cdn().purged.clear()
    story.slug = "causeway-tolls-cut"
    with django_capture_on_commit_callbacks(execute=True):
        story.save()
    assert set(keys) & set().union(*get_cdn().purged)
