"""The beacon endpoint, answered in front of Django: it must take thousands a second."""

from collections.abc import Callable, Iterable

from django.utils import timezone

from masthead.core.wsgi import empty
from masthead.readership.counting import countable_article, get_counter


class BeaconApp:
    """POST {path} with `a=<story id>` counts a view; every answer is the same empty 204, so a
    page learns nothing from it (not even whether the view was counted)."""

    def __init__(self, app: Callable, path: str) -> None:
        self.app = app
        self.path = path

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != self.path:
            return self.app(environ, start_response)
        if environ.get("REQUEST_METHOD") not in ("POST", "OPTIONS"):
            return empty(start_response, "405 Method Not Allowed", ("Allow", "POST"))
        article_id = countable_article(environ)
        if article_id is not None:
            get_counter().add(environ, article_id, timezone.now())
        return empty(start_response)
