"""Cartoons about life in the country: water, roads, votes, shopping, the sun and property."""

import random

from PIL import Image

from masthead.demo.drawing.base import hex_color, shade
from masthead.demo.drawing.figures import INK, Pen, figure, paper, signature, sweat

CONE = (236, 112, 40)


def straw_sea(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
    pen = Pen(picture, rng)
    sea = hex_color(rng.choice(["#5dade2", "#48c9b0", "#5499c7"]))
    pen.rect((w * 0.45, h * 0.55, w + 10, h + 10), sea)
    pen.poly([(-10, h * 0.78), (w * 0.5, h * 0.72), (w * 0.5, h + 10), (-10, h + 10)], (226, 196, 140))
    for k in range(6):
        x = w * (0.55 + k * 0.07)
        pen.draw.arc(
            (x, h * 0.62 + (k % 2) * h * 0.08, x + w * 0.05, h * 0.66 + (k % 2) * h * 0.08),
            200,
            340,
            fill=INK,
            width=pen.lw // 2,
        )
    # A man on the beach drinks the sea through a straw that runs all the way to the water.
    man = figure(
        pen, w * 0.22, h * 0.8, h * 0.5, face="happy", hands=((w * 0.3, h * 0.36), (w * 0.32, h * 0.44))
    )
    hx, hy, r = man["head"]
    straw = hex_color(rng.choice(["#e74c3c", "#f1c40f", "#ec7063"]))
    path = [
        (hx + r * 0.3, hy + r * 0.62),
        (w * 0.32, h * 0.34),
        (w * 0.46, h * 0.24),
        (w * 0.6, h * 0.28),
        (w * 0.72, h * 0.7),
    ]
    pen.line(path, 4.6, fill=INK)
    pen.line(path, 3.2, fill=straw)
    pen.line(path, 1.0, fill=(255, 255, 255))
    signature(pen)
    return picture


def roadworks(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
    pen = Pen(picture, rng)
    pen.poly([(-10, h * 0.55), (w + 10, h * 0.55), (w + 10, h + 10), (-10, h + 10)], (120, 120, 124))
    for k in range(6):
        x = w * (0.02 + k * 0.18)
        pen.rect((x, h * 0.72, x + w * 0.09, h * 0.74), (240, 240, 230))
    # The hole in the road, a fresh patch beside it, and another patch beside that.
    for k, x in enumerate((0.12, 0.32)):
        pen.rect((w * x, h * 0.6, w * (x + 0.14), h * 0.66), shade((120, 120, 124), -0.2 + 0.08 * k))
    pen.ellipse((w * 0.52, h * 0.6, w * 0.82, h * 0.78), (92, 70, 52))
    pen.poly([(w * 0.78, h * 0.66), (w * 0.92, h * 0.52), (w * 0.98, h * 0.64)], (160, 124, 86))
    for x in (0.48, 0.86, 0.5 + rng.uniform(0.1, 0.2)):
        pen.poly([(w * x, h * 0.84), (w * (x + 0.025), h * 0.7), (w * (x + 0.05), h * 0.84)], CONE)
        pen.rect((w * (x + 0.012), h * 0.76, w * (x + 0.038), h * 0.78), (250, 250, 250))
    figure(
        pen,
        w * 0.68,
        h * 0.7,
        h * 0.42,
        outfit="suit",
        headwear="hair",
        suit=(236, 140, 40),
        face="neutral",
        hands=((w * 0.6, h * 0.5), (w * 0.62, h * 0.58)),
    )
    pen.line([(w * 0.58, h * 0.44), (w * 0.64, h * 0.72)], 1.4)
    pen.poly(
        [(w * 0.62, h * 0.7), (w * 0.68, h * 0.72), (w * 0.66, h * 0.78), (w * 0.61, h * 0.76)],
        (150, 150, 156),
    )
    sweat(pen, w * 0.75, h * 0.32, h * 0.025)
    signature(pen)
    return picture


def ballot_envelope(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
    pen = Pen(picture, rng)
    pen.rect((w * 0.55, h * 0.62, w * 0.85, h * 0.66), (150, 102, 64))
    pen.rect((w * 0.58, h * 0.66, w * 0.6, h * 0.95), (130, 88, 54))
    pen.rect((w * 0.8, h * 0.66, w * 0.82, h * 0.95), (130, 88, 54))
    box = hex_color(rng.choice(["#aed6f1", "#d5f5e3", "#fdebd0"]))
    pen.rect((w * 0.6, h * 0.42, w * 0.8, h * 0.62), box)
    pen.rect((w * 0.68, h * 0.41, w * 0.72, h * 0.43), INK)
    # A voter tries to push a ballot the size of a door into a slot the size of a coin.
    env = (252, 250, 240)
    pen.poly([(w * 0.18, h * 0.08), (w * 0.62, h * 0.16), (w * 0.56, h * 0.52), (w * 0.12, h * 0.44)], env)
    pen.line([(w * 0.18, h * 0.08), (w * 0.38, h * 0.36), (w * 0.62, h * 0.16)], 0.8)
    pen.rect((w * 0.33, h * 0.27, w * 0.37, h * 0.31), (230, 60, 50))
    figure(
        pen, w * 0.26, h * 0.94, h * 0.45, face="worried", hands=((w * 0.18, h * 0.46), (w * 0.46, h * 0.5))
    )
    sweat(pen, w * 0.36, h * 0.5, h * 0.022)
    signature(pen)
    return picture


def long_receipt(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
    pen = Pen(picture, rng)
    pen.line([(0, h * 0.9), (w, h * 0.9)], 0.8)
    # A trolley with three items in it, and a receipt that runs off the page.
    tx = w * 0.58
    pen.rect((tx, h * 0.5, tx + w * 0.22, h * 0.72), (210, 214, 220))
    for k in range(1, 5):
        pen.line([(tx + w * 0.22 * k / 5, h * 0.5), (tx + w * 0.22 * k / 5, h * 0.72)], 0.5)
    pen.line([(tx + w * 0.22, h * 0.5), (tx + w * 0.27, h * 0.42)], 1.2)
    for x in (tx + w * 0.03, tx + w * 0.18):
        pen.ellipse((x - h * 0.03, h * 0.84, x + h * 0.03, h * 0.9), (60, 60, 66))
    pen.line([(tx, h * 0.72), (tx + w * 0.03, h * 0.84)], 1.0)
    pen.line([(tx + w * 0.22, h * 0.72), (tx + w * 0.18, h * 0.84)], 1.0)
    items = [(226, 80, 60), (246, 206, 84), (90, 160, 90)]
    for k, color in enumerate(items):
        pen.rect(
            (tx + w * (0.03 + 0.06 * k), h * 0.42, tx + w * (0.07 + 0.06 * k), h * 0.52), color, radius=6
        )
    figure(pen, w * 0.4, h * 0.9, h * 0.5, face="worried", hands=((w * 0.48, h * 0.55), (w * 0.33, h * 0.6)))
    paper_white = (252, 252, 248)
    points = [
        (w * 0.48, h * 0.55),
        (w * 0.5, h * 0.75),
        (w * 0.42, h * 0.88),
        (w * 0.2, h * 0.9),
        (-10, h * 0.91),
    ]
    pen.line(points, 5.2, fill=INK)
    pen.line(points, 4.0, fill=paper_white)
    for x in range(int(w * 0.05), int(w * 0.4), int(w * 0.03)):
        pen.line([(x, h * 0.895), (x + w * 0.015, h * 0.895)], 0.3)
    sweat(pen, w * 0.32, h * 0.4, h * 0.02)
    signature(pen)
    return picture


def solar_shade(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
    pen = Pen(picture, rng)
    sun = (w * 0.18, h * 0.18)
    for k in range(12):
        pen.line(
            [(sun[0], sun[1]), (sun[0] + (k - 6) * w * 0.03, sun[1] + h * 0.2)], 0.6, fill=(236, 140, 40)
        )
    pen.ellipse((sun[0] - h * 0.1, sun[1] - h * 0.1, sun[0] + h * 0.1, sun[1] + h * 0.1), (250, 196, 60))
    pen.poly([(-10, h * 0.86), (w + 10, h * 0.82), (w + 10, h + 10), (-10, h + 10)], (226, 196, 140))
    # A man sits in the shade of a solar panel, which smiles at the sun it is soaking up.
    panel = (34, 64, 110)
    pen.poly([(w * 0.42, h * 0.3), (w * 0.92, h * 0.42), (w * 0.9, h * 0.5), (w * 0.4, h * 0.38)], panel)
    for k in range(1, 5):
        x0, x1 = w * (0.42 + 0.1 * k), w * (0.4 + 0.1 * k)
        pen.line([(x0, h * (0.3 + 0.024 * k)), (x1, h * (0.38 + 0.024 * k))], 0.4, fill=(150, 180, 220))
    pen.line([(w * 0.66, h * 0.44), (w * 0.66, h * 0.84)], 1.6)
    pen.draw.arc((w * 0.6, h * 0.33, w * 0.7, h * 0.41), 20, 160, fill=(250, 250, 250), width=pen.lw)
    figure(pen, w * 0.76, h * 0.84, h * 0.36, face="happy", hands=((w * 0.7, h * 0.7), (w * 0.83, h * 0.7)))
    signature(pen)
    return picture


def sand_tower(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
    pen = Pen(picture, rng)
    sea = hex_color(rng.choice(["#5dade2", "#48c9b0", "#5499c7"]))
    pen.rect((-10, h * 0.7, w + 10, h + 10), (226, 196, 140))
    pen.poly([(w * 0.7, h * 0.7), (w + 10, h * 0.6), (w + 10, h + 10), (w * 0.82, h + 10)], sea)
    # A wave curls towards a glass tower that stands on a child's sandcastle.
    pen.poly([(w * 0.78, h * 0.72), (w * 0.86, h * 0.5), (w * 0.98, h * 0.46), (w * 0.95, h * 0.6)], sea)
    pen.draw.arc((w * 0.8, h * 0.44, w * 0.98, h * 0.62), 180, 300, fill=(255, 255, 255), width=pen.lw * 2)
    sand = (212, 176, 112)
    pen.rect((w * 0.3, h * 0.6, w * 0.56, h * 0.74), sand)
    for x in (0.3, 0.38, 0.46, 0.52):
        pen.rect((w * x, h * 0.56, w * (x + 0.04), h * 0.6), sand)
    glass = hex_color(rng.choice(["#aed6f1", "#a3e4d7", "#d6eaf8"]))
    pen.rect((w * 0.37, h * 0.06, w * 0.49, h * 0.56), glass)
    for k in range(1, 12):
        pen.line([(w * 0.37, h * (0.06 + 0.045 * k)), (w * 0.49, h * (0.06 + 0.045 * k))], 0.4)
    pen.line([(w * 0.43, h * 0.06), (w * 0.43, h * 0.0)], 1.0)
    figure(
        pen,
        w * 0.16,
        h * 0.88,
        h * 0.4,
        outfit="suit",
        headwear="hair",
        face="happy",
        hands=((w * 0.24, h * 0.6), (w * 0.1, h * 0.7)),
    )
    signature(pen)
    return picture
