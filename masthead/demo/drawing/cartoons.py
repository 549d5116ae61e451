"""Editorial cartoons for the caricature section: bold outlines, flat colours, big heads.

The pictures carry no lettering (fonts differ between machines); every cartoon's alt text
lives beside its drawing in the caricature desk and says what it shows.
"""

import math
import random

from PIL import Image, ImageDraw

from masthead.demo.drawing.base import Color, hex_color, mix, shade

SIZE = (1000, 750)
INK = (28, 26, 30)
PAPER = (250, 244, 228)
SKIN = [(232, 186, 146), (205, 150, 110), (176, 122, 86), (240, 200, 165)]


class Pen:
    """An ImageDraw wrapper that outlines everything in ink at one line weight."""

    def __init__(self, picture: Image.Image, rng: random.Random):
        self.draw = ImageDraw.Draw(picture)
        self.w, self.h = picture.size
        self.lw = max(3, round(self.w * 0.0055))
        self.rng = rng

    def poly(self, points, fill) -> None:
        self.draw.polygon(points, fill=fill, outline=INK, width=self.lw)

    def ellipse(self, box, fill) -> None:
        self.draw.ellipse(box, fill=fill, outline=INK, width=self.lw)

    def rect(self, box, fill, radius: float = 0) -> None:
        self.draw.rounded_rectangle(box, radius=radius, fill=fill, outline=INK, width=self.lw)

    def line(self, points, width: float = 1.0, fill: Color = INK) -> None:
        self.draw.line(points, fill=fill, width=round(self.lw * width), joint="curve")

    def limb(self, start, end, sleeve: Color, thickness: float) -> None:
        """An arm or leg: an ink stroke with the cloth colour inside it."""
        self.draw.line([start, end], fill=INK, width=round(thickness + 2 * self.lw))
        self.draw.line([start, end], fill=sleeve, width=round(thickness))


def _paper(w: int, h: int, rng: random.Random) -> Image.Image:
    return Image.new("RGB", (w, h), mix(PAPER, hex_color(rng.choice(["#f6e7c8", "#eef0e6", "#f7ebe3"])), 0.4))


