import socket
from pathlib import Path

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_text_list

from masthead.articles.models import Image
from masthead.articles.tests.factories import image_bytes
from masthead.core.images import FORMAT_NAMES, ImageValidator
from masthead.imports.fetching import file_name
from masthead.imports.media import PictureFetcher, StoredPicture, original_of
from masthead.imports.models import ImportedItem, item_key
from masthead.imports.records import Picture

pytestmark = pytest.mark.django_db

SITE = "wordpress:old.example.com"
UPLOADS = "/wp-content/uploads/2019/05/"


def fetcher(**options) -> PictureFetcher:
    made = PictureFetcher(site_key=SITE, **{"timeout": 2.0, **options})
    made.pause = 0  # retries at once: the tests count them, not how long they wait
    return made


def test_picture_is_fetched_checked_and_stored_with_its_words(file_server):
    url = file_server.put(UPLOADS + "boat.jpg", image_bytes(800, 500))
    pictures = fetcher()
    pictures.store([Picture(url=url, alt="Boats at dawn", caption="<b>The harbour</b>", credit="Staff")])

    stored = pictures.get(url)
    image = Image.objects.get()
    assert stored == StoredPicture(image.pk, image.file.url, 800, 500, "Boats at dawn")
    assert (image.alt_text, image.caption, image.credit) == ("Boats at dawn", "The harbour", "Staff")
    assert Path(image.file.name).name == "boat.jpg"
    assert image.file.url.startswith("/media/images/")
    item = ImportedItem.objects.get(kind="picture")
    assert (item.site, item.key, item.object_id) == (SITE, url, image.pk)
    assert (pictures.fetched, pictures.reused, pictures.failures) == (1, 0, {})


def test_a_later_run_reuses_the_stored_picture_without_fetching_it(file_server):
    url = file_server.put(UPLOADS + "boat.jpg", image_bytes())
    fetcher().store([Picture(url=url, alt="Boats")])
    again = fetcher()
    again.store([Picture(url=url, alt="Boats")])
    assert file_server.requests[UPLOADS + "boat.jpg"] == 1
    assert (again.fetched, again.reused) == (0, 1)
    assert again.get(url).image_id == Image.objects.get().pk


def test_a_picture_deleted_since_the_last_run_is_fetched_again(file_server):
    url = file_server.put(UPLOADS + "boat.jpg", image_bytes())
    fetcher().store([Picture(url=url, alt="Boats")])
    Image.objects.all().delete()
    again = fetcher()
    again.store([Picture(url=url, alt="Boats")])
    assert again.fetched == 1
    assert ImportedItem.objects.get(kind="picture").object_id == Image.objects.get().pk


def test_each_address_is_fetched_once_per_run(file_server):
    url = file_server.put(UPLOADS + "boat.jpg", image_bytes())
    pictures = fetcher()
    pictures.store([Picture(url=url), Picture(url=url.replace("http://", "HTTP://"), alt="Later alt")])
    pictures.store([Picture(url=url)])
    file_server.answer(UPLOADS + "gone.jpg", 404)
    pictures.store([Picture(url=file_server.url(UPLOADS + "gone.jpg"))] * 2)
    pictures.store([Picture(url=file_server.url(UPLOADS + "gone.jpg"))])
    assert file_server.requests == {UPLOADS + "boat.jpg": 1, UPLOADS + "gone.jpg": 1}
    assert Image.objects.get().alt_text == "Later alt"  # the words of both mentions, merged


def test_missing_picture_is_a_failure_and_not_asked_again(file_server):
    url = file_server.url(UPLOADS + "missing.jpg")
    pictures = fetcher()
    pictures.store([Picture(url=url)])
    assert pictures.failures == {url: "HTTP 404"}
    assert pictures.get(url) is None
    assert file_server.requests[UPLOADS + "missing.jpg"] == 1
    assert not Image.objects.exists()


def test_a_failure_is_reported_under_the_address_as_the_export_wrote_it(file_server):
    raw = file_server.base_url + UPLOADS + "صورة مفقودة.jpg"
    encoded = file_server.url(UPLOADS + "صورة مفقودة.jpg")
    pictures = fetcher()
    pictures.store([Picture(url=raw), Picture(url=encoded)])
    pictures.store([Picture(url=encoded)])
    assert pictures.failures == {raw: "HTTP 404"}
    assert file_server.requests == {UPLOADS + "صورة مفقودة.jpg": 1}


