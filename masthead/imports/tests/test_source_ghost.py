import json
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from masthead.imports.records import SourceError
from masthead.imports.sources.ghost import GhostSource

FIXTURES = Path(__file__).parent / "fixtures"
SITE = "https://port.example.com"
FIRST = "65a000000000000000000001"
MEMBERS = "65a000000000000000000002"
PAID = "65a000000000000000000003"
PAGE = "65a000000000000000000004"
DRAFT = "65a000000000000000000005"


def read(path: Path, **options):
    source = GhostSource(path, **options)
    catalogue = source.scan()
    return catalogue, {post.key: post for post in source.posts(catalogue)}


@pytest.fixture(scope="module")
def ghost5():
    return read(FIXTURES / "ghost-5.json", site_url=SITE + "/")


def test_catalogue_has_the_site_its_writers_and_its_public_tags(ghost5):
    catalogue, _posts = ghost5
    assert (catalogue.platform, catalogue.site_url) == ("ghost", SITE)
    assert (catalogue.title, catalogue.language) == ("Port Daily", "en")
    assert (catalogue.post_count, catalogue.page_count) == (4, 1)
    assert set(catalogue.people) == {"u1", "u2"}  # the admin who wrote nothing is left out
    mona = catalogue.people["u1"]
    assert (mona.name, mona.slug, mona.email, mona.bio) == (
        "Mona Haddad",
        "mona",
        "mona@example.com",
        "Port reporter.",
    )
    assert mona.urls == [f"{SITE}/author/mona/", f"{SITE}/author/mona/rss/"]
    assert set(catalogue.terms) == {"tag:news", "tag:world", "tag:%d8%a7%d9%84%d9%85%d9%8a%d9%86%d8%a7%d8%a1"}
    news = catalogue.terms["tag:news"]
    assert (news.kind, news.name, news.description) == ("tag", "News", "Daily news")
    assert news.urls == [f"{SITE}/tag/news/", f"{SITE}/tag/news/rss/"]


def test_internal_tags_are_skipped_once_each(ghost5):
    catalogue, posts = ghost5
    assert [(skip.what, skip.reason) for skip in catalogue.skipped] == [
        ("tag “#featured-row”", "internal tags (“#…”) are not imported")
    ]
    assert "tag:hash-featured-row" not in posts[FIRST].terms


def test_addresses_of_posts_and_pages(ghost5):
    catalogue, posts = ghost5
    first = posts[FIRST]
    assert first.link == f"{SITE}/harbour-reopens/"
    assert first.old_urls == [f"{SITE}/harbour-reopens/amp/"]
    assert catalogue.addresses[f"{SITE}/harbour-reopens/amp/"] == FIRST
    page = posts[PAGE]
    assert (page.kind, page.link, page.old_urls) == ("page", f"{SITE}/about/", [])


def test_post_fields(ghost5):
    _catalogue, posts = ghost5
    first = posts[FIRST]
    assert (first.kind, first.headline, first.slug, first.status) == (
        "post",
        "Harbour reopens",
        "harbour-reopens",
        "published",
    )
    assert first.dek == "Ferries are back after three years."  # custom_excerpt, not the meta description
    assert first.published_at == datetime(2024, 1, 15, 10, 0, tzinfo=UTC)
    assert first.updated_at == datetime(2024, 1, 16, 9, 30, tzinfo=UTC)
    assert (first.is_featured, first.is_members_only, first.guid) == (True, False, FIRST)


def test_authors_and_tags_follow_sort_order_and_the_first_public_tag_is_primary(ghost5):
    _catalogue, posts = ghost5
    assert posts[FIRST].authors == ["u2", "u1"]
    assert posts[FIRST].terms == ["tag:world", "tag:news"]
    assert posts[FIRST].primary_term == "tag:world"  # "#featured-row" comes first but is internal
    assert posts[PAGE].primary_term == ""


