from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "masthead.articles"
    verbose_name = _("Articles")

    def ready(self) -> None:
        from masthead.articles import signals

        signals.connect_model_purges()
