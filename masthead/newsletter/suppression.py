"""The suppression list: addresses no mail goes to again (bounces, complaints, refusals, operators)."""

from django.db import IntegrityError, transaction

from masthead.newsletter.models import Suppression


def is_suppressed(email: str) -> bool:
    """Whether `email` (as stored: trimmed and lower-cased) is on the list."""
    return Suppression.objects.filter(email=email).exists()


def suppress(*, email: str, reason: str, detail: str = "") -> bool:
    """Put an address on the suppression list (True if it was not there); no mail goes to it again."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            _, created = Suppression.objects.get_or_create(
                email=email, defaults={"reason": reason, "detail": detail[:2000]}
            )
    except IntegrityError:  # another process added it first
        created = False
    return created
