"""The indoor and crowd scenes of the demo press photos (photos.py): each draws one kind of picture a city
outlet publishes, in perspective, on a sky already painted, and returns (horizon y, warmth)."""

import math

from .photo_kit import (
    _building,
    _mix,
    _person,
    _road_perspective,
    _seated,
    _shade,
    _star,
    _tree,
)


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


SCENES = {
    "hall": scene_hall,
    "meeting": scene_meeting,
    "classroom": scene_classroom,
    "counter": scene_counter,
    "festival": scene_festival,
    "parade": scene_parade,
    "volunteers": scene_volunteers,
}