@pytest.mark.parametrize("status", [500, 503, 429])
def test_a_passing_server_error_is_retried(file_server, status):
    url = file_server.put(UPLOADS + "boat.jpg", image_bytes())
    file_server.fail_first(UPLOADS + "boat.jpg", times=2, status=status)
    pictures = fetcher(retries=3)
    pictures.store([Picture(url=url)])
    assert pictures.failures == {}
    assert pictures.get(url) is not None
    assert file_server.requests[UPLOADS + "boat.jpg"] == 3


def test_a_lasting_server_error_gives_up_after_the_retries(file_server):
    url = file_server.put(UPLOADS + "boat.jpg", image_bytes())
    file_server.answer(UPLOADS + "boat.jpg", 500)
    pictures = fetcher(retries=3)
    pictures.store([Picture(url=url)])
    assert pictures.failures == {url: "HTTP 500 (tried 3 times)"}
    assert file_server.requests[UPLOADS + "boat.jpg"] == 3


def test_a_slow_host_times_out_after_the_retries(file_server):
    url = file_server.put(UPLOADS + "slow.jpg", image_bytes())
    file_server.delay(UPLOADS + "slow.jpg", 30)
    pictures = fetcher(timeout=0.2, retries=2)
    pictures.store([Picture(url=url)])
    assert pictures.failures == {url: "timed out 2 times"}
    assert file_server.requests[UPLOADS + "slow.jpg"] == 2


def closed_port() -> int:
    with socket.socket() as probe:  # a port just free, where nothing listens
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_host_is_a_failure():
    url = f"http://127.0.0.1:{closed_port()}/wp-content/uploads/boat.jpg"
    pictures = fetcher(retries=2)
    pictures.store([Picture(url=url)])
    assert pictures.failures == {url: "connection failed 2 times"}


def test_the_content_type_is_not_trusted_the_content_is_checked(file_server):
    page = file_server.put(UPLOADS + "page.jpg", b"<!doctype html><title>Log in</title>")
    file_server.content_type(UPLOADS + "page.jpg", "image/jpeg")
    real = file_server.put(UPLOADS + "real.jpg", image_bytes())
    file_server.content_type(UPLOADS + "real.jpg", "text/plain")
    pictures = fetcher()
    pictures.store([Picture(url=page), Picture(url=real)])
    not_an_image = str(ImageValidator.messages["not_an_image"]) % {"formats": get_text_list(FORMAT_NAMES)}
    assert pictures.failures == {page: not_an_image}
    assert pictures.get(real) is not None


def test_a_file_past_the_size_limit_is_refused_as_an_upload_would_be(file_server, settings):
    settings.MASTHEAD_IMAGE_MAX_BYTES = 20_000
    data = image_bytes(1600, 1600, fmt="PNG", color="#fff")
    big = file_server.put(UPLOADS + "big.png", data + b"\0" * 40_000)
    pictures = fetcher()
    pictures.store([Picture(url=big)])
    size, limit = filesizeformat(len(data) + 40_000), filesizeformat(20_000)
    assert pictures.failures == {big: f"This file is {size}; the limit is {limit}."}


def test_an_endless_answer_is_cut_off_at_the_size_limit(file_server, settings):
    settings.MASTHEAD_IMAGE_MAX_BYTES = 200_000
    file_server.endless(UPLOADS + "endless.jpg")
    url = file_server.url(UPLOADS + "endless.jpg")
    pictures = fetcher()
    pictures.store([Picture(url=url)])  # returns: the body was not read to its (missing) end
    assert pictures.failures == {url: "The file is larger than the limit of 195.3\xa0KB."}


def test_a_damaged_picture_gets_the_validators_message(file_server):
    url = file_server.put(UPLOADS + "cut.jpg", image_bytes(800, 500)[:1500])
    pictures = fetcher()
    pictures.store([Picture(url=url)])
    assert pictures.failures == {url: str(ImageValidator.messages["damaged"])}


def test_addresses_that_are_not_web_addresses_are_failures(file_server):
    odd = [
        "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
        "ftp://old.example.com/a.jpg",
        "boat.jpg",
        "file:///etc/passwd",
    ]
    pictures = fetcher()
    pictures.store([Picture(url=url) for url in odd])
    assert pictures.failures == dict.fromkeys(odd, "not a web address")


