"""The ad decision and viewability endpoints, answered in front of Django (thousands a second).

GET  /ads/decide/?slots=article-sidebar,footer&lang=en&section=news&tags=ports,trade&device=phone
     → {"article-sidebar": {"html": …, "seen": …, "width": …, "height": …}, …}; a slot with
     nothing to show is left out.
POST /ads/seen/  t=<token>  → 204; counts one viewable impression, once per token.
"""

import json
import secrets
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs

from django.core.cache import cache
from django.utils import timezone
from django.utils.html import escape

from masthead.ads import serving
from masthead.ads.counting import tally

MAX_SLOTS = 12
NO_CONTENT = [("Cache-Control", "no-store"), ("Content-Length", "0")]


def markup(ad: serving.Live, slot: str) -> str:
    """The ad's HTML: a signed click link around an image, sanitised HTML, or a sandboxed tag."""
    click = f"/ads/click/{serving.click_token(ad.creative_id, slot)}/"
    size = (f' width="{ad.width}"' if ad.width else "") + (f' height="{ad.height}"' if ad.height else "")
    if ad.kind == "image":
        return (
            f'<a href="{click}" rel="sponsored noopener" target="_blank">'
            f'<img src="{escape(ad.image_url)}" alt="{escape(ad.alt_text)}"{size} '
            'loading="lazy" decoding="async"></a>'
        )
    if ad.kind == "html":
        # With a click address, the page's script sends the ad's links through the counted click.
        routed = f' data-click="{click}"' if ad.click_url else ""
        return f'<div class="ad__html"{routed}>{ad.html}</div>'
    # Third-party tags run in a sandboxed frame of their own document (a srcdoc frame would inherit
    # the page's Content-Security-Policy, which runs no third-party script): an opaque origin, so
    # their scripts cannot touch the page or its cookies.
    return (
        f'<iframe class="ad__frame" title="{escape(ad.alt_text or "Advertisement")}"{size} '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'src="/ads/frame/{serving.frame_token(ad.creative_id)}/"></iframe>'
    )


def decide(query: dict[str, list[str]]) -> dict:
    language = (query.get("lang") or ["en"])[0][:5]
    section = (query.get("section") or [""])[0][:80]
    tags = frozenset(t for t in (query.get("tags") or [""])[0].split(",")[:20] if t)
    slots = [s for s in (query.get("slots") or [""])[0].split(",") if s][:MAX_SLOTS]
    device = (query.get("device") or [""])[0]
    device = device if device in ("phone", "desktop") else ""
    now = timezone.now()
    today = timezone.localdate(now)
    answer = {}
    for slot in dict.fromkeys(slots):
        ad = serving.choose(slot, language=language, section=section, tags=tags, now=now, device=device)
        if ad is None:
            continue
        tally.add(ad.creative_id, today, "served")
        answer[slot] = {
            "creative": ad.creative_id,  # for the page's own use and for checks; no secret
            "html": markup(ad, slot),
            "seen": serving.seen_token(ad.creative_id, secrets.token_urlsafe(8)),
            "width": ad.width,
            "height": ad.height,
        }
    return answer


def record_seen(value: list | None) -> bool:
    """Count a viewable impression for a valid token, once: a replayed token counts nothing."""
    if value is None or not cache.add(f"masthead:ads:seen:{value[1]}", 1, 3600):
        return False
    tally.add(value[0], timezone.localdate(), "impressions")
    return True


class AdsApp:
    def __init__(self, app: Callable, prefix: str = "/ads/") -> None:
        self.app = app
        self.decide_path = prefix + "decide/"
        self.seen_path = prefix + "seen/"

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO")
        if path == self.decide_path:
            return self.answer_decide(environ, start_response)
        if path == self.seen_path:
            return self.answer_seen(environ, start_response)
        return self.app(environ, start_response)

    def answer_decide(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            start_response("405 Method Not Allowed", [("Allow", "GET"), *NO_CONTENT])
            return [b""]
        body = json.dumps(decide(parse_qs(environ.get("QUERY_STRING", "")))).encode()
        start_response(
            "200 OK",
            [
                ("Content-Type", "application/json"),
                ("Cache-Control", "no-store"),  # one decision per impression, never reused
                ("Content-Length", str(len(body))),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )
        return [body]

    def answer_seen(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            start_response("405 Method Not Allowed", [("Allow", "POST"), *NO_CONTENT])
            return [b""]
        try:
            length = min(int(environ.get("CONTENT_LENGTH") or 0), 512)
        except ValueError:
            length = 0
        form = parse_qs(environ["wsgi.input"].read(length).decode("latin-1")) if length else {}
        record_seen(serving.read_token((form.get("t") or [""])[0], serving.SEEN_SALT))
        start_response("204 No Content", NO_CONTENT)
        return [b""]
