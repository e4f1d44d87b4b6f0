"""Wagtail API v2: the stable public API for pages, images and documents.
Only live, public pages are listed (Wagtail's PagesAPIViewSet filters them)."""

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from cms.core.api_representations import prepare_pages
from cms.directives.models import DirectivePage

from .filters import (
    DIRECTIVE_PARAMETERS,
    NEWSROOM_PARAMETERS,
    DirectiveFilter,
    FieldValuesFilter,
    NewestFirstFilter,
    NewsroomFilter,
    check_parameters,
)
from .preview import PagePreviewAPIViewSet
from .search import ProjectSearchFilter


class CheckedParametersMixin:
    """Query-string values checked before any of Wagtail's filters, pagination or
    search sees them (cms.api.filters.check_parameters): a bad one is a 400 with a
    Vietnamese message, never a 500."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request, self)


class NewsroomPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    # Directive filters run before Wagtail's exact-match field filter, which
    # must then leave those parameters alone (a number typed as 23/CT-TU would
    # otherwise match nothing).
    filter_backends = [
        DirectiveFilter,
        NewsroomFilter,
        FieldValuesFilter,
        NewestFirstFilter,  # before Wagtail's OrderingFilter, which orders only when asked
        *PagesAPIViewSet.filter_backends,
    ]
    # ?search= through the project's Vietnamese-aware search (cms/api/search.py); it
    # orders by relevance unless `order` is given, over NewestFirstFilter's default.
    filter_backends = [ProjectSearchFilter if backend is SearchFilter else backend for backend in filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(DIRECTIVE_PARAMETERS, NEWSROOM_PARAMETERS)

    def get_queryset(self):
        # A page type may say what its API fields read (e.g. ArticlePage.api_listing_queryset),
        # so a listing costs a few queries rather than a batch per page (issue 11).
        queryset = super().get_queryset()
        prepare = getattr(queryset.model, "api_listing_queryset", None)
        return prepare(queryset) if prepare is not None else queryset

    def paginate_queryset(self, queryset):
        pages = super().paginate_queryset(queryset)
        if pages:
            # Each page's parent (the article's column field) in one query.
            steplen = Page.steplen
            parents = Page.objects.in_bulk(
                {page.path[:-steplen] for page in pages if page.depth > 1}, field_name="path"
            )
            for page in pages:
                parent = parents.get(page.path[:-steplen])
                if parent is not None:
                    page._cached_parent_obj = parent
            # Bodies, images and their renditions, rich text links: for all pages at once.
            prepare_pages(pages, self.request)
        return pages

    def get_object(self):
        page = super().get_object()
        prepare_pages([page], self.request)
        return page

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only and issubclass(model, DirectivePage):
            fields = [name for name in fields if name not in DIRECTIVE_PARAMETERS]
        if db_fields_only:
            fields = [name for name in fields if name not in NEWSROOM_PARAMETERS]
        return fields


class NewsroomImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    filter_backends = [FieldValuesFilter, *ImagesAPIViewSet.filter_backends]


class NewsroomDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    filter_backends = [FieldValuesFilter, *DocumentsAPIViewSet.filter_backends]


class NewsroomPagePreviewAPIViewSet(CheckedParametersMixin, PagePreviewAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", NewsroomPagesAPIViewSet)
api_router.register_endpoint("images", NewsroomImagesAPIViewSet)
api_router.register_endpoint("documents", NewsroomDocumentsAPIViewSet)
api_router.register_endpoint("page_preview", NewsroomPagePreviewAPIViewSet)
