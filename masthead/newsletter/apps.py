from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "masthead.newsletter"
    verbose_name = _("Newsletter")

    def ready(self) -> None:
        from masthead.core import clock
        from masthead.newsletter import checks, queueing, schedule, signals, subscriptions  # noqa: F401 - checks registers

        signals.connect()
        clock.every(30, "newsletter: digests", schedule.queue_due_digests)
        clock.every(30, "newsletter: resume stopped sends", queueing.resume_stalled)
        clock.every(3600, "newsletter: remove unconfirmed sign-ups", subscriptions.purge_unconfirmed)
