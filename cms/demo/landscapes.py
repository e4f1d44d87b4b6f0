"""The outdoor scenes of the demo press photos (photos.py): each draws one kind of picture a city
outlet publishes, in perspective, on a sky already painted, and returns (horizon y, warmth)."""

from PIL import Image, ImageFilter

from .photo_kit import (
    _boat,
    _building,
    _mix,
    _palm,
    _person,
    _road_perspective,
    _shade,
    _star,
    _tree,
)


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


SCENES = {
    "street": scene_street,
    "alley": scene_alley,
    "river": scene_river,
    "market": scene_market,
    "bridge": scene_bridge,
    "city": scene_city,
    "fields": scene_fields,
    "orchard": scene_orchard,
    "building": scene_building,
    "construction": scene_construction,
}
