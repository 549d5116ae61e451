from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "masthead.search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from masthead.search import signals

        signals.connect()
