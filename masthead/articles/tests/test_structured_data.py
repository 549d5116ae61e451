"""Structured data as search engines extract it (extruct), and the Open Graph tags beside it."""

import os
import re
from datetime import timedelta

import extruct
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PILImage

from masthead.articles import selectors, structured
from masthead.articles.models import Article, Section
from masthead.articles.templatetags.articles import kept_stories
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TagFactory,
    uploaded_image,
)
from masthead.articles.views import preview_token
from masthead.core.tasks import make_renditions_task
from masthead.core.tests.browser import CHROMIUM

pytestmark = pytest.mark.django_db
SITE = "http://127.0.0.1:8000"  # MASTHEAD_SITE_URL's default
NAME = "The Gulf Ledger"  # MASTHEAD_SITE_NAME's default
SCRIPT_BREAKER = "</script><script>alert(1)</script> <!-- & done"
LD_SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def get(url: str):
    response = Client().get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def extract(url: str) -> tuple[list[dict], dict[str, list[str]], str]:
    """(JSON-LD items, Open Graph and Twitter properties {name: [values]}, html) of a page."""
    html = get(url).content.decode()
    data = extruct.extract(html, base_url=SITE + url, syntaxes=["json-ld", "opengraph"], uniform=False)
    properties: dict[str, list[str]] = {}
    for block in data["opengraph"]:
        for name, value in block["properties"]:
            properties.setdefault(name, []).append(value)
    for name, value in re.findall(r'<meta name="(twitter:[a-z:]+)" content="([^"]*)">', html):
        properties.setdefault(name, []).append(value)
    return data["json-ld"], properties, html


def one(items: list[dict], kind: str) -> dict:
    found = [
        item
        for item in items
        if kind in ([item["@type"]] if isinstance(item["@type"], str) else item["@type"])
    ]
    assert len(found) == 1, [item["@type"] for item in items]
    return found[0]


def story_item(items: list[dict]) -> dict:
    """The page's article, whatever its NewsArticle subtype."""
    found = [item for item in items if item["@type"] != "BreadcrumbList"]
    assert len(found) == 1, [item["@type"] for item in items]
    return found[0]


def url_of(article: Article) -> str:
    return SITE + article.get_absolute_url()  # reversed addresses come percent-encoded


@pytest.fixture
def desks() -> dict[str, Section]:
    kinds = ("news", "opinion", "report", "caricature", "feature")
    names = {
        "news": "أخبار",
        "opinion": "رأي",
        "report": "تقارير",
        "caricature": "كاريكاتير",
        "feature": "منوعات",
    }
    return {
        kind: SectionFactory(slug=kind, name=kind.title(), name_ar=names[kind], kind=kind, order=n)
        for n, kind in enumerate(kinds)
    }


@pytest.fixture
def story(desks) -> Article:
    """A news story with two authors, two tags and a wide picture with its renditions made."""
    image = ImageFactory(
        file=uploaded_image(width=1600, height=900), caption="Boats at dawn.", credit="Staff photographer"
    )
    make_renditions_task.enqueue("articles.Image", image.pk, "file", "renditions")
    return ArticleFactory(
        slug="pearl-divers",
        headline="Pearl divers return to the northern beds",
        dek="The season opens with more boats than last year.",
        section=desks["news"],
        featured_image=image,
        tags=[TagFactory(name="Pearling", name_ar="الغوص"), TagFactory(name="Muharraq", name_ar="المحرق")],
        authors=[
            AuthorFactory(name="Layla Haddad", name_ar="ليلى حداد", slug="layla"),
            AuthorFactory(name="Omar Said", name_ar="عمر سعيد", slug="omar"),
        ],
        published_at=timezone.now() - timedelta(hours=3),
    )


