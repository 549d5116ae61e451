"""The WordPress source: a WXR file read into the importer's records, safely and in bounded memory."""

from __future__ import annotations

import re
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from masthead.imports.records import SourceError
from masthead.imports.sources.wordpress import WordPressSource
from masthead.imports.sources.xmlstream import iter_elements, open_xml
from masthead.imports.tests.wxrgen import write_wxr

FIXTURES = Path(__file__).parent / "fixtures"
POLYLANG = FIXTURES / "wordpress-polylang.xml"
WPML = FIXTURES / "wordpress-wpml.xml"
SITE = "https://gulfledger.example"
ARABIC_SLUG = (
    "%d8%a7%d8%b3%d8%aa%d8%a6%d9%86%d8%a7%d9%81-%d8%a7%d9%84%d9%85%d8%ad%d8%a7%d8%af%d8%ab%d8%a7%d8%aa"
)


def read(path: Path, **options):
    source = WordPressSource(path, **options)
    catalogue = source.scan()
    posts = {post.key: post for post in source.posts(catalogue)}
    return catalogue, posts


@pytest.fixture(scope="module")
def polylang():
    return read(POLYLANG)


def skipped(catalogue) -> dict[str, str]:
    return {skip.what: skip.reason for skip in catalogue.skipped}


# The site, its people and its terms ---------------------------------------------------------------
def test_site_comes_from_the_channel(polylang):
    catalogue, _posts = polylang
    assert catalogue.platform == "wordpress"
    assert catalogue.site_url == SITE
    assert catalogue.title == "The Gulf Ledger"
    assert catalogue.language == "en"  # <language>en-US</language>
    assert catalogue.site_key == "wordpress:gulfledger.example"


def test_authors_are_people_with_their_old_pages(polylang):
    catalogue, _posts = polylang
    sara, omar = catalogue.people["sara"], catalogue.people["omar.k"]
    assert (sara.name, sara.slug, sara.email) == ("Sara Haddad", "sara", "sara@gulfledger.example")
    assert sara.urls == [f"{SITE}/author/sara/", f"{SITE}/author/sara/feed/"]
    assert (omar.name, omar.slug) == ("عمر خليل", "omar-k")  # WordPress's nicename for "omar.k"


def test_co_authors_make_the_byline_and_guest_authors_become_people(polylang):
    catalogue, posts = polylang
    assert posts["101"].authors == ["jane-doe", "sara"]  # Co-Authors Plus's order, not dc:creator's
    jane = catalogue.people["jane-doe"]
    assert (jane.name, jane.slug, jane.email) == ("Jane Doe", "jane-doe", "jane@freelance.example")
    assert jane.bio == "Freelance reporter in Manama."
    assert jane.urls[0] == f"{SITE}/author/jane-doe/"
    assert posts["102"].authors == ["omar.k"]  # no co-authors: the creator
    assert catalogue.people["ghostwriter"].name == "ghostwriter"  # a creator the export does not describe


def test_categories_and_tags_are_terms_with_their_addresses(polylang):
    catalogue, _posts = polylang
    news, world = catalogue.terms["category:news"], catalogue.terms["category:world"]
    assert (news.kind, news.name, news.slug) == ("category", "News & Analysis", "news")
    assert news.description == "What happened, and why it matters"
    assert world.parent == "category:news"
    assert world.urls[:2] == [f"{SITE}/category/news/world/", f"{SITE}/category/news/world/feed/"]
    assert f"{SITE}/category/world/" in world.urls
    elections = catalogue.terms["tag:elections"]
    assert (elections.kind, elections.name, elections.description) == (
        "tag",
        "Elections",
        "Votes across the region",
    )
    assert elections.urls == [f"{SITE}/tag/elections/", f"{SITE}/tag/elections/feed/"]
    arabic = catalogue.terms["category:أخبار"]
    assert arabic.slug == "أخبار"
    assert arabic.urls[0] == f"{SITE}/category/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/"  # as the old site wrote it
    assert not any(key.startswith(("tag:pll_", "category:pll_")) for key in catalogue.terms)
    assert set(catalogue.terms) == {
        "category:uncategorized", "category:news", "category:world", "category:أخبار",
        "tag:gaza", "tag:elections",
    }  # fmt: skip


