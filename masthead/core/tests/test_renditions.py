"""The WebP renditions made of every stored picture: one per width, and the centre crops."""

import re
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.template import Context, Template
from PIL import Image as PILImage
from PIL import ImageDraw

from masthead.articles.tests.factories import AuthorFactory, ImageFactory, uploaded_image
from masthead.core.images import CROP_RATIOS, make_renditions
from masthead.core.tasks import make_renditions_task

BLUE = (42, 111, 151)
RED = (200, 30, 30)


def store(storage: FileSystemStorage, size: tuple[int, int]) -> str:
    """A JPEG of `size`, blue with red bands at its left and right edges, saved in `storage`.

    The bands are each a fifth of the width, so a square crop from the middle of a wide picture
    holds none of them.
    """
    width, height = size
    drawn = PILImage.new("RGB", size, BLUE)
    draw = ImageDraw.Draw(drawn)
    draw.rectangle((0, 0, width // 5, height), fill=RED)
    draw.rectangle((width - width // 5, 0, width, height), fill=RED)
    buffer = BytesIO()
    drawn.save(buffer, "JPEG", quality=95)
    return storage.save("images/photo.jpg", ContentFile(buffer.getvalue()))


def opened(storage: FileSystemStorage, name: str) -> PILImage.Image:
    with storage.open(name) as handle, PILImage.open(handle) as stored:
        assert stored.format == "WEBP"
        stored.load()
        return stored.copy()


@pytest.fixture
def storage(tmp_path) -> FileSystemStorage:
    return FileSystemStorage(location=tmp_path)


def test_crops_in_each_ratio_are_made_1200_wide_beside_the_widths(storage):
    name = store(storage, (2000, 1500))
    made = make_renditions(name, widths=[640, 1280], storage=storage)
    assert sorted(made) == ["1280", "16x9", "1x1", "4x3", "640"]
    sizes = {key: opened(storage, made[key]).size for key in ("16x9", "4x3", "1x1")}
    assert sizes == {"16x9": (1200, 675), "4x3": (1200, 900), "1x1": (1200, 1200)}
    assert made["16x9"] == "renditions/images/photo-16x9.webp"
    assert made["4x3"] == "renditions/images/photo-4x3.webp"
    assert made["1x1"] == "renditions/images/photo-1x1.webp"


def test_crops_are_taken_from_the_middle(storage):
    name = store(storage, (1600, 800))
    square = opened(storage, make_renditions(name, widths=[640], storage=storage)["1x1"])
    assert square.size == (800, 800)
    # The red edge bands (320 px each side) fall outside the middle 800 px.
    for corner in ((2, 2), (797, 2), (2, 797), (797, 797)):
        red, _green, blue = square.getpixel(corner)[:3]
        assert blue > red, corner


def test_a_small_original_gives_smaller_crops_never_upscaled(storage):
    name = store(storage, (400, 300))
    made = make_renditions(name, widths=[320, 640], storage=storage)
    sizes = {key: opened(storage, made[key]).size for key in ("16x9", "4x3", "1x1")}
    assert sizes == {"16x9": (400, 225), "4x3": (400, 300), "1x1": (300, 300)}


def test_a_tiny_original_gets_no_crops(storage):
    # 200×150: every crop would hold fewer than 50,000 pixels (the 4:3 one 30,000).
    name = store(storage, (200, 150))
    assert sorted(make_renditions(name, widths=[320, 640], storage=storage)) == ["200"]


def test_a_ratio_too_small_on_its_own_is_skipped(storage):
    # From 290×290 the 16:9 crop would be 290×163 (47,270 pixels); the 4:3 and 1:1 ones fit.
    name = store(storage, (290, 290))
    made = make_renditions(name, widths=[640], storage=storage)
    assert sorted(made) == ["1x1", "290", "4x3"]


@pytest.mark.django_db
def test_pictures_and_portraits_offer_only_the_width_renditions_in_srcset():
    image = ImageFactory(file=uploaded_image(width=1600, height=900))
    make_renditions_task.enqueue("articles.Image", image.pk, "file", "renditions")
    author = AuthorFactory(photo=uploaded_image("face.jpg", width=800, height=800))
    make_renditions_task.enqueue("authors.Author", author.pk, "photo", "photo_renditions")
    image.refresh_from_db()
    author.refresh_from_db()
    assert {"16x9", "4x3", "1x1"} <= set(image.renditions) and "1x1" in author.photo_renditions
    html = Template("{% load masthead %}{% picture image %}{% portrait author %}").render(
        Context({"image": image, "author": author})
    )
    srcsets = re.findall(r'srcset="([^"]*)"', html)
    assert len(srcsets) == 2
    for srcset in srcsets:
        entries = [entry.split() for entry in srcset.split(", ")]
        assert entries and all(re.fullmatch(r"/media/renditions/.+-\d+\.webp", url) for url, _ in entries)
        assert all(re.fullmatch(r"\d+w", width) for _, width in entries)
    crops = [image.renditions[r] for r in CROP_RATIOS if r in image.renditions]
    crops += [author.photo_renditions[r] for r in CROP_RATIOS if r in author.photo_renditions]
    assert len(crops) >= 4 and not any(crop in html for crop in crops)
