"""The view counter (issue 11): `/dem/<page id>.gif`, a 1×1 image each article asks for.

Article pages are served from the page cache and from shared caches in front of the
server, where no code runs, so the page itself cannot count its readers. The image is
never cached (`Cache-Control: no-store`): every time a browser shows the article, it
asks the server for it, and that request counts the view, with the same rules as
before: robots are not readers, and one reader (address + browser) counts once per
page in PageViews.READ_WINDOW. No JavaScript is needed; a browser that loads no
images is not counted (nor are most robots, which is the point)."""

import base64

from django.apps import apps
from django.http import HttpResponse
from django.views.decorators.http import require_safe

from .models import PageViews

# The smallest transparent GIF (43 bytes).
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")

# Page types whose views are counted ("Đọc nhiều", the dateline's "lượt xem").
COUNTED_MODELS = ("news.ArticlePage",)


def is_counted(page_id):
    """A live page of a counted type (else anyone could make rows for drafts or for
    any number they like)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    models = [apps.get_model(label) for label in COUNTED_MODELS]
    content_types = ContentType.objects.get_for_models(*models).values()  # cached per process
    return Page.objects.filter(pk=page_id, live=True, content_type__in=content_types).exists()


@require_safe
def view_pixel(request, page_id):
    if request.method == "GET" and is_counted(page_id):
        PageViews.record_read(request, page_id)  # robots and repeat reads are not counted there
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
