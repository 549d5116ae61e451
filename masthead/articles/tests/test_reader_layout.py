"""The reader's pages: whole headlines where there is room, a rail beside section, tag and author
lists, and the newsletter offered once a page (never on the newsletter's own pages)."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from masthead.ads.models import Campaign
from masthead.ads.tests.factories import CampaignFactory, CreativeFactory, SlotFactory
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TagFactory,
)
from masthead.newsletter import tokens
from masthead.newsletter.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

# 170 characters: longer than any card's limit.
LONG = (
    "Ministry of Health launches a national screening drive for adults over forty, with mobile "
    "clinics visiting shopping centres and mosques in every governorate until March"
)
LONG_AR = (
    "وزارة الصحة تطلق حملة وطنية لفحص البالغين فوق الأربعين من السكري وارتفاع ضغط الدم "
    "بعيادات متنقلة تزور المراكز التجارية والمساجد في كل المحافظات حتى شهر مارس المقبل"
)


def count(html: str, pattern: str) -> int:
    return len(re.findall(pattern, html))


def get(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.text


# --- headlines --------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "headline"), [("en", LONG), ("ar", LONG_AR)])
def test_a_lead_story_shows_its_whole_headline_on_the_home_page_and_its_section(language, headline):
    story = ArticleFactory(language=language, headline=headline, featured_image=ImageFactory())
    home = get(f"/{language}/")
    lead = home.split('class="front-lead"', 1)[1].split("</h2>", 1)[0]
    assert headline in lead and "…" not in lead
    section = get(f"/{language}/news/")
    lead = section.split('class="list-lead"', 1)[1].split("</h2>", 1)[0]
    assert headline in lead and "…" not in lead
    assert f'<h1 class="story__title">{headline}</h1>' in get(story.get_absolute_url())


def test_list_rows_show_whole_headlines():
    ArticleFactory(headline=LONG, published_at=timezone.now() - timedelta(hours=3))
    ArticleFactory(headline="Newest story leads the list")
    row = get("/en/news/").split('class="list list--row"', 1)[1]
    assert LONG in row and "…</a>" not in row


def test_a_narrow_card_is_cut_at_a_word_and_keeps_the_whole_headline_for_a_tooltip():
    ArticleFactory(headline="Newest story leads the front", featured_image=ImageFactory())
    ArticleFactory(headline=LONG, published_at=timezone.now() - timedelta(hours=3))
    latest = get("/en/").split('class="front-latest"', 1)[1].split("</section>", 1)[0]
    shown = re.search(r'title="([^"]+)">([^<]+)</a></h3>', latest)
    assert shown is not None and shown.group(1) == LONG
    cut = shown.group(2)
    assert cut.endswith("…") and len(cut) <= 100 and LONG.startswith(cut[:-1])
    assert LONG[len(cut) - 1] == " "  # the cut falls between two words


# --- section, tag and author pages ------------------------------------------------------------


def list_pages(language: str = "en") -> list[str]:
    author, tag = AuthorFactory(slug="mona"), TagFactory(slug="heat")
    ArticleFactory(language=language, authors=[author], tags=[tag], featured_image=ImageFactory())
    ArticleFactory(language=language, authors=[author], tags=[tag])
    return [f"/{language}/news/", f"/{language}/tags/heat/", f"/{language}/authors/mona/"]


def test_a_sponsored_story_never_leads_a_section_tag_or_author_page():
    author, tag = AuthorFactory(slug="mona"), TagFactory(slug="heat")
    plain = ArticleFactory(headline="Reservoirs fill after the first rains", authors=[author], tags=[tag])
    ArticleFactory(
        headline="Cooling towers for every district, by our partner",
        is_sponsored=True,
        sponsor_name="Sidra Renewables",
        featured_image=ImageFactory(),
        authors=[author],
        tags=[tag],
        published_at=plain.published_at + timedelta(minutes=5),
    )
    for path in ["/en/news/", "/en/tags/heat/", "/en/authors/mona/"]:
        lead = get(path).split('class="list-lead"', 1)[1].split("</h2>", 1)[0]
        assert plain.headline in lead, path
        assert "Cooling towers" in get(path).split('class="list-lead"', 1)[1], path  # listed below


@pytest.mark.parametrize("language", ["en", "ar"])
def test_section_tag_and_author_pages_have_a_rail_beside_the_list(language):
    for path in list_pages(language):
        html = get(path)
        layout = html.split('class="list-layout"', 1)[1]
        main, rail = layout.split('<aside class="rail list-rail">', 1)
        assert 'class="list-lead"' in main, path
        assert (
            "data-popular" in rail and "data-newsletter" in rail and 'data-ad-slot="article-sidebar"' in rail
        )


def test_popular_posts_in_a_section_rail_are_that_sections():
    html = get(list_pages()[0])
    news = SectionFactory(slug="news")
    assert f"section={news.pk}" in html.split('<aside class="rail list-rail">', 1)[1]


# --- the newsletter, offered once -------------------------------------------------------------


def test_every_reader_page_offers_the_newsletter_box_exactly_once():
    story = ArticleFactory(featured_image=ImageFactory(), authors=[AuthorFactory(slug="mona")])
    story.tags.set([TagFactory(slug="heat")])
    for path in ["/en/", "/en/news/", "/en/tags/heat/", "/en/authors/mona/", story.get_absolute_url()]:
        assert count(get(path), r"data-newsletter\b") == 1, path


def newsletter_pages() -> dict[str, str]:
    reader = SubscriberFactory()
    manage = tokens.manage_token(reader)
    pending = SubscriberFactory(status="pending", confirmed_at=None)
    return {
        "signup": "/en/newsletter/",
        "confirm": f"/en/newsletter/confirm/{tokens.confirm_token(pending)}/",
        "manage": f"/en/newsletter/manage/{manage}/",
        "unsubscribe": f"/en/newsletter/unsubscribe/{manage}/",
        "delete": f"/en/newsletter/manage/{manage}/delete/",
        "invalid": "/en/newsletter/confirm/not-a-token/",
    }


def test_newsletter_pages_carry_no_ad_slot_and_no_second_box():
    for name, path in newsletter_pages().items():
        html = Client().get(path).text
        assert count(html, r"data-ad-slot=") == 0, name
        # The sign-up page's own form (and the one under "link not valid") is the only box.
        assert count(html, r"data-newsletter\b") == (1 if name in ("signup", "invalid") else 0), name
        assert count(html, r"<h1[ >]") == 1, name


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_sign_up_page_has_one_heading(language):
    html = get(f"/{language}/newsletter/")
    assert count(html, r"<h1[ >]") == 1
    assert count(html, r"<h[2-6][ >]") == 0  # the form under it repeats no title


def test_the_sign_up_page_answers_a_subscription_with_one_heading():
    response = Client().post(
        "/en/newsletter/subscribe/",
        {"email": "new@example.org", "language": "en"},
        HTTP_REFERER="http://testserver/en/newsletter/",
    )
    assert response.status_code == 200 and "Check your inbox" in response.text
    assert count(response.text, r"<h1[ >]") == 1 and count(response.text, r"<h[2-6][ >]") == 0


def house_campaign(*keys: str) -> int:
    """A live house ad offered in every one of `keys`; its creative's id."""
    slots = [SlotFactory(key=key) for key in keys]
    campaign = CampaignFactory(priority=Campaign.Priority.HOUSE, slots=slots)
    return CreativeFactory(campaign=campaign, html='<p><a href="/en/newsletter/">Subscribe free</a></p>').pk


