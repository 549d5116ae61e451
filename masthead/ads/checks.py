"""`masthead check`: ad settings that would otherwise fail only when a capped ad is served."""

from django.conf import settings
from django.core.checks import Error, register


@register()
def ads_settings(app_configs, **kwargs) -> list[Error]:
    if settings.ADS_CAPS not in ("database", "redis"):
        return [Error(f"MASTHEAD_ADS_CAPS is {settings.ADS_CAPS!r}: use database or redis.", id="ads.E001")]
    if settings.ADS_CAPS == "redis" and not settings.REDIS_URL:
        return [Error("MASTHEAD_ADS_CAPS is redis but REDIS_URL is not set.", id="ads.E002")]
    return []
