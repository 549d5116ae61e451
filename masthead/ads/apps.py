from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdsConfig(AppConfig):
    name = "masthead.ads"
    verbose_name = _("Ads")

    def ready(self) -> None:
        from masthead.ads import checks, signals  # noqa: F401 - checks registers

        signals.connect()
