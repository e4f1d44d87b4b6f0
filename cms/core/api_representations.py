"""What the headless API (Wagtail API v2, /api/v2/) says about images, documents, rich
text and StreamField bodies, in one place (issue 13), so a front-end can render a page
without a second call per image or document:

- an image: alt text, caption, credit, size, renditions at several widths in WebP plus
  a JPEG/PNG fallback, a ready `srcset` and `src` (`image_representation`);
- a document: title, URL, size in bytes, type (`document_representation`);
- rich text: Wagtail's internal `<a linktype="page|document" id=…>` and embeds expanded
  to real HTML with Wagtail's own `expand_db_html` (`rich_text_representation`);
- a StreamField: every block through the above (`stream_representation`), blocks
  listing pages (OutletListBlock) with the same items their template shows.

The HTML templates do not use any of this: they keep rendering the blocks themselves.

Cost: `prepare_pages(pages, request)` is called by the API views with the pages of a
listing (or the one page of a detail answer) before they are serialised. It converts
the StreamFields of all pages at once (one query per chooser type for the whole
listing, where Wagtail's StreamValue makes one per page), reads the renditions of
every image in one query and makes the missing ones in bulk (once per image, ever),
and expands all rich text in one `expand_db_html` call (one query per link type).
"""

import os
import uuid

from rest_framework import serializers
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.exceptions import EmbedException
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, SourceImageIOError
from wagtail.rich_text import RichText, expand_db_html

# Widths of the WebP renditions (a phone, a tablet or the article column, a wide screen)
# and of the fallback for browsers without WebP. Wagtail's width-N never enlarges: a
# small image gives fewer distinct widths.
RENDITION_WIDTHS = (480, 800, 1200)
FALLBACK_WIDTH = 1200


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None and url else url


def api_page_url(page, context):
    """A page's address for the API: absolute, from the request's host."""
    if page is None:
        return None
    request = (context or {}).get("request")
    url = page.get_url(request)
    return request.build_absolute_uri(url) if request is not None and url else url


def _fallback_format(image):
    extension = os.path.splitext(image.file.name)[1].lower()
    return "png" if extension in (".png", ".gif") else "jpeg"


def rendition_specs(image):
    """The filter specs of an image's renditions in the API: WebP at each width, then the fallback."""
    webp = [f"width-{width}|format-webp" for width in RENDITION_WIDTHS]
    return [*webp, f"width-{FALLBACK_WIDTH}|format-{_fallback_format(image)}"]


def _format_of(rendition):
    extension = os.path.splitext(rendition.file.name)[1].lower().lstrip(".")
    return "jpeg" if extension == "jpg" else extension


def image_representation(image, request=None, caption="", credit="", alt=None):
    """An image as the API gives it. `None` for no image."""
    if image is None:
        return None
    data = {
        "id": image.pk,
        "title": image.title,
        "alt": alt if alt is not None else image.default_alt_text,
        "caption": caption or "",
        "credit": credit or "",
        "width": image.width,
        "height": image.height,
        "renditions": [],
        "srcset": "",
        "src": None,
    }
    try:
        renditions = image.get_renditions(*rendition_specs(image))
    except SourceImageIOError:  # the original file is missing: the text stays usable
        data["error"] = "SourceImageIOError"
        return data
    specs = list(renditions)
    for spec in specs:
        rendition = renditions[spec]
        data["renditions"].append(
            {
                "url": _absolute(request, rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "format": _format_of(rendition),
            }
        )
    webp, fallback = data["renditions"][:-1], data["renditions"][-1]
    seen, srcset = set(), []
    for item in webp:  # a small image gives the same width twice: once in srcset
        if item["width"] not in seen:
            seen.add(item["width"])
            srcset.append(f"{item['url']} {item['width']}w")
    data["srcset"] = ", ".join(srcset)
    data["src"] = fallback["url"]
    return data


def document_representation(document, request=None, title=""):
    """A document as the API gives it. `None` for no document."""
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": title or document.title,
        "url": _absolute(request, document.url),
        "size": document.get_file_size(),
        "type": document.file_extension.lower(),
        "content_type": document.content_type,
    }


