"""Small Pillow helpers shared by the portrait, scene and cartoon painters."""

import math
import random
from collections.abc import Callable, Sequence
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter

Color = tuple[int, int, int]
Point = tuple[float, float]

# Everything is painted at twice the final size and scaled down once: ImageDraw has no
# anti-aliasing, and this is the cheapest way to get smooth edges.
SUPERSAMPLE = 2


def hex_color(value: str) -> Color:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def mix(a: Color, b: Color, t: float) -> Color:
    """The colour `t` of the way from `a` to `b`."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def shade(color: Color, amount: float) -> Color:
    """Darker for a negative `amount`, lighter for a positive one (-1..1)."""
    return mix(color, (0, 0, 0), -amount) if amount < 0 else mix(color, (255, 255, 255), amount)


def vertical_gradient(size: tuple[int, int], top: Color, bottom: Color) -> Image.Image:
    """A top-to-bottom gradient: one column blended from Pillow's ramp, then stretched sideways."""
    height = size[1]
    ramp = Image.linear_gradient("L").resize((1, height), Image.Resampling.BILINEAR)
    column = Image.composite(Image.new("RGB", (1, height), bottom), Image.new("RGB", (1, height), top), ramp)
    return column.resize(size, Image.Resampling.NEAREST)


GLOW_SCALE = 4  # a glow is soft anyway: painted and blurred at a quarter size, then enlarged


def glow(picture: Image.Image, center: Point, radius: float, color: Color, strength: float = 0.6) -> None:
    """Paint a soft round glow (a sun, a lamp, a flare) onto `picture`, in place."""
    small = max(4.0, radius * 2 / GLOW_SCALE)
    side = int(small * 1.5) + 2  # room around the disc, so the blur fades out before the edge
    layer = Image.new("RGBA", (side, side), (*color, 0))
    draw = ImageDraw.Draw(layer)
    steps = 14
    for i in range(steps, 0, -1):
        r = small / 2 * i / steps
        alpha = round(255 * strength * (1 - i / steps) ** 1.6)
        draw.ellipse((side / 2 - r, side / 2 - r, side / 2 + r, side / 2 + r), fill=(*color, alpha))
    size = side * GLOW_SCALE
    layer = layer.filter(ImageFilter.GaussianBlur(small / 12)).resize((size, size), Image.Resampling.BILINEAR)
    picture.paste(layer, (int(center[0] - size / 2), int(center[1] - size / 2)), layer)


def wave_line(
    rng: random.Random, width: int, base: float, amplitude: float, waves: int = 3, step: int = 16
) -> list[Point]:
    """Points along a gentle, randomly phased curve: dune crests, hills, water lines."""
    phases = [rng.uniform(0, math.tau) for _ in range(waves)]
    lengths = [rng.uniform(0.6, 2.4) for _ in range(waves)]
    points = []
    for x in range(0, width + step, step):
        y = base
        for k in range(waves):
            y += amplitude / (k + 1) * math.sin(x / width * math.tau * lengths[k] * (k + 1) + phases[k])
        points.append((float(x), y))
    return points


def fill_below(draw: ImageDraw.ImageDraw, points: Sequence[Point], height: int, color) -> None:
    """Fill the area under a curve down to the bottom edge."""
    draw.polygon([*points, (points[-1][0], height), (points[0][0], height)], fill=color)


def finish(picture: Image.Image, size: tuple[int, int]) -> Image.Image:
    """Scale the supersampled painting down to its final size (a box average smooths the edges)."""
    picture = picture.convert("RGB")
    if picture.size == (size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE):
        return picture.reduce(SUPERSAMPLE)
    return picture.resize(size, Image.Resampling.LANCZOS)


def encode(picture: Image.Image, fmt: str) -> bytes:
    buffer = BytesIO()
    if fmt == "JPEG":
        picture.save(buffer, "JPEG", quality=86, optimize=True, progressive=True)
    else:
        picture.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


Painter = Callable[[random.Random, int, int], Image.Image]


def paint(painter: Painter, seed: str, size: tuple[int, int]) -> Image.Image:
    """Run `painter` at the supersampled size with its own seeded random stream.

    Each picture has its own stream, so which pictures a run needs never changes how any
    one of them looks.
    """
    rng = random.Random(seed)
    width, height = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    return finish(painter(rng, width, height), size)