def linked(english: Article, **arabic) -> Article:
    """An Arabic translation of `english`, both pointing at each other."""
    translation = ArticleFactory(
        language="ar", slug="عودة-الغواصين", headline="عودة الغواصين", section=english.section, **arabic
    )
    Article.objects.filter(pk=translation.pk).update(translation=english)
    Article.objects.filter(pk=english.pk).update(translation=translation)
    return translation


# --- a story ------------------------------------------------------------------------------------


def test_news_story_carries_every_property_search_engines_read(story):
    items, _og, html = extract(story.get_absolute_url())
    data = one(items, "NewsArticle")
    url = url_of(story)
    assert data["@context"] == "https://schema.org"
    assert data["url"] == url and data["@id"] == url + "#article"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert f'<link rel="canonical" href="{url}">' in html
    assert data["headline"] == "Pearl divers return to the northern beds"
    assert data["description"] == "The season opens with more boats than last year."
    assert data["inLanguage"] == "en"
    assert data["articleSection"] == "News"
    assert data["keywords"] == ["Muharraq", "Pearling"]
    assert data["isAccessibleForFree"] is True
    # Times in the site's zone (Asia/Bahrain, +03:00), to the second.
    published = timezone.localtime(story.published_at).replace(microsecond=0)
    assert data["datePublished"] == published.isoformat()
    assert data["datePublished"].endswith("+03:00")
    updated = Article.objects.get(pk=story.pk).updated_at
    assert data["dateModified"] == timezone.localtime(updated).replace(microsecond=0).isoformat()
    assert data["author"] == [
        {"@type": "Person", "name": "Layla Haddad", "url": f"{SITE}/en/authors/layla/"},
        {"@type": "Person", "name": "Omar Said", "url": f"{SITE}/en/authors/omar/"},
    ]
    publisher = data["publisher"]
    assert publisher["@type"] == "NewsMediaOrganization" and publisher["name"] == NAME
    assert publisher["url"] == f"{SITE}/en/"
    assert publisher["logo"] == {
        "@type": "ImageObject",
        "url": f"{SITE}/static/icons/icon-512.png",
        "contentUrl": f"{SITE}/static/icons/icon-512.png",
        "width": 512,
        "height": 512,
        "caption": NAME,
    }
    # After the crops: the widest rendition up to 1280 px, its height in the picture's proportions.
    image = data["image"][-1]
    assert re.fullmatch(rf"{SITE}/media/renditions/.+-1280\.webp", image["url"])
    assert (image["width"], image["height"]) == (1280, 720)
    assert image["caption"] == "Boats at dawn." and image["creditText"] == "Staff photographer"
    assert "sponsor" not in data and "workTranslation" not in data and "translationOfWork" not in data


def test_open_graph_and_twitter_tell_the_same_story(story):
    items, og, _html = extract(story.get_absolute_url())
    data = one(items, "NewsArticle")
    image = data["image"][-1]
    assert og["og:type"] == ["article"] and og["og:site_name"] == [NAME]
    assert og["og:locale"] == ["en_US"] and "og:locale:alternate" not in og
    assert og["og:title"] == [story.headline] and og["og:description"] == [data["description"]]
    assert og["og:url"] == [data["url"]]
    assert og["og:image"] == [image["url"]]
    assert og["og:image:width"] == ["1280"] and og["og:image:height"] == ["720"]
    assert og["og:image:alt"] == ["Fishing boats moored in Muharraq harbour at dawn"]
    assert og["article:published_time"] == [data["datePublished"]]
    assert og["article:modified_time"] == [data["dateModified"]]
    assert og["article:section"] == ["News"]
    assert og["article:tag"] == ["Muharraq", "Pearling"]
    assert og["twitter:card"] == ["summary_large_image"]
    assert og["twitter:image:alt"] == og["og:image:alt"]