def test_feature_image_takes_alt_and_caption_from_posts_meta(ghost5):
    _catalogue, posts = ghost5
    picture = posts[FIRST].featured_image
    assert picture is not None
    assert picture.url == f"{SITE}/content/images/2024/01/cover.jpg"
    assert picture.alt == "Ferry at the quay"
    assert picture.caption == "Photo by Someone / Unsplash"
    assert posts[PAID].featured_image.url == "https://images.unsplash.com/photo-1?w=2000"
    assert posts[MEMBERS].featured_image is None


def test_members_paid_scheduled_and_draft_posts(ghost5):
    _catalogue, posts = ghost5
    assert (posts[MEMBERS].status, posts[MEMBERS].is_members_only) == ("published", True)
    assert (posts[PAID].status, posts[PAID].is_members_only) == ("scheduled", True)
    assert posts[PAID].published_at == datetime(2030, 1, 1, 6, 0, tzinfo=UTC)
    assert (posts[DRAFT].status, posts[DRAFT].published_at) == ("draft", None)


def test_bodies_come_from_html_first_else_lexical_with_the_site_address_filled_in(ghost5):
    _catalogue, posts = ghost5
    first = posts[FIRST].body
    assert "Stale lexical" not in first
    assert f'<a href="{SITE}/timetable/">the timetable</a>' in first
    assert "__GHOST_URL__" not in first
    members = posts[MEMBERS].body
    assert members.startswith("<p>Members read this first. <strong>Bold</strong>")
    assert f'<img src="{SITE}/content/images/2024/02/quay.jpg" alt="The quay">' in members
    assert "Sign up" not in members


def test_without_a_site_address_the_placeholder_leaves_relative_addresses():
    catalogue, posts = read(FIXTURES / "ghost-5.json")
    assert catalogue.site_url == ""
    assert posts[FIRST].link == "/harbour-reopens/"
    assert posts[FIRST].featured_image.url == "/content/images/2024/01/cover.jpg"
    assert '<img src="/content/images/2024/01/ferry.jpg" alt="The ferry">' in posts[FIRST].body
    assert catalogue.terms["tag:news"].urls == ["/tag/news/", "/tag/news/rss/"]


def test_older_export_without_db_wrapper_with_mobiledoc_and_millisecond_dates():
    catalogue, posts = read(FIXTURES / "ghost-1.json", site_url="https://old.example.com")
    assert (catalogue.title, catalogue.post_count, catalogue.page_count) == ("Old Salt", 1, 1)
    assert set(catalogue.people) == {"7"}
    log = posts["1"]
    assert log.published_at == datetime(2016, 5, 6, 2, 0, tzinfo=UTC)
    assert (log.authors, log.terms, log.primary_term) == (["7"], ["tag:logs"], "tag:logs")
    assert (log.is_featured, log.kind) == (True, "post")
    assert log.language == ""  # Ghost 0.x/1.x wrote "en_US" on every post: it says nothing
    assert log.featured_image.url == "https://old.example.com/content/images/2016/05/cover.jpg"
    assert log.body.startswith("<h2>Log</h2><p>Wind <strong>strong</strong> and ")
    assert '<img src="https://old.example.com/content/images/2016/05/mast.jpg" alt="Mast">' in log.body
    assert posts["2"].kind == "page"


def test_posts_can_be_read_without_a_scan_on_the_same_source():
    catalogue = GhostSource(FIXTURES / "ghost-1.json").scan()
    assert [post.key for post in GhostSource(FIXTURES / "ghost-1.json").posts(catalogue)] == ["1", "2"]


def test_a_damaged_editor_document_falls_back_to_the_next_one(tmp_path):
    export = json.loads((FIXTURES / "ghost-1.json").read_text())
    export["data"]["posts"][0]["lexical"] = "{not json"
    path = tmp_path / "ghost-damaged.json"
    path.write_text(json.dumps(export))
    _catalogue, posts = read(path)
    assert posts["1"].body.startswith("<h2>Log</h2>")


