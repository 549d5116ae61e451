"""Embeds: a post from another site (a video, a social post, a map) kept in a story as its address.

A story stores an embed as one element, whatever wrote it (the editor, an importer):

    <figure data-embed="youtube"><a href="https://www.youtube.com/watch?v=…">…</a></figure>

Only addresses of the providers below make that element; any other address becomes a plain
link (a "link card"). Stored as a link, an embed reads as one in feeds and mail, and nothing from
the provider loads until a reader asks for it on the story page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Provider:
    key: str  # what `data-embed` holds
    name: str  # shown to readers: "YouTube", "X"
    hosts: tuple[str, ...]  # the address's host, without "www." / "m."
    path: re.Pattern[str]  # what the rest of the address must look like


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PROVIDERS: tuple[Provider, ...] = (
    Provider("youtube", "YouTube", ("youtube.com",), _p(r"/(watch|shorts/[\w-]+|embed/[\w-]+|live/[\w-]+)")),
    Provider("youtube", "YouTube", ("youtu.be",), _p(r"/[\w-]{6,}")),
    Provider("vimeo", "Vimeo", ("vimeo.com", "player.vimeo.com"), _p(r"/(video/)?\d+")),
    Provider("x", "X", ("twitter.com", "x.com"), _p(r"/\w+/status(es)?/\d+")),
    Provider("instagram", "Instagram", ("instagram.com",), _p(r"/(p|reel|tv)/[\w-]+")),
    Provider(
        "facebook",
        "Facebook",
        ("facebook.com", "fb.watch"),
        _p(r"/([\w.-]+/(posts|videos|photos)/|watch/?|story\.php|permalink\.php|[\w-]+/?$)"),
    ),
    Provider("tiktok", "TikTok", ("tiktok.com",), _p(r"/@[\w.-]+/video/\d+")),
    Provider("soundcloud", "SoundCloud", ("soundcloud.com",), _p(r"/[\w-]+/[\w-]+")),
    Provider("spotify", "Spotify", ("open.spotify.com",), _p(r"/(track|episode|show|album|playlist)/\w+")),
    Provider("map", "Google Maps", ("google.com", "maps.google.com"), _p(r"/maps")),
    Provider("map", "Google Maps", ("maps.app.goo.gl", "goo.gl"), _p(r"/(maps/)?\w+")),
    Provider("map", "OpenStreetMap", ("openstreetmap.org",), _p(r"/")),
)
# The values `data-embed` may take (the sanitizer drops any other).
PROVIDER_KEYS = frozenset(provider.key for provider in PROVIDERS)


def provider_for(url: str) -> Provider | None:
    """The allowed provider `url` belongs to, or None (not https/http, another site, a bad address)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.").removeprefix("m.").removeprefix("mobile.")
    for provider in PROVIDERS:
        if host in provider.hosts and provider.path.match(parts.path or "/"):
            return provider
    return None


def embed_markup(url: str, title: str = "") -> str:
    """The stored element for `url`: an embed for an allowed provider, else a paragraph with a link.

    An address that is not http(s) at all gives "" (nothing worth keeping).
    """
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme
    except ValueError:
        return ""
    if scheme not in ("http", "https"):
        return ""
    text = escape(title.strip() or url)
    href = escape(url)
    provider = provider_for(url)
    if provider is None:
        return f'<p><a href="{href}">{text}</a></p>'
    return f'<figure data-embed="{provider.key}"><a href="{href}">{text}</a></figure>'
