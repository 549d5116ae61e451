"""The reads behind the reader's pages: related stories and the home page's places."""

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.articles import selectors
from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, ImageFactory, SectionFactory, TagFactory

pytestmark = pytest.mark.django_db


def hours_ago(n: float):
    return timezone.now() - timedelta(hours=n)


def test_sharing_a_rare_tag_outranks_sharing_a_common_one():
    common, rare = TagFactory(name="Economy"), TagFactory(name="Pearling")
    story = ArticleFactory(tags=[common, rare])
    for _ in range(5):
        ArticleFactory(tags=[common], published_at=hours_ago(0.5))  # newer, but only the common tag
    rare_match = ArticleFactory(tags=[rare], published_at=hours_ago(30))
    related = selectors.related_by_tags(story)
    assert related[0] == rare_match
    assert len(related) == 6


def test_more_shared_weight_wins_then_the_newer_story():
    a, b = TagFactory(), TagFactory()
    story = ArticleFactory(tags=[a, b])
    both = ArticleFactory(tags=[a, b], published_at=hours_ago(50))
    older_a = ArticleFactory(tags=[a], published_at=hours_ago(20))
    newer_a = ArticleFactory(tags=[a], published_at=hours_ago(10))
    assert selectors.related_by_tags(story) == [both, newer_a, older_a]


def test_never_itself_never_unpublished_never_another_language():
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    ArticleFactory(tags=[tag], status=Article.Status.DRAFT, published_at=None)
    ArticleFactory(tags=[tag], published_at=timezone.now() + timedelta(hours=2))  # scheduled, not yet
    ArticleFactory(tags=[tag], language="ar")
    visible = ArticleFactory(tags=[tag])
    assert selectors.related_by_tags(story) == [visible]


def test_untagged_story_has_no_related_stories(django_assert_num_queries):
    story = Article.objects.prefetch_related("tags").get(pk=ArticleFactory().pk)
    ArticleFactory()
    with django_assert_num_queries(0):
        assert selectors.related_by_tags(story) == []


def test_limit_is_respected():
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    ArticleFactory.create_batch(9, tags=[tag])
    assert len(selectors.related_by_tags(story, limit=4)) == 4


def sections():
    return {
        "news": SectionFactory(slug="news", name="News"),
        "business": SectionFactory(slug="business", name="Business"),
        "opinion": SectionFactory(slug="opinion", kind="opinion"),
        "caricature": SectionFactory(slug="caricature", kind="caricature"),
        "report": SectionFactory(slug="reports", kind="report"),
    }


def test_front_page_places_and_no_story_twice_in_the_top_and_a_block():
    s = sections()
    image = ImageFactory()
    news = [ArticleFactory(section=s["news"], published_at=hours_ago(i)) for i in range(1, 12)]
    lead = ArticleFactory(section=s["business"], featured_image=image, published_at=hours_ago(3.5))
    columns = [ArticleFactory(section=s["opinion"], published_at=hours_ago(i)) for i in range(1, 6)]
    cartoon = ArticleFactory(section=s["caricature"], featured_image=ImageFactory())
    report = ArticleFactory(section=s["report"], published_at=hours_ago(40))
    ArticleFactory(section=s["news"], language="ar")

    front = selectors.front_page(language="en", sections=list(s.values()))

    assert front.lead == lead  # the newest with a picture
    assert front.latest == news[:6]
    blocks = dict(front.sections)
    assert blocks[s["news"]] == news[6:10]  # continues below the top stories, no repeats
    assert blocks[s["business"]] == []
    assert front.opinion == columns[:4]
    assert front.caricatures == [cartoon]
    assert front.reports == [report]
    assert front.breaking is None


def test_breaking_banner_only_for_a_recent_breaking_story():
    s = sections()
    ArticleFactory(section=s["news"], is_breaking=True, published_at=hours_ago(30))
    assert selectors.front_page(language="en", sections=list(s.values())).breaking is None
    fresh = ArticleFactory(section=s["news"], is_breaking=True, published_at=hours_ago(1))
    assert selectors.front_page(language="en", sections=list(s.values())).breaking == fresh


def test_front_page_takes_two_queries_whatever_the_number_of_sections(django_assert_num_queries):
    few = list(sections().values())
    many = few + [SectionFactory(slug=f"extra-{i}") for i in range(6)]
    for section in many:
        ArticleFactory.create_batch(3, section=section)
    with django_assert_num_queries(2):
        selectors.front_page(language="en", sections=few)
    with django_assert_num_queries(2):
        selectors.front_page(language="en", sections=many)


# --- the stored list ---------------------------------------------------------------------------


def test_publishing_stores_the_list_and_refreshes_the_neighbours(django_capture_on_commit_callbacks):
    from masthead.articles import services
    from masthead.articles.tests.factories import UserFactory

    editor = UserFactory(username="desk", role="Editor")
    tag = TagFactory()
    older = ArticleFactory(tags=[tag], headline="Older")
    services.refresh_related(article_id=older.pk)
    assert selectors.related_articles(older) == []
    draft = ArticleFactory(tags=[tag], status=Article.Status.DRAFT, published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(article=draft, by=editor)
    assert selectors.related_articles(draft) == [older]
    assert selectors.related_articles(older) == [draft]  # a neighbour learns of the new story


def test_unpublished_story_leaves_every_list_at_once():
    from masthead.articles import services

    tag = TagFactory()
    story, gone, kept = (ArticleFactory(tags=[tag]) for _ in range(3))
    services.refresh_related(article_id=story.pk)
    Article.objects.filter(pk=gone.pk).update(status=Article.Status.UNPUBLISHED)
    assert selectors.related_articles(story) == [kept]


def test_stored_list_is_read_in_two_queries(django_assert_num_queries):
    from masthead.articles import services

    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    for _ in range(8):
        ArticleFactory(tags=[tag])
    services.refresh_related(article_id=story.pk)
    with django_assert_num_queries(2):
        assert len(selectors.related_articles(story)) == 6


def test_a_changed_list_purges_the_page_and_an_unchanged_one_does_not(django_capture_on_commit_callbacks):
    from masthead.articles import services
    from masthead.core.pagecache.backend import get_cdn

    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    ArticleFactory(tags=[tag])
    with django_capture_on_commit_callbacks(execute=True):
        services.refresh_related(article_id=story.pk)
    assert f"article-{story.pk}" in get_cdn().purged[-1]
    before = len(get_cdn().purged)
    with django_capture_on_commit_callbacks(execute=True):
        services.refresh_related(article_id=story.pk)
    assert len(get_cdn().purged) == before
