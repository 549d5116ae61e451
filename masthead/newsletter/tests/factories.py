"""Newsletter test data: subscribers, confirmed by default."""

import factory
from django.utils import timezone

from masthead.newsletter.models import Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "en"
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=10))
