"""Choosing ads: weights, priorities, flights, pauses, targeting and caps that hold exactly."""

import random
import threading
from collections import Counter
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.utils import timezone

from masthead.ads import serving
from masthead.ads.models import Campaign, CampaignDay
from masthead.ads.tests.factories import CampaignFactory, CreativeFactory, SlotFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["database", "redis"])
def caps_in(request, settings) -> str:
    """Each cap test twice: counts in the database, and in Redis (when REDIS_URL names one)."""
    if request.param == "redis" and not settings.REDIS_URL:
        pytest.skip("counts in Redis need REDIS_URL")
    settings.ADS_CAPS = request.param
    return request.param


def choose_many(n: int, seed: int = 1, **context) -> Counter:
    live = serving.load_live()
    rng = random.Random(seed)
    context = {"language": "en", **context}
    return Counter(
        getattr(serving.choose("article-sidebar", rng=rng, live=live, **context), "creative_id", None)
        for _ in range(n)
    )


def test_each_creative_gets_its_weight_share_within_three_points():
    a = CreativeFactory(weight=100)
    b = CreativeFactory(campaign=a.campaign, weight=300)
    c = CreativeFactory(campaign=CampaignFactory(weight=200), weight=100)
    counts = choose_many(10_000)
    # Shares by campaign weight x creative weight: 100, 300 and 200 of 600.
    for creative, share in ((a, 1 / 6), (b, 3 / 6), (c, 2 / 6)):
        assert abs(counts[creative.pk] / 10_000 - share) <= 0.03, (counts, share)
    assert None not in counts


def test_expired_future_and_paused_campaigns_are_never_served():
    now = timezone.now()
    live = CreativeFactory()
    CreativeFactory(
        campaign=CampaignFactory(starts_at=now - timedelta(days=9), ends_at=now - timedelta(days=1))
    )
    CreativeFactory(
        campaign=CampaignFactory(starts_at=now + timedelta(hours=1), ends_at=now + timedelta(days=9))
    )
    CreativeFactory(campaign=CampaignFactory(is_paused=True))
    CreativeFactory(campaign=live.campaign, is_active=False)
    assert set(choose_many(2_000)) == {live.pk}


def test_higher_priority_fills_the_slot_first_and_house_ads_fill_the_rest():
    house = CreativeFactory(campaign=CampaignFactory(priority=Campaign.Priority.HOUSE))
    standard = CreativeFactory(campaign=CampaignFactory(priority=Campaign.Priority.STANDARD))
    assert set(choose_many(500)) == {standard.pk}
    Campaign.objects.filter(pk=standard.campaign_id).update(is_paused=True)
    assert set(choose_many(500)) == {house.pk}


def test_targeting_by_language_section_and_tag():
    english_news = CreativeFactory(campaign=CampaignFactory(languages="en", sections="news"))
    ports = CreativeFactory(campaign=CampaignFactory(tags="ports,shipping"))
    arabic = CreativeFactory(campaign=CampaignFactory(languages="ar"))
    assert set(choose_many(300, section="news", tags=frozenset({"ports"}))) == {english_news.pk, ports.pk}
    assert set(choose_many(300, section="sport")) == {None}  # no tag, not news, not Arabic
    assert set(choose_many(300, language="ar", section="sport")) == {arabic.pk}


def test_an_inactive_slot_shows_nothing():
    creative = CreativeFactory()
    assert set(choose_many(50)) == {creative.pk}
    SlotFactory().__class__.objects.update(is_active=False)
    assert set(choose_many(50)) == {None}


def test_total_and_daily_caps_hold_and_the_slot_falls_back(caps_in):
    capped = CreativeFactory(campaign=CampaignFactory(total_cap=30, is_paced=False, weight=1000))
    daily = CreativeFactory(campaign=CampaignFactory(daily_cap=20, weight=1000))
    house = CreativeFactory(campaign=CampaignFactory(priority=Campaign.Priority.HOUSE))
    counts = choose_many(500)
    assert counts[capped.pk] == 30 and counts[daily.pk] == 20 and counts[house.pk] == 450
    assert Campaign.objects.get(pk=capped.campaign_id).served == 30
    assert CampaignDay.objects.get(campaign_id=daily.campaign_id).served == 20


