"""Upload checks and responsive renditions for every picture the newsroom stores."""

import warnings
from io import BytesIO
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, default_storage
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}


def validate_image_file(upload) -> None:
    """Refuse anything that is not a real, reasonably sized picture, saying why."""
    max_bytes = settings.ARTICLES_IMAGE_MAX_BYTES
    max_pixels = settings.ARTICLES_IMAGE_MAX_PIXELS
    size = getattr(upload, "size", None)
    if size is not None and size > max_bytes:
        raise ValidationError(
            _("This file is %(size).1f MB; images may be at most %(max)d MB.")
            % {"size": size / 1024 / 1024, "max": max_bytes // 1024 // 1024},
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that: treat it as an error.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(upload) as picture:
                width, height = picture.size
                if width * height > max_pixels:
                    raise ValidationError(
                        _(
                            "This image is %(w)d×%(h)d pixels (%(mp).0f megapixels); "
                            "images may be at most %(max)d megapixels."
                        )
                        % {
                            "w": width,
                            "h": height,
                            "mp": width * height / 1e6,
                            "max": max_pixels // 1_000_000,
                        },
                        code="too_many_pixels",
                    )
                if picture.format not in ACCEPTED_FORMATS:
                    raise ValidationError(
                        _("%(format)s images are not accepted; upload a JPEG, PNG, GIF or WebP.")
                        % {"format": picture.format},
                        code="format",
                    )
                picture.verify()
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        raise ValidationError(
            _("This image is too large to open safely (a decompression bomb)."),
            code="bomb",
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("This file is not an image we can read; upload a JPEG, PNG, GIF or WebP."),
            code="not_an_image",
        ) from exc
    finally:
        if hasattr(upload, "seek"):
            upload.seek(position)


def image_dimensions(name: str, storage: Storage | None = None) -> tuple[int, int]:
    storage = storage or default_storage
    with storage.open(name) as handle, PILImage.open(handle) as picture:
        return ImageOps.exif_transpose(picture).size


def make_renditions(
    name: str, widths: list[int] | None = None, storage: Storage | None = None
) -> dict[str, str]:
    """Write WebP renditions of a stored image, never wider than the original.

    Returns {"640": "renditions/…-640.webp", …}. Runs in a background task, once per
    upload: pages only ever link to files this made.
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
            buffer = BytesIO()
            resized.save(buffer, "WEBP", quality=80, method=4)
            target = str(folder / f"{stem}-{width}.webp")
            if storage.exists(target):
                storage.delete(target)
            made[str(width)] = storage.save(target, ContentFile(buffer.getvalue()))
    return made
