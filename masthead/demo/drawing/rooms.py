"""Indoor scenes and objects for news stories: a classroom, a council chamber, a market screen,
a phone and a ballot box, in varied colours.

Like the landscapes, each variant only changes colours, proportions and the placement of things,
so the alt text of its kind (`scenes.SCENES`) stays true.
"""

import math
import random

from PIL import Image, ImageDraw

from masthead.demo.drawing.base import glow, hex_color, mix, shade, vertical_gradient

WOOD = ["#a0714f", "#8e5b3a", "#b58863", "#7a5238"]


def classroom(rng: random.Random, w: int, h: int) -> Image.Image:
    wall = hex_color(rng.choice(["#f1e7d0", "#e4efe9", "#f3e3d3", "#e6e9f2"]))
    picture = vertical_gradient((w, h), shade(wall, 0.05), shade(wall, -0.1))
    draw = ImageDraw.Draw(picture)
    floor_y = 0.58 * h
    draw.rectangle((0, floor_y, w, h), fill=mix(hex_color(rng.choice(WOOD)), wall, 0.45))
    # The board, with the chalk marks of a lesson, and a window full of daylight.
    board = hex_color(rng.choice(["#2f5d50", "#2b4f45", "#33473f"]))
    bx0, bx1 = 0.28 * w, 0.72 * w
    draw.rectangle((bx0 - 0.01 * w, 0.12 * h, bx1 + 0.01 * w, 0.46 * h), fill=hex_color("#8e6b4a"))
    draw.rectangle((bx0, 0.14 * h, bx1, 0.44 * h), fill=board)
    chalk = mix(board, (240, 240, 232), 0.75)
    for row in range(4):
        y = 0.19 * h + row * 0.06 * h
        x = bx0 + 0.03 * w
        while x < bx1 - 0.08 * w:
            length = rng.uniform(0.02, 0.07) * w
            draw.line([(x, y), (x + length, y + rng.uniform(-4, 4))], fill=chalk, width=max(3, w // 500))
            x += length + 0.015 * w
    wx = rng.choice([0.04, 0.8]) * w
    draw.rectangle((wx, 0.1 * h, wx + 0.16 * w, 0.5 * h), fill=(250, 250, 244))
    draw.rectangle((wx + 0.01 * w, 0.12 * h, wx + 0.15 * w, 0.48 * h), fill=hex_color("#a9d3ec"))
    draw.line([(wx + 0.08 * w, 0.12 * h), (wx + 0.08 * w, 0.48 * h)], fill=(250, 250, 244), width=w // 200)
    # Rows of desks and chairs seen from the back of the room, nearer rows larger.
    desk = hex_color(rng.choice(["#d9b48a", "#c99d6c", "#e0c29a"]))
    chair = hex_color(rng.choice(["#2e86c1", "#e67e22", "#27ae60", "#c0392b"]))
    for row in range(4, -1, -1):
        t = 0.35 + row * 0.17
        y = floor_y + (h - floor_y) * (t - 0.3)
        dw, dh = 0.11 * w * t, 0.05 * h * t
        spread = 0.2 * w * t
        for col in range(-2, 3):
            cx = w / 2 + col * spread
            draw.polygon(
                [(cx - dw / 2, y), (cx + dw / 2, y), (cx + dw * 0.6, y + dh), (cx - dw * 0.6, y + dh)],
                fill=desk,
            )
            draw.rectangle((cx - dw * 0.55, y + dh, cx - dw * 0.5, y + dh * 2.2), fill=shade(desk, -0.4))
            draw.rectangle((cx + dw * 0.5, y + dh, cx + dw * 0.55, y + dh * 2.2), fill=shade(desk, -0.4))
            draw.rounded_rectangle(
                (cx - dw * 0.3, y + dh * 1.1, cx + dw * 0.3, y + dh * 2.6), radius=dh * 0.3, fill=chair
            )
    return picture


def chamber(rng: random.Random, w: int, h: int) -> Image.Image:
    wall = hex_color(rng.choice(["#e9dfcc", "#dfe4e8", "#ecdcd0"]))
    picture = vertical_gradient((w, h), shade(wall, -0.05), shade(wall, -0.25))
    draw = ImageDraw.Draw(picture)
    # Tall arched windows behind the speaker's podium.
    for k in range(5):
        x = w * (0.18 + k * 0.16)
        draw.rectangle((x - 0.04 * w, 0.1 * h, x + 0.04 * w, 0.42 * h), fill=mix(wall, (170, 200, 220), 0.6))
        draw.ellipse((x - 0.04 * w, 0.05 * h, x + 0.04 * w, 0.15 * h), fill=mix(wall, (170, 200, 220), 0.6))
    carpet = hex_color(rng.choice(["#7b2d3a", "#2f4f6f", "#3e5f45", "#6d4c41"]))
    draw.rectangle((0, 0.45 * h, w, h), fill=carpet)
    wood = hex_color(rng.choice(WOOD))
    draw.rectangle((0.4 * w, 0.34 * h, 0.6 * w, 0.5 * h), fill=shade(wood, -0.1))
    draw.rectangle((0.38 * w, 0.32 * h, 0.62 * w, 0.35 * h), fill=wood)
    glow(picture, (w / 2, 0.28 * h), 0.12 * h, (255, 240, 200), 0.25)
    draw = ImageDraw.Draw(picture)
    # Curved rows of desks around the floor, seen from the public gallery.
    cx, cy = w / 2, 0.46 * h
    seat = hex_color(rng.choice(["#3b3b48", "#5a3b2e", "#2d4a5a"]))
    for row in range(5):
        rx, ry = 0.2 * w + row * 0.1 * w, 0.1 * h + row * 0.09 * h
        thick = 0.035 * h + row * 0.006 * h
        draw.arc((cx - rx, cy - ry, cx + rx, cy + ry), 8, 172, fill=wood, width=int(thick))
        for k in range(7 + row * 2):
            a = math.radians(15 + (150 * (k + 0.5) / (7 + row * 2)))
            sx, sy = cx + math.cos(a) * (rx + thick * 0.6), cy + math.sin(a) * (ry + thick * 0.6)
            r = thick * 0.45
            draw.ellipse((sx - r, sy - r * 0.8, sx + r, sy + r * 0.8), fill=seat)
    return picture


def chart(rng: random.Random, w: int, h: int) -> Image.Image:
    base = hex_color(rng.choice(["#0d1b2a", "#101820", "#14213d", "#1b1b2f"]))
    picture = vertical_gradient((w, h), shade(base, 0.12), shade(base, -0.3))
    draw = ImageDraw.Draw(picture)
    grid = mix(base, (200, 210, 230), 0.12)
    for k in range(1, 8):
        draw.line([(0, h * k / 8), (w, h * k / 8)], fill=grid, width=2)
    for k in range(1, 12):
        draw.line([(w * k / 12, 0), (w * k / 12, h)], fill=grid, width=2)
    up, down = (46, 204, 113), (231, 76, 60)
    # A price that wanders and then climbs: candles, a moving-average line and volume bars.
    price, prices = 0.6, []
    count = 34
    for k in range(count):
        price += rng.uniform(-0.05, 0.045) + (0.012 if k > count * 0.55 else 0)
        price = min(max(price, 0.2), 0.8)
        prices.append(price)
    step = w / (count + 1)
    previous = prices[0]
    for k, value in enumerate(prices):
        x = step * (k + 1)
        o, c = previous, value
        hi, lo = max(o, c) + rng.uniform(0.01, 0.04), min(o, c) - rng.uniform(0.01, 0.04)
        color = up if c >= o else down
        draw.line([(x, h * (1 - hi) * 0.8), (x, h * (1 - lo) * 0.8)], fill=color, width=max(2, w // 700))
        top, bottom = sorted((h * (1 - o) * 0.8, h * (1 - c) * 0.8))
        draw.rectangle((x - step * 0.3, top, x + step * 0.3, max(bottom, top + 3)), fill=color)
        vol = rng.uniform(0.03, 0.12) * h
        draw.rectangle((x - step * 0.3, h - vol, x + step * 0.3, h), fill=mix(color, base, 0.55))
        previous = value
    line = [
        (
            step * (k + 1),
            h * (1 - sum(prices[max(0, k - 4) : k + 1]) / len(prices[max(0, k - 4) : k + 1])) * 0.8,
        )
        for k in range(count)
    ]
    accent = hex_color(rng.choice(["#f1c40f", "#4cc9f0", "#f39c12"]))
    draw.line(line, fill=accent, width=max(4, w // 400), joint="curve")
    glow(picture, line[-1], 0.05 * h, accent, 0.6)
    return picture


def phone(rng: random.Random, w: int, h: int) -> Image.Image:
    back = hex_color(rng.choice(["#f4a261", "#2a9d8f", "#e9c46a", "#8ecae6", "#cdb4db"]))
    picture = vertical_gradient((w, h), shade(back, 0.15), shade(back, -0.15))
    draw = ImageDraw.Draw(picture)
    for _ in range(8):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.05, 0.16) * h
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade(back, rng.uniform(-0.08, 0.12)))
    cx = rng.uniform(0.4, 0.6) * w
    pw, ph = 0.24 * w, 0.86 * h
    x0, y0 = cx - pw / 2, (h - ph) / 2
    draw.rounded_rectangle(
        (x0 + 0.012 * w, y0 + 0.02 * h, x0 + pw + 0.012 * w, y0 + ph + 0.02 * h),
        radius=0.03 * w,
        fill=shade(back, -0.35),
    )
    draw.rounded_rectangle((x0, y0, x0 + pw, y0 + ph), radius=0.03 * w, fill=(34, 36, 44))
    screen = (248, 248, 250)
    sx0, sy0, sx1, sy1 = x0 + 0.012 * w, y0 + 0.05 * h, x0 + pw - 0.012 * w, y0 + ph - 0.05 * h
    draw.rounded_rectangle((sx0, sy0, sx1, sy1), radius=0.015 * w, fill=screen)
    bar = hex_color(rng.choice(["#2e86c1", "#16a085", "#8e44ad"]))
    draw.rectangle((sx0, sy0, sx1, sy0 + 0.07 * h), fill=bar)
    # Message bubbles, alternating sides, and a warning badge on the last one.
    y = sy0 + 0.1 * h
    left = True
    bubbles = 0
    while y < sy1 - 0.14 * h:
        bw = rng.uniform(0.45, 0.7) * (sx1 - sx0)
        bh = rng.uniform(0.06, 0.1) * h
        bx = sx0 + 0.01 * w if left else sx1 - 0.01 * w - bw
        fill = (228, 230, 236) if left else mix(bar, screen, 0.55)
        draw.rounded_rectangle((bx, y, bx + bw, y + bh), radius=bh * 0.35, fill=fill)
        for line in range(2):
            ly = y + bh * (0.32 + line * 0.32)
            draw.line(
                [(bx + bw * 0.1, ly), (bx + bw * (0.85 - line * 0.3), ly)], fill=shade(fill, -0.25), width=3
            )
        y += bh + 0.03 * h
        left = not left
        bubbles += 1
    if rng.random() < 0.5:
        return picture
    badge = (bx + (bw if not left else 0), y - 0.03 * h - bh)
    r = 0.035 * h
    draw.ellipse((badge[0] - r, badge[1] - r, badge[0] + r, badge[1] + r), fill=(220, 50, 50))
    draw.rectangle(
        (badge[0] - r * 0.12, badge[1] - r * 0.55, badge[0] + r * 0.12, badge[1] + r * 0.15), fill=screen
    )
    draw.ellipse(
        (badge[0] - r * 0.13, badge[1] + r * 0.3, badge[0] + r * 0.13, badge[1] + r * 0.56), fill=screen
    )
    return picture


def ballot(rng: random.Random, w: int, h: int) -> Image.Image:
    back = hex_color(rng.choice(["#e8eef2", "#f1ebe1", "#e6f0ea"]))
    picture = vertical_gradient((w, h), back, shade(back, -0.15))
    draw = ImageDraw.Draw(picture)
    # Voting booths with curtains along the back wall.
    curtain = hex_color(rng.choice(["#2f6f9f", "#7b2d3a", "#3e8a5b"]))
    for k in range(3):
        x = w * (0.08 + k * 0.14)
        draw.rectangle((x, 0.12 * h, x + 0.11 * w, 0.62 * h), fill=shade(curtain, -0.1))
        for f in range(5):
            fx = x + 0.11 * w * (f + 0.5) / 5
            draw.line([(fx, 0.13 * h), (fx, 0.61 * h)], fill=shade(curtain, 0.15), width=max(3, w // 500))
        draw.rectangle((x - 0.005 * w, 0.1 * h, x + 0.115 * w, 0.125 * h), fill=(120, 120, 124))
    table = hex_color(rng.choice(WOOD))
    draw.rectangle((0.5 * w, 0.7 * h, 0.95 * w, 0.74 * h), fill=table)
    draw.rectangle((0.53 * w, 0.74 * h, 0.55 * w, h), fill=shade(table, -0.3))
    draw.rectangle((0.9 * w, 0.74 * h, 0.92 * w, h), fill=shade(table, -0.3))
    # A clear box with folded papers inside, and one paper going into the slot.
    bx0, bx1, by0, by1 = 0.6 * w, 0.85 * w, 0.36 * h, 0.7 * h
    inside = mix(back, (190, 215, 230), 0.5)
    draw.rectangle((bx0, by0, bx1, by1), fill=inside, outline=(90, 110, 130), width=max(3, w // 500))
    for _ in range(14):
        px, py = rng.uniform(bx0 + 0.02 * w, bx1 - 0.06 * w), rng.uniform(by1 - 0.14 * h, by1 - 0.04 * h)
        angle = rng.uniform(-0.5, 0.5)
        dx, dy = math.cos(angle) * 0.045 * w, math.sin(angle) * 0.045 * w
        draw.polygon(
            [(px, py), (px + dx, py + dy), (px + dx, py + dy + 0.03 * h), (px, py + 0.03 * h)],
            fill=(250, 250, 246),
            outline=(170, 170, 170),
        )
    draw.rectangle((bx0 - 0.01 * w, by0 - 0.03 * h, bx1 + 0.01 * w, by0), fill=(70, 90, 110))
    draw.rectangle(
        ((bx0 + bx1) / 2 - 0.05 * w, by0 - 0.022 * h, (bx0 + bx1) / 2 + 0.05 * w, by0 - 0.008 * h),
        fill=(20, 24, 30),
    )
    px = (bx0 + bx1) / 2 - 0.035 * w
    draw.rectangle(
        (px, by0 - 0.2 * h, px + 0.07 * w, by0 - 0.015 * h), fill=(252, 252, 248), outline=(160, 160, 160)
    )
    for line in range(4):
        ly = by0 - 0.18 * h + line * 0.04 * h
        draw.rectangle((px + 0.01 * w, ly, px + 0.02 * w, ly + 0.02 * h), outline=(80, 80, 80), width=2)
        draw.line(
            [(px + 0.026 * w, ly + 0.01 * h), (px + 0.06 * w, ly + 0.01 * h)], fill=(150, 150, 150), width=3
        )
    tick = (px + 0.011 * w, by0 - 0.13 * h)
    draw.line(
        [tick, (tick[0] + 0.004 * w, tick[1] + 0.012 * h), (tick[0] + 0.012 * w, tick[1] - 0.01 * h)],
        fill=curtain,
        width=max(3, w // 450),
    )
    return picture


PAINTERS = {
    "classroom": classroom,
    "chamber": chamber,
    "chart": chart,
    "phone": phone,
    "ballot": ballot,
}
