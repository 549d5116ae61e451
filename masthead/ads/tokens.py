"""Signed addresses in ad markup: the counted click, the viewability beacon, a tag's own frame."""

from django.core import signing

CLICK_SALT = "masthead.ads.click"
SEEN_SALT = "masthead.ads.seen"
FRAME_SALT = "masthead.ads.frame"


def click_token(creative_id: int, slot: str) -> str:
    """The address part of an ad's counted click (which creative, in which slot)."""
    return signing.Signer(salt=CLICK_SALT).sign_object([creative_id, slot], compress=False)


def frame_token(creative_id: int) -> str:
    """The address part of a third-party tag's own frame document."""
    return signing.Signer(salt=FRAME_SALT).sign(str(creative_id))


def read_frame_token(token: str) -> int | None:
    """The creative a frame address was signed for, or None if it was not signed here."""
    try:
        value = signing.Signer(salt=FRAME_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return int(value) if value.isdigit() else None


def seen_token(creative_id: int, nonce: str) -> str:
    """What the page's script posts back once the ad was seen; the nonce makes it count once."""
    return signing.Signer(salt=SEEN_SALT).sign_object([creative_id, nonce], compress=False)


def read_token(token: str, salt: str) -> list | None:
    """[creative id, slot or nonce] from a click or seen token, or None if it was not signed here."""
    try:
        value = signing.Signer(salt=salt).unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return value if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) else None