def figure(
    pen: Pen,
    x: float,
    ground: float,
    s: float,
    *,
    outfit: str = "thobe",
    headwear: str = "ghutra",
    hands: tuple | None = None,
    lean: float = 0.0,
    face: str = "worried",
    facing: int = 1,
    suit: Color = (52, 62, 86),
) -> dict:
    """Draw a standing cartoon man `s` tall with his feet on `ground`; returns where his hands are."""
    rng = pen.rng
    skin = rng.choice(SKIN)
    sx = x + lean * s
    shoulder_y = ground - 0.6 * s
    shoulders = ((sx - 0.11 * s, shoulder_y + 0.03 * s), (sx + 0.11 * s, shoulder_y + 0.03 * s))
    hands = hands or ((x - 0.2 * s, ground - 0.3 * s), (x + 0.2 * s, ground - 0.3 * s))
    cloth = (248, 248, 244) if outfit == "thobe" else suit
    for shoulder, hand in zip(shoulders, hands, strict=True):
        pen.limb(shoulder, hand, cloth, 0.06 * s)
    if outfit == "thobe":
        pen.poly(
            [
                (sx - 0.12 * s, shoulder_y),
                (sx + 0.12 * s, shoulder_y),
                (x + 0.16 * s, ground - 0.04 * s),
                (x - 0.16 * s, ground - 0.04 * s),
            ],
            cloth,
        )
        for foot in (-1, 1):
            pen.ellipse(
                (
                    x + foot * 0.09 * s - 0.06 * s,
                    ground - 0.05 * s,
                    x + foot * 0.09 * s + 0.06 * s,
                    ground + 0.01 * s,
                ),
                (120, 84, 60),
            )
    else:
        for leg in (-1, 1):
            pen.limb(
                (x + leg * 0.06 * s, ground - 0.33 * s),
                (x + leg * 0.08 * s, ground - 0.03 * s),
                shade(suit, -0.2),
                0.08 * s,
            )
            pen.ellipse(
                (
                    x + leg * 0.08 * s - 0.06 * s,
                    ground - 0.05 * s,
                    x + leg * 0.08 * s + 0.07 * s,
                    ground + 0.01 * s,
                ),
                INK,
            )
        pen.poly(
            [
                (sx - 0.13 * s, shoulder_y),
                (sx + 0.13 * s, shoulder_y),
                (x + 0.12 * s, ground - 0.3 * s),
                (x - 0.12 * s, ground - 0.3 * s),
            ],
            suit,
        )
        pen.poly(
            [(sx - 0.03 * s, shoulder_y), (sx + 0.03 * s, shoulder_y), (sx, shoulder_y + 0.14 * s)],
            (176, 40, 48),
        )
    for hand in hands:
        r = 0.035 * s
        pen.ellipse((hand[0] - r, hand[1] - r, hand[0] + r, hand[1] + r), skin)
    # The head: oversized, as caricature demands.
    hx, hy, r = sx + lean * 0.3 * s, shoulder_y - 0.17 * s, 0.17 * s
    if headwear == "ghutra":
        pen.poly(
            [
                (hx - r * 1.05, hy - r * 0.3),
                (hx - r * 1.25, hy + r * 1.5),
                (hx + r * 1.25, hy + r * 1.5),
                (hx + r * 1.05, hy - r * 0.3),
            ],
            (250, 250, 246),
        )
    pen.ellipse((hx - r, hy - r, hx + r, hy + r), skin)
    if headwear == "ghutra":
        pen.draw.chord(
            (hx - r * 1.08, hy - r * 1.12, hx + r * 1.08, hy + r * 0.55),
            180,
            360,
            fill=(250, 250, 246),
            outline=INK,
            width=pen.lw,
        )
        pen.line([(hx - r * 0.95, hy - r * 0.55), (hx + r * 0.95, hy - r * 0.55)], 2.2)
    elif headwear == "hair":
        pen.draw.chord((hx - r, hy - r, hx + r, hy + r * 0.2), 180, 360, fill=INK)
    nose_x = hx + facing * r * 0.35
    pen.ellipse(
        (
            nose_x - r * 0.22 + facing * r * 0.15,
            hy - r * 0.05,
            nose_x + r * 0.22 + facing * r * 0.15,
            hy + r * 0.35,
        ),
        shade(skin, -0.08),
    )
    for ex in (-0.32, 0.22):
        ex_ = hx + facing * ex * r
        pen.draw.ellipse((ex_ - r * 0.08, hy - r * 0.25, ex_ + r * 0.08, hy - r * 0.08), fill=INK)
    pen.draw.ellipse(
        (hx - r * 0.35 + facing * r * 0.1, hy + r * 0.36, hx + r * 0.35 + facing * r * 0.1, hy + r * 0.52),
        fill=INK,
    )
    mouth = (hx - r * 0.25 + facing * r * 0.1, hy + r * 0.5, hx + r * 0.25 + facing * r * 0.1, hy + r * 0.8)
    if face == "happy":
        pen.draw.arc(mouth, 20, 160, fill=INK, width=pen.lw)
    elif face == "worried":
        pen.draw.arc(
            (mouth[0], mouth[1] + r * 0.15, mouth[2], mouth[3] + r * 0.15), 200, 340, fill=INK, width=pen.lw
        )
    else:
        pen.line([(mouth[0], mouth[1] + r * 0.15), (mouth[2], mouth[1] + r * 0.15)])
    return {"head": (hx, hy, r)}


def sweat(pen: Pen, x: float, y: float, size: float) -> None:
    pen.poly(
        [
            (x, y - size),
            (x + size * 0.6, y + size * 0.3),
            (x, y + size * 0.7),
            (x - size * 0.6, y + size * 0.3),
        ],
        (140, 200, 235),
    )


