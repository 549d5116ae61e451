"""Feed addresses of the platforms a newsroom moves from, answered with a permanent redirect to
the matching feed here, so subscribers and aggregators follow the move on their own."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404

from masthead.articles.models import Section, Tag
from masthead.authors.models import Author
from masthead.syndication.addresses import feed_path
from masthead.syndication.selectors import language_of, section_by_slug


def site_feed(request: HttpRequest, fmt: str) -> HttpResponsePermanentRedirect:
    """The whole site's feed, in the site's default language."""
    return HttpResponsePermanentRedirect(feed_path("site", fmt, language=settings.LANGUAGE_CODE))


def blogger_feed(request: HttpRequest, label: str = "") -> HttpResponsePermanentRedirect:
    """Blogger's /feeds/posts/default (Atom, or RSS with ?alt=rss), and a label's under /-/<label>."""
    fmt = "rss" if request.GET.get("alt", "").startswith("rss") else "atom"
    if label:
        return tag_feed(request, label, fmt)
    return site_feed(request, fmt)


def section_feed(request: HttpRequest, slug: str, fmt: str) -> HttpResponsePermanentRedirect:
    """WordPress's /category/<slug>/feed/: the section's feed. A child category's address
    (/category/parent/child/feed/) names the child last."""
    try:
        section = section_by_slug(slug.strip("/").rsplit("/", 1)[-1])
    except Section.DoesNotExist:
        raise Http404("No such section") from None
    # Sections exist in both languages: the site's default one.
    path = feed_path("section", fmt, language=settings.LANGUAGE_CODE, slug=section.slug)
    return HttpResponsePermanentRedirect(path)


def tag_feed(request: HttpRequest, slug: str, fmt: str) -> HttpResponsePermanentRedirect:
    """WordPress's /tag/<slug>/feed/ (and Ghost's /tag/<slug>/rss/): the tag's feed, in the
    language its stories are written in."""
    tag = get_object_or_404(Tag, slug=slug)
    language = language_of(tag.articles.all())
    return HttpResponsePermanentRedirect(feed_path("tag", fmt, language=language, slug=tag.slug))


def author_feed(request: HttpRequest, slug: str, fmt: str) -> HttpResponsePermanentRedirect:
    """WordPress's /author/<slug>/feed/ (and Ghost's /author/<slug>/rss/): the author's feed, in
    the language they write in."""
    author = get_object_or_404(Author, slug=slug)
    language = language_of(author.articles.all())
    return HttpResponsePermanentRedirect(feed_path("author", fmt, language=language, slug=author.slug))
