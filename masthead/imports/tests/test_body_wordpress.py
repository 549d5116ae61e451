"""WordPress post content (blocks, classic text, shortcodes) turned into Masthead's body markup."""

from __future__ import annotations

from collections import Counter

from masthead.imports.bodies.autop import wpautop
from masthead.imports.bodies.wordpress import convert_body
from masthead.imports.records import Picture

SITE = "https://old.example.com"
YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
PICTURES = {
    "11": Picture(
        url=f"{SITE}/wp-content/uploads/2023/05/dhow.jpg", alt="A dhow", caption="Sailing home", key="11"
    ),
    "12": Picture(url=f"{SITE}/wp-content/uploads/2023/05/souq.jpg", alt="The souq", key="12", parent="40"),
    "13": Picture(
        url=f"{SITE}/wp-content/uploads/2023/05/fort.jpg", alt="Fort", caption="A & B", key="13", parent="40"
    ),
}


def convert(html: str, **options) -> str:
    return convert_body(html, site_url=SITE, **options)


# Paragraphs ---------------------------------------------------------------------------------------
def test_blank_lines_make_paragraphs_and_single_newlines_line_breaks():
    assert convert("One line\nand the next.\n\nA new paragraph.") == (
        "<p>One line<br />\nand the next.</p>\n<p>A new paragraph.</p>"
    )


def test_block_elements_are_not_wrapped_nor_broken():
    html = (
        "<h2>Heading</h2>\nText under it.\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
        "<blockquote>Quoted</blockquote>"
    )
    assert convert(html) == (
        "<h2>Heading</h2>\n<p>Text under it.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
        "<blockquote><p>Quoted</p></blockquote>"
    )


def test_preformatted_text_is_left_alone():
    html = "Before.\n\n<pre>line one\n\nline three\n    indented</pre>\n\nAfter."
    assert "<pre>line one\n\nline three\n    indented</pre>" in convert(html)


def test_wpautop_of_nothing_is_nothing():
    assert wpautop("  \n\n ") == ""


def test_noncharacters_in_the_input_cannot_pass_for_markers():
    assert convert("A \ufdd07\ufdd1 and \ufdd2\ufdd3\ufdd4.") == "<p>A 7 and .</p>"


def test_a_script_survives_conversion():
    assert "<script>alert(1)</script>" in convert("Hello.\n\n<script>alert(1)</script>")


# Blocks -------------------------------------------------------------------------------------------
def test_block_comments_go_and_their_content_stays():
    html = (
        "<!-- wp:paragraph -->\n<p>First,\nstill first.</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Then</h3>\n<!-- /wp:heading -->\n\n'
        "<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Item</li>\n<!-- /wp:list-item --></ul>\n"
        "<!-- /wp:list -->\n\n"
        '<!-- wp:block {"ref":99} /-->\n<!-- wp:spacer {"height":"40px"} -->\n<div style="height:40px" '
        'aria-hidden="true" class="wp-block-spacer"></div>\n<!-- /wp:spacer -->'
    )
    body = convert(html)
    assert "<!--" not in body
    assert "<p>First,\nstill first.</p>" in body  # block text is not given line breaks
    assert '<h3 class="wp-block-heading">Then</h3>' in body
    assert "<li>Item</li>" in body


def test_embed_blocks_become_embeds():
    html = (
        f'<!-- wp:embed {{"url":"{YOUTUBE}","type":"video","providerNameSlug":"youtube"}} -->\n'
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">\n'
        f"{YOUTUBE}\n</div><figcaption>Watch</figcaption></figure>\n<!-- /wp:embed -->\n\n"
        '<!-- wp:embed {"url":"https:\\/\\/vimeo.com\\/76979871"} /-->\n\n'
        '<!-- wp:core-embed/twitter {"url":"https://twitter.com/jack/status/20"} -->\n'
        '<figure class="wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n'
        "https://twitter.com/jack/status/20\n</div></figure>\n<!-- /wp:core-embed/twitter -->\n\n"
        '<!-- wp:embed {"url":"https://example.org/report"} /-->'
    )
    assert convert(html).split("\n") == [
        f'<figure data-embed="youtube"><a href="{YOUTUBE}">{YOUTUBE}</a></figure>',
        '<figure data-embed="vimeo"><a href="https://vimeo.com/76979871">https://vimeo.com/76979871</a></figure>',
        '<figure data-embed="x"><a href="https://twitter.com/jack/status/20">https://twitter.com/jack/status/20</a></figure>',
        '<p><a href="https://example.org/report">https://example.org/report</a></p>',
    ]


