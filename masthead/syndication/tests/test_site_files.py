"""The site's own files: robots.txt (and its back office), the favicon and icons, the web app
manifest, humans.txt, and the <head> links to them on the reader's pages."""

import io
import json
import re
from pathlib import Path
from urllib.robotparser import RobotFileParser

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from lxml import etree, html
from PIL import Image

from masthead.articles.tests.factories import ArticleFactory, UserFactory
from masthead.core.pagecache.backend import get_cdn
from masthead.syndication import robots
from masthead.syndication.models import ROBOTS_KEY, RobotsTxt

pytestmark = pytest.mark.django_db
CHANGE = "/admin/syndication/robotstxt/{}/change/"


@pytest.fixture
def administrator():
    return UserFactory(username="chief", role="Administrator")


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def parsed(text: str) -> RobotFileParser:
    """The file as Python's robots.txt reader reads it (a blank line ends a group there)."""
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return parser


def served_robots() -> str:
    response = Client().get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    return response.content.decode()


# --- robots.txt ----------------------------------------------------------------------------------


def test_robots_lists_the_sitemaps_and_closes_what_is_not_for_crawlers(django_assert_num_queries):
    with django_assert_num_queries(1):
        text = served_robots()
    reader = parsed(text)
    site = settings.MASTHEAD_SITE_URL
    assert reader.site_maps() == [
        f"{site}/sitemap.xml",
        f"{site}/sitemaps/news-en.xml",
        f"{site}/sitemaps/news-ar.xml",
    ]
    closed = [
        "/admin/",
        "/admin/articles/article/",
        "/preview/eyJhIjoxfQ:1s/",
        "/en/search/?q=oil",
        "/ar/search/?q=%D9%86%D9%81%D8%B7",
        "/ads/decide/?slots=footer",
        "/ads/seen/",
        "/ads/click/abc/",
        settings.READERSHIP_BEACON_PATH,
        "/en/most-read/block/?window=7d",
    ]
    for path in closed:
        assert not reader.can_fetch("*", f"{site}{path}"), path
    story = ArticleFactory()
    for path in ("/en/", "/ar/", story.get_absolute_url(), "/en/most-read/", "/ads.txt", "/robots.txt"):
        assert reader.can_fetch("*", f"{site}{path}"), path


def test_closed_paths_follow_the_urlconf_and_languages(settings):
    settings.LANGUAGES = [("en", "English"), ("ar", "Arabic"), ("fr", "French")]
    paths = robots.closed_paths()
    assert "/fr/search/" in paths and "/fr/most-read/block/" in paths
    assert paths[:5] == ["/admin/", "/preview/", "/en/search/", "/ar/search/", "/fr/search/"]