def test_a_picture_with_crops_is_listed_in_googles_three_ratios_then_whole(story):
    images = one(extract(story.get_absolute_url())[0], "NewsArticle")["image"]
    assert len(images) == 4
    crops, whole = images[:3], images[3]
    assert [(c["width"], c["height"]) for c in crops] == [(1200, 675), (1200, 900), (900, 900)]
    assert [c["width"] / c["height"] for c in crops] == [16 / 9, 4 / 3, 1.0]
    for crop, ratio in zip(crops, ("16x9", "4x3", "1x1"), strict=True):
        assert re.fullmatch(rf"{SITE}/media/renditions/.+-{ratio}\.webp", crop["url"])
        assert crop["contentUrl"] == crop["url"] and crop["caption"] == "Boats at dawn."
        stored = os.path.join(settings.MEDIA_ROOT, crop["url"].removeprefix(f"{SITE}/media/"))
        with PILImage.open(stored) as file:
            assert file.size == (crop["width"], crop["height"])
    assert re.fullmatch(rf"{SITE}/media/renditions/.+-1280\.webp", whole["url"])


def test_picture_without_renditions_yet_is_shared_as_uploaded(desks):
    story = ArticleFactory(section=desks["news"], featured_image=ImageFactory())
    items, og, _html = extract(story.get_absolute_url())
    [image] = one(items, "NewsArticle")["image"]
    assert re.fullmatch(rf"{SITE}/media/images/.+\.jpg", image["url"])
    assert (image["width"], image["height"]) == (800, 500)
    assert og["og:image"] == [image["url"]] and og["og:image:width"] == ["800"]


def test_story_without_picture_or_byline_is_the_newsrooms_own(desks):
    story = ArticleFactory(section=desks["news"], published_at=timezone.now() - timedelta(minutes=2))
    items, og, _html = extract(story.get_absolute_url())
    data = one(items, "NewsArticle")
    assert "image" not in data
    assert data["author"] == [{"@type": "NewsMediaOrganization", "name": NAME, "url": f"{SITE}/en/"}]
    # Not edited since: modified when published, and no modified time for Open Graph.
    assert data["dateModified"] == data["datePublished"]
    assert "article:modified_time" not in og
    assert og["twitter:card"] == ["summary"] and "og:image" not in og


def test_arabic_story_is_described_in_arabic(story):
    arabic = linked(story, authors=story.byline, dek="يبدأ الموسم بقوارب أكثر من العام الماضي.")
    items, og, html = extract(arabic.get_absolute_url())
    data = one(items, "NewsArticle")
    url = url_of(arabic)
    assert url == f"{SITE}/ar/news/%D8%B9%D9%88%D8%AF%D8%A9-%D8%A7%D9%84%D8%BA%D9%88%D8%A7%D8%B5%D9%8A%D9%86/"
    assert data["url"] == url and og["og:url"] == [url]
    assert f'<link rel="canonical" href="{url}">' in html
    assert data["headline"] == "عودة الغواصين"
    assert data["description"] == "يبدأ الموسم بقوارب أكثر من العام الماضي."
    assert data["inLanguage"] == "ar" and data["articleSection"] == "أخبار"
    assert [a["name"] for a in data["author"]] == ["ليلى حداد", "عمر سعيد"]
    assert data["author"][0]["url"] == f"{SITE}/ar/authors/layla/"
    assert data["publisher"]["url"] == f"{SITE}/ar/"
    assert og["og:locale"] == ["ar_AR"] and og["og:locale:alternate"] == ["en_US"]
    assert og["article:section"] == ["أخبار"]
    # Written as readable text in the page, not as \u escapes.
    assert '"headline":"عودة الغواصين"' in html


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [
        ("news", "NewsArticle"),
        ("opinion", "OpinionNewsArticle"),
        ("report", "ReportageNewsArticle"),
        ("caricature", "NewsArticle"),
        ("feature", "NewsArticle"),
    ],
)
def test_each_section_kind_has_its_schema_type(desks, kind, schema_type):
    story = ArticleFactory(section=desks[kind], slug=f"a-{kind}", featured_image=ImageFactory())
    items, _og, _html = extract(story.get_absolute_url())
    data = story_item(items)
    assert data["@type"] == schema_type
    assert data["articleSection"] == kind.title()
    assert ("associatedMedia" in data) is (kind == "caricature")


