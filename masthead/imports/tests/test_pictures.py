import pytest

from masthead.articles.tests.factories import image_bytes
from masthead.core.html import sanitize_html
from masthead.imports.bodies.pictures import picture_urls, place_pictures
from masthead.imports.media import PictureFetcher, StoredPicture
from masthead.imports.records import Picture

OLD = "https://old.example.com/wp-content/uploads/2019/05/"
BOAT = StoredPicture(12, "/media/images/2019/05/boat.jpg", 800, 500, "Boats at dawn")
MAP = StoredPicture(13, "/media/images/2019/05/map.png", 640, 480)
STORED = {OLD + "boat.jpg": BOAT, OLD + "boat-300x188.jpg": BOAT, OLD + "map.png": MAP}
BOAT_FIGURE = (
    '<figure data-image="12"><img src="/media/images/2019/05/boat.jpg" alt="{alt}" width="800" height="500">'
)
MAP_FIGURE = (
    '<figure data-image="13"><img src="/media/images/2019/05/map.png" alt="{alt}" width="640" height="480">'
)


def place(body: str, **options) -> tuple[str, list[str]]:
    return place_pictures(body, STORED.get, **options)


def boat(alt: str = "Boats", caption: str = "") -> str:
    return (
        BOAT_FIGURE.format(alt=alt) + (f"<figcaption>{caption}</figcaption>" if caption else "") + "</figure>"
    )


def map_(alt: str = "", caption: str = "") -> str:
    return (
        MAP_FIGURE.format(alt=alt) + (f"<figcaption>{caption}</figcaption>" if caption else "") + "</figure>"
    )


def test_picture_urls_in_order_each_once():
    body = (
        f'<p><img src="{OLD}map.png"> text <img src=" {OLD}boat.jpg "></p>'
        f'<figure><img src="{OLD}map.png"><figcaption>x</figcaption></figure><img alt="no address">'
    )
    assert picture_urls(body) == [OLD + "map.png", OLD + "boat.jpg"]
    assert picture_urls("<p>No pictures here.</p>") == []
    assert picture_urls("") == []


def test_a_figure_with_a_caption_points_at_the_stored_copy():
    body = (
        f'<p>Intro.</p><figure class="wp-caption"><img src="{OLD}boat.jpg" alt="Boats" class="size-medium">'
        '<figcaption class="x">The <b>harbour</b>.</figcaption></figure>'
    )
    assert place(body) == ("<p>Intro.</p>" + boat(caption="The <b>harbour</b>."), [])


def test_a_bare_picture_in_a_paragraph_is_moved_out_after_it():
    body = f'<p>Before <img src="{OLD}boat.jpg" alt="Boats"> after.</p><p>Next.</p>'
    assert place(body) == ("<p>Before after.</p>" + boat() + "<p>Next.</p>", [])


def test_a_paragraph_holding_only_pictures_is_replaced_by_them_in_order():
    body = f'<p>\xa0<img src="{OLD}map.png"><br><img src="{OLD}boat.jpg" alt="Boats"></p>\n<p>Next.</p>'
    assert place(body) == (map_() + boat() + "\n<p>Next.</p>", [])


def test_a_picture_without_alt_takes_the_stored_alt_text():
    assert place(f'<img src="{OLD}boat.jpg">') == (boat(alt="Boats at dawn"), [])


@pytest.mark.parametrize(
    ("href", "src"),
    [
        (OLD + "boat.jpg", OLD + "boat-300x188.jpg"),  # the full size
        (OLD + "boat-300x188.jpg", OLD + "boat-300x188.jpg"),
        ("https://old.example.com/?attachment_id=7", OLD + "boat.jpg"),  # WordPress's page for it
        ("https://cdn.old.test/big/boat.JPEG", OLD + "boat.jpg"),
    ],
)
def test_a_link_to_the_same_picture_is_dropped(href, src):
    assert place(f'<p><a href="{href}"> <img src="{src}" alt="Boats"> </a></p>') == (boat(), [])


def test_a_link_to_somewhere_else_is_kept_around_the_picture():
    body = f'<p><a href="https://example.org/donate"><img src="{OLD}boat.jpg" alt="Boats"></a></p>'
    figure = BOAT_FIGURE.replace("<img", '<a href="https://example.org/donate"><img').format(alt="Boats")
    assert place(body) == (figure + "</a></figure>", [])


