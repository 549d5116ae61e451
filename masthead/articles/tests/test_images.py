import zlib
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PILImage

from masthead.articles.models import Image
from masthead.articles.tests.factories import image_bytes, uploaded_image

pytestmark = pytest.mark.django_db
ADD = reverse("admin:articles_image_add")


def post_image(client, upload, alt="Boats in the harbour"):
    return client.post(ADD, {"file": upload, "alt_text": alt, "caption": "", "credit": ""})


def bomb_png(width: int = 20_000, height: int = 20_000) -> bytes:
    """A tiny PNG that claims to be 400 megapixels (a decompression bomb)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_real_image_is_stored_with_webp_renditions(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_image(editor_client, uploaded_image(width=1500, height=1000))
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (1500, 1000)
    assert sorted(image.renditions, key=int) == ["320", "640", "960", "1280", "1500"]
    with image.file.storage.open(image.renditions["640"]) as handle:
        rendition = PILImage.open(handle)
        assert (rendition.format, rendition.width) == ("WEBP", 640)


def test_small_image_gets_no_upscaled_renditions(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_image(editor_client, uploaded_image(width=500, height=300))
    assert sorted(Image.objects.get().renditions, key=int) == ["320", "500"]


def test_renamed_text_file_is_refused_with_a_clear_message(editor_client):
    fake = SimpleUploadedFile("photo.jpg", b"This is not a picture at all.", "image/jpeg")
    response = post_image(editor_client, fake)
    assert response.status_code == 200
    assert not Image.objects.exists()
    assert "not a valid image" in response.text or "not an image" in response.text


def test_decompression_bomb_is_refused(editor_client):
    response = post_image(editor_client, SimpleUploadedFile("bomb.png", bomb_png(), "image/png"))
    assert response.status_code == 200
    assert not Image.objects.exists()
    assert "megapixels" in response.text or "decompression bomb" in response.text


@override_settings(ARTICLES_IMAGE_MAX_BYTES=50_000)
def test_oversized_file_is_refused(editor_client):
    big = SimpleUploadedFile("big.png", image_bytes(1200, 1200, "PNG") + b"\0" * 60_000, "image/png")
    response = post_image(editor_client, big)
    assert response.status_code == 200
    assert not Image.objects.exists()
    assert "at most" in response.text


def test_alt_text_is_required(editor_client):
    response = post_image(editor_client, uploaded_image(), alt="")
    assert response.status_code == 200
    assert "alt_text" in response.context["adminform"].form.errors


def test_pixel_limit_applies_below_pillows_own(editor_client):
    buffer = BytesIO()
    PILImage.new("1", (8000, 7000)).save(buffer, "PNG")  # 56 MP, small file
    response = post_image(editor_client, SimpleUploadedFile("wide.png", buffer.getvalue(), "image/png"))
    assert response.status_code == 200
    assert "megapixels" in response.text
    assert not Image.objects.exists()


def rendition_jobs(callbacks) -> list:
    return [c for c in callbacks if "_enqueue_renditions" in c.__qualname__]


def test_author_photo_gets_renditions_in_the_background(django_capture_on_commit_callbacks):
    from masthead.articles.tests.factories import AuthorFactory

    author = AuthorFactory()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        author.photo = uploaded_image("face.jpg", width=700, height=700)
        author.save()
    assert len(rendition_jobs(callbacks)) == 1
    author.refresh_from_db()
    assert sorted(author.photo_renditions, key=int) == ["320", "640", "700"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        author.bio = "Covers energy."
        author.save()
    assert rendition_jobs(callbacks) == []  # same file: nothing made again
