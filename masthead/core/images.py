"""Upload checks and responsive renditions for every picture the newsroom stores."""

import struct
from io import BytesIO
from pathlib import PurePosixPath
from typing import NoReturn

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.storage import Storage, default_storage
from django.template.defaultfilters import filesizeformat, floatformat
from django.utils.deconstruct import deconstructible
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError, features

# Pillow's name for each format we take: the name editors know it by, and its file extensions.
ACCEPTED_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "JPEG": ("JPEG", ("jpg", "jpeg", "jfif")),
    "PNG": ("PNG", ("png",)),
    "WEBP": ("WebP", ("webp",)),
    "GIF": ("GIF", ("gif",)),
}
if "avif" in features.modules and features.check_module("avif"):  # Pillow 11.2+ built with libavif
    ACCEPTED_FORMATS["AVIF"] = ("AVIF", ("avif",))
# A camera JPEG holding more than one picture: Pillow's JPEG reader names it MPO.
JPEG_FORMATS = {"JPEG", "MPO"}
FORMAT_NAMES = [known_as for known_as, _extensions in ACCEPTED_FORMATS.values()]
IMAGE_EXTENSIONS = [
    extension for _known_as, extensions in ACCEPTED_FORMATS.values() for extension in extensions
]
# What a parser may raise on a damaged or hostile file (Pillow's own identification catches
# SyntaxError, IndexError, TypeError and struct.error; decoders raise OSError and EOFError).
UNREADABLE = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, struct.error)


def _megapixels(pixels: float) -> str:
    value = pixels / 1_000_000
    return floatformat(value, 0 if value >= 10 else -1)


@deconstructible(path="masthead.core.images.ImageValidator")
class ImageValidator:
    """Refuse an upload that is not a sound, reasonably sized picture, saying what was found and the limit.

    Used as every image field's validator, so forms, the admin and anything calling full_clean()
    check alike. The limits are MASTHEAD_IMAGE_MAX_BYTES and MASTHEAD_IMAGE_MAX_PIXELS, read at
    each check, unless this validator is given its own.
    """

    messages = {
        "too_large": _("This file is %(size)s; the limit is %(limit)s."),
        "extension": _("The file name must end in %(extensions)s; “%(name)s” does not."),
        "not_an_image": _("This file is not an image in an accepted format (%(formats)s)."),
        "too_many_pixels": _(
            "This image is %(width)d×%(height)d pixels (%(megapixels)s megapixels); "
            "the limit is %(limit)s megapixels."
        ),
        "bomb": _("This image is more than %(megapixels)s megapixels; the limit is %(limit)s megapixels."),
        "damaged": _("This image is damaged or incomplete; export it again and upload the new file."),
    }

    def __init__(self, max_bytes: int | None = None, max_pixels: int | None = None) -> None:
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, ImageValidator)
            and self.max_bytes == other.max_bytes
            and self.max_pixels == other.max_pixels
        )

    def __call__(self, upload: File) -> None:
        # A file already in storage was checked when it arrived; checking it again would fetch it
        # back from storage on every save, and refuse edits to the rest of the row once a limit is
        # lowered. (`_committed` is how Django's FileField itself tells the two apart.)
        if getattr(upload, "_committed", False):
            return
        max_bytes = settings.MASTHEAD_IMAGE_MAX_BYTES if self.max_bytes is None else self.max_bytes
        max_pixels = settings.MASTHEAD_IMAGE_MAX_PIXELS if self.max_pixels is None else self.max_pixels
        if PILImage.MAX_IMAGE_PIXELS:
            # Past Pillow's own limit it only warns of a decompression bomb: refuse those too.
            max_pixels = min(max_pixels, PILImage.MAX_IMAGE_PIXELS)
        if upload.size > max_bytes:
            self._refuse("too_large", size=filesizeformat(upload.size), limit=filesizeformat(max_bytes))
        name = PurePosixPath(upload.name or "").name
        if PurePosixPath(name).suffix.lower().removeprefix(".") not in IMAGE_EXTENSIONS:
            extensions = get_text_list([f".{extension}" for extension in IMAGE_EXTENSIONS])
            self._refuse("extension", name=name, extensions=extensions)
        limit = _megapixels(max_pixels)
        try:
            self._check_picture(upload, max_pixels, limit)
        except PILImage.DecompressionBombError as exc:
            # Raised before Pillow gives the size: it says only that it is past twice its limit.
            self._refuse("bomb", exc, megapixels=_megapixels(2 * PILImage.MAX_IMAGE_PIXELS), limit=limit)
        except PILImage.DecompressionBombWarning as exc:
            # Pillow's warning, where the warnings filter turns it into an error.
            self._refuse("bomb", exc, megapixels=_megapixels(PILImage.MAX_IMAGE_PIXELS), limit=limit)
        except UnidentifiedImageError as exc:
            self._refuse("not_an_image", exc, formats=get_text_list(FORMAT_NAMES))
        except UNREADABLE as exc:
            self._refuse("damaged", exc)
        finally:
            upload.seek(0)

    def _check_picture(self, upload: File, max_pixels: int, limit: str) -> None:
        upload.seek(0)
        # Only the readers of the formats we take ever see an upload.
        with PILImage.open(upload, formats=list(ACCEPTED_FORMATS)) as picture:
            width, height = picture.size
            if width * height > max_pixels:
                megapixels = _megapixels(width * height)
                self._refuse(
                    "too_many_pixels", width=width, height=height, megapixels=megapixels, limit=limit
                )
            picture.verify()
            is_jpeg = picture.format in JPEG_FORMATS
        if is_jpeg:
            # verify() reads none of a JPEG's picture data, so a cut-off one would pass: decode it
            # at an eighth of its size (cheap) to be sure all of it is there.
            upload.seek(0)
            with PILImage.open(upload, formats=["JPEG"]) as picture:
                picture.draft(None, (1, 1))
                picture.load()

    def _refuse(self, code: str, cause: Exception | None = None, **params) -> NoReturn:
        raise ValidationError(self.messages[code], code=code, params=params) from cause


