"""Illustrations for news stories: abstract scenes, and the catalogue of every kind with its alt text.

Each kind has an alt text in both languages that stays true for every variant, because the
variants only change colours, proportions and the placement of things.
"""

import math
import random

from PIL import Image, ImageDraw, ImageFilter

from masthead.demo.drawing.base import glow, hex_color, mix, shade, vertical_gradient
from masthead.demo.drawing.landscapes import (
    SIZE,
    dunes,
    mountains,
    oasis,
    paint_sky,
    palm,
    port,
    sea,
    skyline,
    skyline_layer,
)
from masthead.demo.drawing.places import airport, blackout, clinic, construction, highway, solar, train
from masthead.demo.drawing.rooms import ballot, chamber, chart, classroom, phone

__all__ = ["SCENES", "SIZE"]


def abstract(rng: random.Random, w: int, h: int) -> Image.Image:
    palette = [
        hex_color(c)
        for c in rng.choice(
            [
                ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"],
                ["#22223b", "#4a4e69", "#9a8c98", "#c9ada7", "#f2e9e4"],
                ["#003049", "#d62828", "#f77f00", "#fcbf49", "#eae2b7"],
                ["#0b3954", "#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25"],
                ["#3d405b", "#81b29a", "#f2cc8f", "#e07a5f", "#f4f1de"],
            ]
        )
    ]
    picture = vertical_gradient((w, h), palette[0], shade(palette[0], -0.3)).convert("RGBA")
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(rng.randint(10, 16)):
        color = rng.choice(palette[1:])
        alpha = rng.randint(90, 200)
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.05, 0.3) * h
        if rng.random() < 0.6:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*color, alpha))
        else:
            draw.rectangle((x - r * 1.6, y - r / 3, x + r * 1.6, y + r / 3), fill=(*color, alpha))
    return Image.alpha_composite(picture, layer)


