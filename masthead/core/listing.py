"""What every list page (section, tag, author) does with its first page of cards."""

from collections.abc import Sequence
from typing import Any


def unsponsored_first(cards: Sequence[Any]) -> list[Any]:
    """The same cards, the newest unsponsored one moved to the front.

    A list page shows its first card large, as the page's lead, and paid content never leads a
    front; the rest keep their order. Duck-typed on `is_sponsored`, so any app's list may use it.
    """
    lead = next((c for c in cards if not c.is_sponsored), None)
    return list(cards) if lead is None else [lead, *(c for c in cards if c is not lead)]
