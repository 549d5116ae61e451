"""Accessibility checked by a machine: axe-core in Debian's chromium on every kind of reader page and
on the editor's story form, in both languages, on a phone and on a desktop; and the reader's site
used from the keyboard alone, where every control on the way is reached and shows where focus is."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from masthead.articles.models import Page, Section
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TagFactory,
    UserFactory,
)
from masthead.core.embeds import embed_markup
from masthead.core.tests.browser import needs_chromium
from masthead.discovery.models import PinnedStory
from masthead.readership.models import HourlyViews

pytestmark = [*needs_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1440, "height": 900}
# A phone and a desktop, and the desktop again in the dark scheme the site follows from the device.
SCREENS = {"390px": (PHONE, "light"), "1440px": (DESKTOP, "light"), "1440px-dark": (DESKTOP, "dark")}
# What a reader cannot get past: "moderate" and "minor" findings are advice, these are barriers.
BLOCKING = {"serious", "critical"}
AXE = Axe()
# What each page must show for its check to count: a page that came out empty proves nothing.
SHOWS = {
    "home": "main .card",
    "section": ".list-layout__main .card",
    "tag": ".list-layout__main .card",
    "author": ".list-layout__main .card",
    "story (news)": ".story__body figure.embed--youtube",
    "story (opinion)": ".story--opinion .story__title",
    "story (report)": ".story--report .story__title",
    "story (caricature)": ".story__cartoon img",
    "standing page": ".standing-page .story__title",
    "search results": ".search-result",
    "most read": ".most-read .card",
    "newsletter sign-up": "main [data-newsletter] input[type=email]",
    "not found": ".error-page h1",
}


def newsroom(language: str) -> dict[str, str]:
    """One of each kind of page a reader meets, in `language`; their addresses by name."""
    arabic = language == "ar"
    news = SectionFactory(slug="news", name="News", name_ar="أخبار", kind=Section.Kind.NEWS)
    opinion = SectionFactory(slug="opinion", name="Opinion", name_ar="رأي", kind=Section.Kind.OPINION)
    reports = SectionFactory(slug="reports", name="Reports", name_ar="تقارير", kind=Section.Kind.REPORT)
    cartoons = SectionFactory(
        slug="caricature", name="Caricature", name_ar="كاريكاتير", kind=Section.Kind.CARICATURE
    )
    tag, author = TagFactory(slug="harbour", name="Harbour", name_ar="الميناء"), AuthorFactory(slug="mona")
    headline = "الميناء يفتح رصيفا جديدا" if arabic else "Harbour opens a new quay"
    text = "الرصيف يعمل من الأحد." if arabic else "The quay opens on Sunday."
    picture = ImageFactory()
    # The news story has all a body can hold: a picture from the library, a pull quote and an embed.
    rich = (
        f"<p>{text}</p>"
        f'<figure data-image="{picture.pk}"><img src="{picture.file.url}" alt="{picture.alt_text}" '
        f'width="800" height="500"><figcaption>{picture.caption}</figcaption></figure>'
        f'<blockquote data-pull=""><p>{text}</p></blockquote>'
        + embed_markup("https://www.youtube.com/watch?v=dQw4w9WgXcQ", headline)
    )
    now, stories = timezone.now(), {}
    for n, section in enumerate([news, opinion, reports, cartoons, news, news]):
        stories.setdefault(section.kind, []).append(
            ArticleFactory(
                language=language,
                section=section,
                headline=f"{headline} {n}",
                dek="رصيف جديد للسفن الكبيرة." if arabic else "A berth for the largest ships.",
                body=rich if n == 0 else f"<p>{text}</p>",
                authors=[author],
                tags=[tag],
                featured_image=ImageFactory() if n % 2 else None,
                published_at=now - timedelta(hours=n + 1),
            )
        )
    hour = now.replace(minute=0, second=0, microsecond=0)
    HourlyViews.objects.create(article=stories["news"][0], hour=hour, views=30)
    Page.objects.create(
        language=language,
        title="من نحن" if arabic else "About us",
        slug="about",
        body="<p>غرفة أخبار مستقلة.</p>" if arabic else "<p>An independent newsroom.</p>",
        status=Page.Status.PUBLISHED,
        published_at=now,
        is_in_footer=True,
    )
    word = "الميناء" if arabic else "harbour"
    return {
        "home": f"/{language}/",
        "section": f"/{language}/news/",
        "tag": f"/{language}/tags/harbour/",
        "author": f"/{language}/authors/mona/",
        **{f"story ({kind})": found[0].get_absolute_url() for kind, found in stories.items()},
        "standing page": f"/{language}/pages/about/",
        "search results": f"/{language}/search/?q={word}",
        "most read": f"/{language}/most-read/",
        "newsletter sign-up": f"/{language}/newsletter/",
        "not found": f"/{language}/no-such-page/",
    }


def barriers(page) -> list[str]:
    """axe's serious and critical findings on the page as it stands, one line each."""
    # Without preloading: axe would fetch @imported stylesheets relative to the page rather than to
    # the sheet (the admin's forms.css imports widgets.css), for its screen-orientation rule alone.
    found = AXE.run(page, options={"resultTypes": ["violations"], "preload": False}).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in found
        if v["impact"] in BLOCKING
    ]


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{name}: {problem}" for name, problems in found.items() for problem in problems)