def test_polylang_term_languages(polylang):
    catalogue, _posts = polylang
    assert catalogue.terms["category:news"].language == "en"
    assert catalogue.terms["category:أخبار"].language == "ar"
    assert catalogue.terms["tag:gaza"].language == ""


def test_terms_of_other_taxonomies_are_reported_once(polylang):
    catalogue, _posts = polylang
    assert skipped(catalogue)["1 term of the taxonomy “region”"] == "only categories and tags are imported"
    taxonomies = [skip.what for skip in catalogue.skipped if "taxonomy" in skip.what]
    assert taxonomies == ["1 term of the taxonomy “region”"]  # not Polylang's, menus' or bylines' own


# Pictures -----------------------------------------------------------------------------------------
def test_attachments_are_pictures_whether_before_or_after_their_post(polylang):
    catalogue, posts = polylang
    skyline = catalogue.pictures["100"]
    assert skyline.url == f"{SITE}/wp-content/uploads/2024/02/manama-skyline.jpg"
    assert skyline.alt == "Manama's towers at dusk"
    assert skyline.caption == "The skyline at dusk"  # the excerpt, as text
    assert skyline.credit == "Reuters/Ali"
    assert (skyline.title, skyline.parent) == ("manama-skyline", "101")
    assert skyline.page_url == f"{SITE}/2024/02/12/talks-resume-in-manama/manama-skyline/"
    assert posts["101"].featured_image == skyline
    assert posts["102"].featured_image == catalogue.pictures["103"]  # the attachment comes after the post
    assert posts["102"].featured_image.alt == "الميناء"


def test_a_featured_image_missing_from_the_export_is_reported(polylang):
    catalogue, posts = polylang
    assert posts["125"].featured_image is None
    assert skipped(catalogue)["featured image 999 of post 125 “Members briefing”"] == "not in the export"


# Posts --------------------------------------------------------------------------------------------
def test_posts_and_pages_are_yielded_in_file_order(polylang):
    catalogue, posts = polylang
    assert list(posts) == ["101", "102", "110", "120", "121", "122", "123", "125"]
    assert (catalogue.post_count, catalogue.page_count) == (7, 1)
    assert posts["110"].kind == "page"
    assert {post.kind for key, post in posts.items() if key != "110"} == {"post"}


def test_a_classic_post(polylang):
    _catalogue, posts = polylang
    post = posts["101"]
    assert post.headline == "Talks resume in Manama & Riyadh"
    assert post.slug == "talks-resume-in-manama"
    assert post.dek == "The first round in a year & more."  # excerpt as plain text
    assert post.status == "published"
    assert post.published_at == datetime(2024, 2, 12, 9, 30, tzinfo=UTC)
    assert post.updated_at == datetime(2024, 2, 13, 5, 0, tzinfo=UTC)
    assert post.is_featured is True  # sticky
    assert post.terms == ["category:news", "tag:gaza", "category:world"]
    assert post.primary_term == "category:world"  # Yoast's primary category, by term id
    assert post.guid == f"{SITE}/?p=101"
    assert post.comment_count == 2
    assert post.body.startswith("<p>Delegations returned to the table on Monday.<br />\nThe first session")
    assert (
        f'<figure><img src="{SITE}/wp-content/uploads/2024/02/manama-skyline-1024x683.jpg" '
        'alt="Manama&#x27;s towers at dusk">'
        "<figcaption>The skyline at dusk. Photo: Reuters</figcaption></figure>"
    ) in post.body
    assert '<figure data-embed="youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">' in post.body
    assert f'<a href="{SITE}/2024/02/12/{ARABIC_SLUG}/">Arabic version</a>' in post.body  # made absolute
    assert "<p>“We are closer than ever,” said one envoy.</p>" in post.body  # unknown shortcode's text kept


