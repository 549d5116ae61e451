"""Uploads for the image checks' tests: a good picture, and each kind of bad one with the message it gets."""

import struct
import zlib
from dataclasses import dataclass
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

# Limits the field tests run with (small, so a "too large" file is cheap to make).
MAX_BYTES = 51_200
MAX_PIXELS = 50_000_000


def use_test_limits(settings) -> None:
    """Set the image limits the expected messages below assume (pytest-django's `settings`)."""
    settings.MASTHEAD_IMAGE_MAX_BYTES = MAX_BYTES
    settings.MASTHEAD_IMAGE_MAX_PIXELS = MAX_PIXELS


def picture(fmt: str = "JPEG", size: tuple[int, int] = (300, 250), **options) -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", size, "#2a6f97").save(buffer, fmt, **options)
    return buffer.getvalue()


def good_upload(name: str = "photo.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, picture(), "image/jpeg")


def claimed_size_png(width: int, height: int) -> bytes:
    """A well-formed PNG of a few hundred bytes whose header claims width×height pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    pixels = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@dataclass(frozen=True)
class BadUpload:
    name: str
    content: bytes
    message: str  # what the editor reads (its start, when the rest depends on Pillow's build)

    def upload(self) -> SimpleUploadedFile:
        return SimpleUploadedFile(self.name, self.content, "image/png")


_jpeg = picture(size=(800, 500))
BAD_UPLOADS = {
    "too_large": BadUpload(
        "big.jpg",
        _jpeg + b"\0" * (2 * MAX_BYTES - len(_jpeg)),
        "This file is 100.0\xa0KB; the limit is 50.0\xa0KB.",
    ),
    "too_many_pixels": BadUpload(
        "wide.png",
        claimed_size_png(12_000, 12_000),
        "This image is 12000×12000 pixels (144 megapixels); the limit is 50 megapixels.",
    ),
    "not_an_image": BadUpload(
        "notes.png",
        b"Minutes of the editorial meeting, not a picture.",
        "This file is not an image in an accepted format (JPEG, PNG, WebP, GIF",
    ),
    "truncated": BadUpload(
        "cut.jpg",
        _jpeg[: len(_jpeg) // 2],
        "This image is damaged or incomplete; export it again and upload the new file.",
    ),
}
