"""Directive filters for the pages endpoint: ?number= (typed any way), ?kind=,
?issuer= (id, slug or code), ?year=. Applied only when the query is about
directives (`?type=directives.DirectivePage`)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from taggit.managers import TaggableManager
from wagtail.api.v2.utils import BadRequestError

from cms.core.listing import MAX_YEAR, MIN_YEAR
from cms.core.params import MAX_INT, MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS, bounded_int
from cms.directives.kinds import KINDS
from cms.directives.models import DirectivePage
from cms.directives.numbers import number_q
from cms.news.models import ArticlePage, ColumnPage

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
            issuer_id = bounded_int(value)
            if issuer_id is not None:
                match |= Q(issuer_id=issuer_id)
            queryset = queryset.filter(match)
        if "year" in params:
            # Bounded like the library's ?year= (year 0 or 5,000 digits was a 500).
            year = bounded_int(params["year"], MIN_YEAR, MAX_YEAR)
            if year is None:
                raise BadRequestError(f"year: phải là năm từ {MIN_YEAR} đến {MAX_YEAR}, ví dụ 2023.")
            queryset = queryset.filter(issued_on__year=year)
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


# Wagtail's own parameters that name a page by id ("root" is also accepted by some).
PAGE_ID_PARAMETERS = ("child_of", "ancestor_of", "descendant_of", "translation_of")


def check_parameters(request, view):
    """Refuse (400, Vietnamese) the query-string values Wagtail's API v2 would answer
    with a 500: NUL bytes (PostgreSQL refuses them), offsets and ids past the database's
    integers or of more than 4,300 digits, searches of hundreds of words."""
    params = request.GET
    for name, values in params.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise BadRequestError(f"{name.replace(chr(0), '')}: không được chứa ký tự NUL.")
    if "offset" in params and bounded_int(params["offset"]) is None:
        raise BadRequestError(f"offset: phải là số nguyên từ 0 đến {MAX_INT}.")
    if "limit" in params and bounded_int(params["limit"]) is None:
        raise BadRequestError("limit: phải là số nguyên không âm.")
    for name in PAGE_ID_PARAMETERS:
        if name in params and params[name] != "root" and bounded_int(params[name]) is None:
            raise BadRequestError(f"{name}: phải là mã trang (số nguyên dương).")
    if "id" in params and bounded_int(params["id"]) is None:
        raise BadRequestError("id: phải là số nguyên dương.")
    if "search" in params:
        words = params["search"].split()
        if len(words) > MAX_SEARCH_WORDS or len(params["search"]) > MAX_SEARCH_LENGTH:
            raise BadRequestError(f"search: tối đa {MAX_SEARCH_WORDS} từ và {MAX_SEARCH_LENGTH} ký tự.")


class FieldValuesFilter(BaseFilterBackend):
    """Checks the values of Wagtail's `?<field>=<value>` filter before it runs. Wagtail
    converts only booleans, integers and foreign keys and catches only ValueError: a date
    that is not a date (`?first_published_at=0`), a 20-digit id or a word for a
    one-to-many relation (`?attachments=abc`) answered 500. Here they are a 400."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, value in request.GET.items():
            if name not in fields:
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except LookupError:
                continue
            if not _acceptable(field, value):
                raise BadRequestError(f"{name}: giá trị “{value[:50]}” không hợp lệ cho trường này.")
        return queryset


def _acceptable(field, value):
    if isinstance(field, TaggableManager | models.BooleanField):
        return True  # tag names are text; Wagtail answers a bad boolean with its own 400
    while field.is_relation:  # an id of the related row (through multi-table inheritance too)
        field = field.related_model._meta.pk
    if isinstance(field, models.IntegerField | models.AutoField):
        return bounded_int(value.removeprefix("-")) is not None
    try:
        field.to_python(value)
    except (ValidationError, ValueError, TypeError, OverflowError):
        return False
    return True