def test_image_blocks_become_figures():
    html = (
        '<!-- wp:image {"id":11,"sizeSlug":"large","linkDestination":"media"} -->\n'
        '<figure class="wp-block-image size-large"><a href="/wp-content/uploads/2023/05/dhow.jpg">'
        '<img src="/wp-content/uploads/2023/05/dhow-1024x768.jpg" alt="A dhow" class="wp-image-11" '
        'srcset="/wp-content/uploads/2023/05/dhow-1024x768.jpg 1024w" sizes="(max-width: 1024px) 100vw"/></a>'
        '<figcaption class="wp-element-caption">Sailing <em>home</em></figcaption></figure>\n'
        "<!-- /wp:image -->"
    )
    assert convert(html) == (
        f'<figure><img src="{SITE}/wp-content/uploads/2023/05/dhow-1024x768.jpg" alt="A dhow">'
        "<figcaption>Sailing <em>home</em></figcaption></figure>"
    )


def test_gallery_blocks_become_consecutive_figures():
    html = (
        '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images">'
        '<!-- wp:image {"id":11} -->\n<figure class="wp-block-image"><img src="/a.jpg" alt="A"/>'
        "<figcaption>First</figcaption></figure>\n<!-- /wp:image -->\n\n"
        '<!-- wp:image {"id":12} -->\n<figure class="wp-block-image"><img src="/b.jpg" alt="B"/></figure>\n'
        "<!-- /wp:image --></figure>\n<!-- /wp:gallery -->"
    )
    assert convert(html) == (
        f'<figure><img src="{SITE}/a.jpg" alt="A"><figcaption>First</figcaption></figure>'
        f'<figure><img src="{SITE}/b.jpg" alt="B"></figure>'
    )


def test_a_figure_around_a_table_is_unwrapped():
    html = (
        '<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><td>1</td></tr></tbody></table>'
        "<figcaption>Results</figcaption></figure>\n<!-- /wp:table -->"
    )
    assert convert(html) == "<table><tbody><tr><td>1</td></tr></tbody></table><p>Results</p>"


def test_video_blocks_become_links():
    html = (
        '<!-- wp:video {"id":50} -->\n<figure class="wp-block-video"><video controls '
        'src="/wp-content/uploads/clip.mp4"></video><figcaption>The launch</figcaption></figure>\n'
        "<!-- /wp:video -->"
    )
    assert convert(html) == f'<p><a href="{SITE}/wp-content/uploads/clip.mp4">The launch</a></p>'


# Shortcodes ---------------------------------------------------------------------------------------
def test_caption_becomes_a_figure_with_its_caption():
    html = (
        'Before.\n\n[caption id="attachment_11" align="aligncenter" width="640"]'
        '<a href="/wp-content/uploads/2023/05/dhow.jpg"><img class="size-large wp-image-11" '
        'src="/wp-content/uploads/2023/05/dhow-640x480.jpg" alt="A dhow" width="640" height="480" /></a> '
        "Sailing <strong>home</strong>[/caption]\n\nAfter."
    )
    assert convert(html) == (
        "<p>Before.</p>\n"
        f'<figure><img src="{SITE}/wp-content/uploads/2023/05/dhow-640x480.jpg" alt="A dhow">'
        "<figcaption>Sailing <strong>home</strong></figcaption></figure>\n<p>After.</p>"
    )


