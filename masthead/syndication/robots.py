"""/robots.txt: the standard file, the newsroom's additions to it, and the check of each added line.

The standard file closes to crawlers what is not a page for readers to find (the back office,
preview links, search results, the ad and view-counting endpoints) and lists the sitemaps. The
newsroom may add rules and groups; every group it adds closes the same paths too, since a crawler
named in a group of its own reads only that group (RFC 9309 §2.2.1).
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _

DIRECTIVE = re.compile(r"([A-Za-z-]+)\s*:\s*(.*)")
# A crawler's product token (RFC 9309 asks for letters, "_" and "-"; names with a version are common).
USER_AGENT = re.compile(r"\*|[A-Za-z0-9_.\-/]+")
SECONDS = re.compile(r"\d+(\.\d+)?")
# What crawlers must not ask for, by URL name (the URLconf says where each is). Those taking a
# token are closed from the part before it: every preview link, every ad click.
CLOSED = ["admin:index", "preview"]
CLOSED_PER_LANGUAGE = ["search:search"]
CLOSED_ENDPOINTS = ["ads:click", "ads:frame", "ads:decide", "ads:seen"]
# The "Popular Posts" block that pages fetch and fill in: a piece of a page, not one.
CLOSED_ENDPOINTS_PER_LANGUAGE = ["readership:popular-block"]
_TOKEN = "~"
_is_address = URLValidator(schemes=["http", "https"])


def _closed_prefix(name: str) -> str | None:
    """The path a URL name answers under (its address up to any token), or None if it is not wired."""
    for args in ([], [_TOKEN]):
        try:
            url = reverse(name, args=args)
        except NoReverseMatch:
            continue
        return url.split(f"/{_TOKEN}/", 1)[0] + "/" if args else url
    return None


def _in_each_language(names: list[str]) -> list[str | None]:
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths += [_closed_prefix(name) for name in names]
    return paths


def closed_paths() -> list[str]:
    """Every path the site closes to crawlers, in the order the file lists them."""
    paths = [_closed_prefix(name) for name in CLOSED]
    paths += _in_each_language(CLOSED_PER_LANGUAGE)
    paths += [_closed_prefix(name) for name in CLOSED_ENDPOINTS]
    paths.append(getattr(settings, "READERSHIP_BEACON_PATH", None))  # answered in front of Django
    paths += _in_each_language(CLOSED_ENDPOINTS_PER_LANGUAGE)
    return list(dict.fromkeys(path for path in paths if path))


def sitemap_urls() -> list[str]:
    """The sitemap index, then each language's Google News sitemap, at the URLconf's addresses."""
    paths = [_reversed("sitemap-index")]
    paths += [_reversed("sitemap-news", language=code) for code, _name in settings.LANGUAGES]
    return [settings.MASTHEAD_SITE_URL + path for path in paths if path]


def _reversed(name: str, **kwargs: str) -> str | None:
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


def render(added: str) -> str:
    """The whole file: the standard group, the newsroom's `added` lines, then the sitemaps.

    Lines added before any User-agent line join the standard group (which applies to every
    crawler). Blank lines are dropped and one is put before each group: some readers (Python's
    urllib.robotparser among them) take a blank line for the end of a group.
    """
    closed = [f"Disallow: {path}" for path in closed_paths()]
    lines = ["User-agent: *", *closed]
    naming = False  # the last directive read was a User-agent line: its group's rules come next
    for raw in added.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            lines.append(line)
            continue
        is_agent = line.split(":", 1)[0].strip().lower() == "user-agent"
        if is_agent and not naming:
            lines.append("")
        elif not is_agent and naming:
            lines += closed  # first in the group: a crawler reading rules in order meets them first
        lines.append(line)
        naming = is_agent
    if naming:
        lines += closed
    lines += ["", *(f"Sitemap: {url}" for url in sitemap_urls())]
    return "\n".join(lines) + "\n"


def line_error(line: str, closed: list[str]) -> str | None:
    """What is wrong with one line of robots.txt, or None if crawlers will read it as meant.

    An Allow rule that would reopen one of the `closed` paths is refused: crawlers follow the
    longest matching rule, and Allow when an Allow and a Disallow are as long.
    """
    text = line.split("#", 1)[0].strip()
    if not text:
        return None  # a blank line or a comment
    match = DIRECTIVE.fullmatch(text)
    if match is None:
        return _("expected “Directive: value”, such as “Disallow: /private/”.")
    name, value = match.group(1).lower(), match.group(2).strip()
    if name == "user-agent":
        if not USER_AGENT.fullmatch(value):
            return _("User-agent needs one crawler's name, or * for every crawler.")
    elif name in ("allow", "disallow"):
        if value and value[0] not in "/*":
            return _("a path starts with /, such as “/private/”.")
        reopened = next((path for path in closed if name == "allow" and _reopens(value, path)), None)
        if reopened:
            return _("%(path)s is always closed to crawlers.") % {"path": reopened}
    elif name == "sitemap":
        try:
            _is_address(value)
        except ValidationError:
            return _("Sitemap needs a full address, such as “https://example.com/sitemap.xml”.")
    elif name == "crawl-delay":
        if not SECONDS.fullmatch(value):
            return _("Crawl-delay is a number of seconds, such as “10”.")
    else:
        return _(
            "“%(name)s” is not a robots.txt directive: use User-agent, Allow, Disallow, Sitemap or "
            "Crawl-delay."
        ) % {"name": match.group(1)}
    return None


def _reopens(allowed: str, closed: str) -> bool:
    """Whether `Allow: allowed` wins over `Disallow: closed` for the closed path or below it."""
    if not allowed:
        return False  # an empty Allow allows nothing
    if allowed.startswith(closed):
        return True
    anchored = allowed.endswith("$")
    pattern = re.escape(allowed.removesuffix("$")).replace(r"\*", ".*") + ("$" if anchored else "")
    return len(allowed) >= len(closed) and re.match(pattern, closed) is not None
