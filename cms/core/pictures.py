"""The reader site's responsive pictures (issue 12, point 4): one place that says which
renditions each kind of picture has, so the templates, the demo's pre-generation and
the tests agree.

A picture is Wagtail's own `Picture` (the `{% picture %}` tag's object): a <picture>
with one <source> per modern format and a JPEG <img> fallback, each a `srcset` of
widths, `sizes` telling the browser how wide the slot is, and the fallback's width
and height so the page does not jump while it loads.

AVIF costs 0.2–0.6 s of CPU a rendition here (Pillow 12, libavif at its default speed;
WebP 0.1–0.2 s, JPEG 0.01 s): it is kept for the one picture that decides how fast an
article appears (the hero / the lead story, the LCP image), WebP and JPEG elsewhere.
Renditions are made once and kept in the database and on disk; `pregenerate()` makes
them ahead of the first reader (the demo loader calls it; so does publishing).
"""

from wagtail.images.models import Filter, Picture

# kind: (filter spec with Wagtail's {a,b} expansion, sizes)
KINDS = {
    # The article's hero and the lead story: the text column (760 px) on a desktop,
    # the screen's width on a phone.
    "hero": (
        "format-{avif,webp,jpeg} fill-{480x270,800x450,1200x675}",
        "(min-width: 1000px) 760px, calc(100vw - 2rem)",
    ),
    # Cards in lists and grids: at most a third of the container. The hero's own WebP and
    # JPEG widths, so a card costs no rendition of its own.
    "card": (
        "format-{webp,jpeg} fill-{480x270,800x450}",
        "(min-width: 960px) 300px, (min-width: 600px) 45vw, calc(100vw - 2rem)",
    ),
    # Pictures inside an article's body: the text column.
    "body": (
        "format-{webp,jpeg} width-{480,800,1200}",
        "(min-width: 1000px) 760px, calc(100vw - 2rem)",
    ),
}

# The ratios Google asks a NewsArticle's images in (16:9, 4:3, 1:1), at least 1200 px wide
# where the original allows; also the Open Graph picture (16:9).
# The 16:9 one is the hero's own JPEG.
STRUCTURED_DATA_SPECS = ("format-jpeg|fill-1200x675", "format-jpeg|fill-1200x900", "format-jpeg|fill-1200x1200")


# AVIF is not made at the smallest width: a screen that wants 480 px (a phone at 1x) is
# rare, and each AVIF rendition costs as much as three WebP ones.
SKIP = {"format-avif|fill-480x270"}


def filters(kind):
    spec, _sizes = KINDS[kind]
    return [Filter(spec=expanded) for expanded in Filter.expand_spec(spec.split()) if expanded not in SKIP]


def picture(image, kind, alt="", eager=False, **attrs):
    """Wagtail's Picture for `image` as `kind`; the first picture of a page is `eager`
    (loaded at once, with high priority), every other one waits until it is near."""
    _spec, sizes = KINDS[kind]
    attrs = {"alt": alt, "sizes": sizes, **attrs}
    if eager:
        attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
        attrs["decoding"] = "async"
    return Picture(_distinct_widths(image.get_renditions(*filters(kind))), attrs)


def _distinct_widths(renditions):
    """One rendition per format and width: an original smaller than the largest width asked
    for gives it again at its own size, and a srcset may not name a width twice."""
    seen, kept = set(), {}
    for spec, rendition in renditions.items():
        key = (spec.split("|", 1)[0], rendition.width)
        if key not in seen:
            seen.add(key)
            kept[spec] = rendition
    return kept


def pregenerate(image, kinds=("hero", "card"), structured_data=True):
    """Make the renditions a reader's first view would make (one renditions query for
    those that already exist)."""
    specs = [f for kind in kinds for f in filters(kind)]
    if structured_data:
        specs += [Filter(spec=spec) for spec in STRUCTURED_DATA_SPECS]
    return image.get_renditions(*specs)
