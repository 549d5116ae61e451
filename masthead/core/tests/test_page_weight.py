"""What a reader downloads besides the page and its pictures: stylesheets, scripts and fonts.

English pages fetch no font file at all, not even for the Arabic words they carry (the language
switch, "Read in Arabic"). Arabic pages fetch only the Arabic type that the stylesheet declares,
each file once, the preloaded one among them. No page needs more than PAGE_BUDGET of CSS,
JavaScript and fonts, counted as production sends them: whitenoise serves stylesheets and scripts
gzip-compressed (brotli, when the browser takes it, is smaller still), and WOFF2 fonts as they are,
since they are compressed already.
"""

import gzip
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders

from masthead.articles.tests.factories import ArticleFactory
from masthead.core.tests.browser import needs_chromium

pytestmark = needs_chromium

PAGE_BUDGET = 150 * 1024  # bytes of CSS + JS + fonts on one page, as transferred
COUNTED = ("stylesheet", "script", "font")


@dataclass
class PageWeight:
    """The stylesheets, scripts and fonts one page loaded, by kind, with their transferred sizes."""

    files: dict[str, list[tuple[str, int]]] = field(default_factory=lambda: {kind: [] for kind in COUNTED})
    failed: list[str] = field(default_factory=list)
    preloaded_fonts: list[str] = field(default_factory=list)
    families_in_use: list[str] = field(default_factory=list)
    arabic_in_english: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(size for files in self.files.values() for _, size in files)

    def names(self, kind: str) -> list[str]:
        return [urlsplit(url).path.rsplit("/", 1)[-1] for url, _ in self.files[kind]]


def declared_fonts() -> tuple[set[str], set[str]]:
    """The font files and families that the site's stylesheet declares with @font-face."""
    css = Path(finders.find("masthead/site.css")).read_text(encoding="utf-8")
    rules = re.findall(r"@font-face\s*{[^}]*}", css)
    files = {url.rsplit("/", 1)[-1] for rule in rules for url in re.findall(r'url\("?([^")]+)"?\)', rule)}
    families = {re.search(r'font-family:\s*"([^"]+)"', rule).group(1) for rule in rules}
    return files, families


def weigh(browser, url: str) -> PageWeight:
    """Loads `url` in a fresh browser context (nothing cached) and tallies what it fetched."""
    weight = PageWeight()
    context = browser.new_context()
    page = context.new_page()

    def finished(request) -> None:
        if request.resource_type not in COUNTED:
            return
        response = request.response()
        if response is None or not response.ok:
            weight.failed.append(request.url)
            return
        body = response.body()
        size = len(body) if request.resource_type == "font" else len(gzip.compress(body, compresslevel=9))
        weight.files[request.resource_type].append((request.url, size))

    page.on("requestfinished", finished)
    page.on("requestfailed", lambda request: weight.failed.append(request.url))
    page.goto(url, wait_until="networkidle")
    weight.families_in_use = page.evaluate(
        """() => document.fonts.ready.then(fonts => [...fonts]
            .filter(face => face.status === 'loaded').map(face => face.family.replaceAll('"', '')))"""
    )
    weight.preloaded_fonts = page.eval_on_selector_all(
        "link[rel=preload][as=font]", "links => links.map(link => link.href)"
    )
    weight.arabic_in_english = page.eval_on_selector_all(
        "html[lang=en] body [lang=ar]", "elements => elements.map(element => element.innerText.trim())"
    )
    assert page.locator("h1, h2").first.is_visible()
    context.close()
    return weight


@pytest.fixture
def stories():
    english = ArticleFactory(
        headline="Causeway tolls cut for commuters from Monday",
        dek="Drivers will pay 2.5 dinars instead of 4 at peak hours.",
        body="<p>Tolls fall on Monday, the transport ministry said on 12 March.</p>",
    )
    arabic = ArticleFactory(
        language="ar",
        headline="خفض رسوم الجسر للمسافرين اعتباراً من الاثنين",
        slug="causeway-tolls-cut",
        dek="يدفع السائقون 2.5 دينار بدلاً من 4 في ساعات الذروة.",
        body="<p>قالت وزارة النقل في 12 مارس إن الرسوم تنخفض يوم الاثنين، وفق بيان على موقع NewsWire.</p>",
        translation=english,
    )
    english.translation = arabic
    english.save(update_fields=["translation"])
    return english, arabic


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_english_pages_fetch_no_font_and_stay_within_the_budget(browser, live_server, stories):
    english, _ = stories
    for path in ("/en/", english.get_absolute_url()):
        weight = weigh(browser, live_server.url + path)
        assert weight.failed == []
        assert weight.names("stylesheet") and weight.names("script")
        # Not even for the Arabic words they carry: those are drawn by the device's own fonts.
        assert weight.arabic_in_english, path
        assert weight.names("font") == [], path
        assert weight.preloaded_fonts == [], path
        assert weight.total <= PAGE_BUDGET, (path, weight.total)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_arabic_pages_fetch_only_their_declared_type_once_and_stay_within_the_budget(
    browser, live_server, stories
):
    _, arabic = stories
    files, families = declared_fonts()
    assert files and families
    for path in ("/ar/", arabic.get_absolute_url()):
        weight = weigh(browser, live_server.url + path)
        fonts = weight.names("font")
        assert weight.failed == []
        assert fonts, path
        assert set(fonts) <= files, (path, fonts)
        assert len(fonts) == len(set(fonts)), f"a font fetched twice (preload without crossorigin?): {fonts}"
        preloaded = [urlsplit(url).path.rsplit("/", 1)[-1] for url in weight.preloaded_fonts]
        assert len(preloaded) == 1 and preloaded[0] in fonts, (path, preloaded, fonts)
        # The headlines and text are drawn in the shipped type, not in the device's fallback.
        assert set(weight.families_in_use) & families, weight.families_in_use
        assert weight.total <= PAGE_BUDGET, (path, weight.total)
