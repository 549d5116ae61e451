"""The feeds as feed readers parse them: RSS 2.0 and Atom 1.0 through feedparser, JSON Feed 1.1
against the spec's rules, for the site, a section, a tag and an author, in both languages."""

import email.utils
import json
from datetime import datetime, timedelta

import feedparser
import pytest
from django.conf import settings
from django.utils import timezone
from lxml import html as lxml_html

from masthead.articles.models import Article
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TagFactory,
)
from masthead.core.pagecache.services import clear

pytestmark = pytest.mark.django_db
S = Article.Status
SITE = settings.MASTHEAD_SITE_URL
FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml", "json": "application/feed+json"}
SUFFIXES = {"rss": "", "atom": "atom/", "json": "json/"}


class Newsroom:
    """A section, a tag, two authors, and a story with a picture in each language."""

    def __init__(self):
        self.section = SectionFactory(slug="business", name="Business", name_ar="اقتصاد")
        self.tag = TagFactory(slug="pearling", name="Pearling", name_ar="الغوص")
        self.author = AuthorFactory(slug="mariam-saleh", name="Mariam Saleh", name_ar="مريم صالح")
        self.second = AuthorFactory(slug="omar-haddad", name="Omar Haddad", name_ar="عمر حداد")
        self.published_at = timezone.now().replace(microsecond=0) - timedelta(hours=2)
        self.en = ArticleFactory(
            headline="Pearl divers return to the northern beds",
            slug="pearl-divers-return",
            dek="The season opens with record licences.",
            body='<p>Boats left at dawn. <a href="/en/business/earlier-season/">Last year</a> was quiet.</p>',
            section=self.section,
            tags=[self.tag],
            authors=[self.author, self.second],
            featured_image=ImageFactory(alt_text="Divers on a dhow", caption="At dawn.", credit="Staff"),
            published_at=self.published_at,
        )
        self.ar = ArticleFactory(
            language="ar",
            headline="الغواصون يعودون إلى المغاصات الشمالية",
            slug="عودة-الغواصين",
            dek="الموسم يبدأ بعدد قياسي من التراخيص.",
            body="<p>أبحرت القوارب فجرًا.</p>",
            section=self.section,
            tags=[self.tag],
            authors=[self.author],
            published_at=self.published_at,
        )

    def story(self, language: str) -> Article:
        return self.en if language == "en" else self.ar

    def feed_path(self, language: str, kind: str, fmt: str = "rss") -> str:
        scope = {
            "site": "",
            "section": "business/",
            "tag": "tags/pearling/",
            "author": "authors/mariam-saleh/",
        }[kind]
        return f"/{language}/{scope}feed/{SUFFIXES[fmt]}"

    def page_url(self, language: str, kind: str) -> str:
        return SITE + self.feed_path(language, kind).removesuffix("feed/")


@pytest.fixture
def newsroom() -> Newsroom:
    return Newsroom()


def get_feed(client, path: str, fmt: str):
    """The feed at `path` as feedparser reads it, after checking it is served as what it is."""
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith(FEED_TYPES[fmt])
    parsed = feedparser.parse(response.content, response_headers={"content-type": response["Content-Type"]})
    assert not parsed.bozo, (path, parsed.get("bozo_exception"))
    return parsed


