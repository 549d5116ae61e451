"""Landscapes for news stories: dunes, skylines, sea, port, mountains and oasis, in varied colours.

Each kind has an alt text in both languages that stays true for every variant, because the
variants only change colours, proportions and the placement of things.
"""

import math
import random

from PIL import Image, ImageDraw

from masthead.demo.drawing.base import (
    Color,
    fill_below,
    glow,
    hex_color,
    mix,
    shade,
    vertical_gradient,
    wave_line,
)

SIZE = (1200, 675)

# (top of the sky, horizon) pairs; a variant picks one.
SKIES: dict[str, tuple[Color, Color]] = {
    "dawn": ((246, 196, 170), (255, 236, 204)),
    "midday": ((96, 160, 214), (206, 232, 246)),
    "sunset": ((58, 48, 112), (246, 150, 92)),
    "dusk": ((28, 38, 82), (206, 112, 118)),
    "night": ((8, 14, 40), (44, 56, 98)),
    "haze": ((186, 196, 204), (236, 226, 206)),
}


def paint_sky(rng: random.Random, w: int, h: int, *names: str) -> tuple[Image.Image, Color, Color, str]:
    name = rng.choice(names)
    top, bottom = SKIES[name]
    return vertical_gradient((w, h), top, bottom), top, bottom, name


def paint_sun(picture: Image.Image, rng: random.Random, w: int, h: int, horizon: float, tint: Color) -> None:
    x, y, r = rng.uniform(0.2, 0.8) * w, horizon - rng.uniform(0.08, 0.3) * h, rng.uniform(0.045, 0.07) * w
    glow(picture, (x, y), r * 4, mix(tint, (255, 240, 200), 0.5), 0.55)
    ImageDraw.Draw(picture).ellipse((x - r, y - r, x + r, y + r), fill=mix(tint, (255, 246, 220), 0.7))


