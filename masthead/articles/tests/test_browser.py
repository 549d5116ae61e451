"""The editors' main flow in a real browser: write in the rich-text editor, submit, publish."""

import pytest

from masthead.articles.models import Article
from masthead.articles.tests.factories import SectionFactory, UserFactory
from masthead.core.tests.browser import needs_chromium

pytestmark = needs_chromium


def sign_in(browser, live_server, username: str):
    page = browser.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_contributor_writes_editor_publishes_reader_reads(browser, live_server):
    SectionFactory(slug="business", name="Business")
    UserFactory(username="writer", role="Contributor")
    UserFactory(username="desk", role="Editor")

    page = sign_in(browser, live_server, "writer")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_headline", "Dates harvest breaks records in Al-Ahsa")
    page.fill("#id_dek", "Growers report the best season in a decade.")
    page.select_option("#id_section", label="Business")
    editor = page.locator(".field-body .ProseMirror:visible")
    editor.click()
    page.keyboard.type("Farmers in the oasis brought in a record crop this week.")
    page.keyboard.press("Control+b")
    page.keyboard.type(" Prices fell.")
    page.click("input[name=_save]")
    page.wait_for_url(f"{live_server.url}/admin/articles/article/")
    story = Article.objects.get()
    assert story.status == Article.Status.DRAFT
    assert "record crop" in story.body and "<strong>" in story.body

    page.check(f"input[name=_selected_action][value='{story.pk}']")
    page.select_option("select[name=action]", "submit_selected")
    page.click("button[name=index]")
    page.wait_for_load_state()
    story.refresh_from_db()
    assert story.status == Article.Status.IN_REVIEW

    desk = sign_in(browser, live_server, "desk")
    desk.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    desk.select_option("#id_status", "published")
    desk.click("input[name=_save]")
    desk.wait_for_url(f"{live_server.url}/admin/articles/article/")
    story.refresh_from_db()
    assert story.status == Article.Status.PUBLISHED and story.is_published

    reader = browser.new_page()
    reader.goto(live_server.url + story.get_absolute_url())
    assert reader.locator("h1").inner_text() == "Dates harvest breaks records in Al-Ahsa"
    assert "record crop" in reader.locator(".body").inner_text()