def test_the_newsroom_lines_are_kept_and_every_group_they_add_stays_closed():
    RobotsTxt.objects.create(
        content=(
            "# Tag pages are thin\n"
            "Disallow: /en/tag/\n"
            "\n"
            "User-agent: GPTBot\n"
            "User-agent: CCBot\n"
            "Disallow: /\n"
            "\n"
            "User-agent: Googlebot\n"
            "\n"
            "Allow: /\n"
            "Crawl-delay: 2\n"
            "Sitemap: https://cdn.example.com/extra-sitemap.xml\n"
        )
    )
    text = served_robots()
    for line in ("# Tag pages are thin", "Disallow: /en/tag/", "User-agent: GPTBot", "Crawl-delay: 2"):
        assert line in text.splitlines()
    reader = parsed(text)
    site = settings.MASTHEAD_SITE_URL
    # Lines before any User-agent join the group for every crawler.
    assert not reader.can_fetch("SomeBot", f"{site}/en/tag/oil/")
    assert reader.can_fetch("SomeBot", f"{site}/en/")
    assert not reader.can_fetch("GPTBot", f"{site}/en/") and not reader.can_fetch("CCBot", f"{site}/en/")
    # A crawler with a group of its own reads only that group: the closed paths are in it too.
    assert reader.can_fetch("Googlebot", f"{site}/en/tag/oil/")
    assert not reader.can_fetch("Googlebot", f"{site}/admin/")
    assert not reader.can_fetch("Googlebot", f"{site}/en/search/?q=oil")
    assert reader.crawl_delay("Googlebot") == 2
    assert "https://cdn.example.com/extra-sitemap.xml" in reader.site_maps()
    assert f"{site}/sitemap.xml" in reader.site_maps()


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("Disalow: /private/", "“Disalow” is not a robots.txt directive"),
        ("Noindex: /private/", "“Noindex” is not a robots.txt directive"),
        ("Disallow /private/", "expected “Directive: value”"),
        ("Disallow: private/", "a path starts with /"),
        ("User-agent:", "User-agent needs one crawler's name"),
        ("User-agent: Google bot", "User-agent needs one crawler's name"),
        ("Sitemap: /sitemap.xml", "Sitemap needs a full address"),
        ("Crawl-delay: soon", "Crawl-delay is a number of seconds"),
        ("Allow: /admin/", "/admin/ is always closed to crawlers."),
        ("Allow: /en/search/", "/en/search/ is always closed to crawlers."),
        ("Allow: /preview/x/", "/preview/ is always closed to crawlers."),
        ("Allow: /*/search/$", "/en/search/ is always closed to crawlers."),
    ],
)
def test_a_line_crawlers_would_misread_is_refused(line, error):
    found = robots.line_error(line, robots.closed_paths())
    assert found is not None and error in found


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "# a comment",
        "user-agent: *",
        "User-agent: Googlebot-News  # news only",
        "Disallow:",
        "Disallow: /*.pdf$",
        "Allow: /",
        "Allow: /*/search",  # shorter than /en/search/: the Disallow still wins
        "Sitemap: https://example.com/sitemap.xml",
        "Crawl-delay: 1.5",
    ],
)
def test_lines_crawlers_read_as_meant_pass(line):
    assert robots.line_error(line, robots.closed_paths()) is None


def test_administrators_edit_robots_txt_in_one_place_and_saving_purges_it(
    administrator, django_capture_on_commit_callbacks
):
    admin_client = login(administrator)
    # The list opens the one row, making it if there is none yet.
    response = admin_client.get("/admin/syndication/robotstxt/")
    row = RobotsTxt.objects.get()
    assert response.status_code == 302 and response["Location"] == CHANGE.format(row.pk)
    assert admin_client.get("/admin/syndication/robotstxt/add/").status_code == 403
    assert admin_client.get(f"/admin/syndication/robotstxt/{row.pk}/delete/").status_code == 403
    page = admin_client.get(CHANGE.format(row.pk)).text
    assert "Disallow: /admin/" in page  # the whole served file is shown beside the added lines

    served = Client().get("/robots.txt")
    # Kept by the page cache and CDNs under its key...
    assert ROBOTS_KEY in served["Surrogate-Key"].split()
    assert Client().get("/robots.txt", headers={"if-none-match": served["ETag"]}).status_code == 304
    before = len(get_cdn().purged)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(CHANGE.format(row.pk), {"content": "User-agent: GPTBot\nDisallow: /\n"})
    assert response.status_code == 302
    # ...which saving purges, so the new lines are served at once.
    assert len(get_cdn().purged) == before + 1 and ROBOTS_KEY in get_cdn().purged[-1]
    assert "User-agent: GPTBot" in served_robots()
    assert RobotsTxt.objects.count() == 1


def test_a_bad_robots_line_is_refused_in_the_back_office_with_its_number(administrator):
    row = RobotsTxt.objects.create(content="User-agent: GPTBot\nDisallow: /\n")
    bad = "User-agent: GPTBot\nDisallow: /\n# the archive\nDisalow: /archive/\n"

    response = login(administrator).post(CHANGE.format(row.pk), {"content": bad})

    assert response.status_code == 200
    assert (
        "Line 4: “Disalow” is not a robots.txt directive: use User-agent, Allow, Disallow, Sitemap or "
        "Crawl-delay." in html.fromstring(response.text).text_content()
    )
    row.refresh_from_db()
    assert row.content == "User-agent: GPTBot\nDisallow: /\n"


def test_only_administrators_change_robots_txt():
    administrator = UserFactory(username="chief", role="Administrator")
    editor = UserFactory(username="editor", role="Editor")
    assert administrator.has_perm("syndication.change_robotstxt")
    assert not editor.has_perm("syndication.change_robotstxt")
    assert not editor.has_perm("syndication.view_robotstxt")
    row = RobotsTxt.objects.create()
    assert login(editor).post(CHANGE.format(row.pk), {"content": "Disallow: /"}).status_code == 403
    row.refresh_from_db()
    assert row.content == ""


