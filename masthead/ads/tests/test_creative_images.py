"""Image creatives get the same upload checks as every other picture."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from masthead.ads.models import AdSlot, Advertiser, Campaign, Creative
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import UserFactory
from masthead.core.tests.images import BAD_UPLOADS, MAX_BYTES, good_upload, picture, use_test_limits

pytestmark = pytest.mark.django_db
ADD = reverse("admin:ads_campaign_add")


@pytest.fixture
def sales_client(db):
    return login(UserFactory(username="sales", role="Ad sales"))


def campaign_form(image, **creative) -> dict:
    """The campaign add form as the browser posts it, with one image creative."""
    starts = timezone.localtime()
    ends = starts + timedelta(days=30)
    slot = AdSlot.objects.get_or_create(key="article-sidebar", defaults={"name": "Article sidebar"})[0]
    fields = {
        "name": "Spring MPU",
        "kind": "image",
        "image": image,
        "alt_text": "A plane over Manama at sunset",
        "click_url": "https://example.com/spring",
        "weight": 100,
        "is_active": "on",
        **creative,
    }
    return {
        "advertiser": Advertiser.objects.get_or_create(name="Gulf Air")[0].pk,
        "name": "Spring fares",
        "priority": Campaign.Priority.STANDARD,
        "weight": 100,
        "starts_at_0": starts.strftime("%Y-%m-%d"),
        "starts_at_1": starts.strftime("%H:%M:%S"),
        "ends_at_0": ends.strftime("%Y-%m-%d"),
        "ends_at_1": ends.strftime("%H:%M:%S"),
        "slots": [slot.pk],
        "is_paced": "on",
        "creatives-TOTAL_FORMS": 1,
        "creatives-INITIAL_FORMS": 0,
        "creatives-MIN_NUM_FORMS": 0,
        "creatives-MAX_NUM_FORMS": 1000,
        **{f"creatives-0-{name}": value for name, value in fields.items()},
    }


@pytest.mark.parametrize("kind", BAD_UPLOADS)
def test_bad_creative_image_is_refused_in_the_admin_with_its_message(kind, sales_client, settings):
    use_test_limits(settings)
    bad = BAD_UPLOADS[kind]
    response = sales_client.post(ADD, campaign_form(bad.upload()))
    assert response.status_code == 200
    assert bad.message in response.text
    assert not Campaign.objects.exists() and not Creative.objects.exists()


def test_good_creative_image_is_stored(sales_client, settings):
    use_test_limits(settings)
    response = sales_client.post(ADD, campaign_form(good_upload("spring.jpg")))
    assert response.status_code == 302
    assert Creative.objects.get().image.name.endswith(".jpg")


def image_creative(image) -> Creative:
    now = timezone.now()
    campaign = Campaign.objects.create(
        advertiser=Advertiser.objects.create(name="Gulf Air"),
        name="Spring fares",
        starts_at=now,
        ends_at=now + timedelta(days=30),
    )
    return Creative(
        campaign=campaign,
        name="Spring MPU",
        kind=Creative.Kind.IMAGE,
        image=image,
        alt_text="A plane over Manama at sunset",
        click_url="https://example.com/spring",
    )


@pytest.mark.parametrize("kind", BAD_UPLOADS)
def test_bad_creative_image_is_refused_by_full_clean_with_its_message(kind, settings):
    use_test_limits(settings)
    bad = BAD_UPLOADS[kind]
    with pytest.raises(ValidationError) as caught:
        image_creative(bad.upload()).full_clean()
    assert caught.value.message_dict["image"][0].startswith(bad.message)


def test_good_creative_image_passes_full_clean(settings):
    use_test_limits(settings)
    image_creative(good_upload("spring.jpg")).full_clean()


def test_a_stored_creative_is_not_checked_again_when_its_campaign_is_edited(sales_client, settings):
    # Limits may be lowered after a creative was accepted: pausing its campaign must still work.
    creative = image_creative(SimpleUploadedFile("big.jpg", picture(size=(1200, 900)), "image/jpeg"))
    creative.save()
    campaign = creative.campaign
    campaign.slots.set([AdSlot.objects.create(key="article-sidebar", name="Article sidebar")])
    settings.MASTHEAD_IMAGE_MAX_BYTES = MAX_BYTES
    settings.MASTHEAD_IMAGE_MAX_PIXELS = 100_000
    form = campaign_form("", id=creative.pk, campaign=campaign.pk, name=creative.name)
    form.update({"creatives-INITIAL_FORMS": 1, "is_paused": "on"})
    form["starts_at_0"] = timezone.localtime(campaign.starts_at).strftime("%Y-%m-%d")
    form["starts_at_1"] = timezone.localtime(campaign.starts_at).strftime("%H:%M:%S")

    response = sales_client.post(reverse("admin:ads_campaign_change", args=[campaign.pk]), form)

    assert response.status_code == 302
    campaign.refresh_from_db()
    assert campaign.is_paused
