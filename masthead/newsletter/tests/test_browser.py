"""A reader subscribes from a cached Arabic story page, confirms from the mail and picks a weekly digest."""

import re

import pytest

from masthead.articles.tests.factories import ArticleFactory, SectionFactory
from masthead.core.tests.browser import needs_chromium
from masthead.newsletter.models import Subscriber

pytestmark = [*needs_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_reader_subscribes_confirms_and_chooses(browser, live_server, smtp, settings):
    settings.MASTHEAD_SITE_URL = live_server.url  # links in the mail lead back to this server
    news = SectionFactory(slug="news", name="News", name_ar="أخبار")
    story = ArticleFactory(language="ar", headline="افتتاح الميناء من جديد", slug="mina", section=news)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(live_server.url + story.get_absolute_url())
    page.reload()  # now from the page cache: no per-reader token in it
    box = page.locator(".rail [data-newsletter]")
    assert "اشترك" in box.inner_text() or "Subscribe" in box.inner_text()

    box.locator("input[type=email]").fill("not-an-address")
    box.locator("button[type=submit]").click()
    status = box.locator(".newsletter__status")
    status.wait_for(state="visible")
    assert "@" in status.inner_text() or status.get_attribute("class").endswith("is-error")
    assert not Subscriber.objects.exists()

    box.locator("input[type=email]").fill("reader@example.org")
    box.locator("button[type=submit]").click()
    # A locator, not wait_for_function: the page's Content-Security-Policy forbids eval().
    page.locator(".rail .newsletter__status:not(.is-error)").wait_for(state="attached")
    assert page.url.endswith(story.get_absolute_url())  # no page change with the script on
    subscriber = Subscriber.objects.get()
    assert subscriber.status == "pending" and subscriber.language == "ar"

    confirmation = smtp.to("reader@example.org")
    assert len(confirmation) == 1
    text = confirmation[0].get_body(("plain",)).get_content()
    link = re.search(r"(http://\S+/ar/newsletter/confirm/\S+/)", text).group(1)
    page.goto(link)
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"
    assert len(smtp.to("reader@example.org")) == 2  # and the welcome

    page.click("a.button-link")  # "choose what you get"
    page.uncheck("input[name=wants_daily]")
    page.check("input[name=wants_weekly]")
    page.click("form.prefs button[type=submit]")
    page.wait_for_load_state()
    subscriber.refresh_from_db()
    assert (subscriber.wants_daily, subscriber.wants_weekly) == (False, True)
    assert page.locator(".form-saved").is_visible()


def test_box_works_without_javascript(browser, live_server, smtp):
    SectionFactory(slug="news", name="News", name_ar="أخبار")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/en/")
    page.fill(".newsletter-band input[type=email]", "plain@example.org")
    page.click(".newsletter-band button[type=submit]")
    page.wait_for_load_state()
    assert "Check your inbox" in page.content()
    assert Subscriber.objects.get().email == "plain@example.org"
    context.close()
