"""Scenes of the country's infrastructure: a metro viaduct, a highway, an airport, building sites,
a solar park and a hospital, in varied colours and times of day.

Like the landscapes, each variant only changes colours, proportions and the placement of things,
so the alt text of its kind (`scenes.SCENES`) stays true.
"""

import math
import random

from PIL import Image, ImageDraw

from masthead.demo.drawing.base import fill_below, glow, hex_color, mix, shade, wave_line
from masthead.demo.drawing.landscapes import paint_sky, paint_sun, palm, skyline_layer


def train(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, bottom, sky = paint_sky(rng, w, h, "dusk", "sunset", "midday", "dawn")
    if sky in ("midday", "dawn"):
        paint_sun(picture, rng, w, h, 0.5 * h, bottom)
    far = skyline_layer(rng, w, h, 0.62 * h, mix(top, bottom, 0.55), None, 0.4)
    picture.paste(far, (0, 0), far)
    draw = ImageDraw.Draw(picture)
    ground = 0.86 * h
    draw.rectangle((0, 0.62 * h, w, h), fill=mix(shade(bottom, -0.35), (110, 100, 90), 0.4))
    concrete = mix((200, 196, 188), top, 0.2)
    deck = rng.uniform(0.5, 0.56) * h
    # The viaduct: a deck on evenly spaced piers.
    draw.rectangle((0, deck, w, deck + 0.045 * h), fill=concrete)
    draw.rectangle((0, deck + 0.045 * h, w, deck + 0.055 * h), fill=shade(concrete, -0.25))
    span = rng.uniform(0.16, 0.22) * w
    x = rng.uniform(0, span)
    while x < w + span:
        draw.polygon(
            [
                (x - 0.018 * w, deck + 0.055 * h),
                (x + 0.018 * w, deck + 0.055 * h),
                (x + 0.012 * w, ground),
                (x - 0.012 * w, ground),
            ],
            fill=shade(concrete, -0.12),
        )
        x += span
    # The train: a few rounded carriages with a band of windows.
    body = hex_color(rng.choice(["#e9eef2", "#f4f1ea", "#dfe8e6"]))
    stripe = hex_color(rng.choice(["#2a9d5b", "#1f8a70", "#3aa655"]))  # the Green Line
    car_w, car_h = 0.22 * w, 0.085 * h
    start = rng.uniform(-0.1, 0.15) * w
    for k in range(4):
        x0 = start + k * (car_w + 0.008 * w)
        y0 = deck - car_h
        draw.rounded_rectangle((x0, y0, x0 + car_w, deck - 0.004 * h), radius=car_h * 0.35, fill=body)
        draw.rectangle((x0, deck - car_h * 0.32, x0 + car_w, deck - car_h * 0.2), fill=stripe)
        lit = (255, 226, 150) if sky in ("dusk", "sunset") else mix(top, (40, 60, 80), 0.5)
        for wx in range(6):
            px = x0 + car_w * (0.06 + wx * 0.155)
            draw.rounded_rectangle(
                (px, y0 + car_h * 0.2, px + car_w * 0.11, y0 + car_h * 0.55), radius=car_h * 0.08, fill=lit
            )
    nose = start + 4 * (car_w + 0.008 * w) - 0.008 * w
    draw.pieslice((nose - car_h, deck - car_h, nose + car_h, deck + car_h * 0.99), 270, 360, fill=body)
    draw.rectangle((0, ground, w, h), fill=mix(shade(bottom, -0.5), (80, 76, 70), 0.5))
    for _ in range(rng.randint(3, 5)):
        palm(
            draw,
            rng,
            rng.uniform(0.05, 0.95) * w,
            ground + 0.02 * h,
            rng.uniform(0.16, 0.24) * h,
            shade(top, -0.6) if sky != "midday" else (62, 96, 64),
        )
    return picture


def highway(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, bottom, sky = paint_sky(rng, w, h, "dusk", "sunset", "night", "dawn")
    horizon = 0.5 * h
    far = skyline_layer(rng, w, h, horizon, mix(top, bottom, 0.45), None, 0.22)
    picture.paste(far, (0, 0), far)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, horizon, w, h), fill=mix(shade(bottom, -0.45), (70, 64, 60), 0.5))
    vx = rng.uniform(0.42, 0.58) * w
    road = (58, 58, 64) if sky != "dawn" else (96, 94, 98)
    draw.polygon(
        [(vx - 0.01 * w, horizon), (vx + 0.01 * w, horizon), (w * 1.15, h), (-0.15 * w, h)], fill=road
    )
    # Lane markings and the light trails of traffic, converging on the vanishing point.
    for lane in (-0.55, -0.2, 0.2, 0.55):
        end = (vx + lane * w * 1.1, h)
        for t in range(12):
            a, b = t / 12, (t + 0.45) / 12
            p0 = (vx + (end[0] - vx) * a**1.6, horizon + (h - horizon) * a**1.6)
            p1 = (vx + (end[0] - vx) * b**1.6, horizon + (h - horizon) * b**1.6)
            draw.line([p0, p1], fill=(226, 222, 200), width=max(2, int(w * 0.004 * (a + 0.2))))
    lights = [((255, 70, 60), -0.38), ((255, 246, 214), 0.38)]
    for color, lane in lights:
        for k in range(3):
            spread = lane + rng.uniform(-0.08, 0.08)
            end = (vx + spread * w * 1.2, h)
            points = [
                (vx + (end[0] - vx) * (t / 20) ** 1.6, horizon + (h - horizon) * (t / 20) ** 1.6)
                for t in range(21)
            ]
            draw.line(points, fill=mix(color, road, 0.25 * k), width=max(3, w // 400))
    # Street lamps along both edges, their arms reaching over the road.
    lamp = shade(top, -0.6)
    for k in range(1, 9):
        t = (k / 9) ** 1.6
        y = horizon + (h - horizon) * t
        height = 0.04 * h + 0.32 * h * t
        for side in (-1, 1):
            x = vx + side * (0.012 * w + 0.75 * w * t)
            hx = x - side * height * 0.3
            draw.line([(x, y), (x, y - height)], fill=lamp, width=max(2, int(w * 0.005 * t) + 1))
            draw.line([(x, y - height), (hx, y - height)], fill=lamp, width=max(2, int(w * 0.004 * t) + 1))
            if sky in ("dusk", "night", "sunset"):
                glow(picture, (hx, y - height + 0.01 * h), 0.02 * h + 0.05 * h * t, (255, 214, 140), 0.5)
    return picture


def airport(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, bottom, sky = paint_sky(rng, w, h, "sunset", "dawn", "dusk", "midday")
    horizon = 0.72 * h
    paint_sun(picture, rng, w, h, horizon, bottom)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, horizon, w, h), fill=mix(shade(bottom, -0.5), (80, 80, 76), 0.45))
    runway = (64, 64, 70)
    draw.polygon([(0.35 * w, horizon), (0.65 * w, horizon), (1.2 * w, h), (-0.2 * w, h)], fill=runway)
    for t in range(10):
        a, b = t / 10, (t + 0.5) / 10
        draw.line(
            [(w / 2, horizon + (h - horizon) * a**1.4), (w / 2, horizon + (h - horizon) * b**1.4)],
            fill=(236, 236, 226),
            width=max(3, int(w * 0.006 * (a + 0.2))),
        )
    for side in (-1, 1):
        for t in range(1, 12):
            a = (t / 12) ** 1.4
            x = w / 2 + side * (0.15 * w + 0.55 * w * a)
            y = horizon + (h - horizon) * a
            r = 0.003 * w + 0.006 * w * a
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 220, 120))
    # A control tower on the horizon, and the airliner climbing away.
    tx = rng.choice([0.12, 0.82]) * w
    tower = shade(top, -0.55)
    draw.rectangle((tx - 0.008 * w, horizon - 0.22 * h, tx + 0.008 * w, horizon), fill=tower)
    draw.polygon(
        [
            (tx - 0.03 * w, horizon - 0.22 * h),
            (tx + 0.03 * w, horizon - 0.22 * h),
            (tx + 0.022 * w, horizon - 0.27 * h),
            (tx - 0.022 * w, horizon - 0.27 * h),
        ],
        fill=tower,
    )
    plane = shade(top, -0.5) if sky != "midday" else (236, 238, 242)
    cx, cy, s = rng.uniform(0.4, 0.6) * w, rng.uniform(0.28, 0.38) * h, rng.uniform(0.16, 0.2) * w
    angle = math.radians(rng.uniform(10, 18))

    def at(dx: float, dy: float) -> tuple[float, float]:
        return (
            cx + dx * math.cos(angle) + dy * math.sin(angle),
            cy - dx * math.sin(angle) + dy * math.cos(angle),
        )

    draw.polygon(
        [at(-s, -0.03 * s), at(s * 0.85, -0.05 * s), at(s, 0), at(s * 0.85, 0.05 * s), at(-s, 0.04 * s)],
        fill=plane,
    )
    draw.polygon(
        [at(-0.1 * s, 0), at(0.15 * s, 0), at(-0.25 * s, 0.45 * s), at(-0.38 * s, 0.45 * s)], fill=plane
    )
    draw.polygon(
        [at(-0.1 * s, 0), at(0.15 * s, 0), at(-0.2 * s, -0.3 * s), at(-0.3 * s, -0.3 * s)],
        fill=shade(plane, -0.15),
    )
    draw.polygon(
        [at(-0.85 * s, -0.02 * s), at(-0.95 * s, -0.3 * s), at(-1.02 * s, -0.3 * s), at(-1.0 * s, 0)],
        fill=plane,
    )
    return picture


