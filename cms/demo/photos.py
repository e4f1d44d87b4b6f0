"""Demo press photos drawn with Pillow (issue 12): scenes a city outlet photographs
(meeting halls, streets, the river, rice fields, classrooms, building sites …) in
perspective, with light, haze, depth of field and film grain, and NO text: the caption
and the credit belong in the page (figcaption), not in the picture.

Nothing is downloaded. Each scene is a few shapes in perspective; `_finish()` makes
them look photographed: the far half softened, a warm or cool grade, a vignette and
grain. A picture takes about 0.1 s at 1600×1000.
"""

import math
import random
from io import BytesIO

from PIL import Image, ImageChops, ImageDraw, ImageFilter

SIZE = (1600, 1000)  # 16:10, a camera-like frame: the 16:9, 4:3 and 1:1 crops all fit


# ---------------------------------------------------------------- helpers


def _mix(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def _shade(color, factor):
    return tuple(max(0, min(255, int(c * factor))) for c in color)


def _vertical(size, top, bottom):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _person(draw, x, y, h, color, rng, hat=False):
    """A standing person seen from afar: head, shoulders, body, legs (y = feet)."""
    w = h * 0.28
    head = h * 0.13
    draw.ellipse([x - head / 2, y - h, x + head / 2, y - h + head], fill=color)
    if hat:  # nón lá
        draw.polygon(
            [(x - head * 1.1, y - h + head * 0.45), (x + head * 1.1, y - h + head * 0.45), (x, y - h - head * 0.35)],
            fill=_shade(color, 1.9),
        )
    draw.rounded_rectangle([x - w / 2, y - h + head * 1.05, x + w / 2, y - h * 0.45], radius=w * 0.3, fill=color)
    draw.rectangle([x - w * 0.38, y - h * 0.47, x - w * 0.04, y], fill=_shade(color, 0.85))
    draw.rectangle([x + w * 0.04, y - h * 0.47, x + w * 0.38, y], fill=_shade(color, 0.85))


def _seated(draw, x, y, r, color):
    """A seated person from behind: head and shoulders (y = shoulder line)."""
    draw.ellipse([x - r, y - r * 2.2, x + r, y - r * 0.2], fill=color)
    draw.rounded_rectangle([x - r * 1.9, y - r * 0.5, x + r * 1.9, y + r * 2], radius=r * 0.9, fill=color)


def _tree(draw, x, ground, h, leaf, rng):
    draw.line(
        [(x, ground), (x + rng.uniform(-6, 6), ground - h * 0.55)], fill=(70, 52, 38), width=max(3, int(h * 0.05))
    )
    for _ in range(6):
        cx = x + rng.uniform(-h * 0.22, h * 0.22)
        cy = ground - h * rng.uniform(0.55, 0.95)
        r = h * rng.uniform(0.16, 0.26)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=_shade(leaf, rng.uniform(0.75, 1.15)))


def _palm(draw, x, ground, h, rng):
    top = (x + rng.uniform(-h * 0.15, h * 0.15), ground - h)
    draw.line([(x, ground), top], fill=(92, 72, 50), width=max(3, int(h * 0.04)))
    for k in range(9):
        angle = math.pi * (0.05 + k / 8 * 0.9)
        end = (
            top[0] + math.cos(angle) * h * 0.38 * (1 if k % 2 else -1),
            top[1] + math.sin(angle) * h * 0.12 - h * 0.05,
        )
        draw.line([top, end], fill=(38, 96, 48), width=max(2, int(h * 0.03)))


def _boat(draw, x, y, length, color, rng, roof=True):
    draw.polygon(
        [(x, y), (x + length, y), (x + length * 0.86, y + length * 0.16), (x + length * 0.12, y + length * 0.16)],
        fill=color,
    )
    if roof:
        draw.rectangle([x + length * 0.3, y - length * 0.16, x + length * 0.72, y], fill=_shade(color, 1.5))
        draw.rectangle(
            [x + length * 0.28, y - length * 0.19, x + length * 0.74, y - length * 0.15], fill=_shade(color, 0.7)
        )


def _building(draw, x0, x1, top, ground, color, rng, lit=0.0, window=(60, 70, 85)):
    draw.rectangle([x0, top, x1, ground], fill=color)
    wx, wy = max(8, (x1 - x0) / 9), max(10, (ground - top) / 12)
    y = top + wy
    while y < ground - wy * 1.5:
        x = x0 + wx * 0.7
        while x < x1 - wx:
            light = rng.random() < lit
            draw.rectangle([x, y, x + wx * 0.55, y + wy * 0.55], fill=(255, 214, 140) if light else window)
            x += wx * 1.2
        y += wy * 1.3


