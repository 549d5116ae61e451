"""The reads behind the reader's pages: the home page's places."""

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.articles import selectors
from masthead.articles.tests.factories import ArticleFactory, ImageFactory, SectionFactory

pytestmark = pytest.mark.django_db


USUAL_WINDOW = selectors.FRONT_WINDOW


@pytest.fixture(autouse=True, params=[USUAL_WINDOW, 4, 1], ids=["window", "small-window", "one"])
def window(request, monkeypatch):
    """Every home-page test with the usual window of newest stories, and with windows too small to
    fill the places, so the query for the places left over is checked by the same assertions."""
    monkeypatch.setattr(selectors, "FRONT_WINDOW", request.param)
    return request.param


def hours_ago(n: float):
    return timezone.now() - timedelta(hours=n)


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


def test_a_featured_story_with_a_picture_leads_while_it_is_among_the_newest():
    s = sections()
    newest = ArticleFactory(section=s["news"], featured_image=ImageFactory(), published_at=hours_ago(1))
    featured = ArticleFactory(
        section=s["news"], featured_image=ImageFactory(), published_at=hours_ago(3), is_featured=True
    )
    assert selectors.front_page(language="en", sections=list(s.values())).lead == featured

    for n in range(8):  # pushed out of the newest stories: the newest with a picture leads again
        ArticleFactory(section=s["news"], featured_image=ImageFactory(), published_at=hours_ago(0.9 - n / 10))
    lead = selectors.front_page(language="en", sections=list(s.values())).lead
    assert lead != featured and lead != newest and lead.published_at > newest.published_at


def test_a_sponsored_story_never_leads_the_home_page_or_a_section_block():
    s = sections()
    sponsored = dict(featured_image=ImageFactory(), is_sponsored=True, sponsor_name="Sidra Renewables")
    ad = ArticleFactory(section=s["business"], published_at=hours_ago(1), is_featured=True, **sponsored)
    plain = ArticleFactory(section=s["business"], published_at=hours_ago(2))
    front = selectors.front_page(language="en", sections=list(s.values()))
    assert front.lead == plain  # the only story that may lead, though it has no picture
    assert front.latest == [ad]

    # Below the top stories, the Business block opens with its newest unsponsored story with a
    # picture, not with the newer sponsored one that has a picture too.
    ArticleFactory.create_batch(5, section=s["news"], published_at=hours_ago(5))
    pictured = ArticleFactory(
        section=s["business"], featured_image=ImageFactory(), published_at=hours_ago(20)
    )
    later = ArticleFactory(section=s["business"], published_at=hours_ago(12), **sponsored)
    front = selectors.front_page(language="en", sections=list(s.values()))
    assert front.lead == plain
    assert dict(front.sections)[s["business"]] == [pictured, later]
    assert selectors.picture_first([later, plain]) == [plain, later]


def test_breaking_banner_only_for_a_recent_breaking_story():
    s = sections()
    ArticleFactory(section=s["news"], is_breaking=True, published_at=hours_ago(30))
    assert selectors.front_page(language="en", sections=list(s.values())).breaking is None
    fresh = ArticleFactory(section=s["news"], is_breaking=True, published_at=hours_ago(1))
    assert selectors.front_page(language="en", sections=list(s.values())).breaking == fresh


def test_front_page_takes_three_queries_whatever_the_number_of_sections(window, django_assert_num_queries):
    few = list(sections().values())
    many = few + [SectionFactory(slug=f"extra-{i}") for i in range(6)]
    for section in many:
        ArticleFactory.create_batch(3, section=section)
    # Four when the newest stories leave places to fill: one more query for all of them.
    queries = 3 if window == USUAL_WINDOW else 4
    with django_assert_num_queries(queries):
        selectors.front_page(language="en", sections=few)
    with django_assert_num_queries(queries):
        selectors.front_page(language="en", sections=many)


@pytest.mark.parametrize("seed", range(4))
def test_the_window_changes_no_place_of_the_home_page(seed, monkeypatch):
    import random

    rng = random.Random(seed)
    s = list(sections().values())
    for _ in range(70):
        ArticleFactory(
            section=rng.choice(s),
            published_at=hours_ago(rng.uniform(0, 48)),
            is_breaking=rng.random() < 0.05,
            is_featured=rng.random() < 0.1,
            is_sponsored=rng.random() < 0.05,
            featured_image=ImageFactory() if rng.random() < 0.3 else None,
        )

    def places(window: int) -> tuple:
        monkeypatch.setattr(selectors, "FRONT_WINDOW", window)
        front = selectors.front_page(language="en", sections=s)
        blocks = [(section.pk, [a.pk for a in stories]) for section, stories in front.sections]
        lists = (front.latest, front.opinion, front.caricatures, front.reports)
        pk = lambda a: a.pk if a else None  # noqa: E731
        return pk(front.lead), pk(front.breaking), [[a.pk for a in x] for x in lists], blocks

    everything = places(10_000)
    for window in (1, 2, 5, 13, 40):
        assert places(window) == everything, window
