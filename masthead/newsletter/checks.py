"""`masthead check`: newsletter settings that would otherwise fail only when a digest is due."""

import re

from django.conf import settings
from django.core.checks import Error, register
from django.utils.module_loading import import_string

from masthead.newsletter.schedule import WEEKDAYS


@register()
def newsletter_settings(app_configs, **kwargs) -> list[Error]:
    errors = []
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", settings.NEWSLETTER_DIGEST_TIME):
        errors.append(
            Error(
                f"NEWSLETTER_DIGEST_TIME is {settings.NEWSLETTER_DIGEST_TIME!r}: use HH:MM, e.g. 07:00.",
                id="newsletter.E001",
            )
        )
    if settings.NEWSLETTER_WEEKLY_DAY not in WEEKDAYS:
        errors.append(
            Error(
                f"NEWSLETTER_WEEKLY_DAY is {settings.NEWSLETTER_WEEKLY_DAY!r}: "
                f"use one of {', '.join(WEEKDAYS)}.",
                id="newsletter.E002",
            )
        )
    if settings.NEWSLETTER_EMAIL_BACKEND:
        try:
            import_string(settings.NEWSLETTER_EMAIL_BACKEND)
        except ImportError as error:
            errors.append(
                Error(
                    f"NEWSLETTER_EMAIL_BACKEND {settings.NEWSLETTER_EMAIL_BACKEND!r} "
                    f"cannot be imported: {error}",
                    id="newsletter.E003",
                )
            )
    return errors