def _road_perspective(draw, w, h, horizon, vx, color, line=(230, 230, 220)):
    draw.polygon([(vx - 8, horizon), (vx + 8, horizon), (w * 1.1, h), (-w * 0.1, h)], fill=color)
    for k in range(12):
        t0, t1 = (k / 12) ** 2, ((k + 0.5) / 12) ** 2
        y0, y1 = horizon + (h - horizon) * t0, horizon + (h - horizon) * t1
        draw.line([(vx, y0), (vx, y1)], fill=line, width=max(1, int(2 + 10 * t1)))


def _finish(picture, rng, horizon, warm=0.0, haze=(255, 255, 255), grain=14, vignette=0.45):
    """Make shapes look photographed: haze and softness above the horizon (depth), a
    slight blur overall, a colour grade, a vignette and film grain."""
    w, h = picture.size
    far = picture.filter(ImageFilter.GaussianBlur(2.2))
    mask = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v)
    mask = mask.point(lambda v, hz=horizon / h: int(max(0, min(255, (v / 255 - (1 - hz) + 0.15) * 255 * 1.6))))
    picture = Image.composite(far, picture, mask)
    picture = Image.blend(
        picture, Image.composite(Image.new("RGB", (w, h), haze), picture, mask.point(lambda v: 255 - v // 5)), 0.12
    )
    picture = picture.filter(ImageFilter.GaussianBlur(0.7))
    if warm:
        r, g, b = picture.split()
        r = r.point(lambda v: min(255, int(v * (1 + 0.08 * warm))))
        b = b.point(lambda v: int(v * (1 - 0.08 * warm)))
        picture = Image.merge("RGB", (r, g, b))
    # Vignette: a radial darkening from the centre.
    radial = Image.radial_gradient("L").resize((w, h)).point(lambda v: int(255 - v * vignette))
    picture = ImageChops.multiply(picture, Image.merge("RGB", (radial, radial, radial)))
    noise = Image.effect_noise((w // 2, h // 2), grain).resize((w, h)).convert("RGB")
    picture = Image.blend(picture, ImageChops.overlay(picture, noise), 0.35)
    return picture


# ---------------------------------------------------------------- scenes


def scene_hall(img, draw, rng, top, bottom, accent):
    """A conference hall: a red stage backdrop with a gold star, a presidium table,
    rows of delegates seen from the back of the room."""
    w, h = img.size
    draw.rectangle([0, 0, w, h * 0.55], fill=_shade(bottom, 0.55))
    draw.rectangle([w * 0.08, h * 0.06, w * 0.92, h * 0.42], fill=(150, 22, 28))
    for k in range(8):  # drapes
        x = w * 0.08 + k * w * 0.105
        draw.rectangle([x, h * 0.06, x + w * 0.03, h * 0.42], fill=(130, 18, 24))
    _star(draw, w * 0.5, h * 0.2, h * 0.07, (250, 210, 70))
    draw.rectangle([w * 0.14, h * 0.06, w * 0.86, h * 0.1], fill=(190, 160, 60))
    draw.rectangle([w * 0.2, h * 0.34, w * 0.8, h * 0.44], fill=(235, 235, 225))
    for k in range(9):
        _seated(draw, w * (0.24 + k * 0.065), h * 0.35, h * 0.022, (40, 40, 48))
    draw.rectangle([0, h * 0.44, w, h], fill=_shade(accent, 0.35))
    for row in range(9):
        t = row / 8
        y = h * (0.52 + 0.5 * t**1.3)
        r = h * (0.014 + 0.032 * t)
        n = int(26 - row * 1.6)
        for col in range(n):
            x = w * (0.5 + (col - (n - 1) / 2) / n * (0.8 + 0.5 * t)) + rng.uniform(-4, 4)
            tone = rng.choice([(30, 30, 36), (235, 235, 235), (60, 70, 95), (35, 35, 40)])
            _seated(draw, x, y, r, _shade(tone, rng.uniform(0.8, 1.1)))
    return h * 0.45, 0.6


def scene_meeting(img, draw, rng, top, bottom, accent):
    """A small meeting room: a long table in perspective, people on both sides, a window."""
    w, h = img.size
    draw.rectangle([0, 0, w, h], fill=_shade(bottom, 0.8))
    draw.rectangle([w * 0.3, h * 0.08, w * 0.7, h * 0.38], fill=_mix(top, (255, 255, 255), 0.5))
    draw.line([(w * 0.5, h * 0.08), (w * 0.5, h * 0.38)], fill=_shade(bottom, 0.6), width=8)
    draw.rectangle([w * 0.44, h * 0.1, w * 0.56, h * 0.17], fill=(200, 30, 30))
    _star(draw, w * 0.5, h * 0.135, h * 0.025, (255, 220, 0))
    draw.rectangle([0, h * 0.5, w, h], fill=_shade(accent, 0.5))
    draw.polygon([(w * 0.42, h * 0.44), (w * 0.58, h * 0.44), (w * 0.86, h), (w * 0.14, h)], fill=(120, 78, 48))
    for k in range(6):
        t = k / 5
        y = h * (0.48 + 0.45 * t)
        s = 0.5 + 1.6 * t
        for side in (-1, 1):
            x = w * 0.5 + side * w * (0.1 + 0.3 * t)
            _seated(draw, x, y, h * 0.02 * s, rng.choice([(240, 240, 236), (40, 50, 80), (230, 220, 200)]))
            draw.rectangle(
                [
                    w * 0.5 + side * w * (0.05 + 0.2 * t) - 12 * s,
                    y + h * 0.01,
                    w * 0.5 + side * w * (0.05 + 0.2 * t) + 12 * s,
                    y + h * 0.01 + 16 * s,
                ],
                fill=(245, 245, 240),
            )
    return h * 0.44, 0.3


def scene_street(img, draw, rng, top, bottom, accent, lane=False):
    """A city street in perspective: shophouses both sides, trees, motorbikes (a lane:
    low houses with flags, people on foot)."""
    w, h = img.size
    horizon, vx = h * 0.46, w * rng.uniform(0.42, 0.58)
    if lane:
        draw.rectangle([0, horizon, w, h], fill=(150, 150, 140))
    for side in (-1, 1):
        for k in range(10):
            t = k / 9
            x_near = vx + side * w * (0.08 + 0.7 * (1 - t) ** 1.6)
            x_far = vx + side * w * (0.08 + 0.7 * max(0.0, 0.9 - t) ** 1.6)
            height = h * (0.1 + 0.5 * (1 - t) ** 1.4) * rng.uniform(0.8, 1.2) * (0.45 if lane else 1)
            color = rng.choice([(230, 210, 170), (200, 190, 180), (240, 230, 210), (180, 200, 210), (225, 190, 150)])
            x0, x1 = sorted([x_near, x_far])
            _building(
                draw,
                x0,
                x1,
                horizon - height,
                horizon + (h - horizon) * (1 - t) * 0.25,
                _shade(color, 0.8 + 0.2 * t),
                rng,
                lit=0.05,
            )
            if lane:
                fx = x0 if side > 0 else x1
                draw.line([(fx, horizon - height), (fx, horizon - height - height * 0.35)], fill=(90, 90, 90), width=2)
                fx0, fx1 = sorted([fx, fx + side * height * 0.22])
                draw.rectangle(
                    [fx0, horizon - height - height * 0.35, fx1, horizon - height - height * 0.22], fill=(218, 37, 29)
                )
    if lane:
        draw.polygon([(vx - 10, horizon), (vx + 10, horizon), (w * 0.85, h), (w * 0.15, h)], fill=(190, 185, 175))
        for _ in range(8):
            t = rng.uniform(0.2, 1)
            _person(
                draw,
                vx + rng.uniform(-0.5, 0.5) * w * 0.35 * t,
                horizon + (h - horizon) * t,
                h * 0.3 * t,
                rng.choice([(50, 60, 90), (180, 60, 50), (225, 225, 220)]),
                rng,
            )
        return horizon, 0.25
    _road_perspective(draw, w, h, horizon, vx, (95, 98, 102))
    draw.polygon([(0, h * 0.62), (vx - 10, horizon), (vx - 40, horizon), (0, h * 0.55)], fill=(170, 165, 155))
    for k in range(7):
        t = (k + 1) / 8
        _tree(draw, vx - w * 0.6 * t**1.2, horizon + (h - horizon) * t * 0.35, h * 0.5 * t, (50, 120, 60), rng)
    for _ in range(14):
        t = rng.uniform(0.1, 1)
        y = horizon + (h - horizon) * t**1.5
        x = vx + rng.uniform(-0.8, 0.8) * (w * 0.45 * t**1.5)
        s = h * 0.12 * t**1.5
        draw.ellipse([x - s * 0.45, y - s * 0.25, x - s * 0.15, y + s * 0.05], fill=(25, 25, 25))
        draw.ellipse([x + s * 0.15, y - s * 0.25, x + s * 0.45, y + s * 0.05], fill=(25, 25, 25))
        draw.rectangle(
            [x - s * 0.35, y - s * 0.45, x + s * 0.35, y - s * 0.15],
            fill=rng.choice([(180, 30, 30), (30, 60, 140), (200, 200, 200)]),
        )
        _person(draw, x, y - s * 0.2, s * 1.1, rng.choice([(40, 40, 60), (200, 60, 60), (230, 230, 230)]), rng)
    return horizon, 0.2


def scene_alley(img, draw, rng, top, bottom, accent):
    """A clean residential lane: low houses with flags, trees, neighbours walking."""
    return scene_street(img, draw, rng, top, bottom, accent, lane=True)


def scene_river(img, draw, rng, top, bottom, accent):
    """The Hậu river: a far bank with palms, a tourist pier, boats and reflections."""
    w, h = img.size
    horizon = h * rng.uniform(0.42, 0.5)
    draw.rectangle([0, horizon, w, h], fill=_mix(bottom, accent, 0.6))
    for k in range(40):
        y = horizon + (h - horizon) * (k / 40) ** 1.5
        draw.line([(0, y), (w, y)], fill=_mix(_shade(accent, 0.9), bottom, rng.uniform(0.1, 0.5)), width=1 + k // 8)
    draw.rectangle([0, horizon - h * 0.04, w, horizon], fill=(60, 90, 60))
    x = 0
    while x < w:
        _palm(draw, x, horizon - h * 0.02, h * rng.uniform(0.08, 0.16), rng)
        x += rng.uniform(30, 90)
    draw.rectangle([w * 0.55, horizon + h * 0.08, w * 1.0, horizon + h * 0.12], fill=(110, 90, 70))
    for k in range(7):
        draw.line(
            [(w * (0.57 + k * 0.07), horizon + h * 0.12), (w * (0.57 + k * 0.07), horizon + h * 0.2)],
            fill=(80, 60, 45),
            width=6,
        )
    for _ in range(rng.randint(3, 6)):
        t = rng.uniform(0.15, 0.9)
        length = w * (0.05 + 0.2 * t)
        y = horizon + (h - horizon) * t
        x = rng.uniform(-0.05, 0.85) * w
        _boat(draw, x, y, length, rng.choice([(150, 70, 40), (40, 90, 150), (200, 200, 190), (120, 40, 30)]), rng)
        draw.line(
            [(x + length * 0.1, y + length * 0.2), (x + length * 0.9, y + length * 0.2)],
            fill=_shade(accent, 0.6),
            width=3,
        )
        for p in range(rng.randint(0, 3)):
            _person(draw, x + length * (0.35 + p * 0.12), y - length * 0.02, length * 0.14, (40, 40, 50), rng, hat=True)
    return horizon, 0.3


def scene_market(img, draw, rng, top, bottom, accent):
    """A floating market at dawn: many boats with poles carrying their goods."""
    scene_river(img, draw, rng, top, bottom, accent)
    w, h = img.size
    for _ in range(16):
        t = rng.uniform(0.1, 1)
        x, y = rng.uniform(0, w), h * 0.5 + h * 0.5 * t
        length = w * (0.04 + 0.16 * t)
        _boat(
            draw, x, y, length, rng.choice([(130, 80, 40), (90, 60, 40), (60, 90, 120)]), rng, roof=rng.random() < 0.5
        )
        draw.line([(x + length * 0.5, y), (x + length * 0.5, y - length * 0.6)], fill=(70, 50, 30), width=3)
        for k in range(3):
            cx, cy = x + length * 0.5, y - length * (0.45 + k * 0.05)
            r = length * 0.05
            draw.ellipse(
                [cx - r, cy - r, cx + r, cy + r],
                fill=rng.choice([(230, 140, 40), (90, 160, 60), (200, 40, 40), (240, 210, 80)]),
            )
        for p in range(2):
            _person(draw, x + length * (0.2 + p * 0.45), y, length * 0.2, (50, 45, 50), rng, hat=True)
    return h * 0.5, 0.8


def scene_bridge(img, draw, rng, top, bottom, accent):
    """A cable-stayed bridge over wide water, the city far behind."""
    w, h = img.size
    horizon = h * 0.62
    x = 0
    while x < w:
        bw = rng.uniform(20, 60)
        draw.rectangle([x, horizon - rng.uniform(10, 70), x + bw, horizon], fill=_mix(_shade(top, 1.1), bottom, 0.55))
        x += bw + rng.uniform(2, 10)
    draw.rectangle([0, horizon, w, h], fill=_mix(accent, bottom, 0.3))
    for k in range(30):
        y = horizon + (h - horizon) * (k / 30) ** 1.4
        draw.line([(0, y), (w, y)], fill=_mix(accent, (255, 255, 255), rng.uniform(0.05, 0.3)), width=2)
    deck = h * 0.52
    draw.polygon([(0, deck + 30), (w, deck - 20), (w, deck - 4), (0, deck + 50)], fill=(235, 235, 232))
    for px in (w * 0.3, w * 0.7):
        base = deck + 30 - 50 * px / w
        draw.polygon(
            [(px - 20, base + 150), (px + 20, base + 150), (px + 7, h * 0.1), (px - 7, h * 0.1)], fill=(244, 244, 240)
        )
        for k in range(1, 12):
            for side in (-1, 1):
                draw.line(
                    [(px, h * 0.14 + k * 9), (px + side * k * 46, base - side * k * 46 * 50 / w)],
                    fill=(250, 250, 250),
                    width=2,
                )
    return horizon, 0.1


def scene_city(img, draw, rng, top, bottom, accent):
    """A riverside skyline at dusk: lit windows and their reflections."""
    w, h = img.size
    horizon = h * 0.66
    x = -20
    while x < w:
        bw, bh = rng.uniform(60, 170), rng.uniform(h * 0.15, h * 0.55)
        color = _shade(_mix(top, (20, 20, 30), 0.6), rng.uniform(0.8, 1.3))
        _building(draw, x, x + bw, horizon - bh, horizon, color, rng, lit=0.5, window=_shade(color, 0.8))
        x += bw + rng.uniform(2, 20)
    draw.rectangle([0, horizon, w, h], fill=_shade(accent, 0.45))
    reflection = img.crop((0, int(horizon - (h - horizon)), w, int(horizon))).transpose(Image.FLIP_TOP_BOTTOM)
    reflection = reflection.filter(ImageFilter.GaussianBlur(6))
    img.paste(Image.blend(reflection, Image.new("RGB", reflection.size, _shade(accent, 0.45)), 0.55), (0, int(horizon)))
    draw.line([(0, horizon), (w, horizon)], fill=(230, 200, 140), width=3)
    return horizon, 0.3


def scene_fields(img, draw, rng, top, bottom, accent):
    """Rice fields to the horizon, dikes in perspective, farmers in conical hats."""
    w, h = img.size
    horizon = h * rng.uniform(0.36, 0.44)
    x = 0
    while x < w:
        _palm(draw, x, horizon, h * rng.uniform(0.04, 0.09), rng)
        x += rng.uniform(20, 120)
    green = _mix((90, 160, 50), accent, 0.25)
    draw.rectangle([0, horizon, w, h], fill=green)
    vx = w * rng.uniform(0.3, 0.7)
    for k in range(-12, 13):
        draw.line([(vx + k * 12, horizon), (vx + k * w * 0.18, h)], fill=_shade(green, 0.78), width=3)
    for k in range(14):
        y = horizon + (h - horizon) * (k / 14) ** 1.8
        draw.line([(0, y), (w, y)], fill=_shade(green, 1.15 if k % 2 else 0.85), width=1 + k // 3)
    for _ in range(rng.randint(3, 7)):
        t = rng.uniform(0.15, 0.85)
        _person(
            draw, rng.uniform(0.05, 0.95) * w, horizon + (h - horizon) * t, h * 0.3 * t, (60, 60, 70), rng, hat=True
        )
    return horizon, 0.5


def scene_orchard(img, draw, rng, top, bottom, accent):
    """Fruit trees in rows along a canal, heavy with fruit."""
    w, h = img.size
    horizon = h * 0.42
    draw.rectangle([0, horizon, w, h], fill=(80, 130, 55))
    draw.polygon([(w * 0.46, horizon), (w * 0.54, horizon), (w * 0.8, h), (w * 0.2, h)], fill=_mix(accent, bottom, 0.4))
    for row in range(7):
        t = (7 - row) / 7
        for side in (-1, 1):
            x = w * 0.5 + side * w * (0.06 + 0.45 * t)
            y = horizon + (h - horizon) * t
            _tree(draw, x, y, h * 0.55 * t + 20, (50, 110, 45), rng)
            for _ in range(int(6 * t) + 1):
                fx, fy = x + rng.uniform(-0.15, 0.15) * h * t, y - h * 0.4 * t * rng.uniform(0.6, 1)
                r = 3 + 8 * t
                draw.ellipse([fx - r, fy - r, fx + r, fy + r], fill=rng.choice([(240, 170, 30), (220, 60, 40)]))
    return horizon, 0.5


def scene_classroom(img, draw, rng, top, bottom, accent):
    """A classroom from the back: a green board (blank), windows, desks, pupils in white."""
    w, h = img.size
    draw.rectangle([0, 0, w, h], fill=_shade(bottom, 0.95))
    draw.rectangle([w * 0.22, h * 0.12, w * 0.78, h * 0.4], fill=(30, 80, 60))
    draw.rectangle([w * 0.21, h * 0.11, w * 0.79, h * 0.13], fill=(140, 100, 60))
    draw.rectangle([w * 0.47, h * 0.02, w * 0.53, h * 0.08], fill=(200, 30, 30))
    for k in range(3):
        draw.rectangle(
            [w * 0.86, h * (0.1 + k * 0.18), w * 0.98, h * (0.24 + k * 0.18)], fill=_mix(top, (255, 255, 255), 0.6)
        )
    draw.rectangle([0, h * 0.46, w, h], fill=(190, 170, 140))
    _person(draw, w * 0.3, h * 0.5, h * 0.32, (40, 60, 110), rng)
    for row in range(5):
        t = (row + 1) / 5
        y = h * (0.5 + 0.5 * t**1.2)
        for col in range(4):
            cx = w * 0.5 + (col - 1.5) * w * (0.13 + 0.13 * t)
            dw = w * (0.05 + 0.08 * t)
            draw.rectangle([cx - dw, y - h * 0.01, cx + dw, y + h * 0.03 * t + 4], fill=(150, 100, 60))
            for s in (-0.5, 0.5):
                _seated(draw, cx + s * dw, y - h * 0.015, h * 0.018 * (1 + 1.6 * t), (245, 245, 245))
    return h * 0.46, 0.3


def scene_counter(img, draw, rng, top, bottom, accent):
    """A public service centre: a row of counters, staff behind, citizens waiting."""
    w, h = img.size
    draw.rectangle([0, 0, w, h], fill=_mix(bottom, (255, 255, 255), 0.4))
    for k in range(12):  # ceiling lights in perspective
        t = k / 11
        draw.ellipse(
            [w * (0.1 + 0.8 * t) - 30, h * 0.05 - 6, w * (0.1 + 0.8 * t) + 30, h * 0.05 + 6], fill=(255, 255, 240)
        )
    draw.rectangle([0, h * 0.3, w, h * 0.52], fill=_shade(accent, 1.0))
    for k in range(7):
        x = w * (0.04 + k * 0.14)
        draw.rectangle([x, h * 0.33, x + w * 0.11, h * 0.47], fill=(245, 245, 240))
        draw.rectangle([x + w * 0.035, h * 0.34, x + w * 0.075, h * 0.37], fill=(30, 110, 200))
        _seated(draw, x + w * 0.055, h * 0.44, h * 0.02, (40, 70, 140))
    draw.rectangle([0, h * 0.47, w, h * 0.55], fill=(200, 200, 196))
    draw.rectangle([0, h * 0.55, w, h], fill=(210, 205, 195))
    for row in range(3):
        y = h * (0.7 + row * 0.13)
        for col in range(8 - row):
            draw.rectangle(
                [w * (0.08 + col * 0.12), y, w * (0.08 + col * 0.12) + w * 0.1, y + h * 0.02], fill=(70, 90, 120)
            )
            if rng.random() < 0.7:
                _seated(
                    draw,
                    w * (0.13 + col * 0.12),
                    y,
                    h * (0.02 + row * 0.006),
                    rng.choice([(60, 60, 70), (220, 220, 215), (160, 50, 50)]),
                )
    for _ in range(4):
        _person(
            draw,
            rng.uniform(0.1, 0.9) * w,
            h * rng.uniform(0.6, 0.66),
            h * 0.26,
            rng.choice([(40, 50, 70), (230, 230, 225)]),
            rng,
        )
    return h * 0.3, 0.2


def scene_building(img, draw, rng, top, bottom, accent):
    """A public building (ward office, cultural house): a yellow façade, a flag on its
    pole, a forecourt with trees."""
    w, h = img.size
    ground = h * 0.72
    draw.rectangle([0, ground, w, h], fill=(170, 165, 150))
    x0, x1 = w * rng.uniform(0.15, 0.25), w * rng.uniform(0.75, 0.85)
    draw.rectangle([x0, h * 0.3, x1, ground], fill=(242, 214, 130))
    draw.polygon([(x0 - 30, h * 0.31), ((x0 + x1) / 2, h * 0.16), (x1 + 30, h * 0.31)], fill=(170, 70, 50))
    for k in range(9):
        x = x0 + (x1 - x0) * (0.06 + k * 0.105)
        draw.rectangle([x, h * 0.36, x + (x1 - x0) * 0.06, h * 0.46], fill=(110, 140, 170))
        draw.rectangle([x, h * 0.52, x + (x1 - x0) * 0.06, h * 0.64], fill=(110, 140, 170))
    for k in range(6):
        x = x0 + (x1 - x0) * (0.3 + k * 0.08)
        draw.rectangle([x, h * 0.48, x + 12, ground], fill=(250, 240, 210))
    draw.line([(w * 0.5, ground + h * 0.12), (w * 0.5, h * 0.04)], fill=(120, 120, 120), width=6)
    draw.polygon(
        [(w * 0.5, h * 0.04), (w * 0.58, h * 0.055), (w * 0.575, h * 0.1), (w * 0.5, h * 0.1)], fill=(218, 37, 29)
    )
    _star(draw, w * 0.537, h * 0.072, h * 0.014, (255, 221, 0))
    for k in range(5):
        _tree(
            draw, w * (0.05 + k * 0.22) + rng.uniform(-20, 20), h * 0.9, h * rng.uniform(0.28, 0.4), (55, 125, 60), rng
        )
    for _ in range(4):
        _person(
            draw,
            rng.uniform(0.3, 0.7) * w,
            h * rng.uniform(0.78, 0.86),
            h * 0.16,
            rng.choice([(40, 50, 80), (230, 230, 225)]),
            rng,
        )
    return ground, 0.2


def scene_construction(img, draw, rng, top, bottom, accent):
    """A building site: a tower crane, a concrete frame, workers in hard hats."""
    w, h = img.size
    ground = h * 0.72
    draw.rectangle([0, ground, w, h], fill=(150, 120, 90))
    fx0, fx1 = w * 0.35, w * 0.75
    floors = rng.randint(6, 9)
    for k in range(floors + 1):
        y = ground - k * (ground - h * 0.2) / floors
        draw.rectangle([fx0, y - 10, fx1, y], fill=(175, 175, 170))
    for k in range(6):
        x = fx0 + (fx1 - fx0) * k / 5
        draw.rectangle([x - 6, h * 0.2, x + 6, ground], fill=(165, 165, 160))
    cx = w * 0.2
    for y in range(int(h * 0.08), int(ground), 28):
        draw.rectangle([cx - 14, y, cx + 14, y + 26], outline=(230, 180, 30), width=4)
        draw.line([(cx - 14, y), (cx + 14, y + 26)], fill=(230, 180, 30), width=3)
    draw.rectangle([cx - 120, h * 0.06, w * 0.9, h * 0.085], fill=(230, 180, 30))
    draw.line([(w * 0.7, h * 0.085), (w * 0.7, h * 0.4)], fill=(60, 60, 60), width=2)
    draw.rectangle([w * 0.68, h * 0.4, w * 0.72, h * 0.43], fill=(120, 90, 50))
    for _ in range(6):
        x, y = rng.uniform(0.05, 0.95) * w, h * rng.uniform(0.76, 0.95)
        _person(draw, x, y, h * 0.18, (240, 120, 30), rng)
        draw.ellipse([x - h * 0.014, y - h * 0.19, x + h * 0.014, y - h * 0.165], fill=(250, 220, 40))
    return ground, 0.3


def scene_festival(img, draw, rng, top, bottom, accent):
    """A square on a festival day: strings of flags, lanterns, a dense crowd."""
    w, h = img.size
    horizon = h * 0.55
    _building(draw, w * 0.1, w * 0.9, h * 0.25, horizon, (240, 220, 170), rng)
    draw.rectangle([0, horizon, w, h], fill=(160, 150, 140))
    for row in range(3):
        y0 = h * (0.08 + row * 0.1)
        points = [(x, y0 + 40 * math.sin(x / w * math.pi)) for x in range(0, w + 40, 40)]
        draw.line(points, fill=(80, 50, 30), width=2)
        for i, (x, y) in enumerate(points[:-1]):
            color = (218, 37, 29) if (i + row) % 2 else (255, 205, 0)
            draw.polygon([(x, y), (x + 40, y), (x + 20, y + 34)], fill=color)
    for _ in range(8):
        x, y = rng.uniform(0.05, 0.95) * w, h * rng.uniform(0.35, 0.45)
        draw.ellipse([x - 22, y - 30, x + 22, y + 30], fill=(230, 60, 40))
    for row in range(12):
        t = (row + 1) / 12
        y = horizon + (h - horizon) * t**1.1
        for _ in range(int(30 - row)):
            _person(
                draw,
                rng.uniform(-0.02, 1.02) * w,
                y,
                h * 0.4 * t,
                rng.choice([(218, 37, 29), (245, 245, 245), (40, 50, 80), (250, 200, 40), (60, 60, 60)]),
                rng,
            )
    return horizon, 0.6


def scene_parade(img, draw, rng, top, bottom, accent):
    """Militia or police in formation on a parade ground, a flag at the head."""
    w, h = img.size
    horizon = h * 0.45
    draw.rectangle([0, horizon, w, h], fill=(150, 150, 140))
    for k in range(6):
        _tree(draw, w * (0.05 + k * 0.19), horizon, h * 0.22, (50, 110, 55), rng)
    uniform = rng.choice([(70, 95, 55), (40, 70, 40), (60, 80, 110)])
    for row in range(8):
        t = (row + 1) / 8
        y = horizon + (h - horizon) * t**1.3
        n = 12
        for col in range(n):
            x = w * 0.5 + (col - (n - 1) / 2) * w * (0.03 + 0.05 * t)
            _person(draw, x, y, h * 0.36 * t, _shade(uniform, rng.uniform(0.9, 1.05)), rng)
            draw.ellipse(
                [x - h * 0.03 * t, y - h * 0.37 * t, x + h * 0.03 * t, y - h * 0.33 * t], fill=_shade(uniform, 0.8)
            )
    draw.line([(w * 0.2, h * 0.95), (w * 0.2, h * 0.35)], fill=(120, 100, 60), width=6)
    draw.polygon(
        [(w * 0.2, h * 0.35), (w * 0.32, h * 0.38), (w * 0.31, h * 0.46), (w * 0.2, h * 0.44)], fill=(218, 37, 29)
    )
    _star(draw, w * 0.255, h * 0.405, h * 0.02, (255, 221, 0))
    return horizon, 0.2


def scene_volunteers(img, draw, rng, top, bottom, accent):
    """Young volunteers in blue shirts cleaning a street lined with trees."""
    w, h = img.size
    horizon, vx = h * 0.45, w * 0.6
    draw.rectangle([0, horizon, w, h], fill=(120, 160, 90))
    _road_perspective(draw, w, h, horizon, vx, (120, 120, 118), line=(235, 235, 200))
    for k in range(9):
        t = (k + 1) / 9
        for side in (-1, 1):
            _tree(
                draw, vx + side * w * 0.55 * t**1.3, horizon + (h - horizon) * t * 0.4, h * 0.55 * t, (60, 130, 55), rng
            )
    shirt = rng.choice([(40, 120, 200), (30, 150, 90)])
    for _ in range(10):
        t = rng.uniform(0.3, 1)
        x = vx + rng.uniform(-0.7, 0.5) * w * t
        y = horizon + (h - horizon) * t
        _person(draw, x, y, h * 0.4 * t, shirt, rng)
        draw.line(
            [(x + h * 0.04 * t, y - h * 0.2 * t), (x + h * 0.1 * t, y)], fill=(120, 90, 40), width=max(2, int(5 * t))
        )
    return horizon, 0.2


def _star(draw, cx, cy, r, color):
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=color)


SCENES = {
    "hall": scene_hall,
    "meeting": scene_meeting,
    "street": scene_street,
    "alley": scene_alley,
    "river": scene_river,
    "market": scene_market,
    "bridge": scene_bridge,
    "city": scene_city,
    "fields": scene_fields,
    "orchard": scene_orchard,
    "classroom": scene_classroom,
    "counter": scene_counter,
    "building": scene_building,
    "construction": scene_construction,
    "festival": scene_festival,
    "parade": scene_parade,
    "volunteers": scene_volunteers,
}
# The older motif names (exemplars.yaml) keep working.
ALIASES = {"school": "building", "shield": "parade"}


def draw_photo(motif, top, bottom, accent, seed=0, quality=80):
    """A 1600×1000 photo-like JPEG of `motif` (SCENES): sky from `top` to `bottom`, the
    scene's main colour `accent`; `seed` varies the details. Returns a BytesIO."""
    rng = random.Random(seed)
    scene = SCENES[ALIASES.get(motif, motif)]
    top, bottom, accent = tuple(top), tuple(bottom), tuple(accent)
    img = _vertical(SIZE, top, bottom)
    draw = ImageDraw.Draw(img)
    # A sun or a bright patch of sky, somewhere above the horizon.
    sx, sy = rng.uniform(0.1, 0.9) * SIZE[0], rng.uniform(0.05, 0.25) * SIZE[1]
    glow = Image.radial_gradient("L").resize((900, 900)).point(lambda v: max(0, 200 - v))
    img.paste(Image.new("RGB", glow.size, (255, 240, 200)), (int(sx - 450), int(sy - 450)), glow)
    horizon, warm = scene(img, draw, rng, top, bottom, accent)
    picture = _finish(img, rng, horizon, warm=warm, haze=_mix(bottom, (255, 255, 255), 0.5))
    buffer = BytesIO()
    picture.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    buffer.seek(0)
    return buffer


def contact_sheet(path, cells=None):
    """Every scene side by side (for looking at them: `python -c "from cms.demo.photos
    import contact_sheet; contact_sheet('/tmp/scenes.jpg')"`)."""
    names = cells or list(SCENES)
    sheet = Image.new("RGB", (400 * 4, 250 * math.ceil(len(names) / 4)), "white")
    for i, name in enumerate(names):
        photo = Image.open(draw_photo(name, (70, 130, 200), (215, 230, 245), (60, 110, 150), seed=i)).resize((400, 250))
        sheet.paste(photo, (400 * (i % 4), 250 * (i // 4)))
    sheet.save(path, quality=85)