def construction(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, bottom, sky = paint_sky(rng, w, h, "midday", "dawn", "haze", "sunset")
    ground = 0.84 * h
    far = skyline_layer(rng, w, h, ground, mix(top, bottom, 0.6), None, 0.3)
    picture.paste(far, (0, 0), far)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, ground, w, h), fill=mix(hex_color("#b89a74"), top, 0.2))
    steel = shade(top, -0.55) if sky == "sunset" else (88, 92, 102)
    # Towers going up: finished floors below, a bare frame of columns and slabs above.
    for _ in range(rng.randint(2, 3)):
        bx, bw = rng.uniform(0.08, 0.62) * w, rng.uniform(0.14, 0.22) * w
        floors, done = rng.randint(12, 20), rng.randint(4, 9)
        fh = (ground - 0.18 * h) / floors * rng.uniform(0.6, 0.95)
        clad = hex_color(rng.choice(["#c9d6df", "#d8cbb8", "#b7c4b0", "#e0ddd5"]))
        for f in range(floors):
            y = ground - (f + 1) * fh
            if f < done:
                draw.rectangle((bx, y, bx + bw, y + fh), fill=clad)
                for wx in range(5):
                    px = bx + bw * (0.06 + wx * 0.19)
                    draw.rectangle((px, y + fh * 0.25, px + bw * 0.13, y + fh * 0.8), fill=shade(clad, -0.3))
            else:
                draw.rectangle((bx, y, bx + bw, y + fh * 0.12), fill=steel)
                for c in range(5):
                    px = bx + bw * c / 4
                    draw.line([(px, y), (px, y + fh)], fill=steel, width=max(2, w // 500))
    # Tower cranes: a lattice mast, a long jib, a counterweight and a hook.
    crane = hex_color(rng.choice(["#e3a228", "#d6452f", "#f1c40f"]))
    for _ in range(rng.randint(2, 3)):
        mx, top_y = rng.uniform(0.15, 0.85) * w, rng.uniform(0.08, 0.2) * h
        lw = max(3, w // 400)
        draw.line([(mx, ground), (mx, top_y)], fill=crane, width=lw * 2)
        for y in range(int(top_y), int(ground), int(0.03 * h)):
            draw.line([(mx - 0.006 * w, y), (mx + 0.006 * w, y + 0.03 * h)], fill=crane, width=lw // 2 + 1)
        side = rng.choice([-1, 1])
        draw.line([(mx - side * 0.08 * w, top_y), (mx + side * 0.3 * w, top_y)], fill=crane, width=lw * 2)
        draw.line([(mx, top_y - 0.05 * h), (mx + side * 0.3 * w, top_y)], fill=crane, width=lw)
        draw.line([(mx, top_y - 0.05 * h), (mx - side * 0.08 * w, top_y)], fill=crane, width=lw)
        draw.rectangle(
            (mx - side * 0.08 * w - 0.015 * w, top_y, mx - side * 0.08 * w + 0.015 * w, top_y + 0.04 * h),
            fill=(70, 70, 74),
        )
        hook_x = mx + side * rng.uniform(0.12, 0.26) * w
        hook_y = rng.uniform(0.3, 0.55) * h
        draw.line([(hook_x, top_y), (hook_x, hook_y)], fill=(40, 40, 44), width=max(2, lw // 2))
        draw.rectangle((hook_x - 0.03 * w, hook_y, hook_x + 0.03 * w, hook_y + 0.02 * h), fill=steel)
    return picture


def solar(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, bottom, _ = paint_sky(rng, w, h, "midday", "dawn", "sunset", "haze")
    horizon = rng.uniform(0.42, 0.5) * h
    paint_sun(picture, rng, w, h, horizon, bottom)
    draw = ImageDraw.Draw(picture)
    sand = mix(hex_color(rng.choice(["#d9a066", "#e0b27a", "#c98b55"])), bottom, 0.25)
    fill_below(draw, wave_line(rng, w, horizon, 0.015 * h), h, mix(sand, bottom, 0.35))
    fill_below(draw, wave_line(rng, w, horizon + 0.05 * h, 0.01 * h), h, sand)
    panel = mix(hex_color(rng.choice(["#1f3b63", "#22406e", "#1b3550"])), top, 0.15)
    frame = mix(panel, (210, 220, 230), 0.45)
    # Rows of tilted panels with sand between them, nearer rows lower, larger and further apart.
    rows = 9
    for row in range(rows, 0, -1):
        t = row / rows
        y = horizon + 0.04 * h + (h - horizon) * 0.92 * t**1.5
        ph = (h - horizon) * 0.92 * (t**1.5 - ((row - 1) / rows) ** 1.5) * 0.6
        slope = ph * 0.35
        gap = 0.004 * w + 0.02 * w * t
        pw = 0.03 * w + 0.13 * w * t**1.5
        x = -rng.uniform(0, pw)
        while x < w:
            draw.polygon([(x, y), (x + pw, y), (x + pw + slope, y - ph), (x + slope, y - ph)], fill=panel)
            draw.line([(x + slope, y - ph), (x + pw + slope, y - ph)], fill=frame, width=max(1, int(3 * t)))
            for c in range(1, 4):
                cx = x + pw * c / 4
                draw.line([(cx, y), (cx + slope, y - ph)], fill=frame, width=1)
            x += pw + gap
    return picture


def clinic(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, _bottom, sky = paint_sky(rng, w, h, "midday", "dawn", "haze", "dusk")
    ground = 0.82 * h
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, ground, w, h), fill=mix((150, 150, 140), top, 0.2))
    wall = mix(hex_color(rng.choice(["#f4f2ec", "#eef2f4", "#f2ede4"])), top, 0.1)
    glass = mix(hex_color(rng.choice(["#7fb3d5", "#85c1c8", "#9bb7d4"])), top, 0.25)
    bx, bw = rng.uniform(0.15, 0.25) * w, rng.uniform(0.5, 0.62) * w
    floors = rng.randint(4, 6)
    fh = 0.09 * h
    roof = ground - floors * fh
    draw.rectangle((bx, roof, bx + bw, ground), fill=wall)
    for f in range(floors):
        y = roof + f * fh
        draw.rectangle((bx + 0.02 * w, y + fh * 0.22, bx + bw - 0.02 * w, y + fh * 0.72), fill=glass)
        for c in range(1, 9):
            px = bx + 0.02 * w + (bw - 0.04 * w) * c / 9
            draw.line([(px, y + fh * 0.22), (px, y + fh * 0.72)], fill=wall, width=max(2, w // 600))
    # A lower wing with the entrance canopy, and the red crescent on the tower's face.
    wx0, wx1 = bx + bw, min(w * 0.96, bx + bw + 0.22 * w)
    draw.rectangle((wx0, ground - 2 * fh, wx1, ground), fill=shade(wall, -0.06))
    draw.rectangle((wx0 + 0.02 * w, ground - 1.6 * fh, wx1 - 0.02 * w, ground - 0.9 * fh), fill=glass)
    draw.rectangle(
        (bx - 0.05 * w, ground - 0.8 * fh, bx + 0.12 * w, ground - 0.65 * fh), fill=shade(wall, -0.15)
    )
    cx, cy, r = bx + bw / 2, roof - 0.09 * h, 0.05 * h
    draw.rectangle((cx - r * 1.6, cy - r * 1.5, cx + r * 1.6, cy + r * 1.5), fill=wall)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(214, 40, 46))
    draw.ellipse((cx - r * 0.55, cy - r * 0.95, cx + r * 1.2, cy + r * 0.8), fill=wall)
    # A helipad marking on the roof line and palms in front.
    draw.line(
        [(bx + bw * 0.75, roof - 0.01 * h), (bx + bw * 0.95, roof - 0.01 * h)], fill=(214, 40, 46), width=4
    )
    tree = shade(top, -0.55) if sky == "dusk" else (58, 110, 70)
    for _ in range(rng.randint(3, 5)):
        palm(draw, rng, rng.uniform(0.03, 0.97) * w, ground + 0.05 * h, rng.uniform(0.18, 0.3) * h, tree)
    return picture


def blackout(rng: random.Random, w: int, h: int) -> Image.Image:
    """A city at night with its windows dark: a few torches and the headlights of cars below."""
    picture, top, bottom, _ = paint_sky(rng, w, h, "night", "dusk")
    draw = ImageDraw.Draw(picture)
    moon = (rng.uniform(0.15, 0.85) * w, rng.uniform(0.1, 0.22) * h)
    glow(picture, moon, 0.08 * h, (220, 226, 240), 0.35)
    draw.ellipse(
        (moon[0] - 0.03 * h, moon[1] - 0.03 * h, moon[0] + 0.03 * h, moon[1] + 0.03 * h), fill=(236, 238, 246)
    )
    base = 0.8 * h
    far = skyline_layer(rng, w, h, base, mix(top, bottom, 0.45), None, 0.4)
    near = skyline_layer(rng, w, h, base, shade(top, -0.45), None, 0.6)
    picture.paste(far, (0, 0), far)
    picture.paste(near, (0, 0), near)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, base, w, h), fill=shade(top, -0.6))
    for _ in range(rng.randint(4, 7)):  # a torch in a window here and there
        x, y = rng.uniform(0.05, 0.95) * w, rng.uniform(0.45, 0.75) * h
        glow(picture, (x, y), 0.012 * w, (255, 214, 140), 0.7)
    for _ in range(rng.randint(5, 9)):  # cars crawling through dark junctions
        x, y = rng.uniform(0, w), rng.uniform(base + 0.04 * h, h - 0.03 * h)
        glow(picture, (x, y), 0.015 * w, (255, 246, 214), 0.8)
    return picture


PAINTERS = {
    "blackout": blackout,
    "train": train,
    "highway": highway,
    "airport": airport,
    "construction": construction,
    "solar": solar,
    "clinic": clinic,
}
