"""Background work shared by every app: image renditions."""

from django.apps import apps
from django.utils import timezone
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
    changes = {into: renditions}
    if any(f.name == "updated_at" for f in Model._meta.concrete_fields):
        changes["updated_at"] = timezone.now()  # what is kept of the row (rendered cards) is kept under it
    Model._default_manager.filter(pk=pk).update(**changes)
    # Pages showing the picture can now offer the renditions.
    from masthead.core.pagecache.keys import key_for
    from masthead.core.pagecache.services import purge

    purge({key_for(row)})
    return len(renditions)


@task()
def purge_cdn_task(keys: list[str]) -> int:
    """Ask the CDN to drop the pages filed under `keys`."""
    from masthead.core.pagecache.backend import get_cdn

    get_cdn().purge_keys(keys)
    return len(keys)