def test_caricature_has_its_cartoon_as_the_main_content(desks):
    cartoonist = AuthorFactory(name="Nabil Darwish", slug="nabil")
    cartoon = ImageFactory(caption="The causeway, as seen from a queue.", credit="Nabil Darwish")
    story = ArticleFactory(
        section=desks["caricature"], slug="queue", featured_image=cartoon, authors=[cartoonist]
    )
    items, _og, _html = extract(story.get_absolute_url())
    data = one(items, "NewsArticle")
    [image] = data["image"]
    media = data["associatedMedia"]
    assert media["@type"] == "ImageObject"
    assert media["contentUrl"] == image["url"] == data["mainEntityOfPage"]["primaryImageOfPage"]["url"]
    assert media["caption"] == "The causeway, as seen from a queue."
    assert media["creditText"] == "Nabil Darwish"
    assert media["author"] == [
        {"@type": "Person", "name": "Nabil Darwish", "url": f"{SITE}/en/authors/nabil/"}
    ]
    assert (media["width"], media["height"]) == (800, 500)


def test_sponsored_story_is_marked_as_paid_content(desks):
    story = ArticleFactory(section=desks["news"], is_sponsored=True, sponsor_name="Gulf Pearl Bank")
    data = story_item(extract(story.get_absolute_url())[0])
    assert data["@type"] == ["NewsArticle", "AdvertiserContentArticle"]
    assert data["sponsor"] == {"@type": "Organization", "name": "Gulf Pearl Bank"}


def test_long_headline_is_cut_at_a_word_to_110_characters(desks):
    headline = "Causeway commuters " + "wait longer at the border crossing than last summer, " * 3
    story = ArticleFactory(section=desks["news"], headline=headline.strip())
    items, og, _html = extract(story.get_absolute_url())
    data = one(items, "NewsArticle")
    assert len(data["headline"]) <= 110 and data["headline"].endswith("…")
    assert headline.startswith(data["headline"][:-1]) and data["headline"][-2] != " "
    assert og["og:title"] == [headline.strip()]  # previews show the whole headline
    assert one(items, "BreadcrumbList")["itemListElement"][2]["name"] == data["headline"]


# --- translations -------------------------------------------------------------------------------


def test_translations_link_both_ways_from_the_original(story):
    arabic = linked(story)  # published an hour ago, after the English story (three hours ago)
    english_data = one(extract(story.get_absolute_url())[0], "NewsArticle")
    arabic_items, arabic_og, _html = extract(arabic.get_absolute_url())
    arabic_data = one(arabic_items, "NewsArticle")
    assert english_data["workTranslation"] == {
        "@type": "NewsArticle",
        "@id": arabic_data["@id"],
        "url": url_of(arabic),
        "inLanguage": "ar",
    }
    assert arabic_data["translationOfWork"] == {
        "@type": "NewsArticle",
        "@id": english_data["@id"],
        "url": url_of(story),
        "inLanguage": "en",
    }
    assert "translationOfWork" not in english_data and "workTranslation" not in arabic_data
    assert extract(story.get_absolute_url())[1]["og:locale:alternate"] == ["ar_AR"]
    assert arabic_og["og:locale:alternate"] == ["en_US"]


def test_the_story_published_first_is_the_original(story):
    arabic = linked(story, published_at=story.published_at - timedelta(days=1))
    english_data = story_item(extract(story.get_absolute_url())[0])
    arabic_data = story_item(extract(arabic.get_absolute_url())[0])
    assert english_data["translationOfWork"]["url"] == url_of(arabic)
    assert arabic_data["workTranslation"]["url"] == url_of(story)


