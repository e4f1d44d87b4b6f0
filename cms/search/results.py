"""What /api/search/ adds to a page of hits for a front-end: the picture (renditions and
srcset), the lead, the column and the type's Vietnamese label; and the URL of each
suggestion.

Read in bulk for the whole page of hits — a fixed number of queries (index rows,
pages, their parents, the pictures' ids per type, images with their renditions),
whatever the number of hits — after the backend has answered, so the search itself
(and `make bench-search`, which measures the backends) is unchanged."""

from wagtail.models import Page

from cms.core.api_images import absolute, describe, prefetch
from cms.exemplars.models import ExemplarPage
from cms.news.models import ArticlePage

from .models import SearchEntry

# Thumbnails of a results list: 16:9, as the site's cards, in WebP; JPEG/PNG fallback.
IMAGE_SRCSET = ("fill-320x180|format-webp", "fill-640x360|format-webp")
IMAGE_SRC = "fill-320x180"
# The picture of each indexed type: (model, field).
PICTURES = {"article": (ArticlePage, "hero_image"), "exemplar": (ExemplarPage, "photo")}


def _pictures(hits):
    """{page id: image id} for the hits whose type has a picture: one query per such type."""
    found = {}
    for type_name, (model, field) in PICTURES.items():
        ids = [hit.page_id for hit in hits if hit.type == type_name]
        if ids:
            found.update(
                model.objects.filter(pk__in=ids).exclude(**{f"{field}__isnull": True}).values_list("pk", f"{field}_id")
            )
    return found


def extras(request, hits) -> dict[int, dict]:
    """{page id: {"image", "lead", "column"}} for a page of hits."""
    if not hits:
        return {}
    ids = [hit.page_id for hit in hits]
    leads = dict(SearchEntry.objects.filter(pk__in=ids).values_list("pk", "lead"))
    paths = dict(Page.objects.filter(pk__in=ids).values_list("pk", "path"))
    steplen = Page.steplen
    parents = Page.objects.filter(path__in={path[:-steplen] for path in paths.values() if len(path) > steplen}).in_bulk(
        field_name="path"
    )
    pictures = _pictures(hits)
    images = prefetch(pictures.values(), (*IMAGE_SRCSET, IMAGE_SRC))
    answer = {}
    for pk in ids:
        parent = parents.get(paths.get(pk, "")[:-steplen]) if pk in paths else None
        image = images.get(pictures.get(pk))
        answer[pk] = {
            "lead": leads.get(pk, ""),
            "column": {"id": parent.pk, "title": parent.title, "url": absolute(request, parent.get_url(request))}
            if parent is not None and parent.depth > 2  # not the outlet's home page
            else None,
            "image": describe(request, image, IMAGE_SRCSET, IMAGE_SRC) if image is not None else None,
        }
    return answer


def suggestion_links(titles, site_id=None) -> list[dict]:
    """[{"title", "url", "id"}] for suggested titles: the newest indexed page with that
    title (the backends suggest titles, newest first, without duplicates). One query."""
    if not titles:
        return []
    entries = SearchEntry.objects.filter(title__in=titles)
    if site_id:
        entries = entries.filter(site_id=site_id)
    newest = {}
    for pk, title, url in entries.order_by("-published_at", "-pk").values_list("pk", "title", "url"):
        newest.setdefault(title, (pk, url))
    # A title the embedded index does not hold (yet): still suggested, without a link.
    return [
        {"title": title, "url": newest[title][1] if title in newest else None, "id": newest.get(title, (None,))[0]}
        for title in titles
    ]
