"""No rendition larger than WAGTAILIMAGES_MAX_RENDITION_WIDTH × _HEIGHT.

Wagtail's resize operations are registered again (cms/core/wagtail_hooks.py, after
Wagtail's own) as subclasses that scale their result down to fit. `scale-400` or a
`width-`/`fill-` wider than the cap, from a template, the API or the admin's URL
generator, is made at the cap, keeping its proportions. `original` is the uploaded
file itself, bounded by WAGTAILIMAGES_MAX_IMAGE_PIXELS at upload; the admin shows
its real size from it, so it is left alone.
"""

from django.conf import settings
from wagtail.images import image_operations as ops


def cap_transform(transform):
    width, height = transform.size
    scale = min(
        1.0,
        settings.WAGTAILIMAGES_MAX_RENDITION_WIDTH / width,
        settings.WAGTAILIMAGES_MAX_RENDITION_HEIGHT / height,
    )
    if scale >= 1.0:
        return transform
    return transform.resize((max(1, int(width * scale)), max(1, int(height * scale))))


class CappedMixin:
    def run(self, transform, image):
        return cap_transform(super().run(transform, image))


class CappedFillOperation(CappedMixin, ops.FillOperation):
    pass


class CappedMinMaxOperation(CappedMixin, ops.MinMaxOperation):
    pass


class CappedWidthHeightOperation(CappedMixin, ops.WidthHeightOperation):
    pass


class CappedScaleOperation(CappedMixin, ops.ScaleOperation):
    pass


CAPPED_OPERATIONS = [
    ("fill", CappedFillOperation),
    ("min", CappedMinMaxOperation),
    ("max", CappedMinMaxOperation),
    ("width", CappedWidthHeightOperation),
    ("height", CappedWidthHeightOperation),
    ("scale", CappedScaleOperation),
]
