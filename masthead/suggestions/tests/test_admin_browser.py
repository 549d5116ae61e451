"""Tag suggestions in the real story form: suggest, pick an existing tag and a new one, save."""

import pytest

from masthead.articles.models import Article, Tag
from masthead.articles.tests.factories import ArticleFactory, TagFactory, UserFactory
from masthead.articles.tests.test_browser import sign_in
from masthead.core.tests.browser import needs_chromium

pytestmark = needs_chromium


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_editor_adds_a_suggested_tag_and_a_new_one_from_the_story_form(browser, live_server):
    UserFactory(username="desk", role="Editor")
    crossing = TagFactory(name="Zarin crossing", name_ar="معبر زارين", slug="zarin-crossing")
    story = ArticleFactory(
        slug="zarin",
        headline="Zarin crossing reopens as the Red Hand Brigade pulls back",
        dek="Traders from Karvania queue at the Zarin crossing.",
        body="<p>The Zarin crossing between Karvania and Ostrel reopened on Monday, officials said. "
        "The Red Hand Brigade withdrew from the hills above the Zarin crossing overnight.</p>",
    )
    page = sign_in(browser, live_server, "desk")
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    page.get_by_role("button", name="Suggest").click()
    page.locator(".suggestion-existing", has_text="Zarin crossing").click()
    page.locator(".suggestion-name", has_text="Red Hand Brigade").click()
    page.click("input[name=_continue]")
    page.wait_for_load_state()
    story = Article.objects.get(pk=story.pk)
    names = set(story.tags.values_list("name", flat=True))
    assert names == {"Zarin crossing", "Red Hand Brigade"}
    assert Tag.objects.get(name="Red Hand Brigade").slug == "red-hand-brigade"
    assert crossing in story.tags.all()


CHIP_LOOK = """b => {
  const s = getComputedStyle(b), mark = getComputedStyle(b, "::before").content;
  return {fill: s.backgroundColor, border: s.borderTopStyle, text: b.innerText, before: mark};
}"""


@pytest.mark.parametrize(("language", "new_tag"), [("en", "New tag"), ("ar", "وسم جديد")])
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_and_new_tags_look_different_and_say_so_in_words(browser, live_server, language, new_tag):
    UserFactory(username="desk", role="Editor")
    TagFactory(name="Zarin crossing", name_ar="معبر زارين", slug="zarin-crossing")
    story = ArticleFactory(
        slug="zarin",
        headline="Zarin crossing reopens as the Red Hand Brigade pulls back",
        body="<p>The Red Hand Brigade withdrew from the hills above the Zarin crossing overnight.</p>",
    )
    page = browser.new_context(locale=language).new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "desk")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    page.click("button.suggest-button")
    existing = page.locator(".suggestion-is-existing", has_text="Zarin crossing").evaluate(CHIP_LOOK)
    new = page.locator(".suggestion-is-new", has_text="Red Hand Brigade").evaluate(CHIP_LOOK)
    # Filled with a "+" and nothing more to read, against an outline that says it would be new.
    assert existing["fill"] not in ("rgba(0, 0, 0, 0)", "transparent") and existing["border"] == "solid"
    assert existing["text"] == "Zarin crossing" and "+" in existing["before"]
    assert new["fill"] == "rgba(0, 0, 0, 0)" and new["border"] == "dashed"
    assert new["text"].split() == ["Red", "Hand", "Brigade", *new_tag.split()]
    assert page.locator(".suggestion-is-new", has_text="Red Hand Brigade").get_attribute("title") == new_tag
    page.context.close()