def test_an_old_caption_keeps_its_text_in_an_attribute():
    html = '[caption id="x" caption="Old style"]<img src="https://cdn.example/x.jpg" alt="" />[/caption]'
    assert convert(html) == (
        '<figure><img src="https://cdn.example/x.jpg" alt=""><figcaption>Old style</figcaption></figure>'
    )


def test_gallery_shortcode_takes_its_pictures_from_the_export():
    body = convert('[gallery ids="13,11,404" columns="2"]', pictures=PICTURES)
    assert body == (
        f'<figure><img src="{SITE}/wp-content/uploads/2023/05/fort.jpg" alt="Fort">'
        "<figcaption>A &amp; B</figcaption></figure>\n"
        f'<figure><img src="{SITE}/wp-content/uploads/2023/05/dhow.jpg" alt="A dhow">'
        "<figcaption>Sailing home</figcaption></figure>"
    )  # 404 is not in the export: left out


def test_gallery_without_ids_shows_the_posts_own_pictures():
    body = convert("[gallery]", pictures=PICTURES, parent="40")
    assert body.count("<figure>") == 2
    assert body.index("souq.jpg") < body.index("fort.jpg")
    assert convert("[gallery]", pictures=PICTURES, parent="41") == ""


def test_embed_shortcode_and_an_address_alone_on_its_line():
    html = f'Watch this:\n\n[embed width="500"]{YOUTUBE}[/embed]\n\nOr this:\n{YOUTUBE}\nand read on.'
    body = convert(html)
    assert body.count('<figure data-embed="youtube">') == 2
    assert "<p>Watch this:</p>" in body
    assert "<p>and read on.</p>" in body


def test_an_address_alone_in_a_paragraph_block_is_embedded():
    html = "<!-- wp:paragraph -->\n<p>https://vimeo.com/76979871</p>\n<!-- /wp:paragraph -->"
    assert convert(html) == (
        '<figure data-embed="vimeo"><a href="https://vimeo.com/76979871">https://vimeo.com/76979871</a></figure>'
    )


def test_an_address_inside_text_is_left_as_text():
    assert convert(f"See {YOUTUBE} for more.") == f"<p>See {YOUTUBE} for more.</p>"


def test_video_and_audio_shortcodes_become_links():
    html = '[video width="640" height="360" mp4="/wp-content/uploads/2023/05/launch.mp4"][/video]\n\n[audio mp3="https://cdn.example/ep%201.mp3"]'
    assert convert(html).split("\n") == [
        f'<p><a href="{SITE}/wp-content/uploads/2023/05/launch.mp4">launch.mp4</a></p>',
        '<p><a href="https://cdn.example/ep%201.mp3">ep 1.mp3</a></p>',
    ]


def test_a_video_shortcode_for_an_allowed_provider_is_an_embed():
    assert (
        convert(f'[video src="{YOUTUBE}"]')
        == f'<figure data-embed="youtube"><a href="{YOUTUBE}">{YOUTUBE}</a></figure>'
    )


def test_plugin_embed_shortcodes():
    html = "[youtube https://youtu.be/dQw4w9WgXcQ]\n\n[tweet 1234567890]\n\n[vimeo 76979871]\n\n"
    html += "[youtube=dQw4w9WgXcQ]"
    assert convert(html).split("\n") == [
        '<figure data-embed="youtube"><a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></figure>',
        '<figure data-embed="x"><a href="https://twitter.com/i/status/1234567890">'
        "https://twitter.com/i/status/1234567890</a></figure>",
        '<figure data-embed="vimeo"><a href="https://vimeo.com/76979871">https://vimeo.com/76979871</a></figure>',
        f'<figure data-embed="youtube"><a href="{YOUTUBE}">{YOUTUBE}</a></figure>',
    ]