def test_even_pacing_spreads_the_total_over_the_flight(caps_in):
    now = timezone.now()
    campaign = CampaignFactory(
        starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=3), total_cap=400
    )
    creative = CreativeFactory(campaign=campaign)
    # A quarter of the flight has passed (and a moment): a quarter of the total so far, rounded up.
    assert choose_many(1_000)[creative.pk] in (100, 101)
    later = now + timedelta(days=1)
    live = serving.load_live(now)
    served = sum(
        serving.choose("article-sidebar", language="en", now=later, live=live) is not None for _ in range(500)
    )
    assert Campaign.objects.get(pk=campaign.pk).served == 200 and served in (99, 100)  # half the flight


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL (DATABASE_URL)"
)
def test_caps_hold_exactly_with_concurrent_servers(caps_in):
    """Eight threads, each with its own database connection, serve one capped campaign at once."""
    creative = CreativeFactory(campaign=CampaignFactory(total_cap=150, daily_cap=120, is_paced=False))
    live = serving.load_live()
    served, errors = Counter(), []
    start = threading.Barrier(8)

    def server(seed: int) -> None:
        rng = random.Random(seed)
        start.wait()
        try:
            for _ in range(60):
                if serving.choose("article-sidebar", language="en", rng=rng, live=live) is not None:
                    served[seed] += 1
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=server, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sum(served.values()) == 120  # 480 tries; the daily cap is the tighter
    assert Campaign.objects.get(pk=creative.campaign_id).served == 120
    assert CampaignDay.objects.get(campaign_id=creative.campaign_id).served == 120


def test_kept_list_is_reloaded_when_a_campaign_changes(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    creative = CreativeFactory()
    serving.kept_live.forget()
    assert [ad.creative_id for ad in serving.kept_live.get()] == [creative.pk]
    from masthead.core import versions

    Campaign.objects.filter(pk=creative.campaign_id).update(is_paused=True)
    assert [ad.creative_id for ad in serving.kept_live.get()] == [creative.pk]  # not yet told
    versions.bump(serving.STAMP)
    assert serving.kept_live.get() == []


def test_kept_list_is_reloaded_at_least_every_thirty_seconds_unasked(settings, tmp_path):
    """A change no signal reports (a bulk update in the shell) reaches the servers within 30 s."""
    settings.DATA_DIR = tmp_path
    creative = CreativeFactory()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        assert [ad.creative_id for ad in serving.kept_live.get()] == [creative.pk]
    Campaign.objects.filter(pk=creative.campaign_id).update(is_paused=True)
    with time_machine.travel(start + timedelta(seconds=29), tick=False):
        assert [ad.creative_id for ad in serving.kept_live.get()] == [creative.pk]
    with time_machine.travel(start + timedelta(seconds=31), tick=False):
        assert serving.kept_live.get() == []


def test_a_creative_shows_only_where_the_slot_takes_its_size_on_that_device():
    slot = SlotFactory(
        key="header-leaderboard", name="Leaderboard", phone_sizes="320x50", desktop_sizes="728x90"
    )
    campaign = CampaignFactory(slots=[slot])
    banner = CreativeFactory(campaign=campaign, width=728, height=90)
    strip = CreativeFactory(campaign=campaign, width=320, height=50)
    any_size = CreativeFactory(campaign=campaign)
    live = serving.load_live()

    def shown(device: str) -> set:
        rng = random.Random(3)
        return {
            serving.choose("header-leaderboard", language="en", device=device, live=live, rng=rng).creative_id
            for _ in range(300)
        }

    assert shown("phone") == {strip.pk, any_size.pk}
    assert shown("desktop") == {banner.pk, any_size.pk}
    assert shown("") == {banner.pk, strip.pk, any_size.pk}  # not told: any size