def test_a_block_editor_post_in_arabic(polylang):
    _catalogue, posts = polylang
    post = posts["102"]
    assert post.headline == "استئناف المحادثات في المنامة"
    assert post.slug == "استئناف-المحادثات"  # percent-encoded in the export
    assert post.link == f"{SITE}/2024/02/12/{ARABIC_SLUG}/"
    assert "<!--" not in post.body
    assert (
        '<figure data-embed="x"><a href="https://twitter.com/gulfledger/status/1757000000000000000">'
        in post.body
    )
    assert "<figcaption>ميناء خليفة بن سلمان</figcaption>" in post.body
    assert (
        '<p>تستمر المحادثات <a href="https://gulfledger.example/2024/02/12/talks-resume-in-manama/">غدا</a>.</p>'
        in post.body
    )
    assert post.dek == ""


def test_polylang_languages_and_translation_groups(polylang):
    _catalogue, posts = polylang
    assert (posts["101"].language, posts["102"].language) == ("en", "ar")
    assert posts["101"].translation_group == posts["102"].translation_group == "pll_65e2b1f09c2e8"
    assert posts["110"].translation_group == ""


def test_a_post_in_a_language_the_site_does_not_have_is_skipped(polylang):
    catalogue, posts = polylang
    assert "124" not in posts
    assert (
        skipped(catalogue)["post 124 “Les pourparlers reprennent”"] == "language fr is not one of the site's"
    )
    assert not any(key == "124" for key in catalogue.addresses.values())


def test_statuses(polylang):
    _catalogue, posts = polylang
    statuses = {key: post.status for key, post in posts.items()}
    assert statuses == {
        "101": "published", "102": "published", "110": "published", "120": "draft", "121": "scheduled",
        "122": "private", "123": "trash", "125": "private",  # 125 is behind a password
    }  # fmt: skip
    assert posts["121"].published_at == datetime(2030, 1, 1, 6, 0, tzinfo=UTC)


def test_a_draft_without_a_utc_date_is_dated_in_the_sites_time_zone():
    source = WordPressSource(POLYLANG, time_zone="Asia/Bahrain")
    draft = next(post for post in source.posts(source.scan()) if post.key == "120")
    assert draft.published_at == datetime(2024, 3, 1, 7, 0, tzinfo=UTC)  # 10:00 in Manama
    source = WordPressSource(POLYLANG, time_zone="America/New_York")
    draft = next(post for post in source.posts(source.scan()) if post.key == "120")
    assert draft.published_at == datetime(2024, 3, 1, 15, 0, tzinfo=UTC)
    assert draft.slug == ""


def test_an_unknown_time_zone_is_refused():
    with pytest.raises(SourceError, match="Mars/Olympus"):
        WordPressSource(POLYLANG, time_zone="Mars/Olympus")


def test_comments_are_counted_not_kept(polylang):
    catalogue, posts = polylang
    assert catalogue.comment_count == 3
    assert posts["102"].comment_count == 1
    assert "Finally some good news" not in repr(catalogue) + "".join(post.body for post in posts.values())


# Addresses ----------------------------------------------------------------------------------------
def test_every_old_address_of_a_post_leads_to_it(polylang):
    catalogue, posts = polylang
    post = posts["101"]
    assert post.link == f"{SITE}/2024/02/12/talks-resume-in-manama/"
    assert post.old_urls == [f"{SITE}/?p=101", f"{post.link}amp/", f"{post.link}feed/"]
    page = posts["110"]
    assert page.old_urls == [
        f"{SITE}/?p=110",
        f"{SITE}/?page_id=110",
        f"{SITE}/about/amp/",
        f"{SITE}/about/feed/",
    ]
    for item in posts.values():
        for url in (item.link, *item.old_urls):
            assert catalogue.addresses[url] == item.key
    assert posts["120"].link == f"{SITE}/?p=120" and posts["120"].old_urls == []  # a draft: no pretty address


