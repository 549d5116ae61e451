"""The ad decision and viewability endpoints, answered in front of Django (thousands a second).

GET  /ads/decide/?slots=article-sidebar,footer&lang=en&section=news&tags=ports,trade&device=phone
     → {"article-sidebar": {"html": …, "seen": …, "width": …, "height": …}, …}; a slot with
     nothing to show is left out.
POST /ads/seen/  t=<token>  → 204; counts one viewable impression, once per token.

The decisions are masthead.ads.serving's; this only speaks WSGI.
"""

import json
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs

from masthead.ads import serving
from masthead.core.wsgi import empty


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
            return empty(start_response, "405 Method Not Allowed", ("Allow", "GET"))
        body = json.dumps(serving.decide(parse_qs(environ.get("QUERY_STRING", "")))).encode()
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
            return empty(start_response, "405 Method Not Allowed", ("Allow", "POST"))
        try:
            length = min(int(environ.get("CONTENT_LENGTH") or 0), 512)
        except ValueError:
            length = 0
        form = parse_qs(environ["wsgi.input"].read(length).decode("latin-1")) if length else {}
        serving.record_seen((form.get("t") or [""])[0])
        return empty(start_response)