# ---------------------------------------------------------------- rich text

_SPLIT = f"<!--toasoan-{uuid.uuid4().hex}-->"


def _rich_text_cache(request):
    if request is None:
        return {}
    if not hasattr(request, "_api_rich_text"):
        request._api_rich_text = {}
    return request._api_rich_text


def rich_text_representation(source, context=None):
    """Rich text with internal links and embeds expanded (Wagtail's expand_db_html), unless
    the client asked for another of Wagtail's formats with `?rich_text_format=`."""
    if source is None:
        return None
    source = source.source if isinstance(source, RichText) else str(source)
    fmt = (context or {}).get("_wagtail_rich_text_format")
    if fmt not in (None, "html"):
        from wagtail.api.rich_text import APIRichText

        return APIRichText.serialize(source, format=fmt)
    cache = _rich_text_cache((context or {}).get("request"))
    if source not in cache:
        cache[source] = expand_db_html(source)
    return cache[source]


def expand_rich_texts(sources, request):
    """Expands many rich texts in one expand_db_html call: its rewriter looks up each
    link type's targets in one query for the whole text, so joining the texts with a
    comment (which it leaves alone) makes one query per link type for a listing."""
    cache = _rich_text_cache(request)
    todo = list(dict.fromkeys(source for source in sources if source and source not in cache))
    if not todo:
        return
    if not any("linktype=" in source or "embedtype=" in source for source in todo):
        cache.update((source, source) for source in todo)
        return
    expanded = expand_db_html(_SPLIT.join(todo)).split(_SPLIT)
    if len(expanded) == len(todo):
        cache.update(zip(todo, expanded, strict=True))


# ---------------------------------------------------------------- StreamField


def stream_representation(stream_block, value, context=None):
    """A StreamField as a list of {"type", "value", "id"}, each value through block_representation."""
    page = getattr(value, "_api_page", None)
    if page is not None:  # the page the field belongs to (prepare_pages), for OutletListBlock
        context = {**(context or {}), "page": page}
    return [
        {
            "type": child.block.name,
            "value": block_representation(child.block, child.value, context),
            "id": child.id,
        }
        for child in value
    ]


def block_representation(block, value, context=None):
    """The API value of one block: the project's blocks say it themselves
    (`api_representation`), Wagtail's blocks that hold references are expanded here,
    the rest as Wagtail gives them."""
    own = getattr(block, "api_representation", None)
    if own is not None:
        return own(value, context)
    request = (context or {}).get("request")
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_representation(value, context)
    if isinstance(block, DocumentChooserBlock):
        return document_representation(value, request)
    if isinstance(block, blocks.ChooserBlock) and isinstance(value, AbstractImage):
        return image_representation(value, request)
    if isinstance(block, EmbedBlock):
        return embed_representation(value)
    if isinstance(block, blocks.StreamBlock):
        return stream_representation(block, value, context)
    if isinstance(block, blocks.StructBlock):
        return {name: block_representation(block.child_blocks[name], val, context) for name, val in value.items()}
    if isinstance(block, blocks.ListBlock):
        return [block_representation(block.child_block, item, context) for item in value]
    return block.get_api_representation(value, context)


def embed_representation(value):
    if value is None:
        return None
    url = value.url if isinstance(value, EmbedValue) else str(value)
    try:
        html = value.html if isinstance(value, EmbedValue) else None
    except EmbedException:  # the provider does not answer: the front-end links to the URL
        html = None
    return {"url": url, "html": html or None}


class ApiStreamBlockMixin:
    """For the project's StreamBlocks: the API gives rendered-ready values (this module)."""

    def get_api_representation(self, value, context=None):
        return stream_representation(self, value, context)


# ---------------------------------------------------------------- preparing a listing


def _walk(value, images, documents, rich_texts):
    if isinstance(value, AbstractImage):
        images.append(value)
    elif isinstance(value, RichText):
        rich_texts.append(value.source)
    elif hasattr(value, "file_extension") and hasattr(value, "file"):
        documents.append(value)
    elif isinstance(value, blocks.StructValue | dict):
        for item in value.values():
            _walk(item, images, documents, rich_texts)
    elif isinstance(value, blocks.StreamValue):
        for child in value:
            _walk(child.value, images, documents, rich_texts)
    elif isinstance(value, list | tuple | blocks.list_block.ListValue):
        for item in value:
            _walk(item, images, documents, rich_texts)