def test_date_archives_of_published_posts_go_home(polylang):
    catalogue, _posts = polylang
    assert catalogue.extra_addresses == {
        f"{SITE}/2024/": "home",
        f"{SITE}/2024/02/": "home",
        f"{SITE}/2024/02/12/": "home",
        f"{SITE}/2024/02/25/": "home",
    }  # not the scheduled 2030 one, nor the draft's, trash's or private's


def test_things_that_are_not_posts_are_skipped_with_a_reason(polylang):
    catalogue, _posts = polylang
    reasons = skipped(catalogue)
    assert reasons["nav_menu_item 130 “Home”"] == "menus are not imported"
    assert reasons["revision 131 “Talks resume in Manama”"] == "earlier revisions are not imported"
    assert reasons["wp_block 132 “Newsletter sign-up”"] == "reusable blocks are not imported"
    assert reasons["product 142 “Ledger mug”"] == "the post type “product” is not imported"
    assert any(what.startswith("oembed_cache 141") for what in reasons)
    assert not any("guest-author" in what or "attachment" in what for what in reasons)


def test_unknown_shortcodes_are_reported_after_the_posts():
    source = WordPressSource(POLYLANG)
    catalogue = source.scan()
    assert not any("shortcode" in skip.what for skip in catalogue.skipped)
    list(source.posts(catalogue))
    assert skipped(catalogue)["shortcode [pullquote], 1 time in 1 post"].startswith("unknown to the importer")


# WPML ---------------------------------------------------------------------------------------------
def test_wpml_languages_and_groups():
    catalogue, posts = read(WPML)
    assert catalogue.language == "ar"
    assert catalogue.title == "صحيفة الخليج"
    assert (posts["201"].language, posts["202"].language, posts["203"].language) == ("en", "ar", "ar")
    assert posts["201"].translation_group == posts["202"].translation_group == "42"
    assert posts["203"].translation_group == ""
    assert posts["203"].status == "review"
    assert "204" not in posts
    assert skipped(catalogue)["post 204 “Le pétrole grimpe”"] == "language fr is not one of the site's"


def test_plain_permalinks_give_only_the_query_addresses():
    catalogue, posts = read(WPML)
    assert catalogue.site_url == "http://wpml.example"
    assert posts["201"].link == "http://wpml.example/?p=201" and posts["201"].old_urls == []
    assert posts["202"].old_urls == ["http://wpml.example/?p=202"]
    assert catalogue.extra_addresses == {}  # no date archives without pretty addresses
    assert catalogue.terms["category:prices"].urls[0] == "http://wpml.example/category/economy/oil/prices/"
    assert catalogue.people["editor@wpml.example"].slug == "editorwpml-example"
    assert '<img src="http://wpml.example/wp-content/uploads/2022/01/brent.png" alt="">' in posts["201"].body


def test_older_wxr_versions_are_read_too(tmp_path):
    older = tmp_path / "export.xml"
    older.write_text(
        WPML.read_text(encoding="utf-8").replace("/export/1.2/", "/export/1.1/"), encoding="utf-8"
    )
    catalogue, posts = read(older)
    assert list(posts) == ["201", "202", "203"]
    assert catalogue.people["editor@wpml.example"].name == "Desk Editor"


# Damaged and hostile files ------------------------------------------------------------------------
def test_entity_declarations_are_refused():
    with pytest.raises(SourceError, match=r"entity declarations are refused \(an XML bomb\?\)"):
        WordPressSource(FIXTURES / "wordpress-bomb.xml").scan()


