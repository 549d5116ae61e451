"""Draw the site's icons from its initial: a white serif letter on the brand's red square.

    .venv/bin/python bench/icons.py [--name "The Gulf Ledger"] [--font path/to/Serif-Bold.ttf]

Writes into masthead/static/icons/ (the files are committed; run this again only to redraw them):

    favicon.ico            16, 32 and 48 px, for /favicon.ico and old browsers
    icon.svg               the same drawing as outlines (the letter's own curves, no font needed)
    apple-touch-icon.png   180 px, square and opaque: iOS rounds the corners itself
    icon-192.png           the web app manifest's icons, rounded like the favicon
    icon-512.png
    icon-maskable-512.png  square, the letter inside the middle 80% that Android's masks keep

The letter is the first letter of the site's name after a leading "The", "A" or "An"; the red is
site.css's --brand. The SVG's outlines are read from the same font file the PNGs are drawn with,
so every size shows the same letter; the drawing is centred on the letter's ink, not its box.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import struct
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "masthead" / "static" / "icons"
CSS = ROOT / "masthead" / "static" / "masthead" / "site.css"
FONTS = [
    # Times' shapes, which site.css's serif falls back to without Georgia.
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
]
INK = "#ffffff"
SUPERSAMPLE = 4  # drawn this many times larger, then scaled down: smooth edges at 16 px
ROUNDING = 0.1875  # corner radius / size, as the site's earlier icon (6 of 32)
# Height of the letter's ink / size of the icon, per kind of icon.
LETTER = {"rounded": 0.64, "square": 0.58, "maskable": 0.46}


def initial(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return words[0][0].upper()


def brand_colour(css: str) -> str:
    match = re.search(r"--brand:\s*(#[0-9a-fA-F]{3,6})", css)
    if match is None:
        raise SystemExit(f"icons: no --brand colour in {CSS}")
    return match.group(1)


class Font:
    """The few TrueType tables needed to read one letter's outline (a simple glyph)."""

    def __init__(self, path: str):
        self.data = Path(path).read_bytes()
        count = struct.unpack_from(">H", self.data, 4)[0]
        self.tables = {}
        for n in range(count):
            tag, _checksum, offset, _length = struct.unpack_from(">4sIII", self.data, 12 + 16 * n)
            self.tables[tag.decode("latin-1")] = offset
        head = self.tables["head"]
        self.units_per_em = struct.unpack_from(">H", self.data, head + 18)[0]
        self.long_offsets = struct.unpack_from(">h", self.data, head + 50)[0] == 1

    def _u16(self, at: int) -> int:
        return struct.unpack_from(">H", self.data, at)[0]

    def glyph_index(self, char: str) -> int:
        """From the Unicode BMP map (cmap format 4)."""
        cmap, code = self.tables["cmap"], ord(char)
        for n in range(self._u16(cmap + 2)):
            platform, encoding, offset = struct.unpack_from(">HHI", self.data, cmap + 4 + 8 * n)
            table = cmap + offset
            if (platform, encoding) not in ((3, 1), (0, 3)) or self._u16(table) != 4:
                continue
            segments = self._u16(table + 6) // 2
            ends = table + 14
            starts = ends + 2 * segments + 2
            deltas, ranges = starts + 2 * segments, starts + 4 * segments
            for i in range(segments):
                if code > self._u16(ends + 2 * i):
                    continue
                start = self._u16(starts + 2 * i)
                if code < start:
                    break
                delta = struct.unpack_from(">h", self.data, deltas + 2 * i)[0]
                range_offset = self._u16(ranges + 2 * i)
                if range_offset == 0:
                    return (code + delta) & 0xFFFF
                glyph = self._u16(ranges + 2 * i + range_offset + 2 * (code - start))
                return (glyph + delta) & 0xFFFF if glyph else 0
        raise SystemExit(f"icons: the font has no {char!r}")

    def outline(self, char: str) -> tuple[list[list[tuple[int, int, bool]]], tuple[int, int, int, int]]:
        """The letter's contours as (x, y, on the curve) in font units, and its ink box."""
        index, loca = self.glyph_index(char), self.tables["loca"]
        if self.long_offsets:
            offset = struct.unpack_from(">I", self.data, loca + 4 * index)[0]
        else:
            offset = self._u16(loca + 2 * index) * 2
        at = self.tables["glyf"] + offset
        contours, x_min, y_min, x_max, y_max = struct.unpack_from(">hhhhh", self.data, at)
        if contours < 0:
            raise SystemExit(f"icons: {char!r} is a composite glyph in this font; choose another font")
        ends = struct.unpack_from(f">{contours}H", self.data, at + 10)
        at += 10 + 2 * contours
        at += 2 + self._u16(at)  # the hinting instructions
        total = ends[-1] + 1
        flags: list[int] = []
        while len(flags) < total:
            flag = self.data[at]
            at += 1
            repeat = 0
            if flag & 8:
                repeat = self.data[at]
                at += 1
            flags += [flag] * (repeat + 1)
        xs, at = self._coordinates(flags, at, short=2, same=16)
        ys, at = self._coordinates(flags, at, short=4, same=32)
        points = [(x, y, bool(flag & 1)) for x, y, flag in zip(xs, ys, flags, strict=True)]
        starts = [0, *(end + 1 for end in ends[:-1])]
        return [points[s : e + 1] for s, e in zip(starts, ends, strict=True)], (x_min, y_min, x_max, y_max)

    def _coordinates(self, flags: list[int], at: int, *, short: int, same: int) -> tuple[list[int], int]:
        values, value = [], 0
        for flag in flags:
            if flag & short:
                step = self.data[at]
                at += 1
                value += step if flag & same else -step
            elif not flag & same:
                value += struct.unpack_from(">h", self.data, at)[0]
                at += 2
            values.append(value)
        return values, at


