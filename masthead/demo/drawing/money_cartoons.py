"""Cartoons about money: prices, markets, bills and budgets."""

import math
import random

from PIL import Image

from masthead.demo.drawing.base import hex_color
from masthead.demo.drawing.figures import INK, Pen, figure, paper, signature, sweat


def coin_hill(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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


def bills_umbrella(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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
