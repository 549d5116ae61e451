from datetime import UTC, datetime
from pathlib import Path

import pytest

from masthead.imports.records import SourceError
from masthead.imports.sources.blogger import BloggerSource

FIXTURES = Path(__file__).parent / "fixtures"
SITE = "https://harbour-notes.blogspot.com"
POST = "tag:blogger.com,1999:blog-7001.post-501"


def read(path: Path, **options):
    source = BloggerSource(path, **options)
    catalogue = source.scan()
    return catalogue, {post.key: post for post in source.posts(catalogue)}


@pytest.fixture(scope="module")
def classic():
    return read(FIXTURES / "blogger-classic.xml")


@pytest.fixture(scope="module")
def takeout():
    return read(FIXTURES / "blogger-takeout.xml", site_url="https://desert.example.com/")


def test_classic_export_names_the_site_and_counts_what_it_holds(classic):
    catalogue, posts = classic
    assert (catalogue.platform, catalogue.site_url, catalogue.title) == ("blogger", SITE, "Harbour Notes")
    assert catalogue.language == "en"  # the feed's xml:lang
    assert (catalogue.post_count, catalogue.page_count, catalogue.comment_count) == (3, 1, 2)
    assert len(posts) == 4  # settings, template and comments are not posts
    assert {skip.what: skip.reason for skip in catalogue.skipped} == {
        "2 settings entries": "blog settings are not imported",
        "the blog's template": "themes are not imported",
        "2 comments": "comments are not imported",
    }


def test_classic_labels_become_tags_with_their_old_label_pages(classic):
    catalogue, posts = classic
    term = catalogue.terms["tag:Middle East"]
    assert (term.kind, term.name, term.slug) == ("tag", "Middle East", "Middle East")
    assert f"{SITE}/search/label/Middle%20East" in term.urls
    assert f"{SITE}/search/label/Middle East" in term.urls
    assert f"{SITE}/feeds/posts/default/-/Middle%20East" in term.urls
    assert posts[POST].terms == ["tag:Port", "tag:Middle East"]


def test_classic_authors_are_keyed_by_profile_and_lose_the_placeholder_address(classic):
    catalogue, posts = classic
    mona = catalogue.people["https://www.blogger.com/profile/11111"]
    assert (mona.name, mona.email) == ("Mona Haddad", "")
    assert catalogue.people["https://www.blogger.com/profile/22222"].email == "karim@example.com"
    assert "https://www.blogger.com/profile/33333" not in catalogue.people  # a commenter
    assert posts[POST].authors == ["https://www.blogger.com/profile/11111"]


def test_classic_post_keeps_its_address_dates_and_comment_count(classic):
    catalogue, posts = classic
    post = posts[POST]
    assert (post.kind, post.status, post.slug) == ("post", "published", "ships-return")
    assert post.link == f"{SITE}/2019/05/ships-return.html"
    assert catalogue.addresses[post.link] == POST
    assert post.guid == POST
    assert post.published_at == datetime(2019, 5, 4, 17, 0, tzinfo=UTC)  # -07:00 in the file
    assert post.updated_at == datetime(2019, 5, 5, 15, 30, tzinfo=UTC)
    assert post.comment_count == 2
    assert post.language == "en"


def test_classic_date_archives_redirect_to_the_home_page(classic):
    catalogue, _posts = classic
    assert catalogue.extra_addresses == {
        f"{SITE}/2019/": "home",
        f"{SITE}/2019/05/": "home",
        f"{SITE}/2019/04/": "home",
    }


def test_classic_body_is_converted_and_its_first_picture_is_the_featured_image(classic):
    _catalogue, posts = classic
    body = posts[POST].body
    assert body.startswith("<p>The first ferry came in at dawn.<br>Fishermen lined the quay.</p>")
    assert '<img src="https://1.bp.blogspot.com/-aaa/XYZ/AAAA/bbb/s1600/ferry.jpg" alt="">' in body
    assert "<figcaption>The quay at <em>six</em> in the morning</figcaption>" in body
    assert '<figure data-embed="youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">' in body
    assert f'<a href="{SITE}/2019/04/harbour-plans.html">the plans</a>' in body
    featured = posts[POST].featured_image
    assert featured is not None
    assert featured.url == "https://1.bp.blogspot.com/-aaa/XYZ/AAAA/bbb/s1600/ferry.jpg"


def test_classic_draft_has_no_date_and_no_address(classic):
    catalogue, posts = classic
    draft = posts["tag:blogger.com,1999:blog-7001.post-503"]
    assert (draft.status, draft.published_at, draft.link, draft.slug) == ("draft", None, "", "")
    assert draft.language == "ar"  # the entry's own xml:lang
    assert draft.body == "<p>Notes to self</p><p>call the keeper</p>"
    assert not any(key == draft.key for key in catalogue.addresses.values())


