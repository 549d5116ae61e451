"""The cartoonist's hand: an inked pen, paper, and the big-headed figures every cartoon is drawn with.

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


def paper(w: int, h: int, rng: random.Random) -> Image.Image:
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
