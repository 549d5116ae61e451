"""Section, tag and author pages in a real browser, at 1440 px and 390 px, in both languages: the
list and its rail use the whole width, and a Popular Posts block with nothing to show leaves no
blank column (the rest of the rail, or the home page's other columns, close up)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TagFactory,
)
from masthead.core.tests.browser import needs_chromium
from masthead.readership.models import HourlyViews

pytestmark = [*needs_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WIDE = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
# The page's content box, the list, the rail and what shows first in it, as the browser laid them out.
MEASURE = """() => {
  const box = (el) => { if (!el) return null; const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; };
  const main = document.querySelector("#main"), style = getComputedStyle(main);
  const rail = document.querySelector(".list-rail");
  const first = rail && [...rail.children].find((el) => el.getBoundingClientRect().height > 0);
  return {
    content: {left: main.getBoundingClientRect().left + parseFloat(style.paddingLeft),
              right: main.getBoundingClientRect().right - parseFloat(style.paddingRight)},
    list: box(document.querySelector(".list-layout__main")),
    rail: box(rail),
    first: first ? {cls: first.className, top: first.getBoundingClientRect().top} : null,
    popularHidden: !!document.querySelector(".list-rail .popular[hidden]"),
    scrollWidth: document.documentElement.scrollWidth,
  };
}"""


def newsroom(language: str) -> list[str]:
    """A section, a tag and an author with a page of stories each; their addresses."""
    section = SectionFactory(slug="news", name="News", name_ar="أخبار")
    author, tag = AuthorFactory(slug="mona"), TagFactory(slug="heat", name="Heat", name_ar="الحر")
    now = timezone.now()
    for n in range(6):
        story = ArticleFactory(
            language=language,
            section=section,
            authors=[author],
            published_at=now - timedelta(hours=n + 1),
            featured_image=ImageFactory() if n % 2 == 0 else None,
        )
        story.tags.set([tag])
    return [f"/{language}/news/", f"/{language}/tags/heat/", f"/{language}/authors/mona/"]


def measure(browser, url: str, viewport: dict) -> dict:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")  # Popular Posts and the ads have answered
    found = page.evaluate(MEASURE)
    context.close()
    return found


def read(story, views: int) -> None:
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    HourlyViews.objects.create(article=story, hour=hour, views=views)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_at_1440_px_the_rail_fills_the_side_of_the_page_the_list_leaves(browser, live_server, language):
    for path in newsroom(language):
        page = measure(browser, live_server.url + path, WIDE)
        content, listing, rail = page["content"], page["list"], page["rail"]
        third = (content["right"] - content["left"]) / 3
        assert rail["width"] >= 280 and abs(rail["top"] - listing["top"]) < 2, path
        if language == "en":  # the rail at the right edge, the list from the left edge up to it
            assert rail["right"] >= content["right"] - 1 and rail["left"] >= content["right"] - third, path
            assert listing["left"] <= content["left"] + 1 and rail["left"] - listing["right"] <= 64, path
        else:  # mirrored
            assert rail["left"] <= content["left"] + 1 and rail["right"] <= content["left"] + third, path
            assert listing["right"] >= content["right"] - 1 and listing["left"] - rail["right"] <= 64, path
        assert page["scrollWidth"] <= WIDE["width"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_at_390_px_the_rail_follows_the_list_at_its_full_width(browser, live_server, language):
    for path in newsroom(language):
        page = measure(browser, live_server.url + path, PHONE)
        listing, rail = page["list"], page["rail"]
        assert rail["top"] >= listing["bottom"], path
        assert abs(rail["width"] - listing["width"]) < 1, path
        assert page["scrollWidth"] <= PHONE["width"], path  # nothing sticks out sideways


def test_with_nothing_read_the_rail_starts_with_the_newsletter_box(browser, live_server):
    for path in newsroom("en"):
        page = measure(browser, live_server.url + path, WIDE)
        assert page["popularHidden"], path
        assert "newsletter" in page["first"]["cls"] and page["first"]["top"] - page["rail"]["top"] < 2, path


def test_with_stories_read_the_rail_starts_with_popular_posts(browser, live_server):
    paths = newsroom("en")
    read(Article.objects.order_by("-published_at")[2], 40)
    page = measure(browser, live_server.url + paths[0], WIDE)
    assert not page["popularHidden"] and "popular" in page["first"]["cls"]


HOME = """() => {
  const main = document.querySelector("#main"), style = getComputedStyle(main);
  const right = (s) => {
    const el = document.querySelector(s);
    return el ? el.getBoundingClientRect().right : null;
  };
  const rail = document.querySelector(".front-rail");
  return {contentRight: main.getBoundingClientRect().right - parseFloat(style.paddingRight),
          latestRight: right(".front-latest"), railRight: right(".front-rail"),
          railShown: !!rail && rail.getBoundingClientRect().height > 0};
}"""


def test_the_home_pages_popular_column_closes_when_nothing_was_read(browser, live_server):
    newsroom("en")
    context = browser.new_context(viewport=WIDE)
    page = context.new_page()
    page.goto(live_server.url + "/en/", wait_until="networkidle")
    found = page.evaluate(HOME)
    assert not found["railShown"]
    assert found["latestRight"] >= found["contentRight"] - 1  # Latest takes the third column's room
    context.close()


def test_the_home_pages_popular_column_shows_beside_latest_once_stories_are_read(browser, live_server):
    newsroom("en")
    read(Article.objects.order_by("-published_at")[3], 25)
    context = browser.new_context(viewport=WIDE)
    page = context.new_page()
    page.goto(live_server.url + "/en/", wait_until="networkidle")
    found = page.evaluate(HOME)
    assert found["railShown"] and found["railRight"] >= found["contentRight"] - 1
    assert found["latestRight"] < found["railRight"] - 200
    context.close()
