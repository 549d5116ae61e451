"""Rich stories: what the story editor stores (pictures from the library, pull quotes, embeds), the
back office's answers to the editor, embeds loaded only on a reader's click (and the
Content-Security-Policy that lets exactly those frames in), and the translation draft."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from lxml import html as lxml_html

from masthead.articles import services
from masthead.articles.editor_views import figcaption_text
from masthead.articles.models import Article, Image
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    TagFactory,
    UserFactory,
    image_bytes,
)
from masthead.articles.tests.test_admin_workflow import change_url, form_data
from masthead.core.embeds import FRAME_SOURCES, embed_markup, frame_url, pasted_address
from masthead.core.html import sanitize_html
from masthead.newsletter import queueing
from masthead.newsletter.models import Issue

pytestmark = pytest.mark.django_db
VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m5s"
ROOT = Path(__file__).resolve().parents[3]

# --- what the editor stores, as the sanitizer keeps it ----------------------------------------


def test_a_pull_quote_is_kept_as_the_editor_writes_it_and_only_so():
    written = '<p>Before.</p><blockquote data-pull=""><p>The sea gives, the sea takes.</p></blockquote>'
    assert sanitize_html(written) == written
    assert sanitize_html("<blockquote data-pull><p>Bare mark</p></blockquote>") == (
        '<blockquote data-pull=""><p>Bare mark</p></blockquote>'
    )
    # No value, class or style rides on the mark; a plain quotation stays plain.
    smuggled = '<blockquote data-pull="x" class="big" style="color:red" title="t"><p>Q</p></blockquote>'
    assert sanitize_html(smuggled) == '<blockquote data-pull=""><p>Q</p></blockquote>'
    assert sanitize_html("<blockquote><p>Q</p></blockquote>") == "<blockquote><p>Q</p></blockquote>"


def test_a_picture_from_the_library_is_kept_exactly_as_the_editor_writes_it():
    image = ImageFactory(caption="Divers at dawn.", credit="Staff")
    written = (
        f'<figure data-image="{image.pk}"><img src="{image.file.url}" alt="Divers on a dhow" '
        f'width="{image.width}" height="{image.height}">'
        f"<figcaption>{figcaption_text(image)}</figcaption></figure>"
    )
    assert figcaption_text(image) == "Divers at dawn. (Staff)"
    assert sanitize_html(written) == written
    story = ArticleFactory(body=f"<p>Boats left.</p>{written}")
    assert written in story.body


def test_a_picture_from_elsewhere_goes_with_its_empty_figure_and_odd_sizes_are_dropped():
    pasted = (
        '<p>Before.</p><figure data-image="7"><img src="https://tracker.example/p.gif" alt=""></figure>'
        '<figure><img src="//x.test/a.png"><figcaption>Pipes</figcaption></figure><p>After.</p>'
    )
    # The caption's words stay (they are the story's text); an empty frame does not.
    assert (
        sanitize_html(pasted) == "<p>Before.</p><figure><figcaption>Pipes</figcaption></figure><p>After.</p>"
    )
    kept = sanitize_html(
        '<figure data-image="7"><img src="/media/images/a.jpg" alt="" width="9e9" height="50%"></figure>'
    )
    assert kept == '<figure data-image="7"><img src="/media/images/a.jpg" alt=""></figure>'


def test_the_editors_embed_is_the_element_importers_write():
    editor = '<figure data-embed="youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1m5s">Divers</a></figure>'
    assert sanitize_html(editor) == sanitize_html(embed_markup(VIDEO, "Divers"))
    untitled = '<figure data-embed="vimeo"><a href="https://vimeo.com/76979871">https://vimeo.com/76979871</a></figure>'
    assert sanitize_html(untitled) == sanitize_html(embed_markup("https://vimeo.com/76979871"))


# --- the back office's answers to the editor ----------------------------------------------------


def test_the_library_finds_pictures_by_alt_text_caption_or_credit(editor_client):
    divers = ImageFactory(alt_text="Pearl divers on a dhow", caption="North beds", credit="Mariam Saleh")
    ImageFactory(alt_text="A crowded souq", caption="Friday market", credit="Omar Haddad")
    url = reverse("admin:articles_image_library")
    for words in ("pearl", "north beds", "SALEH"):
        (found,) = editor_client.get(url, {"q": words}).json()["results"]
        assert found["id"] == divers.pk
        assert found["src"] == divers.file.url and found["alt"] == "Pearl divers on a dhow"
        assert (found["width"], found["height"]) == (800, 500)
        assert found["caption"] == "North beds (Mariam Saleh)"
    assert len(editor_client.get(url).json()["results"]) == 2
    assert editor_client.get(url, {"q": "camel"}).json()["results"] == []


def test_a_picture_uploaded_from_the_editor_goes_through_the_image_admins_form(contributor_client):
    url = reverse("admin:articles_image_upload")

    def upload(alt: str, content: bytes, name: str = "boats.jpg"):
        from django.core.files.uploadedfile import SimpleUploadedFile

        file = SimpleUploadedFile(name, content, content_type="image/jpeg")
        return contributor_client.post(
            url, {"file": file, "alt_text": alt, "caption": "Boats", "credit": "Staff"}
        )

    refused = upload("", image_bytes())
    assert refused.status_code == 400 and "alt_text" in refused.json()["errors"]
    not_a_picture = upload("Boats", b"GIF89a but not really")
    assert not_a_picture.status_code == 400 and "file" in not_a_picture.json()["errors"]
    assert Image.objects.count() == 0
    made = upload("Boats moored at dawn", image_bytes(width=640, height=400))
    assert made.status_code == 201
    image = Image.objects.get()
    assert (image.alt_text, image.width, image.height) == ("Boats moored at dawn", 640, 400)
    assert made.json() | {"thumb": None} == {
        "id": image.pk,
        "src": image.file.url,
        "thumb": None,
        "alt": "Boats moored at dawn",
        "caption": "Boats (Staff)",
        "width": 640,
        "height": 400,
    }


def test_only_staff_who_may_use_the_library_reach_it(client):
    reader = UserFactory(username="reader", is_staff=False)
    for name in ("admin:articles_image_library", "admin:articles_article_embed"):
        assert login(reader).get(reverse(name)).status_code == 302  # to the admin's sign-in
        assert client.get(reverse(name)).status_code == 302
    upload = login(UserFactory(username="nobody")).post(reverse("admin:articles_image_upload"))
    assert upload.status_code == 403


def test_an_embed_address_is_checked_against_the_allowed_providers(editor_client):
    url = reverse("admin:articles_article_embed")
    answer = editor_client.get(url, {"url": f"  {VIDEO} "}).json()
    assert answer == {"ok": True, "url": VIDEO, "provider": "youtube", "name": "YouTube"}
    refused = editor_client.get(url, {"url": "https://example.com/video"}).json()
    assert refused["ok"] is False and "YouTube" in refused["error"] and "link" in refused["error"]
    # A map's embed code, as Google Maps gives it under Share > Embed a map.
    code = '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12&amp;x=1" width="600"></iframe>'
    answer = editor_client.get(url, {"url": code}).json()
    assert (
        answer["provider"] == "map" and answer["url"] == "https://www.google.com/maps/embed?pb=!1m18!1m12&x=1"
    )


def test_pasted_addresses_and_embed_codes():
    assert pasted_address(" https://x.com/a/status/1 ") == "https://x.com/a/status/1"
    assert pasted_address("<iframe width=1 src='https://player.vimeo.com/video/1'></iframe>") == (
        "https://player.vimeo.com/video/1"
    )


# --- the reader's page: a card until the reader asks --------------------------------------------


@pytest.mark.parametrize(
    ("address", "frame"),
    [
        (VIDEO, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=65"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        (
            "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk",
            "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk",
        ),
        (
            "https://soundcloud.com/bahrain-radio/morning",
            "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fbahrain-radio%2Fmorning",
        ),
        (
            "https://www.google.com/maps/embed?pb=!1m18!1m12",
            "https://www.google.com/maps/embed?pb=!1m18!1m12",
        ),
        ("https://www.google.com/maps/place/Manama", None),  # says nothing a frame can show without a key
        ("https://x.com/gulfledger/status/1790000000000000000", None),  # needs X's script
        ("https://www.instagram.com/p/C7abcdEFGh/", None),
        ("https://www.facebook.com/gulfledger/posts/123", None),
        ("https://www.tiktok.com/@gulfledger/video/7300000000000000000", None),
        ("https://example.com/watch?v=dQw4w9WgXcQ", None),
    ],
)
def test_a_frame_comes_only_from_the_providers_own_player_or_map(address, frame):
    assert frame_url(address) == frame
    if frame:  # ...and from an address the policy's frame-src lets in
        assert any(
            frame.startswith(source) if source.endswith("/") else frame.split("?")[0] == source
            for source in FRAME_SOURCES
        )


def test_an_openstreetmap_view_becomes_its_embeddable_map_with_the_marker():
    frame = frame_url("https://www.openstreetmap.org/?mlat=26.2285&mlon=50.586#map=14/26.2285/50.586")
    assert frame.startswith("https://www.openstreetmap.org/export/embed.html?bbox=50.55")
    assert "&marker=26.2285,50.586&layer=mapnik" in frame
    assert frame_url("https://www.openstreetmap.org/about") is None


def test_the_story_page_loads_nothing_from_the_provider_before_the_click():
    story = ArticleFactory(
        body="<p>Watch the divers.</p>"
        + embed_markup(VIDEO, "Pearl divers at work")
        + embed_markup("https://x.com/gulfledger/status/1790000000000000000", "The minister's post")
    )
    response = Client().get(story.get_absolute_url())
    doc = lxml_html.fromstring(response.content)
    (video,) = doc.cssselect(".story__body figure.embed--youtube")
    (button,) = video.cssselect("button.embed__load")
    assert button.text_content() == "Load the video (from YouTube)"
    assert button.get("data-frame") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=65"
    assert button.get("hidden") is not None  # shown by the reader script, which alone can load it
    (post,) = doc.cssselect(".story__body figure.embed--x")
    assert not post.cssselect("button") and post.cssselect("a.embed__open")[0].text_content().startswith(
        "Open on X"
    )
    # Nothing on the page asks another site for anything: no frame, script, picture or style from them.
    for element in doc.iter():
        for attribute in ("src", "srcset", "poster", "data", "action"):
            value = element.get(attribute) or ""
            assert not re.match(r"(https?:)?//", value) or settings.MASTHEAD_SITE_URL in value, (
                element.tag,
                value,
            )
    assert "<iframe" not in response.text


def test_the_policy_lets_in_frames_from_exactly_the_embed_players(client):
    story = ArticleFactory(body=embed_markup(VIDEO, "Divers"))
    policy = client.get(story.get_absolute_url())["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if " " in part.strip())
    assert directives["frame-src"].split() == ["'self'", *FRAME_SOURCES]
    assert "youtube.com " not in directives["frame-src"] + " " and "*" not in directives["frame-src"]
    assert "'unsafe-inline'" not in directives["script-src"]
    # nginx sends the same policy with the pages it serves from the cache itself.
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    (served,) = re.findall(r"frame-src ([^;]+);", nginx)
    assert served.split() == directives["frame-src"].split()


def test_feeds_and_mail_keep_the_plain_link(client, editor):
    story = ArticleFactory(body="<p>Watch.</p>" + embed_markup(VIDEO, "Pearl divers at work"), slug="divers")
    feed = client.get("/en/feed/").content.decode()
    assert "https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;amp;t=1m5s" in feed  # escaped twice in XML
    assert "Pearl divers at work" in feed
    assert "youtube-nocookie" not in feed and "iframe" not in feed and "embed__load" not in feed
    issue = Issue.objects.create(kind=Issue.Kind.ALERT, language="en", article=story)
    queueing.send_test(issue=issue, to="desk@newsroom.test")
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    assert story.get_absolute_url() in html
    assert "youtube-nocookie" not in html and "<iframe" not in html and "Load the video" not in html


# --- "Create the Arabic version": a draft to translate, not a copy ------------------------------


@pytest.fixture
def original():
    return ArticleFactory(
        language="en",
        headline="Pearl divers return to the northern beds",
        slug="pearl-divers-return",
        dek="The season opens with record licences.",
        body="<p>Boats left Muharraq at dawn.</p>",
        authors=[AuthorFactory()],
        tags=[TagFactory()],
    )


def test_the_arabic_version_opens_empty_and_marked_as_needing_translation(editor_client, original):
    response = editor_client.post(reverse("admin:articles_article_translate", args=[original.pk]))
    draft = Article.objects.get(language="ar")
    assert response.url == change_url(draft)
    assert (draft.headline, draft.dek, draft.body) == ("", "", "")  # not the English words
    assert draft.status == Article.Status.DRAFT and draft.translation == original
    assert list(draft.tags.all()) == list(original.tags.all()) and draft.section == original.section
    assert services.untranslated(draft) == ["headline", "dek", "body"]

    doc = lxml_html.fromstring(editor_client.get(change_url(draft)).content.decode())
    (banner,) = doc.cssselect(".needs-translation")
    assert "Needs translation from English" in banner.text_content()
    (headline,) = doc.cssselect("textarea#id_headline")
    assert headline.text_content().strip() == "" and headline.get("placeholder") == "Headline in Arabic"
    assert (headline.get("dir"), headline.get("lang")) == ("rtl", "ar")
    assert doc.cssselect("textarea#id_dek")[0].text_content().strip() == ""
    assert "Boats left Muharraq" not in doc.cssselect("textarea#id_body")[0].text_content()
    # The English text is beside the form, to read, outside any field that is posted.
    (panel,) = doc.cssselect("aside.translation-source")
    assert panel.cssselect(".translation-source__text")[0].get("lang") == "en"
    assert "Pearl divers return to the northern beds" in panel.text_content()
    assert "Boats left Muharraq at dawn." in panel.text_content()
    assert not panel.cssselect("input, textarea, select")


def test_a_translation_needs_its_text_before_it_goes_live_and_takes_its_slug_from_its_headline(
    editor_client, original
):
    draft = services.create_translation(article=original, by=UserFactory(username="desk"))
    assert draft.slug.startswith("pearl-divers-return")  # a placeholder until the headline is written
    written = form_data(draft, headline="عودة الغواصين إلى المغاصات الشمالية", dek="موسم قياسي.", body="")
    written["translation"] = original.pk  # as the form shows it
    refused = editor_client.post(change_url(draft), written | {"status": "published"})
    assert refused.status_code == 200 and "body" in refused.context["adminform"].form.errors
    saved = editor_client.post(change_url(draft), written)
    assert saved.status_code == 302
    draft.refresh_from_db()
    assert draft.slug == "عودة-الغواصين-إلى-المغاصات-الشمالية"
    assert services.untranslated(draft) == ["body"]
    page = editor_client.get(change_url(draft)).content.decode()
    assert "Needs translation from English" in page and "Still to write:" in page
    draft.refresh_from_db()
    finished = form_data(draft, body="<p>غادرت القوارب المحرق فجرًا.</p>") | {"translation": original.pk}
    assert editor_client.post(change_url(draft), finished | {"status": "published"}).status_code == 302
    draft.refresh_from_db()
    assert draft.is_published and services.untranslated(draft) == []
    assert "translation-source" not in editor_client.get(change_url(draft)).content.decode()


def test_the_story_list_marks_a_draft_still_without_its_headline(editor_client, original):
    services.create_translation(article=original, by=UserFactory(username="desk"))
    listing = editor_client.get(reverse("admin:articles_article_changelist"), {"language": "ar"})
    doc = lxml_html.fromstring(listing.content)
    (row,) = doc.cssselect("#result_list tbody tr")
    assert "Needs translation:" in row.text_content() and original.headline in row.text_content()


# --- the form in the admin's language -----------------------------------------------------------


def test_sections_tags_and_authors_are_named_in_the_admins_language(editor):
    story = ArticleFactory(authors=[AuthorFactory(name="Mariam Saleh", name_ar="مريم صالح")])
    story.tags.set([TagFactory(name="Pearling", name_ar="الغوص")])
    client = login(editor)
    client.cookies["django_language"] = "ar"
    doc = lxml_html.fromstring(client.get(change_url(story)).content.decode())
    assert "أخبار" in [o.text_content() for o in doc.cssselect("select#id_section option")]
    assert [o.text_content() for o in doc.cssselect("select#id_tags option[selected]")] == ["الغوص"]
    assert "مريم صالح" in [o.text_content() for o in doc.cssselect("select#id_bylines-0-author option")]
    tags = doc.cssselect("select#id_tags")[0]
    answer = client.get(
        tags.get("data-ajax--url"),
        {"term": "Pearl", "app_label": "articles", "model_name": "article", "field_name": "tags"},
    ).json()
    assert [result["text"] for result in answer["results"]] == ["الغوص"]
    dates = [t.text_content() for t in doc.cssselect(".field-first_published time")]
    assert dates and re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", dates[0])
