"""Directive filters for the pages endpoint: ?number= (typed any way), ?kind=,
?issuer= (id, slug or code), ?year=. Applied only when the query is about
directives (`?type=directives.DirectivePage`)."""

from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

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
            if value.isdigit():
                match |= Q(issuer_id=int(value))
            queryset = queryset.filter(match)
        if "year" in params:
            if not params["year"].isdigit():
                raise BadRequestError("year: phải là năm, ví dụ 2023.")
            queryset = queryset.filter(issued_on__year=int(params["year"]))
        return queryset
