"""Ads test data: a slot, a live standard campaign and an HTML creative by default."""

from datetime import timedelta

import factory
from django.utils import timezone

from masthead.ads.models import AdSlot, Advertiser, Campaign, Creative


class SlotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdSlot
        django_get_or_create = ["key"]

    key = "article-sidebar"
    name = "Article sidebar"
    phone_sizes = "300x250"
    desktop_sizes = "300x250,300x600"


class AdvertiserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Advertiser

    name = factory.Sequence(lambda n: f"Advertiser {n}")


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    advertiser = factory.SubFactory(AdvertiserFactory)
    name = factory.Sequence(lambda n: f"Campaign {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    ends_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))

    @factory.post_generation
    def slots(self, create, extracted, **kwargs):
        if create:
            self.slots.set(extracted if extracted is not None else [SlotFactory()])


class CreativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Creative

    campaign = factory.SubFactory(CampaignFactory)
    name = factory.Sequence(lambda n: f"Creative {n}")
    kind = Creative.Kind.HTML
    html = factory.LazyAttribute(lambda c: f'<p><a href="https://example.com/{c.name}">{c.name}</a></p>')
