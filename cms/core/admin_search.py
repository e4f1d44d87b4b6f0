"""The admin's search box (`?q=` on every listing and chooser under /admin/).

A query of 1,000 words made Wagtail's search backend nest one SQL expression per
word until Python's recursion limit (a 500 on the page search, images, documents
and the choosers). Here the query is cut to MAX_SEARCH_WORDS words and
MAX_SEARCH_LENGTH characters before any admin view reads it, and the editor is told
which words were searched; NUL bytes become spaces (PostgreSQL refuses them in
any query, not only searches). The search backend bounds queries too
(cms/search/wagtail_backend.py), for callers that are not views.
"""

from django.contrib import messages
from django.urls import reverse

from .params import MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS, search_words

TOO_LONG = "Từ khóa tìm kiếm dài quá {words} từ hoặc {length} ký tự nên chỉ được tìm theo phần đầu: “{shown}”."


def _is_partial(request):
    """Choosers and the listings' live results are fragments swapped into a page:
    a message there would only show up later, on an unrelated page."""
    path = request.path
    return bool(request.headers.get("x-requested-with")) or "choose" in path or path.endswith("/results/")


class AdminSearchBoundsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._prefix = None

    def __call__(self, request):
        if "q" in request.GET and request.path.startswith(self.prefix):
            self.bound(request)
        return self.get_response(request)

    @property
    def prefix(self):
        if self._prefix is None:
            self._prefix = reverse("wagtailadmin_home")
        return self._prefix

    def bound(self, request):
        raw = request.GET.get("q", "")
        short, cut = search_words(raw)
        if not cut and "\x00" not in raw:
            return
        params = request.GET.copy()
        params["q"] = short if cut else raw.replace("\x00", " ")
        params._mutable = False
        request.GET = params
        if cut and not _is_partial(request):
            shown = short if len(short) <= 80 else short[:80] + "…"
            messages.warning(request, TOO_LONG.format(words=MAX_SEARCH_WORDS, length=MAX_SEARCH_LENGTH, shown=shown))
