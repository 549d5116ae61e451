"""The newsroom's feeds: the latest stories of the site, a section, a tag or an author, in one
language, as RSS 2.0, Atom 1.0 or JSON Feed 1.1 (Django's syndication framework for all three).

A feed is a page like any other for the page cache: it records the surrogate keys of what it
shows (the site's "home" or its section, tag or author, each story's teaser keys, the tags and
section names it names), so the purges that follow a story being published, edited or
unpublished drop it exactly, and conditional requests get a 304 from the cache's ETag.

Sponsored stories are marked where every feed reader shows it, in the title ("Sponsored: …"),
and where machines look, a "Sponsored" category; the text then opens with the sponsor's name.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Model
from django.http import HttpRequest
from django.utils import timezone
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from masthead.articles.models import Article, Tag
from masthead.authors.models import Author
from masthead.core.context_processors import site_name
from masthead.core.pagecache import keys
from masthead.core.paths import absolute
from masthead.syndication import content, selectors
from masthead.syndication.addresses import feed_url
from masthead.syndication.generators import AtomFeed, JsonFeed, RssFeed

GENERATORS = {"rss": RssFeed, "atom": AtomFeed, "json": JsonFeed}


@dataclass
class Channel:
    """What one feed shows: its language, what it is about (None: the whole site), its stories."""

    language: str
    subject: Model | None
    slug: str
    stories: list[Article]


class StoryFeed(Feed):
    """The site's latest stories in the request's language; subclasses narrow them to one subject."""

    kind = "site"

    def __init__(self, fmt: str = "rss"):
        self.fmt = fmt
        self.feed_type = GENERATORS[fmt]

    # --- what the feed is about ----------------------------------------------------------------
    def get_subject(self, slug: str) -> Model | None:
        """The section, tag or author named by the address (DoesNotExist: a 404)."""
        return None

    def subject_keys(self, subject: Model | None) -> list[str]:
        return [keys.HOME]

    def get_object(self, request: HttpRequest, slug: str = "") -> Channel:
        subject = self.get_subject(slug)
        language = get_language()
        stories = selectors.latest_stories(language=language, **({self.kind: subject} if subject else {}))
        # The section names and tags each entry names, beside what a teaser card shows.
        keys.add(
            request,
            self.subject_keys(subject),
            keys.NAV,
            [keys.teaser_keys(story) for story in stories],
            [keys.key_for(tag) for story in stories for tag in story.shown_tags],
        )
        return Channel(language=language, subject=subject, slug=slug, stories=stories)

    # --- the feed ------------------------------------------------------------------------------
    def title(self, channel: Channel) -> str:
        return site_name(channel.language)

    def description(self, channel: Channel) -> str:
        return _("The latest stories from %(site)s.") % {"site": site_name(channel.language)}

    def link(self, channel: Channel) -> str:
        return absolute(self.page_path(channel))

    def page_path(self, channel: Channel) -> str:
        return f"/{channel.language}/"

    def feed_url(self, channel: Channel) -> str:
        return feed_url(self.kind, self.fmt, language=channel.language, slug=channel.slug)

    def author_name(self, channel: Channel) -> str:
        return site_name(channel.language)  # Atom's feed author, for stories without a byline

    def author_link(self, channel: Channel) -> str:
        return absolute(f"/{channel.language}/")

    def feed_extra_kwargs(self, channel: Channel) -> dict:
        return {"hub": settings.WEBSUB_HUB or None}

    def items(self, channel: Channel) -> list[Article]:
        return channel.stories

    # --- each story ----------------------------------------------------------------------------
    def item_title(self, article: Article) -> str:
        if article.is_sponsored:
            return _("Sponsored: %(headline)s") % {"headline": article.headline}
        return article.headline

    def item_link(self, article: Article) -> str:
        return absolute(article.get_absolute_url())

    def item_guid(self, article: Article) -> str:
        return article.guid

    item_guid_is_permalink = False

    def item_description(self, article: Article) -> str:
        return escape(content.summary(article))  # RSS descriptions and Atom summaries are HTML

    def item_pubdate(self, article: Article) -> datetime:
        return newsroom_time(article.published_at)

    def item_updateddate(self, article: Article) -> datetime:
        # A story scheduled ahead was last saved before it went out: it is new at publication.
        return newsroom_time(max(article.published_at, article.updated_at or article.published_at))

    def item_categories(self, article: Article) -> list[str]:
        names = [article.section.display_name(article.language)]
        names += [tag.display_name(article.language) for tag in article.shown_tags]
        if article.is_sponsored:
            names.append(_("Sponsored"))
        return names

    def item_enclosures(self, article: Article) -> list[Enclosure]:
        image = picture(article)
        if image is None:
            return []
        # RSS requires a length; 0 is the RSS Board's word for "unknown".
        return [Enclosure(url=image.url, length=str(image.length or 0), mime_type=image.mime_type)]

    def item_extra_kwargs(self, article: Article) -> dict:
        image = picture(article)
        return {
            "authors": [
                (author.display_name(article.language), absolute(author.get_absolute_url()))
                for author in article.byline
            ],
            "content_html": content.story_html(article, image) if settings.FEED_FULL_TEXT else None,
            "summary_text": content.summary(article),
            "image": image,
            "language": article.language,
        }


class SectionFeed(StoryFeed):
    kind = "section"

    def get_subject(self, slug: str):
        return selectors.section_by_slug(slug)

    def subject_keys(self, subject) -> list[str]:
        # A section's key is its list's (its name is the nav's); a tag or an author has two.
        key = keys.key_for(subject)
        return [key] if self.kind == "section" else [key, keys.list_key(subject)]

    def title(self, channel: Channel) -> str:
        return named_title(channel.subject.display_name(channel.language), channel.language)

    def description(self, channel: Channel) -> str:
        return _("The latest stories in %(section)s from %(site)s.") % {
            "section": channel.subject.display_name(channel.language),
            "site": site_name(channel.language),
        }

    def page_path(self, channel: Channel) -> str:
        return channel.subject.get_absolute_url()


class TagFeed(SectionFeed):
    kind = "tag"

    def get_subject(self, slug: str):
        return Tag.objects.get(slug=slug)

    def description(self, channel: Channel) -> str:
        return _("The latest stories about %(tag)s from %(site)s.") % {
            "tag": channel.subject.display_name(channel.language),
            "site": site_name(channel.language),
        }


class AuthorFeed(SectionFeed):
    kind = "author"

    def get_subject(self, slug: str):
        return Author.objects.get(slug=slug)

    def description(self, channel: Channel) -> str:
        return _("The latest stories by %(author)s in %(site)s.") % {
            "author": channel.subject.display_name(channel.language),
            "site": site_name(channel.language),
        }


def newsroom_time(moment: datetime) -> datetime:
    """A time as the newsroom states it: its own time zone (MASTHEAD_TIME_ZONE), whole seconds."""
    return timezone.localtime(moment).replace(microsecond=0)


def picture(article: Article) -> content.FeedImage | None:
    """The story's picture as feeds offer it, worked out once per story and feed."""
    if "_feed_image" not in article.__dict__:
        article._feed_image = content.feed_image(article.featured_image)
    return article._feed_image


def named_title(name: str, language: str) -> str:
    """A feed's title as readers list it among their subscriptions: the site, then the subject."""
    return _("%(site)s: %(name)s") % {"site": site_name(language), "name": name}
