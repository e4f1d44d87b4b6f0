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

from PIL import Image, ImageDraw

from . import landscapes, scenes
from .photo_kit import _mix, _vertical, finish

SCENES = {**scenes.SCENES, **landscapes.SCENES}
SIZE = (1600, 1000)  # 16:10, a camera-like frame: the 16:9, 4:3 and 1:1 crops all fit

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
    picture = finish(img, rng, horizon, warm=warm, haze=_mix(bottom, (255, 255, 255), 0.5))
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