def test_uploads_are_read_from_a_local_copy_when_it_has_them(file_server, tmp_path):
    media = tmp_path / "uploads"
    (media / "2019/05").mkdir(parents=True)
    (media / "2019/05/boat.jpg").write_bytes(image_bytes(640, 400))
    (media / "images").mkdir()
    (media / "images/map.png").write_bytes(image_bytes(300, 300, fmt="PNG"))
    remote = file_server.put(UPLOADS + "remote.jpg", image_bytes())
    boat = "https://old.example.com" + UPLOADS + "boat.jpg"
    map_ = "https://old.example.com/images/map.png"
    pictures = fetcher(media_dir=media)
    pictures.store([Picture(url=boat), Picture(url=map_), Picture(url=remote)])
    assert pictures.failures == {}
    assert (pictures.get(boat).width, pictures.get(map_).width) == (640, 300)
    assert (pictures.fetched, pictures.read_locally) == (3, 2)
    assert file_server.requests == {UPLOADS + "remote.jpg": 1}  # only what the copy lacks


def test_a_local_copy_cannot_be_left_through_the_address(tmp_path):
    media = tmp_path / "uploads"
    media.mkdir()
    (tmp_path / "secret.jpg").write_bytes(image_bytes())
    pictures = fetcher(media_dir=media, retries=1)
    pictures.store([Picture(url=f"http://127.0.0.1:{closed_port()}/wp-content/uploads/../secret.jpg")])
    assert pictures.read_locally == 0
    assert not Image.objects.exists()


def test_a_resized_copy_is_stored_as_its_original(file_server):
    original = file_server.put(UPLOADS + "boat.jpg", image_bytes(1600, 1000))
    copy = file_server.put(UPLOADS + "boat-300x188.jpg", image_bytes(300, 188))
    pictures = fetcher()
    pictures.store([Picture(url=copy, alt="Boats"), Picture(url=original, key="7")])
    assert file_server.requests == {UPLOADS + "boat.jpg": 1}
    assert pictures.get(copy) == pictures.get(original)
    assert pictures.get(copy).width == 1600
    assert Image.objects.get().alt_text == "Boats"
    # A later run finds the copy without asking for anything.
    again = fetcher()
    again.store([Picture(url=copy)])
    assert again.get(copy) == pictures.get(original)
    assert file_server.requests == {UPLOADS + "boat.jpg": 1}


def test_a_resized_copy_uses_an_original_found_in_the_local_copy(file_server, tmp_path):
    media = tmp_path / "uploads"
    (media / "2019/05").mkdir(parents=True)
    (media / "2019/05/boat.jpg").write_bytes(image_bytes(1600, 1000))
    copy = file_server.url(UPLOADS + "boat-300x188.jpg")
    pictures = fetcher(media_dir=media)
    pictures.store([Picture(url=copy)])
    assert pictures.get(copy).width == 1600
    assert pictures.failures == {}
    assert file_server.requests == {}


def test_a_resized_copy_is_fetched_itself_when_its_original_fails(file_server):
    original = file_server.url(UPLOADS + "boat.jpg")  # 404
    copy = file_server.put(UPLOADS + "boat-300x188.jpg", image_bytes(300, 188))
    pictures = fetcher()
    pictures.store([Picture(url=original), Picture(url=copy)])
    assert pictures.get(copy).width == 300
    assert pictures.failures == {original: "HTTP 404"}


def test_the_same_file_at_two_addresses_is_one_image(file_server):
    data = image_bytes()
    first = file_server.put(UPLOADS + "boat.jpg", data)
    second = file_server.put("/mirror/boat.jpg", data)
    pictures = fetcher()
    pictures.store([Picture(url=first), Picture(url=second)])
    assert pictures.get(first) == pictures.get(second)
    assert Image.objects.count() == 1
    assert ImportedItem.objects.filter(kind="picture").count() == 2


def test_a_dry_run_fetches_and_checks_but_writes_nothing(file_server):
    good = file_server.put(UPLOADS + "boat.jpg", image_bytes(800, 500))
    bad = file_server.url(UPLOADS + "missing.jpg")
    pictures = fetcher(dry_run=True)
    pictures.store([Picture(url=good, alt="Boats"), Picture(url=bad)])
    assert pictures.get(good) == StoredPicture(0, good, 800, 500, "Boats")
    assert pictures.failures == {bad: "HTTP 404"}
    assert pictures.fetched == 1
    assert not Image.objects.exists()
    assert not ImportedItem.objects.exists()