def test_external_entities_are_refused():
    with pytest.raises(SourceError, match="external entity") as refused:
        WordPressSource(FIXTURES / "wordpress-external-entity.xml").scan()
    assert "root:" not in str(refused.value)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("wordpress-rss-feed.xml", "an RSS feed without WordPress's export elements"),
        ("wordpress-html-page.xml", "its root element is <html>, not <rss>"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused(name, why):
    with pytest.raises(SourceError, match="This is not a WordPress export") as refused:
        WordPressSource(FIXTURES / name).scan()
    assert why in str(refused.value)


def test_another_xml_document_is_refused(tmp_path):
    atom = tmp_path / "feed.xml"
    atom.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')
    with pytest.raises(SourceError, match="its root element is <feed>, not <rss>"):
        WordPressSource(atom).scan()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", b'{"db": []}'])
def test_a_file_that_is_not_xml_at_all_is_refused(tmp_path, content):
    other = tmp_path / "export.xml"
    other.write_bytes(content)
    with pytest.raises(
        SourceError, match=r"not a WordPress export \(WXR\): it is not XML at all \(.+, line 1\)"
    ):
        WordPressSource(other).scan()


def test_a_truncated_file_is_refused_naming_the_line(tmp_path):
    text = POLYLANG.read_text(encoding="utf-8")
    cut = text.index("<wp:post_id>102</wp:post_id>")
    truncated = tmp_path / "truncated.xml"
    truncated.write_text(text[:cut], encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        WordPressSource(truncated).scan()
    line = text[:cut].count("\n") + 1
    assert f"line {line}," in str(refused.value)
    assert "is it a complete export?" in str(refused.value)


def test_bad_bytes_and_control_characters_are_repaired_and_counted(tmp_path):
    data = POLYLANG.read_bytes().replace(b"Numbers to come.", b"Numbers \xff\xfe to\x0b come\x00.")
    damaged = tmp_path / "damaged.xml"
    damaged.write_bytes(data)
    catalogue, posts = read(damaged)
    assert posts["120"].body == "<p>Numbers \ufffd\ufffd to come.</p>"
    reasons = skipped(catalogue)
    assert reasons["2 sequences of bytes that are not valid text"] == "replaced with “\ufffd”"
    assert reasons["2 control characters"] == "XML does not allow them: dropped"
    assert len(posts) == 8


def test_a_replacement_character_in_the_file_itself_is_not_counted(tmp_path):
    data = POLYLANG.read_bytes().replace(b"Numbers to come.", "Numbers \ufffd to come.".encode())
    kept = tmp_path / "kept.xml"
    kept.write_bytes(data)
    with open_xml(kept) as xml:
        for _element in iter_elements(xml, {"item"}, depth=2):
            pass
        assert (xml.replaced, xml.dropped) == (0, 0)


def test_a_file_in_another_declared_encoding_is_decoded_with_it(tmp_path):
    text = WPML.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="windows-1256"')
    text = text.replace("Le pétrole grimpe", "Le petrole grimpe")
    legacy = tmp_path / "legacy.xml"
    legacy.write_bytes(text.encode("cp1256"))
    catalogue, posts = read(legacy)
    assert catalogue.title == "صحيفة الخليج"
    assert posts["202"].headline == "ارتفاع أسعار النفط"
    assert not any("not valid text" in skip.what for skip in catalogue.skipped)


def test_latin_1_files_keep_their_curly_quotes(tmp_path):
    text = WPML.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    text = text.replace("صحيفة الخليج", "Caf\u00e9 \u201cLedger\u201d")
    text = re.sub(r"[\u0600-\u06ff]+", "x", text)  # Latin-1 cannot hold Arabic
    legacy = tmp_path / "latin.xml"
    legacy.write_bytes(text.encode("cp1252"))
    catalogue, _posts = read(legacy)
    assert catalogue.title == "Caf\u00e9 \u201cLedger\u201d"


def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path):
    text = WPML.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    wide = tmp_path / "wide.xml"
    wide.write_bytes(text.encode("utf-16"))  # Python writes the byte-order mark first
    _catalogue, posts = read(wide)
    assert posts["202"].headline == "ارتفاع أسعار النفط"


def test_elements_are_handed_out_one_at_a_time_and_freed(tmp_path):
    with open_xml(POLYLANG) as xml:
        titles = []
        previous = None
        for element in iter_elements(xml, {"item"}, depth=2):
            if previous is not None:
                assert len(previous) == 0  # cleared once the next one comes
            titles.append(element.findtext("title"))
            previous = element
        assert xml.root == "rss"
        assert xml.namespaces["wp"] == "http://wordpress.org/export/1.2/"
    assert titles[:2] == ["manama-skyline", "Talks resume in Manama &amp; Riyadh"]  # CDATA: as written
    assert len(titles) == 17


# The generated exports used by other tests and the benchmark -----------------------------------------
def test_a_generated_export_reads_back_as_written(tmp_path):
    path = write_wxr(
        tmp_path / "export.xml",
        posts=12,
        images=5,
        image_base="http://127.0.0.1:8123",
        seed=3,
        languages=("en", "ar"),
    )
    catalogue, posts = read(path)
    assert (catalogue.post_count, len(posts), len(catalogue.pictures)) == (12, 12, 5)
    assert not catalogue.skipped
    assert [post.language for post in posts.values()] == ["en", "ar"] * 6
    groups = [post.translation_group for post in posts.values()]
    assert groups[0] == groups[1] != groups[2] == groups[3]
    for post in posts.values():
        assert post.featured_image is not None
        assert re.fullmatch(
            r"http://127\.0\.0\.1:8123/wp-content/uploads/\d{4}/\d\d/photo-\d+\.jpg", post.featured_image.url
        )
        assert post.authors and post.terms and post.status == "published"
    linked = [re.search(r'href="([^"]+)"', post.body) for post in list(posts.values())[1:]]
    assert all(match and match.group(1) in catalogue.addresses for match in linked)  # links to earlier posts
    assert len({post.slug for post in posts.values()}) == 12
    again = tmp_path / "again.xml"
    write_wxr(again, posts=12, images=5, image_base="http://127.0.0.1:8123", seed=3, languages=("en", "ar"))
    assert again.read_bytes() == path.read_bytes()


# Size ---------------------------------------------------------------------------------------------
def measure(path: Path) -> tuple[int, int, int, int]:
    """(what the catalogue holds, the scan's peak beyond it, the posts' peak beyond it, posts read)."""
    source = WordPressSource(path)
    tracemalloc.start()
    try:
        catalogue = source.scan()
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        count = sum(1 for _post in source.posts(catalogue))
        _now, posts_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return held, peak - held, posts_peak - held, count


def test_memory_stays_flat_as_the_export_grows():
    folder = Path("/tmp/wpgen")
    sizes = {}
    for posts in (1_000, 4_000):  # 5,000 and 20,000 items: a post and four attachments each
        path = write_wxr(folder / f"memory-{posts}.xml", posts=posts, images=4 * posts, seed=5)
        sizes[posts] = measure(path)
        path.unlink()
    _held, small_scan, small_posts, small_count = sizes[1_000]
    large_held, large_scan, large_posts, large_count = sizes[4_000]
    assert (small_count, large_count) == (1_000, 4_000)
    mib = 2**20
    # Beyond the catalogue (small records, a few addresses each), reading takes the same few MiB
    # whatever the size: one item at a time.
    assert large_held / 20_000 < 2048
    assert large_scan < 8 * mib and large_posts < 8 * mib
    assert large_scan < small_scan * 1.5 + 2 * mib
    assert large_posts < small_posts * 1.5 + 2 * mib
    assert large_held + max(large_scan, large_posts) < 32 * mib
