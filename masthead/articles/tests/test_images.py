from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage

from masthead.articles.models import Image
from masthead.articles.tests.factories import uploaded_image
from masthead.core.tests.images import BAD_UPLOADS, claimed_size_png, good_upload, use_test_limits

pytestmark = pytest.mark.django_db
ADD = reverse("admin:articles_image_add")


def post_image(client, upload, alt="Boats in the harbour"):
    return client.post(ADD, {"file": upload, "alt_text": alt, "caption": "", "credit": ""})


def test_real_image_is_stored_with_webp_renditions(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_image(editor_client, uploaded_image(width=1500, height=1000))
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (1500, 1000)
    assert sorted((k for k in image.renditions if k.isdigit()), key=int) == [
        "320",
        "640",
        "960",
        "1280",
        "1500",
    ]
    with image.file.storage.open(image.renditions["640"]) as handle:
        rendition = PILImage.open(handle)
        assert (rendition.format, rendition.width) == ("WEBP", 640)


def test_small_image_gets_no_upscaled_renditions(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_image(editor_client, uploaded_image(width=500, height=300))
    assert sorted((k for k in Image.objects.get().renditions if k.isdigit()), key=int) == ["320", "500"]


@pytest.mark.parametrize("kind", BAD_UPLOADS)
def test_bad_upload_is_refused_in_the_admin_with_its_message(kind, editor_client, settings):
    use_test_limits(settings)
    bad = BAD_UPLOADS[kind]
    response = post_image(editor_client, bad.upload())
    assert response.status_code == 200
    assert bad.message in response.text
    assert not Image.objects.exists()


@pytest.mark.parametrize("kind", BAD_UPLOADS)
def test_bad_upload_is_refused_by_full_clean_with_its_message(kind, settings):
    use_test_limits(settings)
    bad = BAD_UPLOADS[kind]
    image = Image(file=bad.upload(), alt_text="Boats in the harbour")
    with pytest.raises(ValidationError) as caught:
        image.full_clean()
    assert caught.value.message_dict["file"][0].startswith(bad.message)


def test_good_upload_passes_full_clean(settings):
    use_test_limits(settings)
    Image(file=good_upload(), alt_text="Boats in the harbour").full_clean()


def test_decompression_bomb_is_refused(editor_client):
    bomb = SimpleUploadedFile("bomb.png", claimed_size_png(20_000, 20_000), "image/png")
    response = post_image(editor_client, bomb)
    assert response.status_code == 200
    assert not Image.objects.exists()
    assert "This image is more than 179 megapixels; the limit is 50 megapixels." in response.text


def test_decompression_bomb_given_to_the_model_is_refused_not_a_crash():
    # Reading its size for the width and height fields must not blow up before full_clean can refuse it.
    bomb = SimpleUploadedFile("bomb.png", claimed_size_png(20_000, 20_000), "image/png")
    image = Image(file=bomb, alt_text="Boats in the harbour")
    with pytest.raises(ValidationError) as caught:
        image.full_clean()
    assert "more than 179 megapixels" in caught.value.message_dict["file"][0]


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
    assert sorted((k for k in author.photo_renditions if k.isdigit()), key=int) == ["320", "640", "700"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        author.bio = "Covers energy."
        author.save()
    assert rendition_jobs(callbacks) == []  # same file: nothing made again