def slots_of(html: str) -> list[str]:
    return re.findall(r'data-ad-slot="([^"]+)"', html)


def decide(slots: list[str], language: str = "en") -> dict:
    response = Client().get("/ads/decide/", {"slots": ",".join(slots), "lang": language})
    assert response.status_code == 200
    return response.json()


def test_the_house_ad_fills_one_slot_of_a_page_however_many_it_may_fill():
    story = ArticleFactory(body="".join(f"<p>Paragraph {n}.</p>" for n in range(6)))
    page_slots = slots_of(get(story.get_absolute_url()))
    assert page_slots == ["header-leaderboard", "in-article", "article-sidebar", "footer"]
    house = house_campaign(*page_slots)
    answer = decide(page_slots)
    assert [slot for slot, ad in answer.items() if ad["creative"] == house] == ["header-leaderboard"]
    assert sum(ad["html"].count("Subscribe free") for ad in answer.values()) == 1


def test_a_paid_campaign_still_fills_every_slot_it_bought():
    paid = CreativeFactory(
        campaign=CampaignFactory(slots=[SlotFactory(key="article-sidebar"), SlotFactory(key="footer")])
    )
    house = house_campaign("article-sidebar", "footer")
    answer = decide(["article-sidebar", "footer"])
    assert {slot: ad["creative"] for slot, ad in answer.items()} == {
        "article-sidebar": paid.pk,
        "footer": paid.pk,
    }
    assert house not in {ad["creative"] for ad in answer.values()}


def test_a_slot_the_house_ad_cannot_take_goes_to_another_house_campaign():
    first = house_campaign("header-leaderboard", "footer")
    second = CreativeFactory(
        campaign=CampaignFactory(priority=Campaign.Priority.HOUSE, slots=[SlotFactory(key="footer")])
    ).pk
    answer = decide(["header-leaderboard", "footer"])
    assert answer["header-leaderboard"]["creative"] == first
    assert answer["footer"]["creative"] == second
