"""The one check every uploaded picture goes through, whichever field takes it."""

from io import BytesIO

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from PIL import Image as PILImage
from PIL import features

from masthead.core.fields import CheckedImageField
from masthead.core.images import ImageValidator, validate_image
from masthead.core.tests.images import BAD_UPLOADS, claimed_size_png, picture, use_test_limits


def refusal(upload, validator=validate_image) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validator(upload)
    return caught.value


@pytest.mark.parametrize("kind", BAD_UPLOADS)
def test_each_bad_upload_is_refused_with_its_clear_message(kind, settings):
    use_test_limits(settings)
    bad = BAD_UPLOADS[kind]
    assert refusal(bad.upload()).messages[0].startswith(bad.message)


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("JPEG", "photo.jpg"),
        ("JPEG", "photo.jpeg"),
        ("PNG", "chart.png"),
        ("WEBP", "photo.webp"),
        ("GIF", "cartoon.gif"),
        ("AVIF", "photo.avif"),
    ],
)
def test_accepted_formats_pass(fmt, name):
    if fmt == "AVIF" and not features.check_module("avif"):
        pytest.skip("this Pillow cannot read AVIF")
    validate_image(SimpleUploadedFile(name, picture(fmt), "application/octet-stream"))


def test_a_camera_jpeg_holding_two_pictures_passes():
    buffer = BytesIO()
    PILImage.new("RGB", (300, 200)).save(
        buffer, "MPO", save_all=True, append_images=[PILImage.new("RGB", (300, 200))]
    )
    validate_image(SimpleUploadedFile("camera.jpg", buffer.getvalue(), "image/jpeg"))


def test_a_picture_in_a_format_we_do_not_serve_is_refused():
    tiff = SimpleUploadedFile("scan.png", picture("TIFF"), "image/png")
    assert refusal(tiff).code == "not_an_image"


def test_a_picture_named_as_a_web_page_is_refused():
    # A valid GIF that a browser would also read as HTML if it were stored under this name.
    error = refusal(SimpleUploadedFile("promo.html", picture("GIF"), "text/html"))
    assert error.code == "extension"
    assert "“promo.html”" in error.messages[0] and ".jpg" in error.messages[0]


def test_a_truncated_png_is_damaged():
    png = picture("PNG", size=(800, 500))
    error = refusal(SimpleUploadedFile("cut.png", png[: len(png) // 2], "image/png"))
    assert error.messages == ["This image is damaged or incomplete; export it again and upload the new file."]


def test_a_bomb_pillow_refuses_to_open_is_a_clear_refusal_not_a_crash(settings):
    use_test_limits(settings)
    bomb = SimpleUploadedFile("bomb.png", claimed_size_png(20_000, 20_000), "image/png")
    assert refusal(bomb).messages == ["This image is more than 179 megapixels; the limit is 50 megapixels."]


@pytest.mark.filterwarnings("error::PIL.Image.DecompressionBombWarning")
def test_pillows_bomb_warning_raised_as_an_error_is_a_clear_refusal(settings):
    use_test_limits(settings)
    bomb = SimpleUploadedFile("wide.png", claimed_size_png(12_000, 12_000), "image/png")
    assert refusal(bomb).messages == ["This image is more than 89 megapixels; the limit is 50 megapixels."]


def test_the_pixel_limit_never_exceeds_pillows_own(settings):
    settings.MASTHEAD_IMAGE_MAX_PIXELS = 500_000_000
    bomb = SimpleUploadedFile("wide.png", claimed_size_png(12_000, 12_000), "image/png")
    assert refusal(bomb).code == "too_many_pixels"


def test_limits_come_from_the_settings_when_the_check_runs(settings):
    settings.MASTHEAD_IMAGE_MAX_PIXELS = 2_000_000
    error = refusal(SimpleUploadedFile("photo.jpg", picture(size=(1600, 1500)), "image/jpeg"))
    assert error.messages == ["This image is 1600×1500 pixels (2.4 megapixels); the limit is 2 megapixels."]


def test_a_validator_may_carry_its_own_limits():
    small = ImageValidator(max_bytes=1000)
    error = refusal(SimpleUploadedFile("photo.jpg", picture(size=(800, 500)), "image/jpeg"), small)
    assert error.code == "too_large"
    validate_image(SimpleUploadedFile("photo.jpg", picture(size=(800, 500)), "image/jpeg"))


def test_the_validator_is_written_into_migrations_as_itself():
    assert validate_image.deconstruct() == ("masthead.core.images.ImageValidator", (), {})
    assert ImageValidator(max_pixels=10).deconstruct()[2] == {"max_pixels": 10}
    assert ImageValidator() == validate_image != ImageValidator(max_pixels=10)


def test_every_image_field_in_the_project_is_checked_in_its_forms_and_on_full_clean():
    image_fields = [
        field
        for model in apps.get_models()
        if model.__module__.startswith("masthead.")
        for field in model._meta.get_fields()
        if isinstance(field, models.ImageField)
    ]
    assert {f"{f.model.__name__}.{f.name}" for f in image_fields} >= {
        "Image.file",
        "Author.photo",
        "Creative.image",
    }
    for field in image_fields:
        assert isinstance(field, CheckedImageField), field
        assert any(isinstance(v, ImageValidator) for v in field.validators), field
        assert any(isinstance(v, ImageValidator) for v in field.formfield().validators), field
