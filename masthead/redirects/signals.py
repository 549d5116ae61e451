"""Answers cached under a redirect's key (CDNs, browsers' shared caches) go when it changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from masthead.core.pagecache import keys as surrogate
from masthead.core.pagecache.services import purge_on_commit
from masthead.redirects.models import Redirect


def connect_purges() -> None:
    @receiver([post_save, post_delete], sender=Redirect, weak=False)
    def redirect_changed(sender, instance, raw=False, **kwargs) -> None:
        if not raw:
            purge_on_commit({surrogate.key_for(instance)})
