"""Ads in a real browser: chosen per impression, counted once seen, absent without a script."""

import time

import pytest

from masthead.ads import serving
from masthead.ads.models import Creative, CreativeDay
from masthead.ads.tests.factories import CampaignFactory, CreativeFactory, SlotFactory
from masthead.articles.tests.factories import ArticleFactory
from masthead.core.tests.browser import needs_chromium

pytestmark = [*needs_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_ad_fills_its_slot_and_counts_one_viewable_impression(browser, live_server):
    creative = CreativeFactory(
        campaign=CampaignFactory(slots=[SlotFactory(key="footer", name="Footer")]),
        html='<p><a href="https://air.example/">Fly to London with Gulf Air</a></p>',
        click_url="https://air.example/",
    )
    story = ArticleFactory(body="".join(f"<p>Paragraph {i} of a long story.</p>" for i in range(40)))
    page = browser.new_page(viewport={"width": 390, "height": 700})
    page.goto(live_server.url + story.get_absolute_url())
    footer = page.locator('[data-ad-slot="footer"]')
    footer.wait_for(state="visible")
    assert (
        "Fly to London with Gulf Air" in footer.inner_text()
        and "advertisement" in footer.inner_text().lower()
    )
    assert page.locator('[data-ad-slot="article-sidebar"]').is_hidden()  # nothing booked: no space
    time.sleep(1.5)  # below the fold: not seen yet
    assert CreativeDay.objects.get(creative=creative).impressions == 0
    footer.scroll_into_view_if_needed()
    deadline = time.monotonic() + 10
    while CreativeDay.objects.get(creative=creative).impressions == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    row = CreativeDay.objects.get(creative=creative)
    assert (row.served, row.impressions) == (1, 1)

    # A click goes through the counted, signed link to the creative's own address.
    Creative.objects.filter(pk=creative.pk).update(click_url=live_server.url + "/en/most-read/")
    serving.kept_live.forget()
    page.reload()
    footer.wait_for(state="visible")
    footer.locator("a").click()
    page.wait_for_url(live_server.url + "/en/most-read/")
    assert CreativeDay.objects.get(creative=creative).clicks == 1


def test_without_a_script_no_ad_box_shows(browser, live_server):
    CreativeFactory(campaign=CampaignFactory(slots=[SlotFactory(key="footer", name="Footer")]))
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/en/")
    assert page.locator('[data-ad-slot="footer"]').is_hidden()
    assert not CreativeDay.objects.exists()
    context.close()