# --- icons, manifest, humans.txt -----------------------------------------------------------------


def static_file(url: str) -> Path:
    """The file behind a /static/ address."""
    assert url.startswith(settings.STATIC_URL), url
    found = finders.find(url.removeprefix(settings.STATIC_URL))
    assert found, url
    return Path(found)


def test_favicon_is_a_real_ico_with_the_usual_sizes():
    response = Client().get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age" in response["Cache-Control"]
    with Image.open(io.BytesIO(response.content)) as icon:
        assert icon.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48)} <= icon.ico.sizes()


def test_apple_touch_icon_is_served_at_the_root_as_ios_asks_for_it():
    for path in ("/apple-touch-icon.png", "/apple-touch-icon-precomposed.png"):
        response = Client().get(path)
        assert response.status_code == 200 and response["Content-Type"] == "image/png"
        with Image.open(io.BytesIO(response.content)) as icon:
            # Opaque: iOS fills transparent corners with black.
            assert icon.size == (180, 180) and icon.mode == "RGB"


def test_manifest_names_the_site_and_icons_that_exist_at_their_sizes():
    response = Client().get("/site.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == settings.MASTHEAD_SITE_NAME
    assert 0 < len(manifest["short_name"]) <= 12
    assert manifest["start_url"] == "/" and manifest["display"] == "standalone"
    assert (manifest["lang"], manifest["dir"]) == ("en", "ltr")
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
    purposes = set()
    for icon in manifest["icons"]:
        path = static_file(icon["src"])
        purposes.add(icon["purpose"])
        if icon["type"] == "image/svg+xml":
            assert icon["sizes"] == "any"
            svg = etree.parse(str(path)).getroot()
            assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox") == "0 0 512 512"
            continue
        with Image.open(path) as image:
            assert image.format == "PNG"
            assert f"{image.width}x{image.height}" == icon["sizes"]
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes and purposes == {"any", "maskable"}


def test_short_name_drops_a_leading_the_only_from_long_names():
    from masthead.syndication.views_files import short_name

    assert short_name("The Gulf Ledger") == "Gulf Ledger"
    assert short_name("The Times") == "The Times"
    assert short_name("Gazette of the Gulf") == "Gazette of the Gulf"


def test_humans_txt_names_the_site_and_its_languages():
    response = Client().get("/humans.txt")
    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert f"Newsroom: {settings.MASTHEAD_SITE_NAME}" in text
    assert "Languages: English, العربيّة" in text


def css_backgrounds() -> list[str]:
    """site.css's --bg, light then dark: the colours the browser's bars should take."""
    css = Path(finders.find("masthead/site.css")).read_text()
    found = re.findall(r"--bg:\s*#([0-9a-fA-F]{3,6})\b", css)
    return ["#" + (c if len(c) == 6 else "".join(d * 2 for d in c)).lower() for c in found]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_pages_link_the_icons_the_manifest_and_theme_colours(language):
    story = ArticleFactory(language=language)
    manifest = json.loads(Client().get("/site.webmanifest").content)
    light, dark = css_backgrounds()
    for path in (f"/{language}/", story.get_absolute_url()):
        response = Client().get(path)
        assert response.status_code == 200, path
        head = html.fromstring(response.content).find("head")
        assert head.getparent().get("lang") == language
        icons = {link.get("type", "ico"): link.get("href") for link in head.findall("link[@rel='icon']")}
        assert icons["ico"] == "/favicon.ico" and Client().get("/favicon.ico").status_code == 200
        assert static_file(icons["image/svg+xml"]).name == "icon.svg"
        touch = head.find("link[@rel='apple-touch-icon']").get("href")
        with Image.open(static_file(touch)) as image:
            assert image.size == (180, 180)
        assert head.find("link[@rel='manifest']").get("href") == "/site.webmanifest"
        colours = {
            meta.get("media"): meta.get("content") for meta in head.findall("meta[@name='theme-color']")
        }
        assert colours == {"(prefers-color-scheme: light)": light, "(prefers-color-scheme: dark)": dark}
        assert manifest["theme_color"] == manifest["background_color"] == light
