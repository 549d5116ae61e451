"""Editorial cartoons for the caricature section: bold outlines, flat colours, big heads.

The pictures carry no lettering (fonts differ between machines); every cartoon's alt text
lives beside its drawing in the caricature desk and says what it shows.
"""

import math
import random

from PIL import Image

from masthead.demo.drawing.base import hex_color, shade
from masthead.demo.drawing.city_cartoons import (
    ballot_envelope,
    long_receipt,
    roadworks,
    sand_tower,
    solar_shade,
    straw_sea,
)
from masthead.demo.drawing.figures import INK, SIZE, Pen, figure, paper, signature, sweat
from masthead.demo.drawing.money_cartoons import bills_umbrella, coin_hill, plunging_arrow, tightrope

__all__ = ["CARTOONS", "SIZE"]


def paper_wall(rng: random.Random, w: int, h: int) -> Image.Image:
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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
    picture = paper(w, h, rng)
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
    "straw_sea": straw_sea,
    "roadworks": roadworks,
    "ballot_envelope": ballot_envelope,
    "long_receipt": long_receipt,
    "solar_shade": solar_shade,
    "sand_tower": sand_tower,
}
