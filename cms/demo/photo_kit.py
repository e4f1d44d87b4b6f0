"""Drawing helpers for the demo press photos (photos.py, scenes.py): people, trees,
boats and buildings in perspective, and `finish()`, which makes shapes look photographed."""

import math

from PIL import Image, ImageChops, ImageFilter


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


def finish(picture, rng, horizon, warm=0.0, haze=(255, 255, 255), grain=14, vignette=0.45):
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


def _star(draw, cx, cy, r, color):
    points = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=color)