def test_a_truncated_export_says_where_it_broke(tmp_path):
    whole = (FIXTURES / "ghost-5.json").read_bytes()
    path = tmp_path / "ghost-cut.json"
    path.write_bytes(whole[: whole.index(b'"id": "65a000000000000000000003"')])
    with pytest.raises(SourceError, match=r"breaks after 2 posts.*premature EOF"):
        GhostSource(path).scan()


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b'{"db": [{"data": {"posts": [{"id": "1",, }]}}]}', "parse error"),
        (b'{"db": [{"data": {"posts": [{"id": "1", "title": "caf\xff"}]}}]}', "invalid bytes in UTF8"),
    ],
)
def test_invalid_json_is_an_error_in_words(tmp_path, content, detail):
    path = tmp_path / "ghost-bad.json"
    path.write_bytes(content)
    with pytest.raises(SourceError, match="not complete, valid JSON") as raised:
        GhostSource(path).scan()
    assert detail in str(raised.value)
    assert "b'" not in str(raised.value)


@pytest.mark.parametrize(
    "content",
    ['{"posts": [{"id": 1}]}', '[{"db": []}]', '"ghost"', '{"db": [{"meta": {}, "data": {"tags": []}}]}'],
)
def test_json_that_is_not_a_ghost_export_is_refused(tmp_path, content):
    path = tmp_path / "other.json"
    path.write_text(content)
    with pytest.raises(SourceError, match="not a Ghost export"):
        GhostSource(path).scan()


def _generate(path: Path, count: int) -> None:
    """A Ghost 5 export of `count` posts, each with some kilobytes of body, written as a stream."""
    filler = json.dumps(
        {"root": {"children": [{"type": "paragraph", "children": [{"type": "text", "text": "x" * 3000}]}]}}
    )
    with path.open("w") as out:
        out.write('{"db": [{"meta": {"version": "5.80.0"}, "data": {"posts": [')
        for number in range(count):
            post = {
                "id": f"p{number}",
                "title": f"Post {number}",
                "slug": f"post-{number}",
                "type": "post",
                "status": "published",
                "visibility": "public",
                "html": f"<p>Story {number}</p>",
                "lexical": filler,
                "published_at": "2024-01-01T00:00:00.000Z",
            }
            out.write(("," if number else "") + json.dumps(post))
        out.write('], "tags": [{"id": "t1", "name": "News", "slug": "news"}], "posts_tags": [')
        out.write(
            ",".join(json.dumps({"post_id": f"p{n}", "tag_id": "t1", "sort_order": 0}) for n in range(count))
        )
        out.write('], "users": [{"id": "u1", "name": "A", "slug": "a"}], "posts_authors": [')
        out.write(
            ",".join(
                json.dumps({"post_id": f"p{n}", "author_id": "u1", "sort_order": 0}) for n in range(count)
            )
        )
        out.write("]}}]}")


def _peaks(path: Path) -> tuple[int, int, int]:
    """Peak memory of the scan, and of reading every post after it (above what the scan kept)."""
    source = GhostSource(path, site_url=SITE)
    tracemalloc.start()
    try:
        catalogue = source.scan()
        scan_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        kept = tracemalloc.get_traced_memory()[0]
        count = sum(1 for _post in source.posts(catalogue))
        posts_peak = tracemalloc.get_traced_memory()[1] - kept
    finally:
        tracemalloc.stop()
    return scan_peak, posts_peak, count


def test_a_big_export_is_read_in_bounded_memory():
    folder = Path("/tmp/ghostgen")
    folder.mkdir(exist_ok=True)
    small, big = folder / "ghost-5000.json", folder / "ghost-20000.json"
    try:
        _generate(small, 5000)
        _generate(big, 20000)
        size = big.stat().st_size
        small_scan, small_posts, small_count = _peaks(small)
        big_scan, big_posts, big_count = _peaks(big)
    finally:
        small.unlink(missing_ok=True)
        big.unlink(missing_ok=True)
    assert (small_count, big_count) == (5000, 20000)
    # Reading the posts holds one post at a time: four times the posts, about the same memory.
    assert big_posts < small_posts * 1.5 + 1_000_000
    # The scan keeps each post's addresses and links (the catalogue needs them), never the bodies:
    # it grows with the number of posts, far below the size of the file.
    assert big_scan < small_scan * 4.5
    assert big_scan < size / 2
