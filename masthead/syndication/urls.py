"""Feeds under each language: /en/feed/ (RSS), /en/feed/atom/, /en/feed/json/, and the same under
a section (/en/business/feed/), a tag (/en/tags/<slug>/feed/) and an author (/en/authors/<slug>/feed/)."""

from django.urls import path, register_converter
from django.urls.converters import SlugConverter

from masthead.syndication.feeds import AuthorFeed, SectionFeed, StoryFeed, TagFeed
from masthead.syndication.selectors import section_slugs

app_name = "syndication"

# The format's part of the address after ".../feed/"; RSS is the plain one feed readers expect.
SUFFIXES = {"rss": "", "atom": "atom/", "json": "json/"}


class SectionSlugConverter(SlugConverter):
    """A slug that is a section's: any other first part is left to the patterns after these, so
    "/en/tags/feed/" stays the page of the tag "feed" rather than the feed of a section "tags"."""

    def to_python(self, value: str) -> str:
        if value not in section_slugs():
            raise ValueError(value)
        return value


register_converter(SectionSlugConverter, "feed_section")


def feed_patterns(prefix: str, kind: str, feed: type[StoryFeed]) -> list:
    return [
        path(f"{prefix}feed/{suffix}", feed(fmt), name=f"{kind}-{fmt}") for fmt, suffix in SUFFIXES.items()
    ]


urlpatterns = [
    *feed_patterns("", "site", StoryFeed),
    *feed_patterns("tags/<str:slug>/", "tag", TagFeed),
    *feed_patterns("authors/<str:slug>/", "author", AuthorFeed),
    *feed_patterns("<feed_section:slug>/", "section", SectionFeed),
]
