"""Flat, friendly head-and-shoulders avatars for the demo's bylines.

A look is a small dict from the newsroom roster ("headwear", "hair", "beard", "glasses",
"skin"); colours and small proportions vary with the seed.
"""

import random

from PIL import Image, ImageDraw

from masthead.demo.drawing.base import Color, hex_color, mix, shade, vertical_gradient

SIZE = (480, 480)

SKIN: list[Color] = [(243, 208, 176), (229, 180, 140), (205, 148, 108), (168, 114, 80), (126, 84, 58)]
HAIR: dict[str, Color] = {
    "black": (34, 28, 28),
    "dark": (66, 44, 34),
    "brown": (112, 76, 50),
    "grey": (168, 166, 160),
    "auburn": (128, 62, 40),
}
BACKDROPS = ["#cfe3ea", "#f3dcc6", "#dcd6ee", "#d4e8d2", "#f1e2b8", "#e6cfd6", "#c9d8f0", "#e9e4da"]
HIJABS = ["#1f2430", "#3b2f4a", "#6b2d3a", "#2f4858", "#23313f", "#4a3a5c", "#14171c"]
SUITS = ["#25324a", "#3a3f47", "#4a3b32", "#1f3b3a", "#55414e", "#2c2c34"]


def paint_portrait(rng: random.Random, width: int, height: int, look: dict) -> Image.Image:
    """Paint one avatar; `width` and `height` are the supersampled canvas size."""
    u = width / 100
    backdrop = hex_color(rng.choice(BACKDROPS))
    picture = vertical_gradient((width, height), shade(backdrop, 0.25), shade(backdrop, -0.12))
    draw = ImageDraw.Draw(picture)
    # A pale disc behind the head lifts it off the background, like a studio light.
    draw.ellipse((14 * u, 8 * u, 86 * u, 80 * u), fill=shade(backdrop, 0.35))

    skin = SKIN[look.get("skin", rng.randrange(len(SKIN)))]
    hair = HAIR[look.get("hair_color", "black")]
    headwear = look.get("headwear", "none")
    hair_style = look.get("hair", "short")

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        return (x0 * u, y0 * u, x1 * u, y1 * u)

    # Long hair falls behind the shoulders, so it is painted first.
    if headwear == "none" and hair_style == "long":
        draw.rounded_rectangle(box(28, 22, 72, 84), radius=14 * u, fill=hair)

    _body(draw, box, u, rng, look, headwear)

    if headwear in ("ghutra", "shemagh"):
        _headcloth_back(picture, box, u, headwear)
    elif headwear == "hijab":
        color = hex_color(look.get("hijab") or rng.choice(HIJABS))
        draw.ellipse(box(29, 19, 71, 66), fill=color)
        draw.polygon([(30 * u, 44 * u), (20 * u, 100 * u), (80 * u, 100 * u), (70 * u, 44 * u)], fill=color)

    # Neck and ears.
    draw.rectangle(box(43.5, 58, 56.5, 80), fill=shade(skin, -0.12))
    if headwear == "none":
        draw.ellipse(box(31, 41, 37, 53), fill=shade(skin, -0.05))
        draw.ellipse(box(63, 41, 69, 53), fill=shade(skin, -0.05))
    if headwear == "none" and hair_style in ("short", "curly"):
        draw.ellipse(box(32, 20, 68, 50), fill=hair)

    face = box(33.5, 25, 66.5, 67) if headwear == "none" else box(35, 27, 65, 66)
    draw.ellipse(face, fill=skin)

    if headwear in ("ghutra", "shemagh"):
        _headcloth_front(picture, box, u, headwear)
    elif headwear == "hijab":
        draw.pieslice(box(34, 26, 66, 50), 180, 360, fill=color)
    elif hair_style == "short":
        draw.pieslice(box(33, 22, 67, 47), 180, 360, fill=hair)
        draw.polygon([(33 * u, 34.5 * u), (45 * u, 34.5 * u), (36 * u, 40 * u)], fill=hair)
    elif hair_style == "long":
        draw.pieslice(box(33, 22, 67, 50), 180, 360, fill=hair)
        draw.polygon([(50 * u, 24 * u), (67 * u, 36 * u), (67 * u, 50 * u)], fill=hair)
    elif hair_style == "curly":
        for i in range(11):
            x = 33 + i * 3.4
            y = 30 - 6 * (1 - ((x - 50) / 17) ** 2)
            draw.ellipse(box(x - 3.6, y - 3.6, x + 3.6, y + 3.6), fill=hair)
    elif hair_style == "bald":
        draw.ellipse(box(32.5, 40, 35.5, 50), fill=hair)
        draw.ellipse(box(64.5, 40, 67.5, 50), fill=hair)

    _face(draw, box, u, rng, skin, hair, look)
    return picture


def _body(draw, box, u: float, rng: random.Random, look: dict, headwear: str) -> None:
    """Shoulders: a thobe for the headcloth wearers, otherwise a jacket over a collar."""
    if headwear in ("ghutra", "shemagh"):
        cloth = (242, 241, 236)
        draw.ellipse(box(8, 74, 92, 140), fill=cloth)
        draw.line([(50 * u, 80 * u), (50 * u, 100 * u)], fill=shade(cloth, -0.15), width=round(0.8 * u))
        return
    if headwear == "hijab":
        draw.ellipse(box(8, 74, 92, 140), fill=hex_color(rng.choice(SUITS)))
        return
    suit = hex_color(look.get("suit") or rng.choice(SUITS))
    draw.ellipse(box(8, 74, 92, 140), fill=suit)
    shirt = (246, 246, 244) if rng.random() < 0.6 else (206, 222, 238)
    draw.polygon([(40 * u, 76 * u), (60 * u, 76 * u), (50 * u, 96 * u)], fill=shirt)
    if look.get("tie"):
        tie = hex_color(rng.choice(["#8e2b2b", "#2b4d8e", "#7a6a2a", "#3d6b4f"]))
        draw.polygon(
            [(48 * u, 80 * u), (52 * u, 80 * u), (53.5 * u, 94 * u), (50 * u, 98 * u), (46.5 * u, 94 * u)],
            fill=tie,
        )
    lapel = shade(suit, -0.25)
    draw.line([(40 * u, 76 * u), (50 * u, 98 * u)], fill=lapel, width=round(1.2 * u))
    draw.line([(60 * u, 76 * u), (50 * u, 98 * u)], fill=lapel, width=round(1.2 * u))


