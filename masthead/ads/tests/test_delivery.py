"""The decision and viewability endpoints, signed clicks, ads.txt and the slots on cached pages."""

import io
import json
from urllib.parse import urlencode

import pytest
from django.test import Client

from masthead.ads import serving, tokens
from masthead.ads.models import AdsTxt, CreativeDay
from masthead.ads.tests.factories import CreativeFactory, SlotFactory
from masthead.ads.wsgi import AdsApp
from masthead.articles.tests.factories import ArticleFactory, TagFactory

pytestmark = pytest.mark.django_db


def call(method: str, path: str, query: str = "", body: bytes = b"") -> tuple[str, bytes]:
    """One request to the endpoints in front of Django, as a WSGI server makes it."""
    seen = {}
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }

    def django(environ, start_response):
        start_response("200 OK", [])
        return [b"django"]

    app = AdsApp(django)
    out = b"".join(app(environ, lambda status, headers: seen.update(status=status)))
    return seen["status"], out


def decide(forget: bool = True, **params) -> dict:
    if forget:
        serving.kept_live.forget()
    status, body = call("GET", "/ads/decide/", urlencode(params))
    assert status == "200 OK"
    return json.loads(body)


def test_decision_fills_only_the_slots_with_an_ad_and_counts_them():
    creative = CreativeFactory(
        html='<p>Fly <a href="https://air.example/">Gulf Air</a><script>x()</script></p>'
    )
    answer = decide(slots="article-sidebar,footer", lang="en", section="news")
    assert list(answer) == ["article-sidebar"]  # nothing booked for the footer: left out
    assert (
        "Gulf Air" in answer["article-sidebar"]["html"] and "<script" not in answer["article-sidebar"]["html"]
    )
    row = CreativeDay.objects.get(creative=creative)
    assert row.served == 1 and row.impressions == 0


def test_viewable_impression_counts_once_per_served_ad():
    creative = CreativeFactory()
    token = decide(slots="article-sidebar", lang="en")["article-sidebar"]["seen"]
    for _ in range(3):
        assert call("POST", "/ads/seen/", body=urlencode({"t": token}).encode())[0] == "204 No Content"
    assert call("POST", "/ads/seen/", body=b"t=forged:token")[0] == "204 No Content"
    assert CreativeDay.objects.get(creative=creative).impressions == 1
    assert call("GET", "/ads/seen/")[0].startswith("405")


def test_other_paths_go_on_to_django():
    assert call("GET", "/en/")[1] == b"django"


def test_image_ad_links_through_a_signed_click_that_goes_to_the_creative_url(settings, tmp_path):
    from masthead.articles.tests.factories import uploaded_image

    settings.MEDIA_ROOT = tmp_path
    creative = CreativeFactory(
        kind="image",
        html="",
        image=uploaded_image(),
        alt_text="Gulf Air to London",
        click_url="https://air.example/ldn",
    )
    html = decide(slots="article-sidebar", lang="en")["article-sidebar"]["html"]
    assert 'alt="Gulf Air to London"' in html and 'rel="sponsored noopener"' in html
    click = html.split('href="')[1].split('"')[0]
    response = Client().get(click)
    assert response.status_code == 302 and response["Location"] == "https://air.example/ldn"
    assert CreativeDay.objects.get(creative=creative).clicks == 1
    # An altered or unsigned link goes nowhere (no open redirect): the address is never in the link.
    assert Client().get(click.replace("/ads/click/", "/ads/click/x")).status_code == 400
    forged = tokens.click_token(creative.pk, "x")[:-3] + "abc"
    assert Client().get(f"/ads/click/{forged}/").status_code == 400
    assert Client().get("/ads/click/https%3A%2F%2Fevil.example/").status_code in (400, 404)