def test_classic_page_is_a_page(classic):
    _catalogue, posts = classic
    page = posts["tag:blogger.com,1999:blog-7001.page-601"]
    assert (page.kind, page.slug, page.link) == ("page", "about", f"{SITE}/p/about.html")


def test_takeout_export_reads_types_statuses_and_file_names(takeout):
    catalogue, posts = takeout
    assert (catalogue.site_url, catalogue.title) == ("https://desert.example.com", "Desert Diaries")
    assert (catalogue.post_count, catalogue.page_count, catalogue.comment_count) == (3, 1, 1)
    live = posts["tag:blogger.com,1999:blog-8002.post-701"]
    assert (live.status, live.slug) == ("published", "crossing-the-dunes")
    assert live.link == "https://desert.example.com/2021/03/crossing-the-dunes.html"
    assert live.dek == "A night crossing of the great dunes."
    assert live.comment_count == 1
    assert live.terms == ["tag:Travel", "tag:صحراء"]
    assert live.featured_image is not None
    assert live.featured_image.url == "https://blogger.googleusercontent.com/img/b/DUNES/s2048/dunes.jpg"
    assert live.featured_image.alt == "Dunes at dusk"
    assert '<a href="https://desert.example.com/2021/02/the-oasis.html">the oasis</a>' in live.body
    assert posts["tag:blogger.com,1999:blog-8002.post-702"].status == "draft"
    assert posts["tag:blogger.com,1999:blog-8002.post-703"].status == "trash"
    page = posts["tag:blogger.com,1999:blog-8002.page-801"]
    assert (page.kind, page.link) == ("page", "https://desert.example.com/p/contact.html")


def test_takeout_labels_and_authors(takeout):
    catalogue, posts = takeout
    assert (
        "https://desert.example.com/search/label/%D8%B5%D8%AD%D8%B1%D8%A7%D8%A1"
        in catalogue.terms["tag:صحراء"].urls
    )
    assert posts["tag:blogger.com,1999:blog-8002.post-703"].authors == ["Omar Idris"]  # no profile: by name
    assert set(catalogue.people) == {"https://www.blogger.com/profile/44444", "Omar Idris"}


def test_takeout_without_a_site_address_keeps_addresses_relative():
    catalogue, posts = read(FIXTURES / "blogger-takeout.xml")
    assert catalogue.site_url == ""
    assert posts["tag:blogger.com,1999:blog-8002.post-701"].link == "/2021/03/crossing-the-dunes.html"
    assert catalogue.extra_addresses == {"/2021/": "home", "/2021/03/": "home"}  # drafts had no archive


def test_posts_can_be_read_without_a_scan_on_the_same_source():
    catalogue = BloggerSource(FIXTURES / "blogger-classic.xml").scan()
    posts = list(BloggerSource(FIXTURES / "blogger-classic.xml").posts(catalogue))
    assert [post.comment_count for post in posts if post.key == POST] == [2]


def test_billion_laughs_is_refused():
    with pytest.raises(SourceError, match="entity"):
        BloggerSource(FIXTURES / "blogger-bomb.xml").scan()


def test_external_entities_are_refused_and_nothing_outside_is_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    path = tmp_path / "blogger-xxe.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<feed xmlns='http://www.w3.org/2005/Atom'><title>&xxe;</title></feed>"
    )
    with pytest.raises(SourceError) as raised:
        BloggerSource(path).scan()
    assert "do not read" not in str(raised.value)


def test_a_feed_that_is_not_blogger_is_refused(tmp_path):
    rss = tmp_path / "wordpress.xml"
    rss.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>WP</title></channel></rss>')
    with pytest.raises(SourceError, match="not a Blogger export"):
        BloggerSource(rss).scan()
    atom = tmp_path / "atom.xml"
    atom.write_text(
        "<feed xmlns='http://www.w3.org/2005/Atom'><id>urn:other</id>"
        "<entry><id>urn:1</id><title>Hi</title></entry></feed>"
    )
    with pytest.raises(SourceError, match="not a Blogger export"):
        BloggerSource(atom).scan()


def test_a_cut_off_export_is_an_error(tmp_path):
    whole = (FIXTURES / "blogger-classic.xml").read_bytes()
    path = tmp_path / "cut.xml"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(SourceError):
        BloggerSource(path).scan()


def test_bytes_that_are_not_utf8_are_replaced_and_reported(tmp_path):
    whole = (FIXTURES / "blogger-classic.xml").read_bytes()
    path = tmp_path / "damaged.xml"
    path.write_bytes(whole.replace(b"Unfinished: the lighthouse", b"Unfinished: the light\xffhouse\x01"))
    source = BloggerSource(path)
    catalogue = source.scan()
    headlines = [post.headline for post in source.posts(catalogue)]
    assert "Unfinished: the light\ufffdhouse" in headlines
    assert [skip.what for skip in catalogue.skipped if "damaged" in skip.what] == ["2 damaged characters"]