def test_unpublished_translation_is_not_linked(story):
    linked(story, status=Article.Status.DRAFT, published_at=None)
    items, og, _html = extract(story.get_absolute_url())
    data = one(items, "NewsArticle")
    assert "workTranslation" not in data and "translationOfWork" not in data
    assert "og:locale:alternate" not in og


# --- breadcrumbs --------------------------------------------------------------------------------


def test_story_has_breadcrumbs_home_section_story(story):
    for article, home, section_url, section_name in (
        (story, f"{SITE}/en/", f"{SITE}/en/news/", "News"),
        (linked(story), f"{SITE}/ar/", f"{SITE}/ar/news/", "أخبار"),
    ):
        trail = one(extract(article.get_absolute_url())[0], "BreadcrumbList")
        assert trail["@context"] == "https://schema.org"
        assert trail["itemListElement"] == [
            {"@type": "ListItem", "position": 1, "name": NAME, "item": home},
            {"@type": "ListItem", "position": 2, "name": section_name, "item": section_url},
            {"@type": "ListItem", "position": 3, "name": article.headline, "item": url_of(article)},
        ]
        for crumb in trail["itemListElement"]:
            get(crumb["item"].removeprefix(SITE))  # every step is a page that answers


# --- no headline can leave the script -----------------------------------------------------------


def test_headline_cannot_break_out_of_the_json_ld_script(desks):
    story = ArticleFactory(
        section=desks["news"], slug="breaker", headline=SCRIPT_BREAKER, dek="Profits > costs & taxes < 5%"
    )
    items, _og, html = extract(story.get_absolute_url())
    data = one(items, "NewsArticle")
    assert data["headline"] == SCRIPT_BREAKER
    assert data["description"] == "Profits > costs & taxes < 5%"
    assert one(items, "BreadcrumbList")["itemListElement"][2]["name"] == SCRIPT_BREAKER
    # Parsed as a browser's tokenizer would: the page's own two scripts and nothing else.
    assert re.findall(r"<script[^>]*>", html, re.I) == [
        '<script src="/static/masthead/reader.js" defer>',
        '<script type="application/ld+json">',
    ]
    [block] = LD_SCRIPT.findall(html)
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)" in block
    assert "alert(1)</script>" not in html


def test_json_ld_needs_no_csp_nonce_and_the_page_stays_cacheable(story):
    response = get(story.get_absolute_url())
    directives = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert directives["script-src"] == "'self'"  # no inline script allowed, and none needed
    assert "nonce=" not in response.content.decode()
    assert "public" in response["Cache-Control"]


# --- the home page ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
def test_home_page_has_the_website_with_its_search_and_the_publisher(desks, language):
    items, og, _html = extract(f"/{language}/")
    site = one(items, "WebSite")
    assert site["url"] == f"{SITE}/{language}/" and site["name"] == NAME
    assert site["inLanguage"] == language
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"] == {
        "@type": "EntryPoint",
        "urlTemplate": f"{SITE}/{language}/search/?q={{search_term_string}}",
    }
    assert action["query-input"] == "required name=search_term_string"
    get(action["target"]["urlTemplate"].removeprefix(SITE).replace("{search_term_string}", "pearl"))
    publisher = one(items, "NewsMediaOrganization")
    assert site["publisher"] == {"@id": publisher["@id"]} and publisher["@id"] == f"{SITE}/#organization"
    assert publisher["name"] == NAME and publisher["url"] == f"{SITE}/{language}/"
    assert publisher["logo"]["url"] == f"{SITE}/static/icons/icon-512.png"
    assert "sameAs" not in publisher  # none configured
    locales = {"en": "en_US", "ar": "ar_AR"}
    assert og["og:locale"] == [locales[language]]
    assert og["og:locale:alternate"] == [locales["ar" if language == "en" else "en"]]
    assert og["og:image"] == [publisher["logo"]["url"]] and og["og:image:width"] == ["512"]
    assert og["og:description"] and og["og:url"] == [f"{SITE}/{language}/"]
    assert og["twitter:card"] == ["summary"]


