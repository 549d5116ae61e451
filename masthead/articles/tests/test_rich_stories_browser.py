"""Rich stories in a real browser: the editor inserts pictures (from the library and uploaded),
a pull quote and an embed, and saves them; a reader loads an embed with a click, and only then."""

import pytest
from playwright.sync_api import expect

from masthead.articles.models import Article, Image
from masthead.articles.tests.factories import (
    ArticleFactory,
    ImageFactory,
    SectionFactory,
    UserFactory,
    image_bytes,
)
from masthead.articles.tests.test_browser import sign_in
from masthead.core.embeds import embed_markup
from masthead.core.tests.browser import needs_chromium

pytestmark = [*needs_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def watch_for_errors(page) -> list[str]:
    """Script errors, console errors and refused policies, as a developer's console shows them."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    return errors


def test_an_editor_inserts_pictures_a_pull_quote_and_an_embed_and_saves_them(browser, live_server):
    SectionFactory(slug="business", name="Business")
    UserFactory(username="writer", role="Contributor")
    harbour = ImageFactory(alt_text="Dhows in Muharraq harbour", caption="At dawn.", credit="Staff")
    ImageFactory(alt_text="A crowded souq", caption="Friday market")

    page = sign_in(browser, live_server, "writer")
    errors = watch_for_errors(page)
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_headline", "Pearl divers return to the northern beds")
    page.select_option("#id_section", label="Business")
    editor = page.locator(".field-body .ProseMirror[contenteditable]")
    editor.click()
    page.keyboard.type("Boats left at dawn.")
    page.keyboard.press("Enter")
    page.keyboard.type("The sea gives, the sea takes.")
    page.click(".field-body button[data-name=pullQuote]")
    assert editor.locator("blockquote[data-pull]").inner_text() == "The sea gives, the sea takes."
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # out of the quote

    # A picture from the library, found by its caption.
    page.click(".field-body button[data-name=storyPicture]")
    page.fill(".story-picture-dialog input[type=search]", "dawn")
    page.locator(".story-picture-result", has_text="Dhows in Muharraq harbour").click()
    assert page.input_value(".story-picture-chosen input[name=alt]") == "Dhows in Muharraq harbour"
    page.fill(".story-picture-chosen input[name=caption]", "Dhows at dawn. (Staff)")
    page.click(".story-picture-dialog button[type=submit]")
    assert (
        editor.locator(f"figure[data-image='{harbour.pk}'] figcaption").inner_text()
        == "Dhows at dawn. (Staff)"
    )

    # A new picture, uploaded through the image admin: not without its alt text.
    page.click(".field-body button[data-name=storyPicture]")
    page.click(".story-picture-upload summary")
    page.set_input_files(
        ".story-picture-upload input[type=file]",
        files=[{"name": "divers.jpg", "mimeType": "image/jpeg", "buffer": image_bytes(640, 400)}],
    )
    page.click(".story-picture-upload button")
    assert page.locator(".story-picture-upload [role=status]").inner_text() != ""
    assert Image.objects.count() == 2
    page.fill(".story-picture-upload input[name=alt_text]", "Divers on the deck of a dhow")
    page.fill(".story-picture-upload input[name=credit]", "Mariam Saleh")
    page.click(".story-picture-upload button")
    expect(page.locator(".story-picture-chosen input[name=alt]")).to_have_value(
        "Divers on the deck of a dhow"
    )
    page.click(".story-picture-dialog button[type=submit]")
    uploaded = Image.objects.get(alt_text="Divers on the deck of a dhow")

    # An embed: an address from elsewhere is refused, YouTube's is taken.
    page.click(".field-body button[data-name=storyEmbed]")
    page.fill(".prose-editor-dialog input[name=url]", "https://example.com/clip")
    page.click(".prose-editor-dialog button[type=submit]")
    assert "as a link" in page.locator(".prose-editor-dialog").inner_text()
    page.fill(".prose-editor-dialog input[name=url]", VIDEO)
    page.fill(".prose-editor-dialog input[name=title]", "Divers at work")
    page.click(".prose-editor-dialog button[type=submit]")
    assert editor.locator(".story-embed-card").inner_text().startswith("YOUTUBE")

    page.click("input[name=_continue]")
    page.wait_for_url("**/change/")
    story = Article.objects.get()
    harbour_figure = (
        f'<figure data-image="{harbour.pk}"><img src="{harbour.file.url}" alt="Dhows in Muharraq harbour" '
        'width="800" height="500"><figcaption>Dhows at dawn. (Staff)</figcaption></figure>'
    )
    uploaded_figure = (
        f'<figure data-image="{uploaded.pk}"><img src="{uploaded.file.url}" '
        'alt="Divers on the deck of a dhow" width="640" height="400">'
        "<figcaption>(Mariam Saleh)</figcaption></figure>"
    )
    link = f'<a href="{VIDEO}" rel="noopener noreferrer">Divers at work</a>'
    embed = f'<figure data-embed="youtube">{link}</figure>'
    quote = '<blockquote data-pull=""><p>The sea gives, the sea takes.</p></blockquote>'
    assert story.body == f"<p>Boats left at dawn.</p>{quote}{harbour_figure}{uploaded_figure}{embed}"
    # Opened again, the editor shows what was saved: nothing of it is lost on the way back in.
    editor = page.locator(".field-body .ProseMirror[contenteditable]")
    assert editor.locator("blockquote[data-pull]").count() == 1
    assert editor.locator("figure[data-image] img").count() == 2
    assert editor.locator(".story-embed-card").count() == 1
    assert errors == []


def test_a_reader_loads_an_embed_with_a_click_and_not_before(browser, live_server):
    story = ArticleFactory(body="<p>Watch the divers.</p>" + embed_markup(VIDEO + "&t=65", "Divers at work"))
    page = browser.new_page()
    errors = watch_for_errors(page)
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    # The provider's player, answered here: the machine running the tests has no internet.
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(content_type="text/html", body="<p>player</p>"),
    )
    page.goto(live_server.url + story.get_absolute_url())
    page.evaluate(
        "window.refused = []; document.addEventListener('securitypolicyviolation', "
        "(e) => window.refused.push(e.blockedURI + ' ' + e.violatedDirective))"
    )
    card = page.locator("figure.embed--youtube")
    assert card.locator("iframe").count() == 0
    assert [url for url in asked if not url.startswith(live_server.url)] == []
    card.get_by_role("button", name="Load the video (from YouTube)").click()
    frame = card.locator(".embed__frame iframe")
    frame.wait_for()
    assert frame.get_attribute("src") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=65"
    assert frame.get_attribute("title") == "Divers at work"
    page.frame_locator("figure.embed--youtube iframe").locator("p").wait_for()  # allowed by the policy
    assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=65" in asked
    assert page.evaluate("window.refused") == []
    assert card.get_by_role("button").count() == 0
    assert card.locator("a.embed__open").get_attribute("href") == VIDEO + "&t=65"
    assert errors == []


LONG_HEADLINE = (
    "مجلس الوزراء يقر موازنة عام 2027 بعد جلسة استمرت حتى ساعات الصباح الأولى ويعد بمراجعة الدعم "
    "وتوسيع برامج الإسكان في المحافظات الشمالية والجنوبية خلال السنوات الثلاث المقبلة"
)

OVERLAPS = """() => {
  const box = (el) => el.getBoundingClientRect();
  const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const title = box(document.querySelector("#content h2"));
  const headline = document.querySelector("#id_headline");
  return {
    covered: [...document.querySelectorAll(".object-tools li, .submit-row input, .submit-row a")]
      .filter((el) => meet(box(el), title)).map((el) => el.textContent || el.value),
    headlineWidth: box(headline).width,
    rowWidth: box(headline.closest(".form-row")).width,
    headlineFits: headline.scrollHeight <= headline.clientHeight + 2,
  };
}"""


def test_an_arabic_story_is_typed_right_to_left_with_its_title_clear_of_the_tools(browser, live_server):
    UserFactory(username="desk", role="Editor")
    story = ArticleFactory(
        language="ar", headline=LONG_HEADLINE, slug="budget-2027", body="<p>أقر المجلس.</p>"
    )
    page = sign_in(browser, live_server, "desk")
    errors = watch_for_errors(page)
    for width in (390, 1440):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
        body = page.locator(".field-body .ProseMirror[contenteditable]")
        body.wait_for()
        layout = page.evaluate(OVERLAPS)
        assert layout["covered"] == [], width
        assert layout["headlineFits"], width  # the whole headline shows, on a phone too
        assert layout["headlineWidth"] > 0.6 * layout["rowWidth"], width
        for box in (page.locator("#id_headline"), page.locator("#id_dek"), body):
            assert (box.get_attribute("dir"), box.get_attribute("lang")) == ("rtl", "ar")
        assert body.get_attribute("spellcheck") == "true"
    page.select_option("#id_language", "en")
    assert page.locator("#id_headline").get_attribute("dir") == "ltr"
    assert page.locator(".field-body .ProseMirror[contenteditable]").get_attribute("dir") == "ltr"
    assert errors == []
