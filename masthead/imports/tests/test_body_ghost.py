import json

import pytest

from masthead.imports.bodies.ghost import convert_body, lexical_html, markdown_html, mobiledoc_html

SITE = "https://port.example.com"
WATCH = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
YOUTUBE_EMBED = f'<figure data-embed="youtube"><a href="{WATCH}">'


def lexical(*children) -> str:
    return json.dumps({"root": {"children": list(children), "type": "root", "version": 1}})


def text(value: str, fmt: int = 0) -> dict:
    return {
        "type": "extended-text",
        "text": value,
        "format": fmt,
        "detail": 0,
        "mode": "normal",
        "version": 1,
    }


def para(*children) -> dict:
    return {"type": "paragraph", "children": list(children), "version": 1}


def from_lexical(*children) -> str:
    return convert_body(lexical=lexical(*children), site_url=SITE)


def mobiledoc(sections, markups=(), atoms=(), cards=()) -> str:
    doc = {"version": "0.3.1", "markups": list(markups), "atoms": list(atoms), "cards": list(cards)}
    return json.dumps({**doc, "sections": sections})


# Lexical -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "markup"),
    [
        (1, "<strong>w</strong>"),
        (2, "<em>w</em>"),
        (3, "<em><strong>w</strong></em>"),
        (4, "<s>w</s>"),
        (8, "<u>w</u>"),
        (16, "<code>w</code>"),
        (64, "<sup>w</sup>"),
    ],
)
def test_lexical_text_formats(fmt, markup):
    assert from_lexical(para(text("w", fmt))) == f"<p>{markup}</p>"


def test_lexical_links_breaks_headings_lists_and_quotes():
    body = from_lexical(
        para(
            text("See "),
            {"type": "link", "url": "__GHOST_URL__/tides/", "children": [text("tides")]},
            {"type": "linebreak"},
            {"type": "link", "url": "https://example.org/", "children": []},
        ),
        {"type": "extended-heading", "tag": "h3", "children": [text("Heading")]},
        {
            "type": "list",
            "listType": "bullet",
            "tag": "ul",
            "children": [{"type": "listitem", "children": [text("a")]}],
        },
        {
            "type": "list",
            "listType": "number",
            "tag": "ol",
            "children": [{"type": "listitem", "children": [text("b")]}],
        },
        {"type": "quote", "children": [text("Said")]},
        {"type": "aside", "children": [text("Pulled")]},
        {"type": "horizontalrule"},
    )
    assert body == (
        f'<p>See <a href="{SITE}/tides/">tides</a><br><a href="https://example.org/">https://example.org/</a></p>'
        "<h3>Heading</h3><ul><li>a</li></ul><ol><li>b</li></ol>"
        "<blockquote><p>Said</p></blockquote><blockquote><p>Pulled</p></blockquote><hr>"
    )


def test_lexical_image_and_gallery_become_figures():
    body = from_lexical(
        {
            "type": "image",
            "src": "__GHOST_URL__/content/images/a.jpg",
            "alt": "A",
            "caption": '<span style="white-space: pre-wrap;">Cap</span>',
        },
        {
            "type": "gallery",
            "images": [
                {"src": "https://cdn.example/1.jpg"},
                {"src": "https://cdn.example/2.jpg", "alt": "Two"},
            ],
            "caption": "Both",
        },
    )
    assert body == (
        f'<figure><img src="{SITE}/content/images/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>'
        '<figure><img src="https://cdn.example/1.jpg" alt=""></figure>'
        '<figure><img src="https://cdn.example/2.jpg" alt="Two"><figcaption>Both</figcaption></figure>'
    )


def test_lexical_embeds_bookmarks_and_media_become_embeds_or_link_cards():
    body = from_lexical(
        {"type": "embed", "url": WATCH, "html": "<iframe></iframe>", "metadata": {"title": "Film"}},
        {"type": "bookmark", "url": "https://example.org/report", "metadata": {"title": "Report"}},
        {"type": "audio", "src": "__GHOST_URL__/content/media/talk.mp3", "title": "Talk"},
        {
            "type": "file",
            "src": "https://cdn.example/plan.pdf",
            "fileTitle": "Plan",
            "fileCaption": "The plan",
        },
    )
    assert body == (
        f'{YOUTUBE_EMBED}Film</a></figure><p><a href="https://example.org/report">Report</a></p>'
        f'<p><a href="{SITE}/content/media/talk.mp3">Talk</a></p>'
        '<p><a href="https://cdn.example/plan.pdf">Plan</a></p><p>The plan</p>'
    )


