"""Helpers every reader listing shares (articles of a column, the directive library,
the exemplar registry): `?page=` pagination and the query-string filter rules.

They sit in core, the bottom layer, so the content apps take them from below
instead of from one another (issue 14: directives and exemplars took them from
news and from each other)."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.http import Http404
from wagtail.contrib.routable_page.models import path

from cms.core.params import bounded_int
from cms.core.text import fold_vietnamese

# Free-text filter (?q=): longer queries are cut, with a note the reader sees.
MAX_QUERY_LENGTH = 200
# Year filter (?year=): anything outside is ignored, with a note.
MIN_YEAR, MAX_YEAR = 1930, 2100


def paginate(request, queryset, per_page):
    """Page `?page=` of a list: junk gives the first page, past the end gives 404."""
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        raise Http404("Trang không tồn tại.")


def words_q(text, field="search_text"):
    """Every folded word of `text` must appear in the folded search text."""
    q = Q()
    for word in fold_vietnamese(text).split():
        q &= Q(**{f"{field}__contains": word})
    return q


def read_year(params, notes):
    """?year= as a number in [MIN_YEAR, MAX_YEAR], or None; a bad value adds a note.
    bounded_int: int() of 5,000 digits raised (a 500 before)."""
    year = params.get("year", "").strip()
    if not year:
        return None
    number = bounded_int(year, MIN_YEAR, MAX_YEAR)
    if number is None:
        notes.append(f"Năm “{year[:20]}” không hợp lệ; đã bỏ qua bộ lọc này.")
    return number


def read_query(params, notes):
    """?q= with its spaces collapsed and NULs gone (PostgreSQL refuses NUL in text),
    cut to MAX_QUERY_LENGTH with a note; "" when none."""
    query = " ".join(params.get("q", "").replace("\x00", " ").split())
    if len(query) > MAX_QUERY_LENGTH:
        notes.append(f"Từ khóa dài quá {MAX_QUERY_LENGTH} ký tự nên đã được cắt bớt.")
        query = query[:MAX_QUERY_LENGTH]
    return query


class ListingFilters:
    """The one base of the directive library's and the exemplar registry's filters
    (cms/directives/filters.py, cms/exemplars/filters.py): a bad value is ignored
    with a note the reader sees, never an error; `values` holds what applies."""

    def __init__(self):
        self.notes = []
        self.values = {}

    def read_choice(self, params, key, known, note):
        """?key= when it is one of `known`; else `note` (with {value}) when given at all."""
        value = params.get(key, "").strip()
        if value in known:
            self.values[key] = value
        elif value:
            self.notes.append(note.format(value=value[:50]))

    def read_year(self, params):
        number = read_year(params, self.notes)
        if number is not None:
            self.values["year"] = number

    def read_query(self, params):
        query = read_query(params, self.notes)
        if query:
            self.values["q"] = query

    @property
    def active(self):
        return bool(self.values)

    def query_string(self, **changes):
        """The current filters with some changed (None removes one), for links."""
        values = {**self.values, **changes}
        return urlencode({key: value for key, value in values.items() if value not in (None, "")})


class FilteredIndexMixin:
    """The index route both the directive library and the exemplar registry serve:
    the list filtered by the query string (a `filters_class`, a ListingFilters),
    `page_size_setting` items a page. Put before RoutablePageMixin; a subclass gives
    `listing()` (the unfiltered queryset) and `listing_context_name`."""

    filters_class = None
    listing_context_name = "items"
    page_size_setting = None

    def listing(self):
        raise NotImplementedError

    @path("")
    def index_route(self, request):
        filters = self.filters_class(request.GET, self.listing())
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                self.listing_context_name: paginate(
                    request, filters.queryset, getattr(settings, self.page_size_setting)
                ),
            },
        )
