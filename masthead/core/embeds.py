"""Embeds: a post from another site (a video, a social post, a map) kept in a story as its address.

A story stores an embed as one element, whatever wrote it (the editor, an importer):

    <figure data-embed="youtube"><a href="https://www.youtube.com/watch?v=…">…</a></figure>

Only addresses of the providers below make that element; any other address becomes a plain
link (a "link card"). Stored as a link, an embed reads as one in feeds and mail, and nothing from
the provider loads until a reader asks for it on the story page: then the provider's own player
or map page (`frame_url`) opens in a frame. Providers whose embeds need their script on our page
(X, Instagram, Facebook, TikTok) get no frame: their card links to the post.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from html import escape, unescape
from urllib.parse import parse_qs, quote, urlsplit


@dataclass(frozen=True)
class Provider:
    key: str  # what `data-embed` holds
    name: str  # shown to readers: "YouTube", "X"
    hosts: tuple[str, ...]  # the address's host, without "www." / "m."
    path: re.Pattern[str]  # what the rest of the address must look like
    kind: str = "post"  # what a reader loads: "video", "audio", "map" or "post"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PROVIDERS: tuple[Provider, ...] = (
    Provider(
        "youtube",
        "YouTube",
        ("youtube.com",),
        _p(r"/(watch|shorts/[\w-]+|embed/[\w-]+|live/[\w-]+)"),
        "video",
    ),
    Provider("youtube", "YouTube", ("youtu.be",), _p(r"/[\w-]{6,}"), "video"),
    Provider("vimeo", "Vimeo", ("vimeo.com", "player.vimeo.com"), _p(r"/(video/)?\d+"), "video"),
    Provider("x", "X", ("twitter.com", "x.com"), _p(r"/\w+/status(es)?/\d+")),
    Provider("instagram", "Instagram", ("instagram.com",), _p(r"/(p|reel|tv)/[\w-]+")),
    Provider(
        "facebook",
        "Facebook",
        ("facebook.com", "fb.watch"),
        _p(r"/([\w.-]+/(posts|videos|photos)/|watch/?|story\.php|permalink\.php|[\w-]+/?$)"),
    ),
    Provider("tiktok", "TikTok", ("tiktok.com",), _p(r"/@[\w.-]+/video/\d+"), "video"),
    Provider("soundcloud", "SoundCloud", ("soundcloud.com",), _p(r"/[\w-]+/[\w-]+"), "audio"),
    Provider(
        "spotify",
        "Spotify",
        ("open.spotify.com",),
        _p(r"/(track|episode|show|album|playlist)/\w+"),
        "audio",
    ),
    Provider("map", "Google Maps", ("google.com", "maps.google.com"), _p(r"/maps"), "map"),
    Provider("map", "Google Maps", ("maps.app.goo.gl", "goo.gl"), _p(r"/(maps/)?\w+"), "map"),
    Provider("map", "OpenStreetMap", ("openstreetmap.org",), _p(r"/"), "map"),
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


# Where the frames a reader opens come from: the Content-Security-Policy's frame-src lists exactly
# these (masthead/settings.py, deploy/nginx.conf). A path ending in "/" covers what is under it.
FRAME_SOURCES: tuple[str, ...] = (
    "https://www.youtube-nocookie.com/embed/",
    "https://player.vimeo.com/video/",
    "https://w.soundcloud.com/player/",
    "https://open.spotify.com/embed/",
    "https://www.google.com/maps/embed",
    "https://www.openstreetmap.org/export/embed.html",
)
_ID = re.compile(r"[\w-]{6,64}")
_YOUTUBE_PATH = re.compile(r"/(?:shorts|embed|live)/([\w-]+)")
_YOUTUBE_START = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?")
_VIMEO_PATH = re.compile(r"/(?:video/)?(\d+)(?:/([0-9a-f]{6,}))?")
_SPOTIFY_PATH = re.compile(r"/(track|episode|show|album|playlist)/(\w+)")
_OSM_VIEW = re.compile(r"map=(\d{1,2})/(-?[\d.]+)/(-?[\d.]+)")


def frame_url(url: str) -> str | None:
    """The provider's own player or map page for `url`, which a reader's click loads in a frame.

    None when the provider has no such page that works without its script on ours (X,
    Instagram, Facebook, TikTok) or when the address does not say what to show (a Google Maps
    short link). YouTube plays from youtube-nocookie.com and Vimeo with "do not track".
    """
    provider = provider_for(url)
    if provider is None:
        return None
    parts = urlsplit(url.strip())
    query = parse_qs(parts.query)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if provider.key == "youtube":
        return _youtube_frame(host, parts.path, query)
    if provider.key == "vimeo" and (match := _VIMEO_PATH.match(parts.path)):
        secret = match.group(2) or query.get("h", [""])[0]
        private = f"&h={quote(secret)}" if secret else ""
        return f"https://player.vimeo.com/video/{match.group(1)}?dnt=1{private}"
    if provider.key == "soundcloud":
        return f"https://w.soundcloud.com/player/?url={quote('https://soundcloud.com' + parts.path, safe='')}"
    if provider.key == "spotify" and (match := _SPOTIFY_PATH.match(parts.path)):
        return f"https://open.spotify.com/embed/{match.group(1)}/{match.group(2)}"
    if provider.name == "Google Maps" and parts.path.rstrip("/") == "/maps/embed" and "pb" in query:
        # The address Google Maps gives under Share > Embed a map.
        return f"https://www.google.com/maps/embed?pb={quote(query['pb'][0], safe='!:.,*-_')}"
    if provider.name == "OpenStreetMap":
        return _osm_frame(parts.fragment, query)
    return None


def _youtube_frame(host: str, path: str, query: dict[str, list[str]]) -> str | None:
    if host == "youtu.be":
        video = path.strip("/").split("/")[0]
    elif match := _YOUTUBE_PATH.match(path):
        video = match.group(1)
    else:
        video = query.get("v", [""])[0]
    if not _ID.fullmatch(video):
        return None
    start = _seconds(query.get("t", query.get("start", [""]))[0])
    return f"https://www.youtube-nocookie.com/embed/{video}" + (f"?start={start}" if start else "")


def _seconds(value: str) -> int:
    """A YouTube start time ("90", "90s" or "1m30s") in seconds; 0 for anything else."""
    match = _YOUTUBE_START.fullmatch(value) if value else None
    if not match:
        return 0
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _osm_frame(fragment: str, query: dict[str, list[str]]) -> str | None:
    """OpenStreetMap's embeddable map around the view the address shows (#map=zoom/lat/lon),
    with its marker (?mlat=…&mlon=…) when it has one."""
    view = _OSM_VIEW.search(fragment)
    if view is None:
        return None
    zoom, lat, lon = int(view.group(1)), float(view.group(2)), float(view.group(3))
    if not (0 <= zoom <= 20 and -85 <= lat <= 85 and -180 <= lon <= 180):
        return None
    # About three map tiles across and two down, as the view the address was copied from.
    width = 3 * 360 / 2**zoom
    height = 2 * 360 / 2**zoom * math.cos(math.radians(lat))
    box = (lon - width / 2, lat - height / 2, lon + width / 2, lat + height / 2)
    frame = "https://www.openstreetmap.org/export/embed.html?bbox=" + ",".join(f"{v:.5f}" for v in box)
    marker = query.get("mlat", [""])[0], query.get("mlon", [""])[0]
    if all(re.fullmatch(r"-?\d{1,3}(\.\d+)?", part) for part in marker):
        frame += f"&marker={marker[0]},{marker[1]}"
    return frame + "&layer=mapnik"


_IFRAME_SRC = re.compile(r"""<iframe\b[^>]*?\ssrc=["']([^"']+)["']""", re.IGNORECASE)


def pasted_address(text: str) -> str:
    """The address in what an editor pasted: the address itself, or the `src` of a provider's
    embed code (an <iframe>, as Google Maps gives it under Share > Embed a map)."""
    text = text.strip()
    if match := _IFRAME_SRC.search(text):
        return unescape(match.group(1)).strip()
    return text
