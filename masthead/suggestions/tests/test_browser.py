"""suggestions.js in a real browser, on a page shaped like the admin's story form.

The page and the static files are served by Playwright's request routing, and the script's
POST is answered by the real view (through Django's test client), so what is checked is the
script against the JSON the view really sends: the three forms the tags field can take in
the admin (plain multi-select, filter_horizontal, autocomplete), the CSRF header, and the
hidden `new_tags` input.
"""

from pathlib import Path

import django
import pytest
from django.test import Client
from django.urls import reverse

from masthead.articles.tests.factories import TagFactory, UserFactory
from masthead.core.tests.browser import needs_chromium
from masthead.suggestions.tests.texts import BORDER_EN

pytestmark = [*needs_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
SITE = "http://admin.test"
SCRIPT = Path(__file__).resolve().parents[1] / "static" / "masthead" / "suggestions.js"
ADMIN_JS = Path(django.__file__).parent / "contrib" / "admin" / "static" / "admin" / "js"
TOKEN = "a" * 32

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<script>window.gettext = (s) => s; window.interpolate = (f, a) => f.replace("%s", a[0]);
window.ngettext = (s, p, n) => (n == 1 ? s : p);</script>{head}</head><body>
<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{token}">
<input id="id_headline" value="Zarin crossing reopens">
<textarea id="id_dek">Karvania and Ostrel agree.</textarea>
<textarea id="id_body" hidden>{body}</textarea>
<select id="id_language"><option value="en" selected>English</option>
<option value="ar">Arabic</option></select>
<div class="form-row field-tags"><div>{tags}</div></div>
</form>
<script src="/static/masthead/suggestions.js" data-suggest-url="{url}"></script>
</body></html>"""


@pytest.fixture
def tags():
    return {
        "karvania": TagFactory(name="Karvania", name_ar="كارفانيا", slug="karvania"),
        "ostrel": TagFactory(name="Ostrel", name_ar="أوستريل", slug="ostrel"),
        "weather": TagFactory(name="Weather", name_ar="الطقس", slug="weather"),
    }


def open_form(browser, tags_html: str, head: str = ""):
    """The form page; returns (page, the POSTs the view answered)."""
    client = Client()
    client.force_login(UserFactory(username="desk", role="Editor"))
    url = reverse("suggestions:suggest")
    posts = []

    def answer(route):
        request = route.request
        posts.append(request)
        response = client.generic(
            "POST", url, request.post_data_buffer, content_type=request.headers["content-type"]
        )
        route.fulfill(status=response.status_code, body=response.content, content_type="application/json")

    html = PAGE.format(head=head, token=TOKEN, body=BORDER_EN.replace("<", "&lt;"), tags=tags_html, url=url)
    page = browser.new_page()
    page.route(
        f"{SITE}/admin/articles/article/add/",
        lambda route: route.fulfill(body=html, content_type="text/html"),
    )
    page.route(f"{SITE}/static/masthead/suggestions.js", lambda route: route.fulfill(path=str(SCRIPT)))
    page.route(
        f"{SITE}/static/admin/js/*.js",
        lambda route: route.fulfill(path=str(ADMIN_JS / route.request.url.rsplit("/", 1)[1])),
    )
    page.route(f"{SITE}{url}", answer)
    page.goto(f"{SITE}/admin/articles/article/add/")
    return page, posts


def suggest(page):
    page.click("button:text-is('Suggest')")
    page.wait_for_selector(".suggestion-existing")


def test_a_plain_multi_select_gets_the_existing_tag_and_new_tags_go_in_a_hidden_input(browser, tags):
    options = "".join(f'<option value="{t.pk}">{t.name}</option>' for t in tags.values())
    page, posts = open_form(browser, f'<select id="id_tags" name="tags" multiple>{options}</select>')
    assert page.locator("h3", has_text="Suggested tags").count() == 1
    suggest(page)
    assert posts[0].headers["x-csrftoken"] == TOKEN
    sent = posts[0].post_data_buffer.decode()
    assert "Zarin crossing reopens" in sent and "Karvania and Ostrel agree." in sent and "Red Hand" in sent
    labels = page.locator("button[class*=suggestion-]").all_inner_texts()
    assert len(labels) == 10
    assert labels[:2] == ["Karvania", "Ostrel"]  # the existing tags first
    page.click("button.suggestion-existing >> text=Ostrel")
    assert page.eval_on_selector("#id_tags", "s => [...s.selectedOptions].map(o => o.value)") == [
        str(tags["ostrel"].pk)
    ]
    page.click("button.suggestion-name >> text=Zarin crossing")
    page.click("button.suggestion-name >> text=Red Hand Brigade")
    assert page.input_value("input[type=hidden][name=new_tags]") == "Zarin crossing,Red Hand Brigade"
    assert page.locator("h4", has_text="New tags to create").is_visible()
    assert page.locator("li").all_inner_texts() == ["Zarin crossing", "Red Hand Brigade"]


def test_filter_horizontal_moves_the_tag_into_the_chosen_box(browser, tags):
    options = "".join(f'<option value="{t.pk}">{t.name}</option>' for t in tags.values())
    head = "".join(
        f'<script src="/static/admin/js/{name}"></script>'
        for name in ("core.js", "SelectBox.js", "SelectFilter2.js")
    )
    select = (
        f'<select id="id_tags" name="tags" multiple class="selectfilter" data-field-name="tags" '
        f'data-is-stacked="0">{options}</select>'
    )
    page, _ = open_form(browser, select, head)
    page.wait_for_selector("#id_tags_to")
    suggest(page)
    page.click("button.suggestion-existing >> text=Karvania")
    chosen = page.eval_on_selector("#id_tags_to", "s => [...s.options].map(o => o.value)")
    available = page.eval_on_selector("#id_tags_from", "s => [...s.options].map(o => o.value)")
    assert chosen == [str(tags["karvania"].pk)]
    assert str(tags["karvania"].pk) not in available


def test_an_autocomplete_select_gets_the_option_added_and_is_told_through_jquery(browser, tags):
    jquery = "(el) => ({trigger: (e) => { window.told = [el.id, e]; }})"
    head = f"<script>window.django = {{jQuery: {jquery}}};</script>"
    page, _ = open_form(
        browser, '<select id="id_tags" name="tags" multiple class="admin-autocomplete"></select>', head
    )
    suggest(page)
    page.click("button.suggestion-existing >> text=Ostrel")
    selected = page.eval_on_selector("#id_tags", "s => [...s.selectedOptions].map(o => [o.value, o.text])")
    assert selected == [[str(tags["ostrel"].pk), "Ostrel"]]
    assert page.evaluate("window.told") == ["id_tags", "change"]


def test_an_error_from_the_view_is_shown(browser, tags):
    page, _ = open_form(browser, '<select id="id_tags" name="tags" multiple></select>')
    page.evaluate(
        "document.getElementById('id_language').innerHTML = '<option value=fr selected>fr</option>'"
    )
    page.click("button:text-is('Suggest')")
    page.wait_for_selector("text=Could not suggest tags:")
    assert "language" in page.inner_text(".help")