validate_image = ImageValidator()

# Centre-cropped versions for the ratios Google asks of an article's images, by their key in a
# picture's renditions: each CROP_WIDTH wide, or as wide as the original allows at that ratio.
CROP_RATIOS: dict[str, tuple[int, int]] = {"16x9": (16, 9), "4x3": (4, 3), "1x1": (1, 1)}
CROP_WIDTH = 1200
# Google wants an article's images to hold at least 50,000 pixels; a smaller crop is not made.
CROP_MIN_PIXELS = 50_000


def crop_size(width: int, height: int, ratio: str) -> tuple[int, int] | None:
    """The size of the `ratio` crop of a width×height picture, or None when none is made.

    Never larger than the original: the widest crop that fits, up to CROP_WIDTH.
    """
    across, down = CROP_RATIOS[ratio]
    crop_width = min(CROP_WIDTH, width, height * across // down)
    crop_height = round(crop_width * down / across)
    if crop_width * crop_height < CROP_MIN_PIXELS:
        return None
    return crop_width, crop_height


def _save_webp(picture: PILImage.Image, target: str, storage: Storage) -> str:
    buffer = BytesIO()
    picture.save(buffer, "WEBP", quality=80, method=4)
    if storage.exists(target):
        storage.delete(target)
    return storage.save(target, ContentFile(buffer.getvalue()))


def make_renditions(
    name: str, widths: list[int] | None = None, storage: Storage | None = None
) -> dict[str, str]:
    """Write WebP renditions of a stored image, never wider than the original.

    Returns {"640": "renditions/…-640.webp", …, "16x9": "renditions/…-16x9.webp", …}: a
    rendition per width, which keeps the picture's proportions, and a centre crop per ratio of
    CROP_RATIOS that the original is large enough for. Only the width keys are numbers. Runs in
    a background task, once per upload: pages only ever link to files this made.
    """
    storage = storage or default_storage
    widths = widths or settings.ARTICLES_RENDITION_WIDTHS
    with storage.open(name) as handle, PILImage.open(handle) as original:
        picture = ImageOps.exif_transpose(original)
        if picture.mode not in ("RGB", "RGBA"):
            picture = picture.convert("RGBA" if "transparency" in picture.info else "RGB")
        stem = PurePosixPath(name).stem
        folder = PurePosixPath("renditions") / PurePosixPath(name).parent.name
        made: dict[str, str] = {}
        usable = [w for w in sorted(widths) if w < picture.width] or [picture.width]
        if picture.width not in usable and picture.width < max(widths):
            usable.append(picture.width)
        for width in usable:
            height = max(1, round(picture.height * width / picture.width))
            resized = (
                picture
                if width == picture.width
                else picture.resize((width, height), PILImage.Resampling.LANCZOS)
            )
            made[str(width)] = _save_webp(resized, str(folder / f"{stem}-{width}.webp"), storage)
        for ratio in CROP_RATIOS:
            size = crop_size(picture.width, picture.height, ratio)
            if size is not None:
                cropped = ImageOps.fit(picture, size, PILImage.Resampling.LANCZOS)
                made[ratio] = _save_webp(cropped, str(folder / f"{stem}-{ratio}.webp"), storage)
    return made