def test_unknown_shortcodes_keep_their_content_and_are_counted():
    unknown: Counter[str] = Counter()
    html = (
        '[row][column width="1/2"]Left side[/column][column width="1/2"]Right side[/column][/row]\n\n'
        '[contact-form-7 id="12" title="Contact"]\n\n[ad_slot /] Rest.'
    )
    body = convert(html, unknown=unknown)
    assert body == "<p>Left sideRight side</p>\n<p>Rest.</p>"
    assert unknown == Counter({"column": 2, "row": 1, "contact-form-7": 1, "ad_slot": 1})


def test_brackets_in_prose_are_not_shortcodes():
    unknown: Counter[str] = Counter()
    html = "He said [sic] it was fine [Updated]. See note [1]. Write [[gallery]] to show a gallery."
    body = convert(html, unknown=unknown)
    assert (
        body == "<p>He said [sic] it was fine [Updated]. See note [1]. Write [gallery] to show a gallery.</p>"
    )
    assert not unknown


# Addresses and tags -------------------------------------------------------------------------------
def test_relative_addresses_are_made_absolute_against_the_site():
    html = (
        '<a href="/2019/05/other-story/">one</a> <a href="2019/05/third/">two</a> '
        '<a href="#notes">notes</a> <a href="mailto:desk@example.com">mail</a> '
        '<a href="//cdn.example.com/file.pdf">pdf</a> <img src="/wp-content/uploads/a.png" alt="">'
    )
    body = convert(html)
    assert f'href="{SITE}/2019/05/other-story/"' in body
    assert f'href="{SITE}/2019/05/third/"' in body
    assert 'href="#notes"' in body and 'href="mailto:desk@example.com"' in body
    assert 'href="https://cdn.example.com/file.pdf"' in body
    assert f'<img src="{SITE}/wp-content/uploads/a.png" alt="">' in body


def test_pictures_keep_only_their_address_and_text():
    html = (
        '<img class="alignleft size-medium wp-image-9" src="https://old.example.com/a-300x200.jpg" '
        'alt="Dhow &amp; crew" width="300" height="200" srcset="a-300x200.jpg 300w, a.jpg 1024w" '
        'sizes="(max-width: 300px) 100vw" loading="lazy" />'
        ' <img src="data:image/gif;base64,R0lGOD" data-lazy-src="/lazy.jpg" alt="Lazy">'
    )
    assert convert(html) == (
        '<p><img src="https://old.example.com/a-300x200.jpg" alt="Dhow &amp; crew"> '
        f'<img src="{SITE}/lazy.jpg" alt="Lazy"></p>'
    )


def test_iframes_of_allowed_providers_become_embeds_and_others_links():
    html = (
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0" '
        'frameborder="0" allowfullscreen></iframe>\n\n'
        '<iframe src="https://player.vimeo.com/video/76979871?h=abc" width="640"></iframe>\n\n'
        '<iframe src="https://widgets.example.net/poll/7" title="Reader poll"></iframe>'
    )
    assert convert(html).split("\n") == [
        f'<figure data-embed="youtube"><a href="{YOUTUBE}">{YOUTUBE}</a></figure>',
        '<figure data-embed="vimeo"><a href="https://vimeo.com/76979871">https://vimeo.com/76979871</a></figure>',
        '<p><a href="https://widgets.example.net/poll/7">Reader poll</a></p>',
    ]


def test_pasted_tweet_embed_code_becomes_an_embed():
    html = (
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash; Jack (@jack) '
        '<a href="https://twitter.com/jack/status/20?ref_src=twsrc%5Etfw">March 21, 2006</a></blockquote>'
    )
    assert convert(html) == (
        '<figure data-embed="x"><a href="https://twitter.com/jack/status/20">https://twitter.com/jack/status/20</a></figure>'
    )


def test_more_and_page_break_markers_go():
    html = "Teaser.\n<!--more-->\nRest.\n\n<!--nextpage-->\n\nPage two. <!--noteaser-->"
    assert convert(html) == "<p>Teaser.</p>\n<p>Rest.</p>\n<p>Page two.</p>"