def get_json_feed(client, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith(FEED_TYPES["json"])
    data = json.loads(response.content)
    check_json_feed(data)
    return data


# The top-level and item keys JSON Feed 1.1 defines; anything else must be an "_extension".
JSON_FEED_KEYS = {
    "version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon",
    "favicon", "authors", "author", "language", "expired", "hubs", "items",
}  # fmt: skip
JSON_ITEM_KEYS = {
    "id", "url", "external_url", "title", "content_html", "content_text", "summary", "image",
    "banner_image", "date_published", "date_modified", "authors", "author", "tags", "language",
    "attachments",
}  # fmt: skip


def check_json_feed(data: dict) -> None:
    """JSON Feed 1.1's rules (https://www.jsonfeed.org/version/1.1/) for what this site emits."""
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(data["title"], str) and data["title"]
    assert not {key for key in data if not key.startswith("_")} - JSON_FEED_KEYS
    for key in ("home_page_url", "feed_url"):
        assert data[key].startswith(("http://", "https://"))
    for author in data.get("authors", []):
        assert isinstance(author["name"], str) and author["name"]
    for hub in data.get("hubs", []):
        assert isinstance(hub["type"], str) and hub["url"].startswith(("http://", "https://"))
    assert isinstance(data["items"], list)
    for item in data["items"]:
        assert not {key for key in item if not key.startswith("_")} - JSON_ITEM_KEYS
        assert isinstance(item["id"], str) and item["id"]  # required
        assert isinstance(item.get("content_html", item.get("content_text")), str)  # one is required
        assert item["url"].startswith(("http://", "https://"))
        for key in ("date_published", "date_modified"):
            assert datetime.fromisoformat(item[key]).utcoffset() is not None  # RFC 3339, with its zone
        for author in item.get("authors", []):
            assert isinstance(author["name"], str) and author["name"]
        assert all(isinstance(tag, str) for tag in item.get("tags", []))
        if "image" in item:
            assert item["image"].startswith(("http://", "https://"))


def entry_with_id(parsed, guid: str):
    found = [entry for entry in parsed.entries if entry.id == guid]
    assert len(found) == 1, [entry.id for entry in parsed.entries]
    return found[0]


# --- every feed, both languages --------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("kind", ["site", "section", "tag", "author"])
@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_every_xml_feed_parses_cleanly_with_its_stories_fields(client, newsroom, language, kind, fmt):
    story = newsroom.story(language)
    parsed = get_feed(client, newsroom.feed_path(language, kind, fmt), fmt)

    assert parsed.version == ("rss20" if fmt == "rss" else "atom10")
    assert parsed.feed.language == language
    assert parsed.feed.link == newsroom.page_url(language, kind)
    self_links = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert self_links == [SITE + newsroom.feed_path(language, kind, fmt)]
    if kind == "section":
        assert newsroom.section.display_name(language) in parsed.feed.title
    assert [entry.id for entry in parsed.entries] == [story.guid]  # its language's story only

    entry = parsed.entries[0]
    assert entry.title == story.headline
    assert entry.link == SITE + story.get_absolute_url()
    assert entry.id == story.guid
    published = (
        email.utils.parsedate_to_datetime(entry.published)
        if fmt == "rss"
        else datetime.fromisoformat(entry.published)
    )
    assert published == story.published_at
    assert published.utcoffset() == timezone.localtime(story.published_at).utcoffset()  # the newsroom's zone
    expected_authors = [a.display_name(language) for a in story.byline]
    assert [author.name for author in entry.authors] == expected_authors
    expected_tags = {newsroom.section.display_name(language), newsroom.tag.display_name(language)}
    assert {tag.term for tag in entry.tags} == expected_tags
    assert plain(entry.summary) == story.dek
    [content] = entry.content  # the story's text alone (nothing a parser mistakes for it)
    body = content.value
    if language == "en":
        assert "Boats left at dawn." in body
        # Links work away from the site; the picture comes with its caption and credit.
        assert f'href="{SITE}/en/business/earlier-season/"' in body
        assert "At dawn. (Staff)" in body
    else:
        assert "أبحرت القوارب فجرًا." in body
        assert 'dir="rtl"' in body  # for readers that honour the direction of the text


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_featured_image_is_an_enclosure_and_media_content(client, newsroom, fmt):
    image = newsroom.en.featured_image
    parsed = get_feed(client, newsroom.feed_path("en", "site", fmt), fmt)
    entry = entry_with_id(parsed, newsroom.en.guid)
    url = SITE + image.file.url
    enclosure = entry.enclosures[0]
    assert (enclosure.href, enclosure.type, int(enclosure.length)) == (url, "image/jpeg", image.file.size)
    if fmt == "rss":
        media = entry.media_content[0]
        assert media["url"] == url
        assert (media["width"], media["height"], media["filesize"]) == ("800", "500", str(image.file.size))
        assert entry.media_credit[0]["content"] == "Staff"
        assert entry.content[0].value.count(url) == 1  # shown in the text once, with its alt text
        assert 'alt="Divers on a dhow"' in entry.content[0].value


def test_the_largest_rendition_is_offered_once_made(client, newsroom):
    image = newsroom.en.featured_image
    type(image).objects.filter(pk=image.pk).update(renditions={"640": "renditions/x-640.webp"})
    parsed = get_feed(client, newsroom.feed_path("en", "site", "rss"), "rss")
    media = entry_with_id(parsed, newsroom.en.guid).media_content[0]
    assert media["url"] == f"{SITE}{settings.MEDIA_URL}renditions/x-640.webp"
    assert (media["type"], media["width"], media["height"]) == ("image/webp", "640", "400")


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("kind", ["site", "section", "tag", "author"])
def test_every_json_feed_follows_json_feed_1_1(client, newsroom, language, kind):
    story = newsroom.story(language)
    data = get_json_feed(client, newsroom.feed_path(language, kind, "json"))
    assert data["language"] == language
    assert data["home_page_url"] == newsroom.page_url(language, kind)
    assert data["feed_url"] == SITE + newsroom.feed_path(language, kind, "json")
    assert "hubs" not in data  # no hub configured
    [item] = data["items"]
    assert item["id"] == story.guid
    assert item["url"] == SITE + story.get_absolute_url()
    assert item["title"] == story.headline
    assert item["summary"] == story.dek
    assert datetime.fromisoformat(item["date_published"]) == story.published_at
    assert [a["name"] for a in item["authors"]] == [a.display_name(language) for a in story.byline]
    assert item["authors"][0]["url"] == SITE + f"/{language}/authors/mariam-saleh/"
    assert set(item["tags"]) == {newsroom.section.display_name(language), newsroom.tag.display_name(language)}
    assert item["language"] == language
    if language == "en":
        assert item["image"] == SITE + story.featured_image.file.url
        assert "Boats left at dawn." in item["content_html"]
    else:
        assert "image" not in item
        assert item["content_html"].startswith('<div dir="rtl" lang="ar">')


def plain(text: str) -> str:
    return lxml_html.fromstring(f"<p>{text}</p>").text_content()


# --- what a feed lists -----------------------------------------------------------------------


def test_drafts_scheduled_and_unpublished_stories_are_never_in_a_feed(client, newsroom):
    now = timezone.now()
    hidden = [
        ArticleFactory(section=newsroom.section, tags=[newsroom.tag], status=S.DRAFT, published_at=None),
        ArticleFactory(section=newsroom.section, status=S.IN_REVIEW, published_at=None),
        ArticleFactory(section=newsroom.section, status=S.SCHEDULED, published_at=now + timedelta(hours=3)),
        ArticleFactory(section=newsroom.section, status=S.UNPUBLISHED, published_at=now - timedelta(days=1)),
    ]
    # Scheduled and past its time: live, even before the worker flips its status.
    due = ArticleFactory(
        section=newsroom.section, status=S.SCHEDULED, published_at=now - timedelta(minutes=1)
    )
    for kind in ("site", "section"):
        for fmt in ("rss", "atom"):
            ids = [e.id for e in get_feed(client, newsroom.feed_path("en", kind, fmt), fmt).entries]
            assert ids == [due.guid, newsroom.en.guid]
        items = get_json_feed(client, newsroom.feed_path("en", kind, "json"))["items"]
        assert [item["id"] for item in items] == [due.guid, newsroom.en.guid]
    assert not {story.guid for story in hidden} & {due.guid, newsroom.en.guid}


def test_a_feed_lists_the_latest_fifty_newest_first(client, newsroom):
    start = timezone.now() - timedelta(days=3)
    stories = [
        ArticleFactory(section=newsroom.section, published_at=start + timedelta(minutes=n)) for n in range(55)
    ]
    parsed = get_feed(client, "/en/business/feed/", "rss")
    newest = [newsroom.en, *stories[::-1]][:50]  # the newsroom's story is from two hours ago
    assert [entry.id for entry in parsed.entries] == [story.guid for story in newest]


@pytest.mark.parametrize(
    "path",
    ["/en/no-such-section/feed/", "/en/tags/no-such-tag/feed/", "/ar/authors/nobody/feed/json/"],
)
def test_feeds_of_unknown_sections_tags_and_authors_are_404(client, newsroom, path):
    assert client.get(path).status_code == 404


def test_a_tag_named_feed_keeps_its_page(client, newsroom):
    tag = TagFactory(slug="feed", name="Feed")
    ArticleFactory(section=newsroom.section, tags=[tag], headline="Animal feed prices rise")
    page = client.get("/en/tags/feed/")
    assert page.status_code == 200 and "Animal feed prices rise" in page.text
    assert "Animal feed prices rise" in get_feed(client, "/en/tags/feed/feed/", "rss").entries[0].title


# --- identity, full text, sponsorship ----------------------------------------------------------


def test_guid_never_changes_with_the_address(client, newsroom):
    story = newsroom.en
    before = entry_with_id(get_feed(client, "/en/feed/", "rss"), story.guid)
    story.slug = "pearl-divers-return-north"
    story.section = SectionFactory(slug="world", name="World")
    story.save()
    clear()
    after = entry_with_id(get_feed(client, "/en/feed/", "rss"), story.guid)
    assert after.link == SITE + "/en/world/pearl-divers-return-north/" != before.link
    story.refresh_from_db()
    assert story.guid == before.id


def test_new_stories_get_their_own_guid_and_imported_ones_keep_theirs(newsroom):
    assert newsroom.en.guid.startswith("urn:uuid:") and newsroom.en.guid != newsroom.ar.guid
    imported = ArticleFactory(guid="https://old.example.com/?p=123")
    assert Article.objects.get(pk=imported.pk).guid == "https://old.example.com/?p=123"
    blank = ArticleFactory(guid="")  # an importer with no identifier from the old platform
    assert blank.guid.startswith("urn:uuid:")


@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
def test_summaries_only_when_full_text_is_off(client, newsroom, settings, fmt):
    settings.FEED_FULL_TEXT = False
    path = newsroom.feed_path("en", "site", fmt)
    if fmt == "json":
        [item] = get_json_feed(client, path)["items"]
        assert "content_html" not in item
        assert item["content_text"] == item["summary"] == newsroom.en.dek
        return
    entry = entry_with_id(get_feed(client, path, fmt), newsroom.en.guid)
    assert "content" not in entry
    assert plain(entry.summary) == newsroom.en.dek
    assert entry.enclosures  # the picture still travels with the summary


def test_a_story_without_a_dek_is_summed_up_by_its_opening(client, newsroom):
    ArticleFactory(dek="", body="<p>Opening words of the story.</p><p>More.</p>", section=newsroom.section)
    parsed = get_feed(client, "/en/feed/", "rss")
    assert plain(parsed.entries[0].summary) == "Opening words of the story. More."


@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
def test_sponsored_stories_are_marked_where_readers_look(client, newsroom, fmt):
    sponsored = ArticleFactory(
        headline="Banking made simple", is_sponsored=True, sponsor_name="Gulf Bank", section=newsroom.section
    )
    path = newsroom.feed_path("en", "site", fmt)
    if fmt == "json":
        item = next(i for i in get_json_feed(client, path)["items"] if i["id"] == sponsored.guid)
        title, tags, text = item["title"], item["tags"], item["content_html"]
    else:
        entry = entry_with_id(get_feed(client, path, fmt), sponsored.guid)
        title, tags, text = entry.title, [t.term for t in entry.tags], entry.content[0].value
    assert title == "Sponsored: Banking made simple"
    assert "Sponsored" in tags
    assert text.startswith("<p><strong>Sponsored by Gulf Bank</strong></p>")


# --- discovery -----------------------------------------------------------------------------------


def feed_links(client, path: str) -> list[tuple[str, str, str]]:
    response = client.get(path)
    assert response.status_code == 200
    head = lxml_html.fromstring(response.content).find("head")
    return [
        (link.get("type"), link.get("href"), link.get("title"))
        for link in head.iterfind("link[@rel='alternate']")
        if link.get("type")
    ]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_page_names_its_own_feeds_and_the_sites(client, newsroom, language):
    site_feeds = [
        (FEED_TYPES[fmt], SITE + newsroom.feed_path(language, "site", fmt)) for fmt in ("rss", "atom", "json")
    ]
    pages = {
        f"/{language}/": [],
        f"/{language}/business/": ["section"],
        f"/{language}/tags/pearling/": ["tag"],
        f"/{language}/authors/mariam-saleh/": ["author"],
        newsroom.story(language).get_absolute_url(): [],
    }
    for page, kinds in pages.items():
        links = feed_links(client, page)
        own = [
            (FEED_TYPES[fmt], SITE + newsroom.feed_path(language, kind, fmt))
            for kind in kinds
            for fmt in ("rss", "atom", "json")
        ]
        assert [(kind, href) for kind, href, _title in links] == own + site_feeds, page
        assert all(title for _type, _href, title in links)
        # Every advertised feed answers.
        for _type, href, _title in links:
            assert client.get(href.removeprefix(SITE)).status_code == 200, href


def test_discovery_titles_name_the_site_and_the_subject(client, newsroom):
    titles = [title for _type, _href, title in feed_links(client, "/en/business/")]
    site = settings.MASTHEAD_SITE_NAME
    assert titles == [
        f"{site}: Business (RSS)",
        f"{site}: Business (Atom)",
        f"{site}: Business (JSON Feed)",
        f"{site} (RSS)",
        f"{site} (Atom)",
        f"{site} (JSON Feed)",
    ]
