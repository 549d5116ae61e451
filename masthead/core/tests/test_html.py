import pytest

from masthead.core.html import plain_text, sanitize_html, text_to_html

WORD_PASTE = """<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<p class="MsoNormal" style="margin-bottom:0cm;line-height:normal"><span lang="EN-GB"
style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;">The council met on
<b>Monday</b>.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>"""

GDOCS_PASTE = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-12ab">'
    '<p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:700">'
    "Ports</span><span> reopened.</span></p></b>"
)

XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" JaVaScRiPt:alert(1)">x</a>',
    '<svg onload="alert(1)"><circle/></svg>',
    '<iframe src="https://evil.test"></iframe>',
    '<p style="background:url(javascript:alert(1))">p</p>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
    "<style>body{display:none}</style>",
    '<form action="https://evil.test"><input name="q"></form>',
]


def test_word_paste_comes_out_as_plain_paragraphs():
    clean = sanitize_html(WORD_PASTE)
    assert clean == "<p>The council met on\n<b>Monday</b>.</p>"


def test_google_docs_paste_is_not_all_bold():
    assert sanitize_html(GDOCS_PASTE) == "<p>Ports reopened.</p>"


@pytest.mark.parametrize("payload", XSS)
def test_xss_payloads_are_neutralised(payload):
    clean = sanitize_html(payload).lower()
    for danger in (
        "<script",
        "onerror",
        "onload",
        "javascript:",
        "<iframe",
        "style=",
        "<style",
        "<form",
        "<input",
        "data:text",
        "<svg",
    ):
        assert danger not in clean


def test_links_keep_their_address_and_gain_a_safe_rel():
    assert sanitize_html('<a href="https://example.org/a?b=1" target="_blank">x</a>') == (
        '<a href="https://example.org/a?b=1" rel="noopener noreferrer">x</a>'
    )


def test_sanitizing_is_stable():
    once = sanitize_html(WORD_PASTE + GDOCS_PASTE + "".join(XSS))
    assert sanitize_html(once) == once


def test_plain_text_and_back():
    assert plain_text("<p>Oil &amp; gas</p><p>rose <b>2%</b></p>") == "Oil & gas rose 2%"
    assert text_to_html("First <para>.\n\nSecond") == "<p>First &lt;para&gt;.</p><p>Second</p>"