def network(rng: random.Random, w: int, h: int) -> Image.Image:
    base = hex_color(rng.choice(["#0d1b2a", "#1b1035", "#06262d", "#1a1a2e"]))
    accent = hex_color(rng.choice(["#4cc9f0", "#72efdd", "#f72585", "#ffd166", "#80ffdb"]))
    picture = vertical_gradient((w, h), shade(base, 0.1), shade(base, -0.4))
    draw = ImageDraw.Draw(picture)
    grid = int(0.05 * w)
    for x in range(0, w, grid):
        draw.line([(x, 0), (x, h)], fill=mix(base, accent, 0.08), width=1)
    for y in range(0, h, grid):
        draw.line([(0, y), (w, y)], fill=mix(base, accent, 0.08), width=1)
    nodes = [(rng.uniform(0, w), rng.uniform(0, h)) for _ in range(46)]
    for i, (x, y) in enumerate(nodes):
        near = sorted(nodes[:i] + nodes[i + 1 :], key=lambda n: (n[0] - x) ** 2 + (n[1] - y) ** 2)[:3]
        for nx, ny in near:
            draw.line([(x, y), (nx, ny)], fill=mix(base, accent, 0.45), width=max(2, w // 900))
    for x, y in nodes:
        r = rng.uniform(0.004, 0.011) * w
        if rng.random() < 0.25:
            glow(picture, (x, y), r * 5, accent, 0.5)
        ImageDraw.Draw(picture).ellipse((x - r, y - r, x + r, y + r), fill=mix(accent, (255, 255, 255), 0.3))
    return picture


def refinery(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, _bottom, _ = paint_sky(rng, w, h, "dusk", "sunset", "night", "haze")
    ground = 0.78 * h
    dark = shade(top, -0.6)
    draw = ImageDraw.Draw(picture)
    x = 0.03 * w
    flares = []
    while x < 0.97 * w:
        kind = rng.random()
        if kind < 0.35:  # storage tank
            tw, th = rng.uniform(0.07, 0.12) * w, rng.uniform(0.06, 0.1) * h
            draw.rectangle((x, ground - th, x + tw, ground), fill=dark)
            draw.ellipse((x, ground - th - tw * 0.12, x + tw, ground - th + tw * 0.12), fill=dark)
            x += tw + 0.01 * w
        elif kind < 0.75:  # column with platforms
            cw, chh = rng.uniform(0.015, 0.03) * w, rng.uniform(0.2, 0.42) * h
            draw.rectangle((x, ground - chh, x + cw, ground), fill=dark)
            for level in range(1, 4):
                y = ground - chh * level / 4
                draw.rectangle((x - cw * 0.4, y, x + cw * 1.4, y + max(3, h // 300)), fill=dark)
            x += cw + 0.02 * w
        else:  # flare stack
            sw, sh = max(6, w // 200), rng.uniform(0.35, 0.5) * h
            draw.rectangle((x, ground - sh, x + sw, ground), fill=dark)
            flares.append((x + sw / 2, ground - sh))
            x += 0.05 * w
    draw.rectangle((0, ground, w, h), fill=shade(dark, -0.2))
    for y in (ground - 0.02 * h, ground - 0.035 * h):
        draw.line([(0, y), (w, y)], fill=dark, width=max(3, h // 250))
    for fx, fy in flares:
        glow(picture, (fx, fy - 0.03 * h), 0.06 * h, (255, 150, 60), 0.8)
        ImageDraw.Draw(picture).ellipse(
            (fx - 0.008 * h, fy - 0.045 * h, fx + 0.008 * h, fy), fill=(255, 220, 150)
        )
    return picture


def civic(rng: random.Random, w: int, h: int) -> Image.Image:
    picture, top, _bottom, sky = paint_sky(rng, w, h, "midday", "dawn", "dusk", "haze")
    draw = ImageDraw.Draw(picture)
    stone = mix(hex_color(rng.choice(["#e8dcc4", "#d9cbb0", "#efe6d6"])), top, 0.15 if sky != "dusk" else 0.5)
    shadow = shade(stone, -0.22)
    ground = 0.82 * h
    cx, bw = w / 2 + rng.uniform(-0.1, 0.1) * w, rng.uniform(0.5, 0.62) * w
    draw.rectangle((0, ground, w, h), fill=mix(shade(stone, -0.35), (90, 110, 80), 0.3))
    for step in range(3):
        inset = step * 0.015 * w
        y = ground - step * 0.018 * h
        draw.rectangle(
            (cx - bw / 2 - 0.03 * w + inset, y - 0.018 * h, cx + bw / 2 + 0.03 * w - inset, y),
            fill=shade(stone, -0.05 * step),
        )
    hall_top = ground - 0.054 * h - 0.22 * h
    draw.rectangle((cx - bw / 2, hall_top, cx + bw / 2, ground - 0.054 * h), fill=shadow)
    columns = 10
    for i in range(columns):
        x = cx - bw / 2 + (i + 0.5) * bw / columns
        draw.rectangle((x - bw * 0.018, hall_top + 0.02 * h, x + bw * 0.018, ground - 0.054 * h), fill=stone)
    draw.rectangle(
        (cx - bw / 2 - 0.01 * w, hall_top - 0.035 * h, cx + bw / 2 + 0.01 * w, hall_top + 0.02 * h),
        fill=stone,
    )
    drum_w = bw * 0.36
    drum_top = hall_top - 0.09 * h
    draw.rectangle((cx - drum_w / 2, drum_top, cx + drum_w / 2, hall_top - 0.035 * h), fill=shadow)
    dome = mix(hex_color(rng.choice(["#c9a646", "#4f8a8b", "#e9e4d8", "#7aa0c4"])), top, 0.1)
    draw.pieslice(
        (cx - drum_w / 2, drum_top - drum_w * 0.55, cx + drum_w / 2, drum_top + drum_w * 0.55),
        180,
        360,
        fill=dome,
    )
    draw.line(
        [(cx, drum_top - drum_w * 0.55), (cx, drum_top - drum_w * 0.7)],
        fill=shade(dome, -0.3),
        width=max(4, w // 300),
    )
    for side in (-1, 1):
        palm(draw, rng, cx + side * (bw / 2 + 0.1 * w), ground, 0.34 * h, shade(top, -0.55))
    return picture


def rain(rng: random.Random, w: int, h: int) -> Image.Image:
    grey = hex_color(rng.choice(["#6b7785", "#5d6470", "#7d8a8f", "#4d5a6a"]))
    picture = vertical_gradient((w, h), shade(grey, -0.35), shade(grey, 0.35)).convert("RGBA")
    far = skyline_layer(rng, w, h, 0.8 * h, shade(grey, -0.15), None, 0.4)
    picture.alpha_composite(far)
    # Clouds are painted small and scaled up, which softens their edges for free.
    small = (w // 8, h // 8)
    clouds = Image.new("RGBA", small, (*grey, 0))
    draw = ImageDraw.Draw(clouds)
    for _ in range(26):
        x, y, r = (
            rng.uniform(-0.05, 1.05) * small[0],
            rng.uniform(0, 0.28) * small[1],
            rng.uniform(0.05, 0.12),
        )
        r *= small[0]
        draw.ellipse(
            (x - r, y - r * 0.6, x + r, y + r * 0.6), fill=(*shade(grey, rng.uniform(-0.3, 0.1)), 235)
        )
    picture.alpha_composite(
        clouds.filter(ImageFilter.GaussianBlur(2)).resize((w, h), Image.Resampling.BICUBIC)
    )
    streaks = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(streaks)
    slant = rng.uniform(0.1, 0.3)
    for _ in range(500):
        x, y, length = rng.uniform(-0.2, 1) * w, rng.uniform(0, h), rng.uniform(0.03, 0.07) * h
        draw.line(
            [(x, y), (x + length * slant, y + length)], fill=(225, 232, 240, 110), width=max(1, w // 1200)
        )
    picture.alpha_composite(streaks)
    return picture


def globe(rng: random.Random, w: int, h: int) -> Image.Image:
    back = hex_color(rng.choice(["#10243e", "#2b2d42", "#1d3557", "#3c1642", "#0f3d3e"]))
    picture = vertical_gradient((w, h), shade(back, 0.15), shade(back, -0.35))
    cx, cy, r = rng.uniform(0.35, 0.65) * w, 0.5 * h, 0.4 * h
    glow(picture, (cx, cy), r * 1.5, mix(back, (140, 200, 255), 0.5), 0.35)
    sphere = Image.new("RGB", (w, h), mix(back, (60, 130, 190), 0.7))
    draw = ImageDraw.Draw(sphere)
    land = hex_color(rng.choice(["#8fbc8f", "#d4b483", "#a3c585", "#c2b280"]))
    for _ in range(6):
        lx, ly, lr = (
            cx + rng.uniform(-0.8, 0.8) * r,
            cy + rng.uniform(-0.8, 0.8) * r,
            rng.uniform(0.15, 0.4) * r,
        )
        points = [
            (lx + math.cos(a) * lr * rng.uniform(0.5, 1.3), ly + math.sin(a) * lr * rng.uniform(0.5, 1.3))
            for a in [k * math.tau / 12 for k in range(12)]
        ]
        draw.polygon(points, fill=land)
    line = mix(back, (220, 235, 250), 0.55)
    for k in range(1, 6):
        rx = r * k / 6
        draw.ellipse((cx - rx, cy - r, cx + rx, cy + r), outline=line, width=max(2, w // 800))
    for k in range(-2, 3):
        y = cy + r * k / 3
        half = math.sqrt(max(0.0, r * r - (y - cy) ** 2))
        draw.line([(cx - half, y), (cx + half, y)], fill=line, width=max(2, w // 800))
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    picture.paste(sphere, (0, 0), mask)
    ImageDraw.Draw(picture).ellipse((cx - r, cy - r, cx + r, cy + r), outline=line, width=max(3, w // 500))
    return picture


# kind -> (painter, alt text in English, alt text in Arabic)
SCENES = {
    "dunes": (
        dunes,
        "Illustration of rolling sand dunes under a wide sky with a low sun",
        "رسم توضيحي لكثبان رملية متموجة تحت سماء واسعة وشمس منخفضة",
    ),
    "skyline": (
        skyline,
        "Illustration of a city skyline of towers reflected in the water of a bay",
        "رسم توضيحي لأفق مدينة بأبراجها المنعكسة على مياه خليج",
    ),
    "sea": (
        sea,
        "Illustration of a wooden dhow sailing on a calm sea, with birds overhead",
        "رسم توضيحي لمركب شراعي خشبي يبحر في بحر هادئ وفوقه طيور",
    ),
    "port": (
        port,
        "Illustration of a container port with cranes above stacks of coloured containers",
        "رسم توضيحي لميناء حاويات ترتفع فيه الرافعات فوق أكوام من الحاويات الملونة",
    ),
    "mountains": (
        mountains,
        "Illustration of layered mountain ridges fading into a hazy sky",
        "رسم توضيحي لسلاسل جبلية متتابعة تتلاشى في سماء ضبابية",
    ),
    "oasis": (
        oasis,
        "Illustration of date palms around a small pool of water in the desert",
        "رسم توضيحي لأشجار نخيل حول بركة ماء صغيرة في الصحراء",
    ),
    "abstract": (
        abstract,
        "Abstract illustration of overlapping circles and bars in bold colours",
        "رسم تجريدي لدوائر وأشرطة متداخلة بألوان زاهية",
    ),
    "network": (
        network,
        "Illustration of glowing points joined by lines on a dark grid, like a data network",
        "رسم توضيحي لنقاط مضيئة تربطها خطوط على شبكة داكنة تشبه شبكة بيانات",
    ),
    "refinery": (
        refinery,
        "Illustration of the silhouette of a refinery, with tanks, towers and a gas flare",
        "رسم توضيحي لصورة ظلية لمصفاة نفط بخزاناتها وأبراجها وشعلة غاز",
    ),
    "civic": (
        civic,
        "Illustration of a domed public building with a colonnade, flanked by palm trees",
        "رسم توضيحي لمبنى حكومي ذي قبة وأعمدة تحيط به أشجار النخيل",
    ),
    "rain": (
        rain,
        "Illustration of heavy rain falling from dark clouds over a city",
        "رسم توضيحي لأمطار غزيرة تهطل من غيوم داكنة فوق مدينة",
    ),
    "globe": (
        globe,
        "Illustration of a globe with lines of latitude and longitude on a dark background",
        "رسم توضيحي لكرة أرضية تظهر عليها خطوط الطول والعرض على خلفية داكنة",
    ),
    "train": (
        train,
        "Illustration of a metro train crossing a viaduct in front of a city skyline",
        "رسم توضيحي لقطار مترو يعبر جسرًا معلقًا أمام أفق مدينة",
    ),
    "blackout": (
        blackout,
        "Illustration of a city skyline at night with its windows dark, under a moon",
        "رسم توضيحي لأفق مدينة ليلًا ونوافذها مطفأة تحت ضوء القمر",
    ),
    "highway": (
        highway,
        "Illustration of a multi-lane highway running to the horizon, lined with street lamps",
        "رسم توضيحي لطريق سريع متعدد الحارات يمتد حتى الأفق وتصطف على جانبيه أعمدة الإنارة",
    ),
    "airport": (
        airport,
        "Illustration of an airliner climbing away from a runway lined with lights",
        "رسم توضيحي لطائرة ركاب تقلع مبتعدة عن مدرج تصطف على جانبيه الأضواء",
    ),
    "construction": (
        construction,
        "Illustration of tower cranes over buildings under construction",
        "رسم توضيحي لرافعات برجية فوق مبانٍ قيد الإنشاء",
    ),
    "solar": (
        solar,
        "Illustration of rows of solar panels stretching across the desert under the sun",
        "رسم توضيحي لصفوف من الألواح الشمسية تمتد عبر الصحراء تحت الشمس",
    ),
    "clinic": (
        clinic,
        "Illustration of a white hospital building marked with a red crescent, with palm trees",
        "رسم توضيحي لمبنى مستشفى أبيض يحمل شعار الهلال الأحمر وأمامه أشجار النخيل",
    ),
    "classroom": (
        classroom,
        "Illustration of a classroom with rows of desks and chairs facing a green board",
        "رسم توضيحي لفصل دراسي بصفوف من المقاعد والطاولات أمام سبورة خضراء",
    ),
    "chamber": (
        chamber,
        "Illustration of a council chamber with curved rows of seats facing a podium",
        "رسم توضيحي لقاعة مجلس بصفوف مقاعد مقوسة تواجه منصة",
    ),
    "chart": (
        chart,
        "Illustration of a market screen with candlesticks, a price line and volume bars",
        "رسم توضيحي لشاشة سوق مالية تعرض الشموع البيانية وخط السعر وأعمدة التداول",
    ),
    "phone": (
        phone,
        "Illustration of a smartphone showing a conversation in message bubbles",
        "رسم توضيحي لهاتف ذكي يعرض محادثة في فقاعات رسائل",
    ),
    "ballot": (
        ballot,
        "Illustration of a clear ballot box with a voting paper going into its slot, beside voting booths",
        "رسم توضيحي لصندوق اقتراع شفاف تدخل في فتحته ورقة تصويت بجوار معازل الاقتراع",
    ),
}
