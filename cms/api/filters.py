"""Directive filters for the pages endpoint: ?number= (typed any way), ?kind=,
?issuer= (id, slug or code), ?year=. Applied only when the query is about
directives (`?type=directives.DirectivePage`)."""

from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from cms.core.text import is_ascii_digits
from cms.directives.kinds import KINDS
from cms.directives.models import DirectivePage
from cms.directives.numbers import number_q

DIRECTIVE_PARAMETERS = ("number", "kind", "issuer", "year")


class DirectiveFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        if not issubclass(queryset.model, DirectivePage):
            return queryset
        params = request.GET
        if "number" in params:
            q = number_q(params["number"])
            if q is None:
                raise BadRequestError("number: không đọc được số hiệu (ví dụ: 23-CT/TU).")
            queryset = queryset.filter(q)
        if "kind" in params:
            if params["kind"] not in KINDS:
                raise BadRequestError(f"kind: phải là một trong {', '.join(KINDS)}.")
            queryset = queryset.filter(kind=params["kind"])
        if "issuer" in params:
            value = params["issuer"].strip()
            match = Q(issuer__slug=value) | Q(issuer__code__iexact=value)
            if is_ascii_digits(value):
                match |= Q(issuer_id=int(value))
            queryset = queryset.filter(match)
        if "year" in params:
            if not is_ascii_digits(params["year"]):
                raise BadRequestError("year: phải là năm, ví dụ 2023.")
            queryset = queryset.filter(issued_on__year=int(params["year"]))
        return queryset


NEWSROOM_PARAMETERS = ("tag", "column")


class NewsroomFilter(BaseFilterBackend):
    """?tag=<slug or name> for types with tags (articles, directives); ?column=<slug>
    for articles (every outlet's column with that slug). Wagtail's own ?child_of=<id>
    still works; these take what a front-end has in its URLs."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET
        if "tag" in params:
            if not _has_tags(queryset.model):
                raise BadRequestError("tag: chỉ dùng kèm type=news.ArticlePage hoặc type=directives.DirectivePage.")
            value = params["tag"].strip()
            queryset = queryset.filter(Q(tags__slug=value) | Q(tags__name__iexact=value)).distinct()
        if "column" in params:
            from cms.news.models import ArticlePage, ColumnPage

            if not issubclass(queryset.model, ArticlePage):
                raise BadRequestError("column: chỉ dùng kèm type=news.ArticlePage.")
            columns = list(ColumnPage.objects.filter(slug=params["column"].strip()))
            if not columns:
                raise BadRequestError("column: không có chuyên mục với đường dẫn này.")
            under = Q(pk__in=[])
            for column in columns:
                under |= Q(path__startswith=column.path, depth=column.depth + 1)
            queryset = queryset.filter(under)
        return queryset


def _has_tags(model):
    try:
        model._meta.get_field("tags")
    except Exception:
        return False
    return True