def test_publishers_profiles_elsewhere_are_named_when_configured(desks, settings):
    settings.MASTHEAD_SAME_AS = ["https://x.com/gulfledger", "https://www.facebook.com/gulfledger"]
    publisher = one(extract("/en/")[0], "NewsMediaOrganization")
    assert publisher["sameAs"] == ["https://x.com/gulfledger", "https://www.facebook.com/gulfledger"]


def test_section_and_tag_pages_have_locales_address_and_card(story):
    tag = story.shown_tags[0]
    for url, alternate in (("/ar/news/", "en_US"), (f"/en/tags/{tag.slug}/", "ar_AR")):
        _items, og, _html = extract(url)
        assert og["og:locale:alternate"] == [alternate]
        assert og["og:url"] == [SITE + url]
        assert og["og:image"] == [f"{SITE}/static/icons/icon-512.png"]
        assert og["twitter:card"] == ["summary"]
    assert extract("/ar/news/")[1]["og:locale"] == ["ar_AR"]


def test_logo_is_a_square_png_of_the_declared_size():
    path = finders.find(structured.LOGO_PATH)
    assert path is not None
    with PILImage.open(path) as logo:
        assert logo.format == "PNG"
        assert logo.size == (structured.LOGO_SIZE, structured.LOGO_SIZE)
        assert logo.size[0] >= 112  # Google's minimum for an organization's logo
    assert structured.LOGO_SIZE == 512 and settings.STATIC_URL == "/static/"


# --- no query of its own ------------------------------------------------------------------------


def test_building_a_storys_structured_data_takes_no_query(story, django_assert_num_queries):
    linked(story)
    article = selectors.published_article(language="en", section_slug="news", slug="pearl-divers")
    with django_assert_num_queries(0):
        items = structured.story_data(article)
        structured.to_script(items)
    assert items[0]["workTranslation"]["inLanguage"] == "ar" and len(items[0]["author"]) == 2


def count_queries(url: str) -> int:
    get(url)  # the process has its sections, tags, authors and pictures from now on
    with CaptureQueriesContext(connection) as queries:
        get(url)
    return len(queries)


def test_story_page_queries_are_the_same_with_and_without_json_ld(story, monkeypatch):
    linked(story)
    url = story.get_absolute_url()
    with_json_ld = count_queries(url)
    assert '"@type":"NewsArticle"' in get(url).content.decode()
    monkeypatch.setattr(structured, "story_data", lambda article: [])
    kept_stories.forget()  # the story's description as rendered before
    without = count_queries(url)
    assert '"@type":"NewsArticle"' not in get(url).content.decode()
    assert with_json_ld == without
    assert with_json_ld <= 8  # the story page's bound (test_pages)


def test_preview_carries_no_structured_data(desks):
    draft = ArticleFactory(section=desks["news"], status=Article.Status.DRAFT, published_at=None)
    html = get(f"/preview/{preview_token(draft)}/").content.decode()
    assert "application/ld+json" not in html and 'content="noindex, nofollow"' in html


# --- in a real browser, under the page's Content-Security-Policy --------------------------------

RECORD_VIOLATIONS = """
window.violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.violations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_browser_reads_the_json_ld_as_data_with_a_clean_csp_report(browser, live_server):
    section = SectionFactory(slug="news", name="News", name_ar="أخبار")
    story = ArticleFactory(section=section, slug="breaker", headline=SCRIPT_BREAKER)
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(live_server.url + story.get_absolute_url())
    page.wait_for_load_state("load")
    # An injected inline script would be refused by the policy (a violation) or would run (alert).
    assert page.evaluate("window.violations") == []
    assert dialogs == []
    assert page.evaluate("document.scripts.length") == 2  # reader.js and the JSON-LD
    headline = page.evaluate(
        "JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)[0].headline"
    )
    assert headline == SCRIPT_BREAKER
