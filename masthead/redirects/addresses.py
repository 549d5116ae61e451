"""Old addresses: the one form a redirect's old path is stored in, and the forms a request's
address is looked up under.

The stored form is what Django's `request.path` gives for the address: the path percent-decoded
(bytes that are not UTF-8 stay percent-encoded, as Django leaves them), plus "?query" when the
query is what identifies the page (WordPress's "/?p=123"). A query is kept as the browser sends
it, percent-encoded; one typed with raw non-ASCII letters is encoded the same way.
"""

from urllib.parse import unquote_to_bytes, urlsplit

from django.conf import settings
from django.utils.encoding import iri_to_uri, repercent_broken_unicode

MAX_LENGTH = 1000
# How many single pairs of a request's query are tried: "/?p=12&utm_source=x" finds "/?p=12".
QUERY_PAIRS = 4


def old_path(url: str) -> str:
    """An absolute or relative URL in the form a redirect stores it: "/2019/05/قصة/", "/?p=123"."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    if not path.startswith("/"):
        path = "/" + path
    path = repercent_broken_unicode(unquote_to_bytes(path)).decode()
    query = normal_query(parts.query)
    return f"{path}?{query}" if query else path


def normal_query(query: str) -> str:
    """A query string as a browser sends it (non-ASCII letters percent-encoded, the rest as given)."""
    return iri_to_uri(query.strip().lstrip("?"))


def split(address: str) -> tuple[str, str]:
    """(path, query) of a stored address."""
    path, _, query = address.partition("?")
    return path, query


def other_slash(path: str) -> str:
    """The same path with its trailing slash added or removed ("/" stays "/")."""
    if path == "/":
        return path
    return path[:-1] if path.endswith("/") else path + "/"


def candidates(path: str, query: str = "") -> list[str]:
    """The stored addresses a request for `path` with `query` may be known under, best first:
    the whole address, the path with each one pair of its query, the bare path, and the path with
    its trailing slash added or removed."""
    query = normal_query(query)
    found = []
    if query:
        found.append(f"{path}?{query}")
        pairs = [pair for pair in query.split("&") if pair][:QUERY_PAIRS]
        found += [f"{path}?{pair}" for pair in pairs]
    found += [path, other_slash(path)]
    return [address for address in dict.fromkeys(found) if len(address) <= MAX_LENGTH]


def site_path(url: str) -> str | None:
    """`url` as a path on this site in the stored form, or None if it is another site's address.

    A path ("/en/news/") and an absolute URL on MASTHEAD_SITE_URL's origin are this site's.
    """
    url = url.strip()
    if url.startswith("/") and not url.startswith("//"):
        return old_path(url)
    site = urlsplit(settings.MASTHEAD_SITE_URL)
    parts = urlsplit(url)
    if (parts.scheme.lower(), parts.netloc.lower()) == (site.scheme.lower(), site.netloc.lower()):
        return old_path(url)
    return None


def is_web_address(url: str) -> bool:
    """Whether a redirect may send readers to `url`: a path here, or an http(s) address."""
    url = url.strip()
    if url.startswith("/") and not url.startswith("//"):
        return True
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
