"""Feed addresses: other platforms' old ones redirect here, and a story's slug can never hide its
section's feed. Also the identifier migration, which gives every existing story its own guid."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from masthead.articles.models import Article
from masthead.articles.models.taxonomy import validate_section_slug
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    TagFactory,
    UserFactory,
)
from masthead.articles.tests.test_admin_workflow import ADD, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom():
    section = SectionFactory(slug="business", name="Business")
    tag = TagFactory(slug="pearling", name="Pearling")
    author = AuthorFactory(slug="mariam-saleh")
    ArticleFactory(section=section, tags=[tag], authors=[author])


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/feed/", "/en/feed/"),
        ("/feed/rss2/", "/en/feed/"),
        ("/rss/", "/en/feed/"),
        ("/feed/atom/", "/en/feed/atom/"),
        ("/atom.xml", "/en/feed/atom/"),
        ("/rss.xml", "/en/feed/"),
        ("/index.xml", "/en/feed/"),
        ("/feed.xml", "/en/feed/atom/"),
        ("/blog/feed/", "/en/feed/"),
        ("/feeds/posts/default", "/en/feed/atom/"),
        ("/feeds/posts/default?alt=rss", "/en/feed/"),
        ("/feeds/posts/default/-/pearling", "/en/tags/pearling/feed/atom/"),
        ("/category/business/feed/", "/en/business/feed/"),
        ("/category/news/business/feed/atom/", "/en/business/feed/atom/"),
        ("/tag/pearling/feed/", "/en/tags/pearling/feed/"),
        ("/tag/pearling/rss/", "/en/tags/pearling/feed/"),
        ("/author/mariam-saleh/feed/", "/en/authors/mariam-saleh/feed/"),
        ("/author/mariam-saleh/feed/atom/", "/en/authors/mariam-saleh/feed/atom/"),
    ],
)
def test_old_feed_addresses_redirect_permanently(client, newsroom, old, new):
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, new)
    assert client.get(new).status_code == 200


@pytest.mark.parametrize(
    "old",
    ["/category/no-such/feed/", "/tag/no-such/feed/", "/author/nobody/feed/", "/feeds/posts/default/-/none"],
)
def test_old_addresses_of_what_does_not_exist_are_404(client, newsroom, old):
    assert client.get(old).status_code == 404


def test_a_tag_or_author_writing_only_in_arabic_is_sent_to_the_arabic_feed(client, newsroom):
    tag = TagFactory(slug="غوص", name="", name_ar="غوص")
    author = AuthorFactory(slug="huda", name="Huda", name_ar="هدى")
    ArticleFactory(language="ar", slug="قصة", tags=[tag], authors=[author])
    response = client.get("/tag/غوص/feed/")
    assert response.status_code == 301
    assert response["Location"] == "/ar/tags/%D8%BA%D9%88%D8%B5/feed/"
    assert client.get(response["Location"]).status_code == 200
    assert client.get("/author/huda/feed/")["Location"] == "/ar/authors/huda/feed/"
    # One English story, and the default language wins.
    ArticleFactory(tags=[tag], authors=[author])
    assert client.get("/author/huda/feed/")["Location"] == "/en/authors/huda/feed/"


# --- slugs that would hide a feed --------------------------------------------------------------


def test_a_story_slug_feed_is_refused(newsroom):
    story = ArticleFactory.build(slug="feed", section=SectionFactory(slug="business"))
    with pytest.raises(ValidationError) as refused:
        story.full_clean()
    assert "slug" in refused.value.message_dict
    story.slug = "feed-prices-rise"
    story.full_clean()


def test_the_back_office_form_says_why_a_slug_is_refused(newsroom):
    client = login(UserFactory(username="desk", role="Editor"))
    response = client.post(ADD, form_data(slug="feed"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "site's own pages" in errors["slug"][0]
    assert not Article.objects.filter(slug="feed").exists()


def test_a_slug_made_from_the_headline_steers_clear_of_the_feed(newsroom):
    client = login(UserFactory(username="desk", role="Editor"))
    response = client.post(ADD, form_data(headline="Feed", slug=""))
    assert response.status_code == 302
    assert Article.objects.get(headline="Feed").slug == "feed-2"


def test_a_section_slug_feed_is_refused():
    with pytest.raises(ValidationError):
        validate_section_slug("feed")


# --- the identifier migration ------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_gives_each_existing_story_its_own_guid():
    before = [("articles", "0009_section_slug_not_a_site_page")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = MigrationExecutor(connection).loader.project_state(before).apps
        section = old.get_model("articles", "Section").objects.create(
            name="News", name_ar="أخبار", slug="news"
        )
        Story = old.get_model("articles", "Article")
        for n in range(3):
            Story.objects.create(language="en", headline=f"Story {n}", slug=f"story-{n}", section=section)
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
    guids = list(Article.objects.values_list("guid", flat=True))
    assert len(guids) == 3 and len(set(guids)) == 3
    assert all(guid.startswith("urn:uuid:") for guid in guids)
