"""In a real browser, the Content-Security-Policy blocks nothing the site itself needs."""

import pytest

from masthead.articles.tests.factories import ArticleFactory, UserFactory
from masthead.articles.tests.test_browser import sign_in
from masthead.core.tests.browser import needs_chromium

pytestmark = needs_chromium


def watch_violations(page) -> list[str]:
    """Collects every report of a blocked script, style, frame or image on the page."""
    refused: list[str] = []
    page.on(
        "console", lambda message: "Content Security Policy" in message.text and refused.append(message.text)
    )
    return refused


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_story_editor_and_the_readers_page_work_under_the_policy(browser, live_server):
    UserFactory(username="desk", role="Editor")
    story = ArticleFactory(headline="Causeway tolls cut for commuters", body="<p>Tolls fall on Monday.</p>")
    page = sign_in(browser, live_server, "desk")
    refused = watch_violations(page)
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    # The editor is built by a module script through the nonced import map: it only appears if both ran.
    editor = page.locator(".field-body .ProseMirror:visible")
    editor.wait_for()
    assert "Tolls fall on Monday." in editor.inner_text()
    page.goto(f"{live_server.url}/admin/newsletter/issue/add/")
    page.locator(".field-body .ProseMirror:visible").wait_for()
    reader = browser.new_page()
    refused += watch_violations(reader)
    reader.goto(f"{live_server.url}{story.get_absolute_url()}")
    assert reader.locator("h1").first.inner_text() == "Causeway tolls cut for commuters"
    assert refused == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_inline_script_slipped_into_a_page_does_not_run(browser, live_server):
    page = browser.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    # As markup that escaped escaping would: the policy, not the template, is what stops it here.
    blocked = page.evaluate(
        """() => new Promise(resolve => {
            document.addEventListener('securitypolicyviolation', e => resolve(e.effectiveDirective));
            document.addEventListener('ran', () => resolve('the handler ran'));
            const s = document.createElement('div');
            s.innerHTML = '<img src=x onerror="document.dispatchEvent(new Event(\\'ran\\'))">';
            document.body.append(s);
        })"""
    )
    assert blocked.startswith("script-src")