def prefetch_streams(stream_values):
    """Converts the raw blocks of many StreamValues with one bulk_to_python per block type
    (Wagtail's StreamValue does this per stream: one query per page and chooser type)."""
    by_type = {}
    for stream in stream_values:
        raw = getattr(stream, "_raw_data", None)
        bound = getattr(stream, "_bound_blocks", None)
        if raw is None or bound is None:
            continue
        for index, item in enumerate(raw):
            if bound[index] is None and item.get("type") in stream.stream_block.child_blocks:
                # Blocks are not hashable: keyed by the block's identity.
                key = (id(stream.stream_block), item["type"])
                by_type.setdefault(key, (stream.stream_block.child_blocks[item["type"]], []))[1].append((stream, index))
    for child_block, places in by_type.values():
        converted = child_block.bulk_to_python([stream._raw_data[index]["value"] for stream, index in places])
        for (stream, index), value in zip(places, converted, strict=True):
            stream._bound_blocks[index] = blocks.StreamValue.StreamChild(
                child_block, value, id=stream._raw_data[index].get("id")
            )


def prefetch_renditions(images):
    """The API renditions of these images in one query, kept on each image (Wagtail's
    prefetched_renditions), so get_renditions() makes only the missing ones."""
    images = [image for image in images if image is not None and getattr(image, "pk", None)]
    todo = [image for image in images if getattr(image, "prefetched_renditions", None) is None]
    if not todo:
        return
    todo = [image for image in todo if "renditions" not in getattr(image, "_prefetched_objects_cache", {})]
    if not todo:
        return
    Rendition = get_image_model().get_rendition_model()
    found = {}
    # All of them, not only the API's specs: the pages' other rendition fields
    # (ImageRenditionField, e.g. the article's hero_image_rendition) read them too.
    for rendition in Rendition.objects.filter(image_id__in={image.pk for image in todo}):
        found.setdefault(rendition.image_id, []).append(rendition)
    for image in todo:
        image.prefetched_renditions = list(found.get(image.pk, []))
        for rendition in image.prefetched_renditions:
            rendition.image = image  # its alt text reads the image: no query per rendition


def prepare_pages(pages, request, extra_images=()):
    """Everything the API representation of these pages' StreamFields reads, in a few
    queries for all of them (see the module's docstring)."""
    streams, images = [], list(extra_images)
    Image = get_image_model()
    for page in pages:
        for field in type(page)._meta.concrete_fields:  # images the page's query already read
            if field.is_relation and field.related_model is Image and field.is_cached(page):
                images.append(getattr(page, field.name))
        for field in type(page)._meta.get_fields():
            if isinstance(field, StreamField):
                stream = getattr(page, field.name)
                stream._api_page = page  # OutletListBlock resolves its outlet from the page
                streams.append(stream)
    prefetch_streams(streams)
    documents, rich_texts = [], []
    for stream in streams:
        _walk(stream, images, documents, rich_texts)
    prefetch_renditions(images)
    expand_rich_texts(rich_texts, request)


# ---------------------------------------------------------------- serializer fields for APIField


class ImageRepresentationField(serializers.Field):
    """An image field of a page as image_representation. With source="*" and
    `caption`/`credit` naming the page's fields, those come with it (the article's hero)."""

    def __init__(self, *args, caption=None, credit=None, image=None, **kwargs):
        self.caption_field, self.credit_field, self.image_field = caption, credit, image
        kwargs.setdefault("read_only", True)
        super().__init__(*args, **kwargs)

    def to_representation(self, value):
        request = self.context.get("request")
        if self.image_field is None:
            return image_representation(value, request)
        return image_representation(
            getattr(value, self.image_field),
            request,
            caption=getattr(value, self.caption_field, "") if self.caption_field else "",
            credit=getattr(value, self.credit_field, "") if self.credit_field else "",
        )