def dunes(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, _top, horizon_color, _ = paint_sky(rng, w, h, "sunset", "dawn", "midday", "haze")
    paint_sun(picture, rng, w, h, 0.55 * h, horizon_color)
    draw = ImageDraw.Draw(picture)
    sand = hex_color(rng.choice(["#d9a066", "#c98b55", "#e0b27a", "#b9764a"]))
    layers = 5
    for i in range(layers):
        depth = i / (layers - 1)  # 0 = farthest
        color = mix(mix(sand, horizon_color, 0.55), shade(sand, -0.35), depth)
        points = wave_line(rng, w, (0.5 + 0.11 * i) * h, (0.05 + 0.02 * i) * h, waves=3)
        fill_below(draw, points, h, color)
        # A lit crest line makes each dune read as a ridge.
        draw.line(points, fill=shade(color, 0.18), width=max(2, w // 600))
    return picture


def _tower(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    x: float,
    base: float,
    bw: float,
    bh: float,
    color: Color,
    lit: Color | None,
) -> None:
    top = base - bh
    shape = rng.random()
    if shape < 0.2:  # tapered crown
        draw.polygon(
            [(x, base), (x, top + bw * 0.6), (x + bw / 2, top), (x + bw, top + bw * 0.6), (x + bw, base)],
            fill=color,
        )
    elif shape < 0.35:  # spire
        draw.rectangle((x, top, x + bw, base), fill=color)
        draw.rectangle((x + bw * 0.45, top - bh * 0.18, x + bw * 0.55, top), fill=color)
    else:
        draw.rectangle((x, top, x + bw, base), fill=color)
    if lit:
        cell = max(6.0, bw / 7)
        for wy in range(int(top + cell * 2), int(base - cell), int(cell * 1.8)):
            for wx in range(int(x + cell * 0.8), int(x + bw - cell), int(cell * 1.6)):
                if rng.random() < 0.55:
                    draw.rectangle((wx, wy, wx + cell * 0.7, wy + cell * 0.9), fill=lit)


def skyline_layer(
    rng: random.Random, w: int, h: int, base: float, color: Color, lit: Color | None, tall: float
) -> Image.Image:
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    x = -rng.uniform(0, 0.05) * w
    while x < w:
        bw = rng.uniform(0.035, 0.085) * w
        bh = rng.uniform(0.12, tall) * h * (1.35 if rng.random() < 0.08 else 1)
        _tower(draw, rng, x, base, bw, bh, color, lit)
        x += bw + rng.uniform(0.0, 0.02) * w
    return layer


def skyline(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, bottom, sky = paint_sky(rng, w, h, "dusk", "sunset", "night", "midday", "dawn")
    if sky in ("midday", "dawn"):
        paint_sun(picture, rng, w, h, 0.6 * h, bottom)
    base = 0.72 * h
    far = skyline_layer(rng, w, h, base, mix(top, bottom, 0.55), None, 0.35)
    near_color = shade(top, -0.35) if sky != "midday" else mix((70, 84, 104), top, 0.2)
    lit = (255, 214, 128) if sky in ("dusk", "night", "sunset") else mix(near_color, (220, 236, 248), 0.35)
    near = skyline_layer(rng, w, h, base, near_color, lit, 0.55)
    picture.paste(far, (0, 0), far)
    picture.paste(near, (0, 0), near)
    # Water in the foreground with a faded reflection of the towers.
    water = vertical_gradient((w, h - int(base)), shade(bottom, -0.3), shade(top, -0.5))
    picture.paste(water, (0, int(base)))
    reflection = near.crop((0, int(base - (h - base)), w, int(base))).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    alpha = reflection.getchannel("A").point(lambda a: a * 0.35)
    picture.paste(reflection.convert("RGB"), (0, int(base)), alpha)
    draw = ImageDraw.Draw(picture)
    for _ in range(40):
        y = rng.uniform(base + 6, h)
        x = rng.uniform(0, w)
        draw.line([(x, y), (x + rng.uniform(0.02, 0.08) * w, y)], fill=mix(bottom, top, 0.3), width=2)
    return picture


def sea(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, bottom, _ = paint_sky(rng, w, h, "sunset", "dawn", "midday", "dusk")
    horizon = rng.uniform(0.55, 0.65) * h
    paint_sun(picture, rng, w, h, horizon, bottom)
    water = vertical_gradient((w, h - int(horizon)), mix(top, bottom, 0.5), shade(top, -0.45))
    picture.paste(water, (0, int(horizon)))
    draw = ImageDraw.Draw(picture)
    for _ in range(90):
        y = rng.uniform(horizon + 4, h)
        x = rng.uniform(-0.1, 1) * w
        length = (y - horizon) / h * rng.uniform(0.05, 0.2) * w
        draw.line([(x, y), (x + length, y)], fill=mix(bottom, (255, 255, 255), 0.25), width=max(2, w // 700))
    # A dhow: a curved hull, one mast and a lateen sail.
    cx, s = rng.uniform(0.25, 0.75) * w, rng.uniform(0.09, 0.14) * w
    y = horizon + 0.08 * h
    hull = shade(top, -0.5)
    draw.polygon(
        [
            (cx - s, y - s * 0.12),
            (cx + s * 1.1, y - s * 0.22),
            (cx + s * 0.7, y + s * 0.12),
            (cx - s * 0.7, y + s * 0.12),
        ],
        fill=hull,
    )
    draw.line([(cx, y - s * 0.15), (cx - s * 0.05, y - s * 1.3)], fill=hull, width=max(3, w // 400))
    sail = mix(bottom, (250, 240, 220), 0.6)
    yard = [(cx - s * 0.85, y - s * 0.45), (cx + s * 0.75, y - s * 1.6)]
    draw.polygon([*yard, (cx + s * 0.25, y - s * 0.2)], fill=sail)
    draw.line(yard, fill=hull, width=max(3, w // 500))
    for _ in range(rng.randint(3, 6)):
        bx, by, bs = rng.uniform(0.1, 0.9) * w, rng.uniform(0.12, 0.4) * h, rng.uniform(0.008, 0.016) * w
        draw.arc((bx - bs, by - bs / 2, bx, by + bs / 2), 200, 340, fill=hull, width=max(2, w // 900))
        draw.arc((bx, by - bs / 2, bx + bs, by + bs / 2), 200, 340, fill=hull, width=max(2, w // 900))
    return picture


CONTAINER_COLORS = ["#b8433a", "#2f6f9f", "#d98c2b", "#3e8a5b", "#8a8f96", "#7b3f7a", "#c9b037"]


def port(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, _bottom, _ = paint_sky(rng, w, h, "midday", "dawn", "haze", "sunset")
    quay = 0.74 * h
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, quay, w, h), fill=mix(shade(top, -0.4), (60, 70, 80), 0.5))
    draw.rectangle((0, quay, w, quay + 0.03 * h), fill=(120, 120, 116))
    cw, ch = 0.045 * w, 0.035 * h
    x = rng.uniform(0.02, 0.08) * w
    while x < 0.95 * w:
        stack = rng.randint(2, 6)
        for level in range(stack):
            color = hex_color(rng.choice(CONTAINER_COLORS))
            y0 = quay - (level + 1) * ch
            draw.rectangle((x, y0, x + cw, y0 + ch - 2), fill=color, outline=shade(color, -0.3), width=2)
        x += cw + (rng.uniform(0.03, 0.08) * w if rng.random() < 0.2 else 1)
    crane = hex_color(rng.choice(["#d6452f", "#2d5f8b", "#e2e2dc", "#e3a228"]))
    for _ in range(rng.randint(2, 3)):
        cx, ht = rng.uniform(0.1, 0.85) * w, rng.uniform(0.38, 0.52) * h
        lw = max(4, w // 260)
        top_y = quay - ht
        draw.line([(cx - 0.04 * w, quay), (cx - 0.025 * w, top_y)], fill=crane, width=lw)
        draw.line([(cx + 0.04 * w, quay), (cx + 0.025 * w, top_y)], fill=crane, width=lw)
        draw.line([(cx - 0.06 * w, top_y), (cx + 0.12 * w, top_y)], fill=crane, width=lw)
        draw.line(
            [(cx - 0.04 * w, quay - ht * 0.45), (cx + 0.04 * w, quay - ht * 0.45)], fill=crane, width=lw
        )
        draw.line(
            [(cx - 0.025 * w, top_y), (cx, top_y - 0.06 * h), (cx + 0.12 * w, top_y)],
            fill=crane,
            width=max(2, lw // 2),
        )
        draw.line([(cx + 0.09 * w, top_y), (cx + 0.09 * w, top_y + 0.12 * h)], fill=(40, 40, 40), width=2)
    return picture


def mountains(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, _top, bottom, _ = paint_sky(rng, w, h, "dawn", "dusk", "haze", "midday", "sunset")
    if rng.random() < 0.7:
        paint_sun(picture, rng, w, h, 0.45 * h, bottom)
    draw = ImageDraw.Draw(picture)
    rock = hex_color(rng.choice(["#5b4b6b", "#4d5d6e", "#6b5446", "#3f5a57"]))
    for i in range(5):
        depth = i / 4
        color = mix(mix(rock, bottom, 0.7), shade(rock, -0.4), depth)
        points = []
        y = (0.35 + 0.12 * i) * h
        for x in range(0, w + 40, 40):
            y += rng.uniform(-1, 1) * 0.03 * h
            y = min(max(y, (0.22 + 0.1 * i) * h), (0.55 + 0.1 * i) * h)
            points.append((float(x), y))
        fill_below(draw, points, h, color)
    return picture


def palm(
    draw: ImageDraw.ImageDraw, rng: random.Random, x: float, ground: float, height: float, color: Color
) -> None:
    lean = rng.uniform(-0.25, 0.25) * height
    trunk = [(x + lean * (t / 10) ** 2, ground - height * t / 10) for t in range(11)]
    draw.line(trunk, fill=color, width=max(4, int(height / 22)), joint="curve")
    tx, ty = trunk[-1]
    for k in range(9):
        # Each frond is a tapered band along a curve that rises, then droops.
        side = -1 if k % 2 == 0 else 1
        reach = height * rng.uniform(0.28, 0.42) * (0.55 + 0.45 * abs(math.cos(k * 0.7)))
        lift = height * rng.uniform(-0.02, 0.14)
        ex, ey = tx + side * reach, ty + height * rng.uniform(0.08, 0.22)
        cx, cy = tx + side * reach * 0.5, ty - lift
        upper, lower = [], []
        for step in range(11):
            t = step / 10
            x = (1 - t) ** 2 * tx + 2 * (1 - t) * t * cx + t * t * ex
            y = (1 - t) ** 2 * ty + 2 * (1 - t) * t * cy + t * t * ey
            half = height * 0.022 * math.sin(math.pi * min(1.0, t * 1.15))
            upper.append((x, y - half))
            lower.append((x, y + half))
        draw.polygon(upper + lower[::-1], fill=color)


def oasis(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, bottom, sky = paint_sky(rng, w, h, "sunset", "dawn", "dusk", "midday")
    paint_sun(picture, rng, w, h, 0.62 * h, bottom)
    draw = ImageDraw.Draw(picture)
    ground = 0.7 * h
    sand = mix(hex_color("#c99a62"), top, 0.25)
    fill_below(draw, wave_line(rng, w, 0.62 * h, 0.03 * h), h, mix(sand, bottom, 0.4))
    fill_below(draw, wave_line(rng, w, ground, 0.02 * h), h, sand)
    pool = (rng.uniform(0.25, 0.45) * w, 0.8 * h)
    draw.ellipse(
        (pool[0] - 0.2 * w, pool[1] - 0.05 * h, pool[0] + 0.2 * w, pool[1] + 0.05 * h),
        fill=mix(top, (80, 150, 170), 0.5),
    )
    silhouette = shade(top, -0.55) if sky != "midday" else (58, 94, 60)
    for _ in range(rng.randint(4, 7)):
        palm(
            draw,
            rng,
            rng.uniform(0.05, 0.95) * w,
            ground + rng.uniform(0, 0.08) * h,
            rng.uniform(0.3, 0.55) * h,
            silhouette,
        )
    return picture
