"""`save_redirects`, as importers call it: bulk, idempotent, never a chain, never over a live page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.articles.tests.factories import ArticleFactory, SectionFactory, TagFactory
from masthead.core.pagecache.backend import get_cdn
from masthead.redirects.models import Redirect
from masthead.redirects.services import Target, save_redirects

pytestmark = pytest.mark.django_db
SITE = "https://old.example.com"
SOURCE = "wordpress:old.example.com"


@pytest.fixture
def story():
    return ArticleFactory(slug="causeway-tolls", section=SectionFactory(slug="news", name="News"))


def stored() -> dict[str, tuple]:
    rows = Redirect.objects.values_list("old_path", "article_id", "tag_id", "target_url", "source")
    return {old: tuple(rest) for old, *rest in rows}


def test_a_rerun_updates_the_rows_it_wrote_and_never_duplicates(story, django_capture_on_commit_callbacks):
    other = ArticleFactory(slug="tolls-two")
    tag = TagFactory(slug="causeway")
    first = {
        f"{SITE}/2019/05/causeway-tolls/": Target(article_id=story.pk),
        f"{SITE}/?p=12": Target(article_id=story.pk),
        f"{SITE}/tag/causeway/": Target(tag_id=tag.pk, language="ar"),
    }
    assert save_redirects(first, source=SOURCE) == 3
    created = Redirect.objects.get(old_path="/?p=12")

    with django_capture_on_commit_callbacks(execute=True):
        again = save_redirects({**first, f"{SITE}/?p=12": Target(article_id=other.pk)}, source=SOURCE)

    assert again == 3
    assert Redirect.objects.count() == 3
    changed = Redirect.objects.get(old_path="/?p=12")
    assert (changed.pk, changed.article_id, changed.created_at) == (created.pk, other.pk, created.created_at)
    assert Redirect.objects.get(old_path="/tag/causeway/").language == "ar"
    assert f"redirect-{created.pk}" in set().union(*get_cdn().purged)  # its cached 301 goes


def test_many_redirects_are_written_in_a_few_statements(story):
    redirects = {f"{SITE}/2019/05/story-{n}/": Target(article_id=story.pk) for n in range(1200)}
    with CaptureQueriesContext(connection) as queries:
        assert save_redirects(redirects, source=SOURCE) == 1200
    assert len(queries) < 60  # three chunks of a handful of statements, not one a redirect
    assert Redirect.objects.filter(article=story).count() == 1200


def test_a_target_that_is_another_old_address_is_followed_to_its_end(story):
    saved = save_redirects(
        {
            f"{SITE}/?p=12": Target(url=f"{SITE}/2019/05/causeway-tolls/"),  # the old site's own link
            "/2019/05/causeway-tolls/": Target(article_id=story.pk),
            "/?page_id=3": Target(url="/?p=12"),
        },
        source=SOURCE,
    )
    # The old site's absolute URL is not this site's: kept as an address, not followed.
    assert saved == 3
    assert stored()["/?page_id=3"][0] is None
    assert stored()["/?page_id=3"][2] == f"{SITE}/2019/05/causeway-tolls/"


def test_paths_here_are_followed_to_the_story_or_page_at_their_end(story, settings):
    story.slug = "causeway-tolls-cut"
    story.save()  # /en/news/causeway-tolls/ is now the story's old address (the story view's 301)
    tag = TagFactory(slug="causeway")
    save_redirects(
        {
            "/2019/05/a/": Target(url="/2019/05/b/"),
            "/2019/05/b/": Target(url="/en/news/causeway-tolls/"),
            "/tag/causeway/": Target(url=f"{settings.MASTHEAD_SITE_URL}/ar/tags/causeway/"),
            "/feed-old/": Target(url="/feed/"),  # the site's own old feed address: a 301 of its own
        },
        source=SOURCE,
    )
    rows = stored()
    assert rows["/2019/05/a/"][0] == rows["/2019/05/b/"][0] == story.pk
    assert Redirect.objects.get(old_path="/tag/causeway/").destination() == "/ar/tags/causeway/"
    assert rows["/tag/causeway/"][1] == tag.pk
    assert rows["/feed-old/"][2] == "/en/feed/"


def test_stored_redirects_that_led_to_a_new_old_address_are_repointed(story):
    Redirect.objects.create(old_path="/x/", target_url="/2019/05/causeway-tolls")
    save_redirects({"/2019/05/causeway-tolls/": Target(article_id=story.pk)}, source=SOURCE)
    assert stored()["/x/"][0] == story.pk
    assert stored()["/x/"][2] == ""


def test_a_way_that_comes_back_to_its_start_is_left_out(story):
    saved = save_redirects(
        {"/a/": Target(url="/b/"), "/b/": Target(url="/a/"), "/c/": Target(url="/c")}, source=SOURCE
    )
    assert saved == 0
    assert not Redirect.objects.exists()


def test_addresses_the_site_answers_itself_are_skipped_and_counted(story):
    redirects = {
        f"{SITE}/": Target(article_id=story.pk),  # the root
        f"{SITE}/en/": Target(article_id=story.pk),  # the home page
        f"{SITE}/en/news/": Target(article_id=story.pk),  # a section
        f"{SITE}/feed/": Target(article_id=story.pk),  # the old feed address, answered already
        f"{SITE}/en/news/causeway-tolls/": Target(article_id=story.pk),  # the story itself
        f"{SITE}/en/business/": Target(article_id=story.pk),  # not a section: a 404 here
        f"{SITE}/?p=12": Target(article_id=story.pk),  # the root asks redirects first
        f"{SITE}/" + "x" * 1200: Target(article_id=story.pk),  # too long to store
    }
    assert save_redirects(redirects, source=SOURCE) == 2
    assert set(stored()) == {"/en/business/", "/?p=12"}


def test_a_redirect_an_editor_made_is_kept(story):
    Redirect.objects.create(old_path="/about/", target_url="/en/pages/about-us/")
    assert save_redirects({"/about/": Target(article_id=story.pk)}, source=SOURCE) == 0
    assert stored()["/about/"] == (None, None, "/en/pages/about-us/", "editor")


def test_a_target_must_be_exactly_one_thing(story):
    with pytest.raises(ValueError):
        save_redirects({"/a/": Target()}, source=SOURCE)
    with pytest.raises(ValueError):
        save_redirects({"/a/": Target(article_id=story.pk, url="/en/")}, source=SOURCE)
    with pytest.raises(ValueError):
        save_redirects({"/a/": Target(url="javascript:alert(1)")}, source=SOURCE)
