from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RedirectsConfig(AppConfig):
    name = "masthead.redirects"
    verbose_name = _("Redirects")

    def ready(self) -> None:
        from masthead.redirects.signals import connect_purges

        connect_purges()