def _headcloth_mask(size: tuple[int, int], box, u: float) -> Image.Image:
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    draw.ellipse(box(29, 17, 71, 56), fill=255)
    draw.polygon([(29.5 * u, 36 * u), (22 * u, 90 * u), (40 * u, 94 * u), (37 * u, 56 * u)], fill=255)
    draw.polygon([(70.5 * u, 36 * u), (78 * u, 90 * u), (60 * u, 94 * u), (63 * u, 56 * u)], fill=255)
    return mask


def _cloth(size: tuple[int, int], u: float, headwear: str) -> Image.Image:
    """White for a ghutra; white with red checks for a shemagh."""
    cloth = Image.new("RGB", size, (246, 246, 242))
    if headwear == "shemagh":
        draw = ImageDraw.Draw(cloth)
        step = 3.2 * u
        red = (176, 38, 46)
        for i in range(int(size[0] / step) + 1):
            draw.line([(i * step, 0), (i * step, size[1])], fill=red, width=round(0.9 * u))
            draw.line([(0, i * step), (size[0], i * step)], fill=red, width=round(0.9 * u))
    return cloth


def _headcloth_back(picture: Image.Image, box, u: float, headwear: str) -> None:
    picture.paste(_cloth(picture.size, u, headwear), (0, 0), _headcloth_mask(picture.size, box, u))
    draw = ImageDraw.Draw(picture)
    for x in (31, 69):
        draw.line(
            [(x * u, 44 * u), ((x - 4 if x < 50 else x + 4) * u, 88 * u)],
            fill=(214, 214, 208),
            width=round(0.7 * u),
        )


def _headcloth_front(picture: Image.Image, box, u: float, headwear: str) -> None:
    """The cloth's edge across the forehead, then the black agal cord on top."""
    mask = Image.new("L", picture.size, 0)
    ImageDraw.Draw(mask).pieslice(box(34, 24, 66, 46), 180, 360, fill=255)
    picture.paste(_cloth(picture.size, u, headwear), (0, 0), mask)
    draw = ImageDraw.Draw(picture)
    agal = (24, 22, 24)
    # Two turns of cord around the crown; only their front halves show.
    draw.arc(box(32.5, 18, 67.5, 27), 0, 180, fill=agal, width=round(2.2 * u))
    draw.arc(box(32.5, 21.5, 67.5, 30.5), 0, 180, fill=agal, width=round(2.2 * u))


def _face(draw, box, u: float, rng: random.Random, skin: Color, hair: Color, look: dict) -> None:
    eye = (44, 34, 30)
    brow = hair if hair != HAIR["grey"] else (120, 118, 112)
    tilt = rng.uniform(-0.6, 0.6)
    for cx in (43.5, 56.5):
        draw.ellipse(box(cx - 1.7, 45.2, cx + 1.7, 48.6), fill=eye)
        draw.ellipse(box(cx - 0.2, 45.6, cx + 0.7, 46.5), fill=(250, 250, 250))
        side = -1 if cx < 50 else 1
        draw.line(
            [((cx - 3.2) * u, (41.6 + tilt * side) * u), ((cx + 3.2) * u, (41.2 - tilt * side) * u)],
            fill=brow,
            width=round(1.1 * u),
        )
    nose = shade(skin, -0.22)
    draw.line(
        [(50 * u, 47 * u), (48.6 * u, 53.2 * u), (50.8 * u, 53.8 * u)],
        fill=nose,
        width=round(0.7 * u),
        joint="curve",
    )
    if look.get("beard"):
        beard = hair
        # A trimmed beard: a band along the jaw, the chin, and a moustache above the mouth.
        jaw = box(35.2, 27.5, 64.8, 67.2)
        draw.arc(jaw, 8, 172, fill=beard, width=round(2.8 * u))
        draw.chord(jaw, 38, 142, fill=beard)
        draw.rounded_rectangle(box(44.5, 54.2, 55.5, 56.4), radius=1.1 * u, fill=beard)
        draw.arc(box(46, 55.5, 54, 60), 25, 155, fill=(122, 58, 58), width=round(0.9 * u))
    else:
        lips = mix(skin, (170, 70, 80), 0.45)
        draw.arc(box(45, 53.5, 55, 59.5), 25, 155, fill=lips, width=round(1.1 * u))
        if look.get("blush"):
            for cx in (40, 60):
                draw.ellipse(box(cx - 2.5, 51, cx + 2.5, 54), fill=mix(skin, (230, 130, 130), 0.25))
    if look.get("glasses"):
        frame = (40, 40, 44) if rng.random() < 0.7 else (120, 70, 40)
        w = round(0.8 * u)
        draw.rounded_rectangle(box(38.8, 43.2, 48.2, 50.2), radius=2 * u, outline=frame, width=w)
        draw.rounded_rectangle(box(51.8, 43.2, 61.2, 50.2), radius=2 * u, outline=frame, width=w)
        draw.line([(48.2 * u, 46 * u), (51.8 * u, 46 * u)], fill=frame, width=w)