def test_lexical_cards_html_markdown_callout_toggle_button_and_code():
    body = from_lexical(
        {"type": "html", "html": '<div class="x"><p>Raw <i>html</i></p><script>bad()</script></div>'},
        {"type": "markdown", "markdown": "A **b**\nc\n\nNext <tag>"},
        {"type": "callout", "calloutEmoji": "💡", "calloutText": "<p>Take care.</p>"},
        {"type": "toggle", "heading": "<span>Q?</span>", "content": "<p>A.</p>"},
        {"type": "button", "buttonText": "Go", "buttonUrl": "__GHOST_URL__/go/"},
        {"type": "codeblock", "code": "a < b", "language": "python"},
    )
    assert body == (
        "<p>Raw <em>html</em></p><p>A **b**<br>c</p><p>Next &lt;tag&gt;</p><p>💡 Take care.</p>"
        f'<h4>Q?</h4><p>A.</p><p><a href="{SITE}/go/">Go</a></p><pre>a &lt; b</pre>'
    )


def test_lexical_cards_for_ghost_alone_are_left_out():
    body = from_lexical(
        para(text("Free")),
        {"type": "paywall"},
        para(text("Members")),
        {"type": "signup", "header": "Sign up", "buttonText": "Subscribe"},
        {"type": "email", "html": "<p>Only in the newsletter</p>"},
        {"type": "email-cta", "html": "<p>Upgrade</p>"},
    )
    assert body == "<p>Free</p><p>Members</p>"


def test_lexical_node_of_an_unknown_type_keeps_its_text():
    assert from_lexical({"type": "future-thing", "children": [para(text("kept"))]}) == "<p>kept</p>"


# Mobiledoc ---------------------------------------------------------------------------------


def test_mobiledoc_markers_markups_and_atoms():
    doc = mobiledoc(
        [
            [
                1,
                "p",
                [
                    [0, [], 0, "A "],
                    [0, [0, 1], 1, "bold link"],
                    [0, [], 1, " end"],
                    [1, [], 0, 0],
                    [0, [], 0, "B"],
                ],
            ],
            [1, "h3", [[0, [2], 1, "Title"]]],
            [1, "aside", [[0, [], 0, "Pull"]]],
        ],
        markups=[["a", ["href", "https://example.org/x", "rel", "noopener"]], ["b"], ["em"]],
        atoms=[["soft-return", "", {}]],
    )
    assert convert_body(mobiledoc=doc) == (
        '<p>A <a href="https://example.org/x"><strong>bold link</strong> end</a><br>B</p>'
        "<h3><em>Title</em></h3><blockquote><p>Pull</p></blockquote>"
    )


def test_mobiledoc_image_and_list_sections_and_cards():
    doc = mobiledoc(
        [
            [2, "/content/images/old.jpg"],
            [3, "ol", [[[0, [], 0, "one"]], [[0, [], 0, "two"]]]],
            [10, 0],
            [10, 1],
            [10, 2],
            [10, 3],
        ],
        cards=[
            ["image", {"src": "__GHOST_URL__/content/images/b.jpg", "alt": "B", "caption": "Bee"}],
            ["card-markdown", {"cardName": "card-markdown", "markdown": "plain *md*"}],
            ["hr", {}],
            ["embed", {"url": "https://vimeo.com/76979871", "metadata": {"title": "Sea"}}],
        ],
    )
    assert convert_body(mobiledoc=doc, site_url=SITE) == (
        f'<figure><img src="{SITE}/content/images/old.jpg" alt=""></figure><ol><li>one</li><li>two</li></ol>'
        f'<figure><img src="{SITE}/content/images/b.jpg" alt="B"><figcaption>Bee</figcaption></figure>'
        '<p>plain *md*</p><hr><figure data-embed="vimeo"><a href="https://vimeo.com/76979871">Sea</a></figure>'
    )


def test_renderers_give_plain_html_before_conversion():
    assert lexical_html(lexical(para(text("x", 1)))) == "<p><strong>x</strong></p>"
    assert mobiledoc_html(mobiledoc([[1, "p", [[0, [], 0, "y"]]]])) == "<p>y</p>"
    assert markdown_html("a\n\n\nb") == "<p>a</p><p>b</p>"


# Rendered HTML -----------------------------------------------------------------------------


def test_html_is_used_before_the_editor_document():
    assert (
        convert_body(html="<p>From html</p>", lexical=lexical(para(text("From lexical"))))
        == "<p>From html</p>"
    )


def test_a_damaged_document_falls_back_to_the_next():
    doc = mobiledoc([[1, "p", [[0, [], 0, "From mobiledoc"]]]])
    assert convert_body(lexical='{"root": ', mobiledoc=doc) == "<p>From mobiledoc</p>"
    assert convert_body(lexical='{"root": ') == ""


def test_html_image_and_gallery_cards():
    html = (
        '<figure class="kg-card kg-image-card kg-card-hascaption">'
        '<img src="__GHOST_URL__/content/images/f.jpg" '
        'class="kg-image" alt="F" srcset="x 600w"><figcaption><span>Ferry</span></figcaption></figure>'
        '<figure class="kg-card kg-gallery-card"><div class="kg-gallery-container">'
        '<div class="kg-gallery-row">'
        '<div class="kg-gallery-image"><img src="/content/images/1.jpg" alt=""></div>'
        '<div class="kg-gallery-image"><img src="/content/images/2.jpg" alt="2"></div></div></div>'
        "<figcaption><p>Pair</p></figcaption></figure>"
    )
    assert convert_body(html=html, site_url=SITE) == (
        f'<figure><img src="{SITE}/content/images/f.jpg" alt="F"><figcaption>Ferry</figcaption></figure>'
        f'<figure><img src="{SITE}/content/images/1.jpg" alt=""></figure>'
        f'<figure><img src="{SITE}/content/images/2.jpg" alt="2"><figcaption>Pair</figcaption></figure>'
    )


