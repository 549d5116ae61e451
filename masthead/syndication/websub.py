"""Telling a WebSub hub that feeds changed, so it fetches them and pushes them to subscribers
(feed readers that subscribed through the hub get a story seconds after it is published)."""

import enum
import logging
import urllib.error
import urllib.request
from urllib.parse import urlencode

log = logging.getLogger(__name__)

# A hub that does not answer within this long is tried again later.
TIMEOUT_SECONDS = 10


class Outcome(enum.Enum):
    ACCEPTED = "accepted"
    RETRY = "retry"  # the hub is down, overloaded or slow: worth trying again
    REFUSED = "refused"  # the hub refused this request (4xx): trying again would not help


def ping(hub: str, topic: str) -> Outcome:
    """POST `hub.mode=publish&hub.url=<topic>` to the hub (PubSubHubbub's publish notification,
    which the usual hubs accept)."""
    body = urlencode({"hub.mode": "publish", "hub.url": topic}).encode()
    request = urllib.request.Request(
        hub,
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "User-Agent": "Masthead WebSub"},
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            response.read()
    except urllib.error.HTTPError as error:
        retry = error.code >= 500 or error.code in (408, 429)
        log.warning("WebSub hub %s answered %s for %s", hub, error.code, topic)
        return Outcome.RETRY if retry else Outcome.REFUSED
    except (OSError, ValueError) as error:  # URLError, refused connections, timeouts
        log.warning("WebSub hub %s could not be reached for %s: %s", hub, topic, error)
        return Outcome.RETRY
    return Outcome.ACCEPTED
