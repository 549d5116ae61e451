"""Caps counted in Redis: the database catches up, and Redis starts again from it."""

import pytest
from django.core.checks import run_checks
from django.utils import timezone

from masthead.ads import caps, serving
from masthead.ads.models import Campaign, CampaignDay
from masthead.ads.tests.factories import CampaignFactory, CreativeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_redis(settings) -> caps.RedisCaps:
    if not settings.REDIS_URL:
        pytest.skip("counts in Redis need REDIS_URL")
    settings.ADS_CAPS = "redis"
    return caps.RedisCaps(settings.REDIS_URL)


def serve(n: int, store: caps.RedisCaps) -> int:
    """How many of `n` impressions the one live campaign's caps let through."""
    (ad,) = serving.load_live()
    return sum(store.reserve(ad, timezone.now()) for _ in range(n))


@pytest.mark.parametrize("total_cap, daily_cap", [(20, 100), (100, 20)])
def test_a_lost_count_starts_again_from_the_database(in_redis, total_cap, daily_cap):
    creative = CreativeFactory(
        campaign=CampaignFactory(total_cap=total_cap, daily_cap=daily_cap, is_paced=False)
    )
    assert serve(8, in_redis) == 8
    assert Campaign.objects.get(pk=creative.campaign_id).served == 8  # written at once in tests
    in_redis.redis.delete(*in_redis.keys(creative.campaign_id, timezone.localdate()))
    assert serve(40, in_redis) == 12  # the tighter cap, counted on from the database's 8
    assert Campaign.objects.get(pk=creative.campaign_id).served == 20
    assert CampaignDay.objects.get(campaign_id=creative.campaign_id).served == 20


def test_the_database_is_raised_to_the_counts_and_never_lowered(in_redis, settings):
    settings.ADS_FLUSH_SECONDS = 3600  # no flush until asked (the thread sleeps first)
    creative = CreativeFactory(campaign=CampaignFactory(total_cap=100, daily_cap=50, is_paced=False))
    assert serve(5, in_redis) == 5
    assert Campaign.objects.get(pk=creative.campaign_id).served == 0  # not yet written
    total, _ = in_redis.keys(creative.campaign_id, timezone.localdate())
    in_redis.redis.set(total, 40)  # another server counted more meanwhile
    assert in_redis.flush() == 1
    assert Campaign.objects.get(pk=creative.campaign_id).served == 40
    assert CampaignDay.objects.get(campaign_id=creative.campaign_id).served == 5
    Campaign.objects.filter(pk=creative.campaign_id).update(served=70)
    assert serve(1, in_redis) == 1
    in_redis.flush()
    assert Campaign.objects.get(pk=creative.campaign_id).served == 70


def test_counts_of_a_deleted_campaign_are_dropped(in_redis, settings):
    settings.ADS_FLUSH_SECONDS = 3600
    creative = CreativeFactory(campaign=CampaignFactory(total_cap=100, daily_cap=50))
    assert serve(3, in_redis) == 3
    Campaign.objects.filter(pk=creative.campaign_id).delete()
    assert in_redis.flush() == 1
    assert not CampaignDay.objects.exists()


def test_an_unknown_place_for_the_counts_is_reported_by_check(settings):
    settings.ADS_CAPS = "memcached"
    assert "ads.E001" in {e.id for e in run_checks()}
    settings.ADS_CAPS, settings.REDIS_URL = "redis", ""
    assert "ads.E002" in {e.id for e in run_checks()}
    settings.ADS_CAPS = "database"
    assert not {e.id for e in run_checks()} & {"ads.E001", "ads.E002"}