def test_html_embed_cards_become_embeds():
    html = (
        '<figure class="kg-card kg-embed-card">'
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" '
        'title="Film"></iframe><figcaption>Watch</figcaption></figure>'
        '<figure class="kg-card kg-embed-card"><blockquote class="twitter-tweet"><p>Back!</p>&mdash; Port '
        '<a href="https://twitter.com/port/status/17?ref_src=twsrc">Jan 1</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js"></script></figure>'
    )
    assert convert_body(html=html) == (
        f"{YOUTUBE_EMBED}Film</a></figure><p>Watch</p>"
        '<figure data-embed="x"><a href="https://twitter.com/port/status/17?ref_src=twsrc">'
        "https://twitter.com/port/status/17?ref_src=twsrc</a></figure>"
    )


def test_html_bookmark_file_audio_and_video_cards_become_link_cards():
    html = (
        '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://example.org/r">'
        '<div class="kg-bookmark-content"><div class="kg-bookmark-title">Report</div>'
        '<div class="kg-bookmark-description">Long text</div></div>'
        '<div class="kg-bookmark-thumbnail"><img src="https://example.org/t.jpg"></div></a></figure>'
        '<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="/content/files/plan.pdf">'
        '<div class="kg-file-card-title">Plan</div><div class="kg-file-card-filesize">2 MB</div></a></div>'
        '<div class="kg-card kg-audio-card"><audio src="/content/media/talk.mp3"></audio>'
        '<div class="kg-audio-title">Talk</div><span class="kg-audio-current-time">0:00</span></div>'
        '<figure class="kg-card kg-video-card"><div class="kg-video-container">'
        '<video src="/content/media/clip.mp4"></video>'
        '<span class="kg-video-current-time">0:00</span></div></figure>'
    )
    assert convert_body(html=html, site_url=SITE) == (
        '<p><a href="https://example.org/r">Report</a></p>'
        f'<p><a href="{SITE}/content/files/plan.pdf">Plan</a></p>'
        f'<p><a href="{SITE}/content/media/talk.mp3">Talk</a></p>'
        f'<p><a href="{SITE}/content/media/clip.mp4">{SITE}/content/media/clip.mp4</a></p>'
    )


def test_html_callout_toggle_and_button_cards_keep_their_words():
    html = (
        '<div class="kg-card kg-callout-card"><div class="kg-callout-emoji">⚓</div>'
        '<div class="kg-callout-text">Runs <b>hourly</b>.</div></div>'
        '<div class="kg-card kg-toggle-card"><div class="kg-toggle-heading">'
        '<h4 class="kg-toggle-heading-text">Tickets?</h4>'
        '<button class="kg-toggle-card-icon"><svg viewBox="0 0 24 24"><path d="M0 0"></path></svg>'
        "</button></div>"
        '<div class="kg-toggle-content"><p>At the kiosk.</p></div></div>'
        '<div class="kg-card kg-button-card kg-align-center"><a href="/go/" class="kg-btn">Go</a></div>'
    )
    assert convert_body(html=html, site_url=SITE) == (
        "<p>⚓ Runs <strong>hourly</strong>.</p><h4>Tickets?</h4><p>At the kiosk.</p>"
        f'<p><a href="{SITE}/go/">Go</a></p>'
    )


def test_html_signup_forms_and_scripts_are_left_out():
    html = (
        "<p>Story</p><!--kg-card-begin: html--><script>track()</script><!--kg-card-end: html-->"
        '<div class="kg-card kg-signup-card"><form data-members-form="signup"><h2>Sign up</h2>'
        '<input type="email"><button>Subscribe</button></form></div><p>End</p>'
    )
    assert convert_body(html=html) == "<p>Story</p><p>End</p>"


def test_files_of_the_site_stay_relative_links_without_a_site_address():
    audio = {"type": "audio", "src": "__GHOST_URL__/content/media/talk.mp3", "title": "Talk"}
    assert convert_body(lexical=lexical(audio)) == '<p><a href="/content/media/talk.mp3">Talk</a></p>'
    video = '<figure class="kg-card kg-video-card"><video src="/content/media/clip.mp4"></video></figure>'
    assert convert_body(html=video) == '<p><a href="/content/media/clip.mp4">/content/media/clip.mp4</a></p>'


def test_a_hostile_document_nested_too_deep_gives_an_empty_body_not_a_crash():
    depth = 5000
    nested = '{"type": "paragraph", "children": [' * depth + "]}" * depth
    assert convert_body(lexical='{"root": {"children": [' + nested + "]}}") == ""
