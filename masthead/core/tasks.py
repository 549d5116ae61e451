"""Background work shared by every app: image renditions."""

from django.apps import apps
from django_tasks import task

from masthead.core.images import make_renditions


@task()
def make_renditions_task(model: str, pk: int, field: str, into: str) -> int:
    """Make the WebP renditions of one stored picture and record them on its row."""
    Model = apps.get_model(model)
    row = Model._default_manager.filter(pk=pk).first()
    picture = getattr(row, field, None) if row else None
    if not picture:
        return 0
    renditions = make_renditions(picture.name)
    setattr(row, into, renditions)
    # Saved, not updated: the model's own signals then drop every process's copy of the row and
    # purge the pages showing it, as after any other change (and `updated_at` moves with it).
    row.save(update_fields=[into])
    return len(renditions)


@task()
def purge_cdn_task(keys: list[str]) -> int:
    """Ask the CDN to drop the pages filed under `keys`."""
    from masthead.core.pagecache.backend import get_cdn

    get_cdn().purge_keys(keys)
    return len(keys)
