"""The three feed formats, as Django feed generators: RSS 2.0 and Atom 1.0 with the elements
feed readers look for beyond Django's own, and JSON Feed 1.1 (which Django does not have).

Every entry is added with these keys besides Django's (see `feeds.StoryFeed.item_extra_kwargs`):
`authors` [(name, url)], `content_html` (the whole story, or None when feeds carry summaries),
`summary_text` (plain), `image` (a `content.FeedImage` or None) and `language`; the feed with
`hub`, the WebSub hub's address or None.
"""

import json

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed, rfc3339_date

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
MEDIA_NS = "http://search.yahoo.com/mrss/"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


class RssFeed(Rss201rev2Feed):
    """RSS 2.0 with each author as dc:creator, the story as content:encoded, the picture as
    media:content (Media RSS, with its size and credit) besides the enclosure, and the WebSub
    hub as atom:link."""

    def rss_attributes(self) -> dict:
        namespaces = {"xmlns:content": CONTENT_NS, "xmlns:dc": DC_NS, "xmlns:media": MEDIA_NS}
        return {**super().rss_attributes(), **namespaces}

    def add_root_elements(self, handler) -> None:
        super().add_root_elements(handler)  # with atom:link rel="self"
        if self.feed.get("hub"):
            handler.addQuickElement("atom:link", None, {"rel": "hub", "href": self.feed["hub"]})

    def add_item_elements(self, handler, item: dict) -> None:
        super().add_item_elements(handler, item)
        for name, _url in item["authors"]:
            handler.addQuickElement("dc:creator", name)
        if item["content_html"] is not None:
            handler.addQuickElement("content:encoded", item["content_html"])
        image = item["image"]
        if image is not None:
            attributes = {"url": image.url, "type": image.mime_type, "medium": "image"}
            if image.length:
                attributes["fileSize"] = str(image.length)
            if image.width:
                attributes.update(width=str(image.width), height=str(image.height))
            # No media:description or media:title: common parsers (feedparser) take them for the
            # entry's own description or title. The alt text is on the picture in the content.
            handler.startElement("media:content", attributes)
            if image.credit:
                handler.addQuickElement("media:credit", image.credit)
            handler.endElement("media:content")


class AtomFeed(Atom1Feed):
    """Atom 1.0 with every author of a story, the story as HTML content, the picture as a link
    rel="enclosure" (its length only when known), and the WebSub hub as link rel="hub"."""

    def add_root_elements(self, handler) -> None:
        super().add_root_elements(handler)  # with link rel="self"
        if self.feed.get("hub"):
            handler.addQuickElement("link", "", {"rel": "hub", "href": self.feed["hub"]})

    def add_item_elements(self, handler, item: dict) -> None:
        # Django's enclosure link always states a length; an unknown one is left out here instead.
        super().add_item_elements(handler, {**item, "enclosures": ()})
        for name, url in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.addQuickElement("uri", url)
            handler.endElement("author")
        if item["content_html"] is not None:
            handler.addQuickElement("content", item["content_html"], {"type": "html"})
        image = item["image"]
        if image is not None:
            attributes = {"rel": "enclosure", "href": image.url, "type": image.mime_type}
            if image.length:
                attributes["length"] = str(image.length)
            handler.addQuickElement("link", "", attributes)


class JsonFeed(SyndicationFeed):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), from the same entries as the others."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding: str) -> None:
        outfile.write(json.dumps(self.as_dict(), ensure_ascii=False))

    def as_dict(self) -> dict:
        feed = self.feed
        data = {
            "version": JSON_FEED_VERSION,
            "title": feed["title"],
            "home_page_url": feed["link"],
            "feed_url": feed["feed_url"],
            "description": feed["description"],
            "language": feed["language"],
            # For stories without a byline, as Atom's feed-level author.
            "authors": [{"name": feed["author_name"], "url": feed["author_link"]}],
        }
        if feed.get("hub"):
            data["hubs"] = [{"type": "WebSub", "url": feed["hub"]}]
        data["items"] = [self.item_dict(item) for item in self.items]
        return data

    @staticmethod
    def item_dict(item: dict) -> dict:
        entry = {"id": item["unique_id"], "url": item["link"], "title": item["title"]}
        if item["content_html"] is not None:
            entry["content_html"] = item["content_html"]
        else:
            entry["content_text"] = item["summary_text"]
        entry["summary"] = item["summary_text"]
        if item["image"] is not None:
            entry["image"] = item["image"].url
        entry["date_published"] = rfc3339_date(item["pubdate"])
        entry["date_modified"] = rfc3339_date(item["updateddate"])
        if item["authors"]:
            entry["authors"] = [{"name": name, "url": url} for name, url in item["authors"]]
        entry["tags"] = list(item["categories"])
        entry["language"] = item["language"]
        return entry