def test_without_rehosting_nothing_is_fetched(file_server):
    url = file_server.put(UPLOADS + "boat.jpg", image_bytes())
    pictures = fetcher(rehost=False)
    pictures.store([Picture(url=url)])
    assert pictures.get(url) is None
    assert file_server.requests == {}


def test_alt_text_falls_back_to_the_title_and_pictures_without_alt_are_counted(file_server):
    with_alt = file_server.put(UPLOADS + "a.jpg", image_bytes(color="#111"))
    titled = file_server.put(UPLOADS + "b.jpg", image_bytes(color="#222"))
    bare = file_server.put(UPLOADS + "c.jpg", image_bytes(color="#333"))
    pictures = fetcher()
    pictures.store([Picture(url=with_alt, alt="A"), Picture(url=titled, title="Harbour"), Picture(url=bare)])
    assert [pictures.get(url).alt for url in (with_alt, titled, bare)] == ["A", "Harbour", ""]
    assert pictures.without_alt == 2


def test_stored_pictures_get_their_renditions_as_uploads_do(file_server, django_capture_on_commit_callbacks):
    url = file_server.put(UPLOADS + "boat.jpg", image_bytes(1000, 600))
    with django_capture_on_commit_callbacks(execute=True):
        fetcher().store([Picture(url=url, alt="Boats")])
    assert set(Image.objects.get().renditions) >= {"320", "640", "960", "1000", "16x9"}


def test_addresses_without_an_extension_or_in_arabic_are_stored(file_server):
    no_extension = file_server.put("/img/b/AVvXsE/s1600", image_bytes(fmt="PNG"))  # as Blogger's are
    encoded = file_server.put(UPLOADS + "صورة البحر.jpg", image_bytes())
    raw = file_server.base_url + UPLOADS + "صورة البحر.jpg"  # as exports often write them
    assert encoded != raw
    pictures = fetcher()
    pictures.store([Picture(url=no_extension), Picture(url=raw)])
    assert pictures.failures == {}
    names = sorted(Path(name).name for name in Image.objects.values_list("file", flat=True))
    assert names == ["s1600.png", "صورة_البحر.jpg"]
    assert pictures.get(encoded) == pictures.get(raw) != None  # noqa: E711


def test_many_pictures_are_fetched_together_each_once(file_server):
    urls = [
        file_server.put(f"{UPLOADS}p{n}.jpg", image_bytes(320, 200, color=f"#{n * 10:02x}3355"))
        for n in range(24)
    ]
    pictures = fetcher(workers=4)
    pictures.store([Picture(url=url, alt=f"Picture {n}") for n, url in enumerate(urls)])
    assert pictures.failures == {}
    assert Image.objects.count() == 24
    assert set(file_server.requests.values()) == {1}
    assert [pictures.get(url).alt for url in urls] == [f"Picture {n}" for n in range(24)]


@pytest.mark.parametrize(
    ("url", "original"),
    [
        (
            "https://x.test/wp-content/uploads/2019/05/boat-300x200.jpg",
            "https://x.test/wp-content/uploads/2019/05/boat.jpg",
        ),
        ("https://x.test/a/my-photo-1-1024x768.png", "https://x.test/a/my-photo-1.png"),
        ("https://x.test/a/boat.jpg", ""),
        ("https://x.test/a/boat-300x200.jpg?ver=2", ""),
    ],
)
def test_original_of_a_resized_copy(url, original):
    assert original_of(url) == original


def test_file_name_from_the_address():
    jpeg, png = image_bytes(), image_bytes(fmt="PNG")
    assert file_name("https://x.test/a/Boat%20at%20dawn.JPG", jpeg) == "Boat_at_dawn.jpg"
    assert file_name("https://x.test/img/s1600/", png) == "s1600.png"
    assert file_name("https://x.test/photo.php", png) == "photo.png"
    assert file_name("https://x.test/photo", b"GIF89a...", "") == "photo.gif"
    assert file_name("https://x.test/..", b"nothing", "text/html") == "picture"
    assert item_key("https://x.test/" + "a" * 300).startswith("sha256:")
