"""Any change to a slot, campaign or creative makes every process reload its live ads."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from masthead.ads.models import AdSlot, Campaign, Creative
from masthead.ads.serving import kept_live


def changed(sender, **kwargs) -> None:
    transaction.on_commit(kept_live.changed)


def connect() -> None:
    for model in (AdSlot, Campaign, Creative):
        post_save.connect(changed, sender=model, dispatch_uid=f"ads-{model.__name__}-save")
        post_delete.connect(changed, sender=model, dispatch_uid=f"ads-{model.__name__}-delete")
    m2m_changed.connect(changed, sender=Campaign.slots.through, dispatch_uid="ads-campaign-slots")
