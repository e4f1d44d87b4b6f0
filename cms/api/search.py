"""`?search=` of /api/v2/pages/ through the project's Vietnamese-aware search (the one
/api/search/ and /tim-kiem/ use, cms.search.service), instead of Wagtail's stock backend,
which does not fold accents (`?search=dang` found 2 unrelated pages, /api/search/ 58).

How: the search answers the outlet's most relevant pages (at most SEARCH_LIMIT, the
backend's re-ranked candidates) of the requested `type`; the listing is then Wagtail's
own queryset restricted to them, so `child_of`, field filters, `fields`, `limit` and
`offset` and the count work as for any listing. In relevance order, or in `order`'s
when given."""

from django.db.models import Case, IntegerField, When
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page

from cms.core.models import cached_site_for_request
from cms.search import service
from cms.search.documents import SOURCES, load_sources
from cms.search.embedded import CANDIDATES
from cms.search.query import SearchQuery

# The backend re-ranks its first CANDIDATES matches; past them the order is the
# database's rank only. The API lists those; /api/search/ pages through every match.
SEARCH_LIMIT = CANDIDATES


def _search_type(model):
    """The search index's type for a Wagtail page model: "" for every type (Page), None
    for a model the index does not hold."""
    load_sources()
    if model is Page:
        return ""
    for name, (indexed, _function) in SOURCES.items():
        if issubclass(model, indexed):
            return name
    return None


class ProjectSearchFilter:
    """Replaces Wagtail's SearchFilter (same place: last of the filter backends)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError(
                "Không tìm kiếm (search) cùng lúc với lọc theo thẻ (tags); hãy dùng /api/search/?q=…&tag=…."
            )
        if request.GET.get("search_operator", "and") not in ("and", ""):
            raise BadRequestError("search_operator: tìm kiếm luôn tìm trang có đủ mọi từ; chỉ nhận “and”.")
        text = request.GET["search"].replace("\x00", " ").strip()
        type_name = _search_type(queryset.model)
        if not text or type_name is None:
            return queryset.none()
        site = cached_site_for_request(request)
        query = SearchQuery(
            text=text,
            filters={"type": type_name} if type_name else {},
            site_id=site.pk if site else None,
            page=1,
            per_page=SEARCH_LIMIT,
        )
        ids = [hit.page_id for hit in service.search(query).hits]
        if not ids:
            return queryset.none()
        queryset = queryset.filter(pk__in=ids)
        if "order" in request.GET:
            return queryset  # OrderingFilter has ordered it
        rank = Case(*(When(pk=pk, then=position) for position, pk in enumerate(ids)), output_field=IntegerField())
        return queryset.order_by(rank)