def signature(pen: Pen) -> None:
    """The cartoonist's scrawl in the corner."""
    x0, y0 = pen.w * 0.82, pen.h * 0.94
    points = [
        (x0 + t * pen.w * 0.0025, y0 + math.sin(t * 0.55) * pen.h * 0.01 - t * pen.h * 0.0004)
        for t in range(0, 50)
    ]
    pen.line(points, 0.6)


def coin_hill(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    pen.poly([(0, h * 0.95), (w, h * 0.25), (w, h), (0, h)], (196, 170, 120))
    slope = (h * 0.25 - h * 0.95) / w
    cx = w * 0.58
    cy = h * 0.95 + slope * cx
    r = h * 0.2
    center = (cx + r * 0.45, cy - r * 0.95)
    pen.ellipse((center[0] - r, center[1] - r, center[0] + r, center[1] + r), (236, 186, 52))
    pen.ellipse(
        (center[0] - r * 0.72, center[1] - r * 0.72, center[0] + r * 0.72, center[1] + r * 0.72),
        (246, 206, 84),
    )
    pen.line([(center[0], center[1] - r * 0.45), (center[0], center[1] + r * 0.45)], 1.6)
    fx = cx - r * 0.9
    ground = h * 0.95 + slope * fx
    figure(
        pen,
        fx,
        ground,
        h * 0.3,
        lean=0.25,
        hands=((center[0] - r * 0.95, center[1] + r * 0.05), (center[0] - r * 0.9, center[1] + r * 0.35)),
    )
    sweat(pen, fx - h * 0.05, ground - h * 0.33, h * 0.02)
    signature(pen)
    return picture


def plunging_arrow(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    for k in range(1, 6):
        pen.line([(w * 0.06, h * k / 6), (w * 0.96, h * k / 6)], 0.4, fill=(210, 204, 190))
    red = (200, 52, 48)
    path = [
        (w * 0.06, h * 0.8),
        (w * 0.25, h * 0.55),
        (w * 0.36, h * 0.62),
        (w * 0.52, h * 0.2),
        (w * 0.66, h * 0.45),
        (w * 0.8, h * 0.78),
    ]
    pen.line(path, 6, fill=INK)
    pen.line(path, 4.2, fill=red)
    tip = path[-1]
    pen.poly(
        [
            (tip[0] + w * 0.06, tip[1] + h * 0.1),
            (tip[0] - w * 0.06, tip[1] + h * 0.02),
            (tip[0] + w * 0.04, tip[1] - h * 0.07),
        ],
        red,
    )
    figure(
        pen,
        w * 0.72,
        h * 0.88,
        h * 0.3,
        outfit="suit",
        headwear="hair",
        lean=-0.1,
        hands=((w * 0.7, h * 0.6), (w * 0.76, h * 0.64)),
    )
    signature(pen)
    return picture


def paper_wall(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    table_y = h * 0.62
    figure(pen, w * 0.2, h * 0.92, h * 0.5, hands=((w * 0.3, table_y), (w * 0.33, table_y)), facing=1)
    figure(
        pen,
        w * 0.8,
        h * 0.92,
        h * 0.5,
        outfit="suit",
        headwear="hair",
        hands=((w * 0.7, table_y), (w * 0.67, table_y)),
        facing=-1,
    )
    pen.rect((w * 0.22, table_y, w * 0.78, table_y + h * 0.05), (150, 102, 64))
    pen.rect((w * 0.27, table_y + h * 0.05, w * 0.3, h * 0.95), (130, 88, 54))
    pen.rect((w * 0.7, table_y + h * 0.05, w * 0.73, h * 0.95), (130, 88, 54))
    y = table_y
    while y > h * 0.05:
        sheet = h * 0.024
        dx = rng.uniform(-0.012, 0.012) * w
        pen.rect((w * 0.41 + dx, y - sheet, w * 0.59 + dx, y), (252, 252, 248))
        y -= sheet
    signature(pen)
    return picture


def traffic(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    sun = (w * 0.8, h * 0.18)
    for k in range(12):
        a = k * math.tau / 12
        pen.line(
            [
                (sun[0] + math.cos(a) * h * 0.13, sun[1] + math.sin(a) * h * 0.13),
                (sun[0] + math.cos(a) * h * 0.19, sun[1] + math.sin(a) * h * 0.19),
            ],
            1.4,
            fill=(236, 140, 40),
        )
    pen.ellipse((sun[0] - h * 0.1, sun[1] - h * 0.1, sun[0] + h * 0.1, sun[1] + h * 0.1), (250, 196, 60))
    horizon = h * 0.42
    vanish = (w * 0.3, horizon)
    pen.poly(
        [(vanish[0] - w * 0.02, horizon), (vanish[0] + w * 0.04, horizon), (w * 1.1, h), (w * 0.05, h)],
        (120, 120, 124),
    )
    colors = ["#c0392b", "#2e86c1", "#f1c40f", "#27ae60", "#ecf0f1", "#8e44ad", "#e67e22"]
    # Cars at growing distances: nearer ones lower, larger and further right, as in perspective.
    for i in range(16, -1, -1):
        z = 1 + i * 0.55
        y = horizon + (h * 0.95 - horizon) / z
        cx = vanish[0] + (w * 0.62 - vanish[0]) / z
        cw, ch = w * 0.26 / z, h * 0.12 / z
        color = hex_color(colors[i % len(colors)])
        pen.rect((cx - cw / 2, y - ch, cx + cw / 2, y), color, radius=ch * 0.3)
        pen.rect(
            (cx - cw * 0.32, y - ch * 1.55, cx + cw * 0.32, y - ch * 0.9), shade(color, -0.1), radius=ch * 0.2
        )
        pen.rect((cx - cw * 0.4, y - ch * 0.7, cx - cw * 0.28, y - ch * 0.45), (255, 70, 60))
        pen.rect((cx + cw * 0.28, y - ch * 0.7, cx + cw * 0.4, y - ch * 0.45), (255, 70, 60))
    signature(pen)
    return picture


def giant_phone(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    px0, py0, px1, py1 = w * 0.42, h * 0.06, w * 0.82, h * 0.9
    pen.rect((px0, py0, px1, py1), (40, 42, 52), radius=w * 0.04)
    screen = hex_color(rng.choice(["#4cc9f0", "#90e0ef", "#b8f2e6", "#ffd6a5"]))
    pen.rect((px0 + w * 0.025, py0 + h * 0.07, px1 - w * 0.025, py1 - h * 0.07), screen, radius=w * 0.01)
    for row in range(4):
        for col in range(3):
            x = px0 + w * 0.06 + col * w * 0.1
            y = py0 + h * 0.13 + row * h * 0.14
            pen.rect(
                (x, y, x + w * 0.06, y + w * 0.06),
                shade(screen, -0.25 + 0.1 * ((row + col) % 3)),
                radius=w * 0.012,
            )
    pen.ellipse((px1 - w * 0.05, py0 - h * 0.03, px1 + w * 0.03, py0 + h * 0.07), (220, 50, 50))
    figure(
        pen,
        w * 0.22,
        h * 0.92,
        h * 0.3,
        outfit="thobe",
        face="neutral",
        lean=-0.05,
        hands=((w * 0.27, h * 0.75), (w * 0.17, h * 0.8)),
    )
    signature(pen)
    return picture


def thermometer(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    tx, top = w * 0.62, h * 0.16
    pen.rect((tx - w * 0.05, top + h * 0.04, tx + w * 0.05, h * 0.78), (250, 250, 250), radius=w * 0.05)
    pen.ellipse((tx - w * 0.09, h * 0.7, tx + w * 0.09, h * 0.94), (214, 40, 40))
    pen.rect((tx - w * 0.022, top, tx + w * 0.022, h * 0.76), (214, 40, 40), radius=w * 0.02)
    for k in range(7):
        y = h * 0.26 + k * h * 0.065
        pen.line([(tx + w * 0.05, y), (tx + w * 0.03, y)], 0.8)
    for k in range(5):
        a = -math.pi / 2 + (k - 2) * 0.45
        pen.line(
            [
                (tx + math.cos(a) * h * 0.05, top + math.sin(a) * h * 0.05),
                (tx + math.cos(a) * h * 0.11, top + math.sin(a) * h * 0.11),
            ],
            1.2,
            fill=(214, 40, 40),
        )
    figure(
        pen, w * 0.28, h * 0.94, h * 0.55, face="worried", hands=((w * 0.42, h * 0.5), (w * 0.16, h * 0.7))
    )
    pen.poly([(w * 0.42, h * 0.5), (w * 0.5, h * 0.36), (w * 0.53, h * 0.46)], (240, 200, 90))
    for dx, dy in ((0.14, 0.16), (0.42, 0.2), (0.38, 0.1)):
        sweat(pen, w * dx, h * dy, h * 0.025)
    signature(pen)
    return picture


def robot_desk(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    metal = hex_color(rng.choice(["#9aa5b1", "#a8b8c8", "#b0a8b9"]))
    pen.rect((w * 0.1, h * 0.58, w * 0.62, h * 0.63), (150, 104, 66))
    pen.rect((w * 0.14, h * 0.63, w * 0.17, h * 0.95), (130, 88, 54))
    pen.rect((w * 0.55, h * 0.63, w * 0.58, h * 0.95), (130, 88, 54))
    pen.rect((w * 0.36, h * 0.36, w * 0.56, h * 0.54), (50, 52, 60), radius=w * 0.01)
    pen.rect((w * 0.44, h * 0.54, w * 0.48, h * 0.58), (70, 72, 80))
    pen.rect((w * 0.18, h * 0.4, w * 0.32, h * 0.58), metal, radius=w * 0.02)
    pen.rect((w * 0.19, h * 0.2, w * 0.31, h * 0.37), metal, radius=w * 0.02)
    pen.line([(w * 0.25, h * 0.2), (w * 0.25, h * 0.13)], 1.2)
    pen.ellipse((w * 0.24, h * 0.11, w * 0.26, h * 0.14), (220, 60, 60))
    for ex in (0.225, 0.275):
        pen.ellipse((w * ex - w * 0.015, h * 0.25, w * ex + w * 0.015, h * 0.29), (120, 220, 250))
    pen.rect((w * 0.22, h * 0.32, w * 0.28, h * 0.335), (50, 52, 60))
    pen.limb((w * 0.31, h * 0.45), (w * 0.4, h * 0.56), metal, w * 0.025)
    pen.rect((w * 0.2, h * 0.63, w * 0.3, h * 0.9), shade(metal, -0.2))
    figure(
        pen,
        w * 0.8,
        h * 0.94,
        h * 0.52,
        outfit="suit",
        headwear="hair",
        face="worried",
        facing=-1,
        hands=((w * 0.72, h * 0.74), (w * 0.88, h * 0.74)),
    )
    pen.rect((w * 0.7, h * 0.67, w * 0.9, h * 0.8), (196, 154, 96))
    pen.line([(w * 0.7, h * 0.71), (w * 0.9, h * 0.71)], 0.6)
    signature(pen)
    return picture


def fishing_bottle(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    sea = hex_color(rng.choice(["#5dade2", "#48c9b0", "#5499c7"]))
    pen.rect((-10, h * 0.62, w + 10, h + 10), sea)
    for k in range(8):
        x = rng.uniform(0.35, 0.95) * w
        pen.draw.arc(
            (x, h * 0.68 + k * h * 0.03, x + w * 0.06, h * 0.71 + k * h * 0.03),
            200,
            340,
            fill=INK,
            width=pen.lw // 2,
        )
    pen.rect((-10, h * 0.55, w * 0.38, h * 0.6), (160, 114, 72))
    for x in (0.06, 0.2, 0.34):
        pen.rect((w * x - w * 0.012, h * 0.6, w * x + w * 0.012, h), (130, 88, 54))
    rod_end = (w * 0.62, h * 0.12)
    figure(pen, w * 0.2, h * 0.56, h * 0.4, face="worried", hands=((w * 0.3, h * 0.35), (w * 0.32, h * 0.4)))
    pen.line([(w * 0.27, h * 0.44), rod_end], 1.2)
    bottle = (w * 0.62, h * 0.5)
    pen.line([rod_end, (bottle[0], bottle[1] - h * 0.12)], 0.5)
    pen.rect(
        (bottle[0] - w * 0.035, bottle[1] - h * 0.06, bottle[0] + w * 0.035, bottle[1] + h * 0.12),
        (180, 226, 240),
        radius=w * 0.02,
    )
    pen.rect(
        (bottle[0] - w * 0.014, bottle[1] - h * 0.11, bottle[0] + w * 0.014, bottle[1] - h * 0.05),
        (180, 226, 240),
    )
    pen.rect(
        (bottle[0] - w * 0.018, bottle[1] - h * 0.125, bottle[0] + w * 0.018, bottle[1] - h * 0.1),
        (60, 120, 200),
    )
    pen.rect(
        (bottle[0] - w * 0.036, bottle[1] + h * 0.0, bottle[0] + w * 0.036, bottle[1] + h * 0.05),
        (230, 90, 60),
    )
    signature(pen)
    return picture


def empty_speech(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    # He stands behind the lectern: only his head, shoulders and raised hand show above it.
    figure(pen, w * 0.3, h * 0.8, h * 0.55, face="happy", hands=((w * 0.22, h * 0.6), (w * 0.44, h * 0.3)))
    wood = hex_color(rng.choice(["#8e5b3a", "#6d4c41", "#3e5c76"]))
    pen.poly([(w * 0.18, h * 0.62), (w * 0.42, h * 0.62), (w * 0.39, h * 0.98), (w * 0.21, h * 0.98)], wood)
    pen.rect((w * 0.16, h * 0.58, w * 0.44, h * 0.63), shade(wood, 0.15))
    for k, x in enumerate((0.24, 0.3, 0.36)):
        pen.line([(w * x, h * 0.58), (w * (x + (k - 1) * 0.02), h * 0.5)], 0.7)
        pen.ellipse(
            (w * (x + (k - 1) * 0.02) - w * 0.012, h * 0.47, w * (x + (k - 1) * 0.02) + w * 0.012, h * 0.52),
            (60, 60, 66),
        )
    pen.ellipse((w * 0.46, h * 0.06, w * 0.94, h * 0.4), (255, 255, 255))
    pen.poly([(w * 0.5, h * 0.3), (w * 0.43, h * 0.42), (w * 0.56, h * 0.35)], (255, 255, 255))
    pen.draw.line([(w * 0.505, h * 0.31), (w * 0.55, h * 0.345)], fill=(255, 255, 255), width=pen.lw * 2)
    signature(pen)
    return picture


def tower_ship(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    pen.rect((-10, h * 0.8, w + 10, h + 10), (93, 173, 226))
    pen.poly(
        [(w * 0.36, h * 0.78), (w * 0.64, h * 0.78), (w * 0.6, h * 0.88), (w * 0.4, h * 0.88)], (60, 64, 76)
    )
    colors = ["#c0392b", "#2e86c1", "#e67e22", "#27ae60", "#8e44ad", "#f1c40f"]
    y, sway = h * 0.78, 0.0
    for level in range(11):
        sway += rng.uniform(-0.01, 0.022) * w
        cw = w * 0.2
        x = w * 0.4 + sway
        color = hex_color(colors[level % len(colors)])
        pen.rect((x, y - h * 0.065, x + cw, y), color)
        for k in range(1, 5):
            pen.line([(x + cw * k / 5, y - h * 0.055), (x + cw * k / 5, y - h * 0.01)], 0.5)
        y -= h * 0.065
    figure(
        pen,
        w * 0.48,
        h * 0.78,
        h * 0.1,
        face="worried",
        headwear="ghutra",
        hands=((w * 0.44, h * 0.7), (w * 0.52, h * 0.7)),
    )
    signature(pen)
    return picture


def bills_umbrella(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    for _ in range(26):
        x, y = rng.uniform(0.05, 0.95) * w, rng.uniform(0.03, 0.55) * h
        a = rng.uniform(-0.6, 0.6)
        dx, dy = math.cos(a) * w * 0.04, math.sin(a) * w * 0.04
        ex, ey = -math.sin(a) * w * 0.05, math.cos(a) * w * 0.05
        pen.poly(
            [
                (x - dx - ex / 2, y - dy - ey / 2),
                (x + dx - ex / 2, y + dy - ey / 2),
                (x + dx + ex / 2, y + dy + ey / 2),
                (x - dx + ex / 2, y - dy + ey / 2),
            ],
            (252, 252, 246),
        )
        pen.line([(x - dx * 0.6, y - dy * 0.6), (x + dx * 0.6, y + dy * 0.6)], 0.5)
    canopy = hex_color(rng.choice(["#c0392b", "#2471a3", "#1e8449", "#7d3c98"]))
    cx = w * 0.5
    pen.draw.pieslice(
        (cx - w * 0.22, h * 0.38, cx + w * 0.22, h * 0.72), 180, 360, fill=canopy, outline=INK, width=pen.lw
    )
    pen.line([(cx, h * 0.55), (cx, h * 0.78)], 1.4)
    figure(
        pen,
        cx + w * 0.04,
        h * 0.96,
        h * 0.42,
        face="worried",
        outfit="suit",
        headwear="hair",
        hands=((cx, h * 0.74), (cx + w * 0.12, h * 0.8)),
        suit=(90, 70, 60),
    )
    signature(pen)
    return picture


def tightrope(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = _paper(w, h, rng)
    pen = Pen(picture, rng)
    rock = hex_color(rng.choice(["#b08d57", "#a1887f", "#8d9a6a"]))
    pen.poly([(-10, h * 0.5), (w * 0.16, h * 0.5), (w * 0.2, h + 10), (-10, h + 10)], rock)
    pen.poly([(w * 0.84, h * 0.5), (w + 10, h * 0.5), (w + 10, h + 10), (w * 0.8, h + 10)], rock)
    pen.line([(w * 0.16, h * 0.5), (w * 0.5, h * 0.6), (w * 0.84, h * 0.5)], 0.8)
    figure(
        pen, w * 0.5, h * 0.6, h * 0.32, face="worried", hands=((w * 0.42, h * 0.42), (w * 0.58, h * 0.42))
    )
    pole_y = h * 0.42
    pen.line([(w * 0.2, pole_y + h * 0.04), (w * 0.8, pole_y - h * 0.02)], 1.2)
    for x, y in ((w * 0.2, pole_y + h * 0.04), (w * 0.8, pole_y - h * 0.02)):
        pen.ellipse((x - w * 0.05, y, x + w * 0.05, y + h * 0.12), (206, 176, 120))
        pen.line([(x - w * 0.015, y + h * 0.015), (x + w * 0.015, y + h * 0.015)], 0.8)
    signature(pen)
    return picture


CARTOONS = {
    "coin_hill": coin_hill,
    "plunging_arrow": plunging_arrow,
    "paper_wall": paper_wall,
    "traffic": traffic,
    "giant_phone": giant_phone,
    "thermometer": thermometer,
    "robot_desk": robot_desk,
    "fishing_bottle": fishing_bottle,
    "empty_speech": empty_speech,
    "tower_ship": tower_ship,
    "bills_umbrella": bills_umbrella,
    "tightrope": tightrope,
}
