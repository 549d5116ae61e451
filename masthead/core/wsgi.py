"""Pieces for the small WSGI apps that answer in front of Django (view beacons, ad decisions)."""

from collections.abc import Callable

# An empty answer that no cache keeps.
NO_CONTENT = [("Cache-Control", "no-store"), ("Content-Length", "0")]


def empty(start_response: Callable, status: str = "204 No Content", *headers: tuple[str, str]) -> list[bytes]:
    """Answer with no body: `status`, the `headers` given, and NO_CONTENT's."""
    start_response(status, [*headers, *NO_CONTENT])
    return [b""]
