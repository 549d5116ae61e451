import pytest

from masthead.imports.bodies.blogger import convert_body

SITE = "https://harbour-notes.blogspot.com"


def convert(html: str) -> str:
    return convert_body(html, site_url=SITE)


@pytest.mark.parametrize(
    "html",
    [
        "First line<br />second line<br /><br />New paragraph",
        "<div>First line</div><div>second line</div><div><br /></div><div>New paragraph</div>",
        "<div>First line</div>\n<div>second line</div>\n<div>&nbsp;</div>\n<div>New paragraph</div>",
        "<p>First line<br>second line</p><p>New paragraph</p>",
    ],
)
def test_lines_and_empty_lines_become_lines_and_paragraphs(html):
    assert convert(html) == "<p>First line<br>second line</p><p>New paragraph</p>"


def test_formatting_that_spans_a_paragraph_break_is_closed_and_opened_again():
    assert (
        convert("<b>one<br><br>two</b> three")
        == "<p><strong>one</strong></p><p><strong>two</strong> three</p>"
    )


def test_span_and_font_soup_is_unwrapped():
    html = '<span style="font-family: Arial;"><font color="#333">Plain <span>words</span></font></span>'
    assert convert(html) == "<p>Plain words</p>"


def test_a_thumbnail_linked_to_its_full_size_file_keeps_the_full_size_file():
    html = (
        '<div class="separator" style="clear: both; text-align: center;">'
        '<a href="https://1.bp.blogspot.com/-a/X/s1600/boat.jpg" imageanchor="1">'
        '<img border="0" src="https://1.bp.blogspot.com/-a/X/s320/boat.jpg" alt="A boat" width="320" />'
        "</a></div>"
    )
    assert (
        convert(html)
        == '<figure><img src="https://1.bp.blogspot.com/-a/X/s1600/boat.jpg" alt="A boat"></figure>'
    )


def test_a_picture_linked_elsewhere_keeps_its_own_file():
    html = '<a href="https://example.org/story"><img src="//2.bp.blogspot.com/b/s400/pic.png"></a>'
    assert convert(html) == '<figure><img src="https://2.bp.blogspot.com/b/s400/pic.png" alt=""></figure>'


def test_caption_table_becomes_a_captioned_figure():
    html = (
        '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody>'
        '<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/Q/s1600/q.jpg">'
        '<img border="0" src="https://blogger.googleusercontent.com/img/b/Q/s320/q.jpg" /></a></td></tr>'
        '<tr><td class="tr-caption" style="text-align: center;">The <b>quay</b></td></tr></tbody></table>'
    )
    assert convert(html) == (
        '<figure><img src="https://blogger.googleusercontent.com/img/b/Q/s1600/q.jpg" alt="">'
        "<figcaption>The <strong>quay</strong></figcaption></figure>"
    )


def test_a_picture_in_the_middle_of_text_splits_the_paragraph():
    html = 'Before <img src="https://1.bp.blogspot.com/x.jpg"> after'
    assert convert(html) == (
        '<p>Before</p><figure><img src="https://1.bp.blogspot.com/x.jpg" alt=""></figure><p>after</p>'
    )


@pytest.mark.parametrize(
    "html",
    [
        '<iframe allowfullscreen class="BLOG_video_class" src="https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0"></iframe>',
        '<object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/dQw4w9WgXcQ&hl=en">'
        '</param><embed src="http://www.youtube.com/v/dQw4w9WgXcQ&hl=en" '
        'type="application/x-shockwave-flash">'
        "</embed></object>",
    ],
)
def test_youtube_players_become_embeds_of_the_watch_address(html):
    assert convert(html) == (
        '<figure data-embed="youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">'
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></figure>"
    )


def test_a_blogger_hosted_video_becomes_a_link():
    html = (
        '<iframe class="b-hbp-video b-uploaded" src="https://www.blogger.com/video.g?token=AD6v5dx"></iframe>'
    )
    assert convert(html) == (
        '<p><a href="https://www.blogger.com/video.g?token=AD6v5dx">https://www.blogger.com/video.g?token=AD6v5dx</a></p>'
    )


def test_relative_links_are_made_absolute_and_jump_breaks_vanish():
    html = "Read <a href=\"/2019/04/plans.html\">the plans</a>.<a name='more'></a> More."
    assert convert(html) == f'<p>Read <a href="{SITE}/2019/04/plans.html">the plans</a>. More.</p>'


def test_headings_lists_quotes_and_tables_are_kept():
    html = (
        "<h1>Big</h1><h5>Small</h5><ul><li>one</li><li>two<ol><li>a</li></ol></li></ul>"
        "<blockquote>Said<br><br>twice</blockquote><table><tr><th>A</th><td>1</td></tr></table>"
    )
    assert convert(html) == (
        "<h2>Big</h2><h4>Small</h4><ul><li>one</li><li>two<ol><li>a</li></ol></li></ul>"
        "<blockquote><p>Said</p><p>twice</p></blockquote>"
        "<table><tbody><tr><th>A</th><td>1</td></tr></tbody></table>"
    )


def test_scripts_tracking_pixels_and_inline_data_are_left_out():
    html = (
        "<script>alert(1)</script><style>p{}</style>Text"
        '<img src="https://blogger.googleusercontent.com/tracker/1-2?l=x" width="1" height="1">'
        '<img src="data:image/png;base64,AAAA">'
    )
    assert convert(html) == "<p>Text</p>"


def test_text_is_escaped():
    assert convert("1 &lt; 2 &amp; <b>3 &gt; 2</b>") == "<p>1 &lt; 2 &amp; <strong>3 &gt; 2</strong></p>"


def test_hostile_nesting_does_not_exhaust_the_stack():
    html = "<div><span>" * 5000 + "deep" + "</span></div>" * 5000
    assert convert(html) == "<p>deep</p>"


def test_without_a_site_address_relative_links_stay_relative():
    assert convert_body('<a href="/p/about.html">About</a>') == '<p><a href="/p/about.html">About</a></p>'
