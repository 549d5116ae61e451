"""The desk in a real browser: two columns on a desktop, one on a phone, mirrored in Arabic."""

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.articles import services
from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, SectionFactory, UserFactory
from masthead.core.tests.browser import needs_chromium
from masthead.readership.counting import add_counts, hour_of

pytestmark = [*needs_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
S = Article.Status
WIDTHS = {"desktop": 1440, "phone": 390}


def newsroom_day() -> dict:
    """A morning on a bilingual desk: stories waiting, scheduled, out today and being read."""
    now = timezone.now()
    news = SectionFactory(slug="news", name="News", name_ar="أخبار")
    business = SectionFactory(slug="business", name="Business", name_ar="اقتصاد")
    sport = SectionFactory(slug="sport", name="Sport", name_ar="رياضة")
    editor = UserFactory(username="mariam", first_name="Mariam", last_name="Saleh", role="Editor")
    layla = UserFactory(username="layla", first_name="Layla", last_name="Haddad", role="Contributor")
    omar = UserFactory(username="omar", first_name="Omar", last_name="Farouk", role="Contributor")

    def story(headline, section=news, language="en", **fields):
        return ArticleFactory(headline=headline, section=section, language=language, **fields)

    for headline, section, language, who, minutes in [
        ("Causeway toll rises next month as traffic grows", business, "en", layla, 185),
        ("وزارة الصحة تفتتح مركزًا جديدًا للرعاية الأولية في المحرق", news, "ar", omar, 100),
        ("Pearl divers' museum reopens after a two-year restoration", news, "en", omar, 50),
        ("Central bank holds rates as inflation cools", business, "en", layla, 12),
    ]:
        story(
            headline,
            section,
            language,
            status=S.IN_REVIEW,
            published_at=None,
            created_by=who,
            submitted_by=who,
            submitted_at=now - timedelta(minutes=minutes),
        )
    for headline, section, language, hours in [
        ("Parliament opens the debate on the 2027 budget", news, "en", 2),
        ("المحرق يستضيف الرفاع في قمة الأسبوع", sport, "ar", 5),
        ("Weekend guide: five new places to eat in Manama", news, "en", 20),
    ]:
        story(headline, section, language, status=S.SCHEDULED, published_at=now + timedelta(hours=hours))
    for n, (headline, section, language, views) in enumerate(
        [
            ("Flights resume at the airport after the morning's fog", news, "en", 4210),
            ("ارتفاع أسعار الذهب في السوق المحلية", business, "ar", 2890),
            ("National team names its squad for the Gulf Cup", sport, "en", 1530),
            ("Fishermen welcome the end of the shrimp ban", business, "en", 880),
            ("افتتاح معرض الكتاب بمشاركة مئتي دار نشر", news, "ar", 640),
        ]
    ):
        live = story(headline, section, language, published_at=now - timedelta(minutes=20 + 35 * n))
        add_counts({(live.pk, hour_of(now)): views})
    story("Notes for a column on the new bus routes", status=S.DRAFT, published_at=None, created_by=editor)
    story(
        "Interview: the harbour master, forty years on", status=S.DRAFT, published_at=None, created_by=editor
    )
    returned = story(
        "Souq shopkeepers count the cost of the roadworks",
        business,
        status=S.IN_REVIEW,
        published_at=None,
        created_by=layla,
    )
    services.send_back(
        article=returned,
        by=editor,
        note="Good start. We need the municipality's answer and one more shopkeeper on record.",
    )
    story("Draft: the new ferry timetable", status=S.DRAFT, published_at=None, created_by=layla)
    return {"editor": editor, "writer": layla}


def signed_in(browser, live_server, username: str, *, width: int, language: str):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale=language)
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page


def box(page, selector: str) -> dict:
    return page.locator(selector).bounding_box()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_editors_desk_fits_a_desktop_and_a_phone_in_both_languages(browser, live_server, language):
    newsroom_day()
    for name, width in WIDTHS.items():
        page = signed_in(browser, live_server, "mariam", width=width, language=language)
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        # Nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= width, name
        review, scheduled = box(page, "#desk-review"), box(page, "#desk-scheduled")
        if name == "desktop":
            # Side by side, the queue first in the reading direction.
            assert review["y"] == scheduled["y"]
            assert (review["x"] < scheduled["x"]) == (language == "en")
        else:
            assert scheduled["y"] >= review["y"] + review["height"]
            assert review["width"] > width * 0.8
        page.context.close()


def test_a_contributor_reads_the_editors_note_on_the_desk(browser, live_server):
    newsroom_day()
    page = signed_in(browser, live_server, "layla", width=WIDTHS["phone"], language="en")
    note = page.locator("#desk-sent-back blockquote")
    assert "municipality's answer" in note.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS["phone"]
    page.click("#desk-sent-back tbody a")
    page.wait_for_url("**/change/")
    assert "municipality's answer" in page.locator("fieldset.review-note").inner_text()
    page.context.close()
