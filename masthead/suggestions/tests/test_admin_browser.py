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
