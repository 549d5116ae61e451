"""Old feed addresses of other platforms (WordPress, Ghost, Blogger, Hugo, Jekyll), each
redirected (301) to the matching feed here: the site's, or a section's, tag's or author's."""

from django.urls import path

from masthead.syndication import redirects

# The whole site's feed: address -> format.
SITE_FEEDS = {
    "feed/": "rss",  # WordPress
    "feed/rss/": "rss",
    "feed/rss2/": "rss",
    "feed/atom/": "atom",
    "rss/": "rss",  # Ghost
    "rss.xml": "rss",
    "atom.xml": "atom",  # Jekyll, Hexo
    "index.xml": "rss",  # Hugo
    "feed.xml": "atom",  # Jekyll's jekyll-feed
    "blog/feed/": "rss",  # WordPress under /blog/
}
# A section's, tag's or author's feed, after its prefix: the part -> format.
SCOPED_FEEDS = {"feed/": "rss", "feed/rss2/": "rss", "feed/atom/": "atom", "rss/": "rss"}

urlpatterns = [
    *(path(address, redirects.site_feed, {"fmt": fmt}) for address, fmt in SITE_FEEDS.items()),
    path("feeds/posts/default", redirects.blogger_feed),
    path("feeds/posts/default/", redirects.blogger_feed),
    path("feeds/posts/default/-/<str:label>", redirects.blogger_feed),
    *(
        path(f"category/<path:slug>/{part}", redirects.section_feed, {"fmt": fmt})
        for part, fmt in SCOPED_FEEDS.items()
    ),
    *(path(f"tag/<str:slug>/{part}", redirects.tag_feed, {"fmt": fmt}) for part, fmt in SCOPED_FEEDS.items()),
    *(
        path(f"author/<str:slug>/{part}", redirects.author_feed, {"fmt": fmt})
        for part, fmt in SCOPED_FEEDS.items()
    ),
]
