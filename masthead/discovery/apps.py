from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "masthead.discovery"
    verbose_name = _("Discovery")

    def ready(self) -> None:
        from masthead.discovery import signals

        signals.connect()
