"""Directive filters for the pages endpoint: ?number= (typed any way), ?kind=,
?issuer= (id, slug or code), ?year=. Applied only when the query is about
directives (`?type=directives.DirectivePage`)."""

import re
from datetime import date

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
from cms.news.models import ArticleAuthor, ArticlePage, Author, ColumnPage, ThematicPage

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


NEWSROOM_PARAMETERS = ("tag", "tags", "column", "author", "thematic", "date_from", "date_to")

# Longest tag, column or author slug (or tag name) a filter takes; the models' own are shorter.
MAX_SLUG_LENGTH = 100
# Characters no slug or tag name holds: markup, quotes, SQL comment and statement marks.
_HOSTILE = re.compile(r"[<>\"'`;\\{}]|--|/\*|[\x00-\x1f\x7f]")


def _text_value(name, raw, what):
    """A slug or name from the query string, or a 400 saying what was expected."""
    value = raw.strip()
    if not value:
        raise BadRequestError(f"{name}: không được để trống; nhập {what}.")
    if len(value) > MAX_SLUG_LENGTH:
        raise BadRequestError(f"{name}: tối đa {MAX_SLUG_LENGTH} ký tự.")
    if _HOSTILE.search(value):
        raise BadRequestError(f"{name}: chứa ký tự không hợp lệ; nhập {what}.")
    return value


def _date_value(name, raw):
    value = raw.strip()
    try:
        parsed = date.fromisoformat(value) if len(value) == 10 and value[4] == "-" and value[7] == "-" else None
    except ValueError:
        parsed = None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise BadRequestError(f"{name}: phải là ngày dạng YYYY-MM-DD (năm {MIN_YEAR}–{MAX_YEAR}), ví dụ 2026-03-15.")
    return parsed


def _articles_only(name, queryset):
    if not issubclass(queryset.model, ArticlePage):
        raise BadRequestError(f"{name}: chỉ dùng kèm type=news.ArticlePage.")


def _tag_q(value):
    return Q(tags__slug=value) | Q(tags__name__iexact=value)


class NewsroomFilter(BaseFilterBackend):
    """Filters that take what a front-end has in its URLs (issue 13):

    - ?tag=<slug or name>, ?tags=<slug>,<slug> (every one of them) for types with tags
      (articles, directives);
    - for articles: ?column=<id or slug> (with its sub-columns; the slug in every
      outlet), ?author=<id or slug>, ?thematic=<id of a thematic page> (the articles
      that page lists), ?date_from= / ?date_to=YYYY-MM-DD (publication date, both included).

    Wagtail's own ?child_of=<id> still works. A value that cannot name anything is a
    400 with a Vietnamese message; a tag no article carries is an empty list."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET
        for name in ("tag", "tags"):
            if name in params and not _has_tags(queryset.model):
                raise BadRequestError(f"{name}: chỉ dùng kèm type=news.ArticlePage hoặc type=directives.DirectivePage.")
        if "tag" in params:
            value = _text_value("tag", params["tag"], "đường dẫn của thẻ, ví dụ nghi-quyet")
            queryset = queryset.filter(pk__in=queryset.model.objects.filter(_tag_q(value)).values("pk"))
        if "tags" in params:
            values = [part for part in params["tags"].split(",") if part.strip()] or [""]
            if len(values) > 10:
                raise BadRequestError("tags: tối đa 10 thẻ, cách nhau bởi dấu phẩy.")
            for raw in values:
                value = _text_value("tags", raw, "đường dẫn của các thẻ, cách nhau bởi dấu phẩy")
                queryset = queryset.filter(pk__in=queryset.model.objects.filter(_tag_q(value)).values("pk"))
        if "column" in params:
            _articles_only("column", queryset)
            value = _text_value("column", params["column"], "mã hoặc đường dẫn của chuyên mục")
            column_id = bounded_int(value)
            match = Q(slug=value) | Q(pk=column_id) if column_id is not None else Q(slug=value)
            columns = list(ColumnPage.objects.filter(match))
            if not columns:
                raise BadRequestError("column: không có chuyên mục với đường dẫn này.")
            under = Q(pk__in=[])
            for column in columns:
                under |= Q(path__startswith=column.path, depth__gt=column.depth)
            queryset = queryset.filter(under)
        if "author" in params:
            _articles_only("author", queryset)
            value = _text_value("author", params["author"], "mã hoặc đường dẫn của tác giả")
            author_id = bounded_int(value)
            match = Q(slug=value) | Q(pk=author_id) if author_id is not None else Q(slug=value)
            author = Author.objects.filter(match).first()
            if author is None:
                raise BadRequestError("author: không có tác giả với mã hoặc đường dẫn này.")
            # As the outlet's author page (HomePage.author_page): the articles the author signs.
            queryset = queryset.filter(pk__in=ArticleAuthor.objects.filter(author=author).values("article_id"))
        if "thematic" in params:
            _articles_only("thematic", queryset)
            page_id = bounded_int(params["thematic"], minimum=1)
            if page_id is None:
                raise BadRequestError("thematic: phải là mã của một chuyên trang (số nguyên dương).")
            thematic = ThematicPage.objects.live().public().filter(pk=page_id).first()
            if thematic is None:
                raise BadRequestError("thematic: không có chuyên trang đang hiển thị với mã này.")
            # The articles the thematic page lists (ThematicPage.get_context).
            queryset = queryset.filter(thematic_pages=thematic)
        for name in ("date_from", "date_to"):
            if name in params:
                _articles_only(name, queryset)
        start = _date_value("date_from", params["date_from"]) if "date_from" in params else None
        end = _date_value("date_to", params["date_to"]) if "date_to" in params else None
        if start and end and start > end:
            raise BadRequestError("date_from: phải trước hoặc bằng date_to.")
        if start:
            queryset = queryset.filter(first_published_at__date__gte=start)
        if end:
            queryset = queryset.filter(first_published_at__date__lte=end)
        return queryset


class NewestFirstFilter(BaseFilterBackend):
    """Articles newest first when the client names no `order` (Wagtail's default is the
    page tree's order), as every list of the site; a search keeps its relevance order."""

    def filter_queryset(self, request, queryset, view):
        if issubclass(queryset.model, ArticlePage) and "order" not in request.GET and "search" not in request.GET:
            queryset = queryset.order_by("-first_published_at", "-pk")
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
