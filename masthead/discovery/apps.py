from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "masthead.discovery"
    verbose_name = _("Discovery")

    def ready(self) -> None:
        from masthead.articles.models import Article
        from masthead.articles.signals import article_unpublished
        from masthead.discovery.models import StoryVector

        def retire_vector(sender, article, **kwargs) -> None:
            # Other workers' indexes see the story go on their next refresh.
            StoryVector.objects.filter(article_id=article.pk).update(is_live=False)

        article_unpublished.connect(
            retire_vector, sender=Article, weak=False, dispatch_uid="discovery-retire"
        )
