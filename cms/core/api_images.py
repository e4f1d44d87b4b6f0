"""Images for JSON answers: a few renditions with their sizes and a ready `srcset`, so a
front-end on another origin neither resizes in the browser nor asks again per image.

Used by /api/v2/outlet/ (the logo) and /api/search/ (a result's picture). URLs are
absolute (the front-end lives on another host). A source file that is missing or
unreadable gives None, never a 500: the answer is still useful without the picture."""

import logging

logger = logging.getLogger(__name__)


def absolute(request, url):
    if not url or request is None or url.startswith(("http://", "https://", "//")):
        return url
    return request.build_absolute_uri(url)


def prefetch(images, specs):
    """Image rows with the renditions of `specs` already read: one query for many images
    (Wagtail's prefetch_renditions), instead of one per image and spec."""
    from wagtail.images import get_image_model

    model = get_image_model()
    ids = {image_id for image_id in images if image_id}
    if not ids:
        return {}
    return model.objects.filter(pk__in=ids).prefetch_renditions(*specs).in_bulk()


def renditions(image, specs):
    """{spec: rendition} for an image, or None if the file cannot be read. SVG images are
    not raster-resized: the original is served for every spec."""
    if image is None:
        return None
    try:
        if image.is_svg():
            original = image.get_rendition("original")
            return dict.fromkeys(specs, original)
        return image.get_renditions(*specs)
    except Exception:  # a missing or corrupt source file (SourceImageIOError, PIL errors)
        logger.warning("Không tạo được ảnh thu nhỏ cho ảnh %s", image.pk, exc_info=True)
        return None


def describe(request, image, srcset_specs, src_spec, *, alt=None):
    """{"alt", "renditions": [{"url", "width", "height", "format"}], "srcset", "src",
    "width", "height"} (width/height: of `src`), or None."""
    made = renditions(image, [*srcset_specs, src_spec])
    if made is None:
        return None
    listed, seen = [], set()
    for spec in srcset_specs:
        rendition = made[spec]
        if rendition.url in seen:
            continue
        seen.add(rendition.url)
        listed.append(
            {
                "url": absolute(request, rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                # As cms/core/api_representations.py (bodies): "jpeg", not "jpg".
                "format": rendition.file.name.rsplit(".", 1)[-1].lower().replace("jpg", "jpeg"),
            }
        )
    src = made[src_spec]
    return {
        "alt": image.default_alt_text if alt is None else alt,
        "renditions": listed,
        "srcset": ", ".join(f"{item['url']} {item['width']}w" for item in listed),
        "src": absolute(request, src.url),
        "width": src.width,
        "height": src.height,
    }