def test_third_party_tag_runs_in_a_sandboxed_frame():
    CreativeFactory(kind="tag", html='<script src="https://ads.example/tag.js"></script>')
    html = decide(slots="article-sidebar", lang="en")["article-sidebar"]["html"]
    assert html.startswith("<iframe") and 'sandbox="allow-scripts' in html and "allow-same-origin" not in html
    # Its own document (a srcdoc frame would inherit the page's policy, which runs no vendor script).
    frame_url = html.split('src="', 1)[1].split('"', 1)[0]
    frame = Client().get(frame_url)
    assert frame.status_code == 200 and b'<script src="https://ads.example/tag.js"></script>' in frame.content
    policy = frame["Content-Security-Policy"]
    assert "sandbox allow-scripts" in policy and "allow-same-origin" not in policy
    assert "frame-ancestors 'self'" in policy and frame["X-Frame-Options"] == "SAMEORIGIN"
    # The page's own policy is untouched, and a forged frame address shows nothing.
    assert Client().get(frame_url.replace("/ads/frame/", "/ads/frame/9")).status_code == 404


def test_ads_txt_is_served_from_the_back_office_text():
    assert Client().get("/ads.txt").content == b""
    AdsTxt.objects.create(content="google.com, pub-123, DIRECT, f08c47fec0942fa0\n")
    response = Client().get("/ads.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert response.content == b"google.com, pub-123, DIRECT, f08c47fec0942fa0\n"


def test_story_page_carries_hidden_labelled_slots_with_its_targeting():
    SlotFactory()
    tag = TagFactory(slug="ports")
    body = "".join(f"<p>Paragraph {i}.</p>" for i in range(1, 6))
    story = ArticleFactory(body=body, tags=[tag])
    html = Client().get(story.get_absolute_url()).text
    for key in ("header-leaderboard", "article-sidebar", "in-article", "footer"):
        assert f'data-ad-slot="{key}"' in html
    assert 'data-ad-section="news" data-ad-tags="ports" data-ad-lang="en" hidden' in html
    assert html.index("Paragraph 3.") < html.index('data-ad-slot="in-article"') < html.index("Paragraph 4.")
    assert (
        "Advertisement" in html
        and "<script" not in html.split('data-ad-slot="footer"')[1].split("</aside>")[0]
    )


def test_short_story_gets_no_in_article_slot():
    story = ArticleFactory(body="<p>One.</p><p>Two.</p><p>Three.</p>")
    assert 'data-ad-slot="in-article"' not in Client().get(story.get_absolute_url()).text


def test_arabic_page_labels_ads_in_arabic():
    story = ArticleFactory(language="ar", slug="mina", headline="الميناء")
    html = Client().get(story.get_absolute_url()).text
    assert "إعلان" in html and 'data-ad-lang="ar"' in html


def test_changing_a_campaign_reaches_the_servers(django_capture_on_commit_callbacks):
    creative = CreativeFactory()
    assert "article-sidebar" in decide(slots="article-sidebar", lang="en")
    campaign = creative.campaign
    campaign.is_paused = True
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save()  # as in the back office: the stamp moves on commit
    assert decide(forget=False, slots="article-sidebar", lang="en") == {}


def test_django_routes_answer_like_the_front_app():
    creative = CreativeFactory()
    serving.kept_live.forget()
    answer = Client().get("/ads/decide/", {"slots": "article-sidebar", "lang": "en"})
    assert answer["Cache-Control"] == "no-store"
    token = answer.json()["article-sidebar"]["seen"]
    assert Client(enforce_csrf_checks=True).post("/ads/seen/", {"t": token}).status_code == 204
    row = CreativeDay.objects.get(creative=creative)
    assert (row.served, row.impressions) == (1, 1)


def test_html_creative_with_a_click_address_routes_its_links_through_the_counted_click():
    routed = CreativeFactory(click_url="https://air.example/ldn")
    html = decide(slots="article-sidebar", lang="en")["article-sidebar"]["html"]
    click = html.split('data-click="')[1].split('"')[0]
    assert click.startswith("/ads/click/")
    assert Client().get(click)["Location"] == "https://air.example/ldn"
    assert CreativeDay.objects.get(creative=routed).clicks == 1
    routed.click_url = ""
    routed.save()
    assert "data-click" not in decide(slots="article-sidebar", lang="en")["article-sidebar"]["html"]