def test_a_picture_not_stored_is_dropped_and_reported():
    body = (
        f'<p>Text <img src="{OLD}gone.jpg"> more.</p>'
        f'<figure><img src="{OLD}lost.jpg"><figcaption>Lost caption</figcaption></figure>'
        f'<p><a href="{OLD}gone.jpg"><img src="{OLD}gone.jpg"></a></p><p>End.</p>'
    )
    assert place(body) == ("<p>Text more.</p><p>End.</p>", [OLD + "gone.jpg", OLD + "lost.jpg"])


def test_a_picture_not_stored_can_be_kept_as_it_is():
    body = f'<figure><img src="{OLD}lost.jpg" alt="Lost"><figcaption>Lost</figcaption></figure><p>End.</p>'
    assert place(body, keep_missing=True) == (body, [OLD + "lost.jpg"])


def test_a_gallery_becomes_figures_one_after_another():
    body = (
        '<figure class="wp-block-gallery">'
        f'<figure class="wp-block-image"><img src="{OLD}boat.jpg" alt="Boats"></figure>'
        f'<figure class="wp-block-image"><img src="{OLD}map.png"><figcaption>Map</figcaption></figure>'
        '<figcaption class="blocks-gallery-caption">Our week</figcaption></figure>'
    )
    assert place(body) == (boat() + map_(caption="Map") + "<p>Our week</p>", [])


def test_several_pictures_in_one_figure_each_get_their_own():
    body = f'<figure><img src="{OLD}boat.jpg" alt="Boats"><img src="{OLD}map.png"></figure>'
    assert place(body) == (boat() + map_(), [])


def test_duplicates_a_copy_beside_its_original_is_shown_once():
    body = f'<img src="{OLD}boat.jpg" alt="Boats"><img src="{OLD}boat-300x188.jpg" alt="Boats">'
    assert place(body) == (boat(), [])
    # Far apart, the same picture is shown where the story put it, each time; reported once if missing.
    body = (
        f'<p><img src="{OLD}x.jpg"></p><p>Between.</p><img src="{OLD}boat.jpg" alt="Boats">'
        f'<p>And.</p><img src="{OLD}x.jpg">{boat()}'
    )
    assert place(body) == ("<p>Between.</p>" + boat() + "<p>And.</p>" + boat(), [OLD + "x.jpg"])


def test_a_placed_picture_is_left_alone():
    body = "<p>Text.</p>" + boat(caption="Kept")
    assert place(body) == (body, [])


def test_a_body_without_pictures_is_returned_as_it_is():
    body = "<p>Plain &amp; <b>simple</b>&nbsp;text.</p>"
    assert place(body) == (body, [])


@pytest.mark.django_db
def test_fetched_pictures_are_placed_and_survive_the_sanitizer(file_server):
    boat_url = file_server.put("/wp-content/uploads/2019/05/boat.jpg", image_bytes(1200, 800))
    copy_url = file_server.url("/wp-content/uploads/2019/05/boat-300x200.jpg")
    gone_url = file_server.url("/wp-content/uploads/2019/05/gone.jpg")
    body = (
        f'<p>Arrivals at the port <a href="{boat_url}"><img src="{copy_url}" alt="Boats"></a> rose.</p>'
        f'<figure><img src="{gone_url}"><figcaption>Gone</figcaption></figure><p>مرحبا</p>'
    )
    fetcher = PictureFetcher(site_key="wordpress:old.example.com")
    fetcher.store([Picture(url=boat_url, alt="Boats in the port")])
    fetcher.store(Picture(url=url) for url in picture_urls(body))
    placed, missing = place_pictures(body, fetcher.get)
    stored = fetcher.get(boat_url)
    assert missing == [gone_url]
    assert placed == (
        "<p>Arrivals at the port rose.</p>"
        f'<figure data-image="{stored.image_id}">'
        f'<img src="{stored.url}" alt="Boats" width="1200" height="800"></figure>'
        "<p>مرحبا</p>"
    )
    assert sanitize_html(placed) == placed
    assert file_server.requests["/wp-content/uploads/2019/05/boat-300x200.jpg"] == 0