def svg_path(contours: list[list[tuple[int, int, bool]]], place) -> str:
    """TrueType's quadratic contours as SVG path data; `place` maps font units to the drawing."""

    def point(x: float, y: float) -> str:
        px, py = place(x, y)
        return f"{px:.1f} {py:.1f}"

    parts = []
    for contour in contours:
        first_on = next((n for n, p in enumerate(contour) if p[2]), None)
        if first_on is None:  # all control points: the curve starts between the first two
            (x0, y0, _), (x1, y1, _) = contour[0], contour[1]
            contour = [((x0 + x1) / 2, (y0 + y1) / 2, True), *contour]
            first_on = 0
        ring = contour[first_on:] + contour[:first_on]
        parts.append("M" + point(*ring[0][:2]))
        control = None
        for x, y, on in [*ring[1:], ring[0]]:
            if on:
                parts.append(("Q" + point(*control) + " " if control else "L") + point(x, y))
                control = None
            elif control:  # two control points in a row: an on-curve point midway is implied
                mid = ((control[0] + x) / 2, (control[1] + y) / 2)
                parts.append("Q" + point(*control) + " " + point(*mid))
                control = (x, y)
            else:
                control = (x, y)
        parts.append("Z")
    return "".join(parts)


def draw(size: int, kind: str, letter: str, font_path: str, units: int, box, brand: str) -> Image.Image:
    """One PNG-ready icon: `kind` "rounded" (transparent corners) or "square"/"maskable" (opaque)."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA" if kind == "rounded" else "RGB", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if kind == "rounded":
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=round(big * ROUNDING), fill=brand)
    else:
        pen.rectangle((0, 0, big, big), fill=brand)
    y_min, y_max = box[1], box[3]
    # Scaled so the letter's ink is LETTER[kind] of the icon's height; centred on that ink.
    pixels_per_unit = LETTER[kind] * big / (y_max - y_min)
    font = ImageFont.truetype(font_path, round(pixels_per_unit * units))
    left, top, right, bottom = font.getbbox(letter, anchor="ls")
    pen.text(((big - left - right) / 2, (big - top - bottom) / 2), letter, font=font, fill=INK, anchor="ls")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def svg(letter_path_data: str, brand: str) -> str:
    radius = 512 * ROUNDING
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">'
        f'<rect width="512" height="512" rx="{radius:g}" fill="{brand}"/>'
        f'<path fill="{INK}" d="{letter_path_data}"/></svg>\n'
    )


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", help="the site's name (default: MASTHEAD_SITE_NAME from the settings)")
    parser.add_argument("--font", default=next((f for f in FONTS if Path(f).exists()), None))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.font:
        raise SystemExit("icons: no serif bold font found; pass --font (apt-get install fonts-liberation)")
    if args.name is None:
        sys.path.insert(0, str(ROOT))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
        from django.conf import settings

        args.name = settings.MASTHEAD_SITE_NAME
    letter = initial(args.name)
    brand = brand_colour(CSS.read_text())
    font = Font(args.font)
    contours, box = font.outline(letter)
    x_min, y_min, x_max, y_max = box

    # The SVG: 512 units square, the same proportions and centring as the rounded PNGs.
    scale = LETTER["rounded"] * 512 / (y_max - y_min)
    dx, dy = 256 - (x_min + x_max) / 2 * scale, 256 + (y_min + y_max) / 2 * scale

    def place(x: float, y: float) -> tuple[float, float]:
        return dx + x * scale, dy - y * scale

    args.out.mkdir(parents=True, exist_ok=True)
    files = {"icon.svg": svg(svg_path(contours, place), brand).encode()}
    common = (letter, args.font, font.units_per_em, box, brand)
    favicons = [draw(size, "rounded", *common) for size in (48, 32, 16)]
    ico = io.BytesIO()
    favicons[0].save(ico, format="ICO", sizes=[(48, 48), (32, 32), (16, 16)], append_images=favicons[1:])
    files["favicon.ico"] = ico.getvalue()
    files["apple-touch-icon.png"] = png_bytes(draw(180, "square", *common))
    files["icon-192.png"] = png_bytes(draw(192, "rounded", *common))
    files["icon-512.png"] = png_bytes(draw(512, "rounded", *common))
    files["icon-maskable-512.png"] = png_bytes(draw(512, "maskable", *common))
    for name, content in files.items():
        (args.out / name).write_bytes(content)
        print(f"{args.out / name} ({len(content):,} bytes)")
    print(f"icons: {letter!r} of {args.name!r} in {Path(args.font).name}, on {brand}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