def check(page, name: str, url: str) -> list[str]:
    page.goto(url, wait_until="networkidle")  # Popular Posts and the ad slots have answered
    assert page.locator(SHOWS[name]).count(), f"{name} ({url}) shows no {SHOWS[name]}"
    return barriers(page)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("screen", SCREENS)
def test_no_page_a_reader_meets_has_a_serious_accessibility_barrier(browser, live_server, language, screen):
    pages = newsroom(language)
    viewport, scheme = SCREENS[screen]
    context = browser.new_context(viewport=viewport, locale=language, color_scheme=scheme)
    page = context.new_page()
    assert set(pages) == set(SHOWS)
    found = {name: check(page, name, live_server.url + path) for name, path in pages.items()}
    context.close()
    if any(found.values()):
        pytest.fail(report(found), pytrace=False)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1440px"])
def test_the_story_form_has_no_serious_accessibility_barrier(browser, live_server, language, viewport):
    SectionFactory(slug="news", name="News", name_ar="أخبار")
    UserFactory(username="desk", role="Editor")
    story = ArticleFactory(language=language, tags=[TagFactory()], authors=[AuthorFactory()])
    # A pinned related story, so its table of rows is drawn too.
    PinnedStory.objects.create(article=story, related=ArticleFactory(language=language))
    context = browser.new_context(viewport=viewport, locale=language)  # the admin follows the browser
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "desk")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    found = {}
    for name, path in [("new story", "add/"), ("story with tags and a byline", f"{story.pk}/change/")]:
        page.goto(f"{live_server.url}/admin/articles/article/{path}", wait_until="networkidle")
        page.locator(".field-body .ProseMirror:visible").wait_for()  # the editor was built
        found[name] = barriers(page)
    # A byline row added in the page: its author box is drawn then, and must be named then too.
    page.locator("#bylines-group .add-row a").click()
    page.locator("#bylines-group .select2-selection").nth(2).wait_for()
    found["story with a byline row added"] = barriers(page)
    assert page.locator("html").get_attribute("lang") == language
    context.close()
    if any(found.values()):
        pytest.fail(report(found), pytrace=False)


# Each Tab press: what has focus, and how it is drawn; the mark lets it be found again unfocused.
FOCUSED = """(step) => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  el.dataset.tabStep = el.dataset.tabStep || step;
  const s = getComputedStyle(el);
  return {step: el.dataset.tabStep, tag: el.tagName.toLowerCase(), type: el.type || "",
          classes: el.className && el.className.baseVal === undefined ? el.className : "",
          inHeader: !!el.closest(".site-header"), inShare: !!el.closest(".share"),
          inNewsletter: !!el.closest("[data-newsletter]"), isSearch: el.id === "site-search-q",
          isLanguage: el.classList.contains("lang-switch"),
          ring: {outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow}};
}"""
# The same element drawn without focus, for comparison.
UNFOCUSED = """(step) => {
  const el = document.querySelector(`[data-tab-step="${step}"]`);
  el.blur();
  const s = getComputedStyle(el);
  return {outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow};
}"""


def tab_through(page, limit: int = 120) -> list[dict]:
    """Presses Tab from the top of the page until focus comes round again; every stop, in order."""
    stops: list[dict] = []
    for step in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED, str(step))
        if stop is None or (stops and stop["step"] == stops[0]["step"]):
            break
        stops.append(stop)
    return stops


def has_ring(focused: dict, unfocused: dict) -> bool:
    """Focus is visible when it draws an outline or a shadow the element does not have without it."""
    style, width, _ = focused["outline"].split(" ", 2)
    outline = style != "none" and float(width.removesuffix("px")) >= 1
    shadow = focused["shadow"] != "none"
    return focused != unfocused and (outline or shadow)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1440px"])
def test_from_the_keyboard_alone_a_reader_reaches_every_control_and_sees_the_focus(
    browser, live_server, language, viewport
):
    story = ArticleFactory(language=language, authors=[AuthorFactory()], tags=[TagFactory()])
    SectionFactory(slug="opinion", name="Opinion", name_ar="رأي", kind=Section.Kind.OPINION)
    context = browser.new_context(viewport=viewport, locale=language)
    page = context.new_page()
    page.goto(live_server.url + story.get_absolute_url(), wait_until="networkidle")
    stops = tab_through(page)
    wanted = {
        "a link in the header": [s for s in stops if s["inHeader"] and s["tag"] == "a"],
        "the search box": [s for s in stops if s["isSearch"]],
        "the language switch": [s for s in stops if s["isLanguage"]],
        "the newsletter's address field": [s for s in stops if s["inNewsletter"] and s["type"] == "email"],
        "the newsletter's button": [s for s in stops if s["inNewsletter"] and s["type"] == "submit"],
        "a share link": [s for s in stops if s["inShare"] and s["tag"] == "a"],
    }
    assert [name for name, found in wanted.items() if not found] == []
    assert len(wanted["a share link"]) == 6 and len(wanted["a link in the header"]) >= 4
    header = [s["step"] for s in stops if s["inHeader"]]
    assert header == [s["step"] for s in stops[1 : len(header) + 1]]  # right after the skip link
    unseen = []
    for name, found in wanted.items():
        for stop in found:
            unfocused = page.evaluate(UNFOCUSED, stop["step"])
            if not has_ring(stop["ring"], unfocused):
                unseen.append(f"{name} <{stop['tag']} class={stop['classes']!r}>: {stop['ring']}")
    context.close()
    assert unseen == []
