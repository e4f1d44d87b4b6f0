"""JSON API for public comments, for apps and other front-ends.

    GET  /api/comments/?page=<id>[&sort=newest|oldest][&p=N]   published comments
    POST /api/comments/                                           post a comment
    POST /api/comments/<id>/report/                               report a comment

Errors are `{"errors": {"field": ["lý do"]}}` with a 4xx status; nothing a
client sends can cause a 500. Posting uses the HTML form's CommentForm and the
same service, so the rules are identical.

CSRF: these views are csrf_exempt on purpose. They take no cookie and no
session, only JSON (a cross-site HTML form cannot send application/json
without a CORS preflight), and they refuse any request whose Origin header is
neither this site nor in COMMENT_ALLOWED_ORIGINS. That Origin check is their
CSRF defence. A request without Origin (a server-side front-end) is allowed.
"""

import json
import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from cms.core.params import parse_id

from .checks import Duplicate, RateLimited
from .forms import CommentForm, ReportForm
from .models import APPROVED
from .services import (
    CommentsClosed,
    InvalidParent,
    NotReportable,
    client_ip,
    commentable_page,
    public_threads,
    report_comment,
    reportable_comment,
    submit_comment,
)

MAX_BODY_BYTES = 64 * 1024
COMMENT_FIELDS = {
    "page",
    "author_name",
    "author_email",
    "body",
    "parent",
    "stance",
    "section",
    "part",
    "proposed_wording",
    "phone",
    "locality",
    "organisation",
    "notify_on_publish",
}
STRING_FIELDS = (
    "author_name",
    "author_email",
    "body",
    "stance",
    "phone",
    "locality",
    "organisation",
    "proposed_wording",
)
ID_FIELDS = ("parent", "section", "part")
REPORT_FIELDS = {"reason", "note"}
_DIGITS = re.compile(r"[0-9]+")

NOT_FOUND_PAGE = "Không tìm thấy trang nhận bình luận."
NOT_FOUND_COMMENT = "Không tìm thấy bình luận."


class ApiError(Exception):
    def __init__(self, status, errors, headers=None):
        super().__init__(status)
        self.status, self.errors, self.headers = status, errors, headers or {}


def errors(status, messages, headers=None):
    response = JsonResponse({"errors": messages}, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def general(message):
    return {"__all__": [message]}


# ---------------------------------------------------------------- origin (the CSRF defence) and CORS


def _normalise_origin(origin):
    origin = origin.strip().rstrip("/").lower()
    for scheme, port in (("http://", ":80"), ("https://", ":443")):
        if origin.startswith(scheme) and origin.endswith(port):
            origin = origin[: -len(port)]
    return origin


def _foreign_origin(request):
    """The Origin header when it is another site, else None."""
    origin = request.headers.get("Origin")
    if origin is None:
        return None
    own = _normalise_origin(f"{request.scheme}://{request.get_host()}")
    return None if _normalise_origin(origin) == own else origin


def _origin_allowed(origin):
    allowed = {_normalise_origin(item) for item in getattr(settings, "COMMENT_ALLOWED_ORIGINS", [])}
    return _normalise_origin(origin) in allowed


def check_origin(request):
    origin = _foreign_origin(request)
    if origin is not None and not _origin_allowed(origin):
        raise ApiError(403, general("Trang gửi yêu cầu (Origin) không được phép dùng API bình luận."))


def with_cors(request, response):
    """Let the allowed other sites read the answers (browsers need it)."""
    origin = _foreign_origin(request)
    if origin is not None and _origin_allowed(origin):
        response["Access-Control-Allow-Origin"] = origin
        response["Vary"] = "Origin"
    return response


def preflight(request, methods):
    check_origin(request)
    response = JsonResponse({}, status=200)
    response["Access-Control-Allow-Methods"] = methods
    response["Access-Control-Allow-Headers"] = "Content-Type"
    response["Access-Control-Max-Age"] = "600"
    return response


def api_view(methods):
    """csrf_exempt (see the module docstring), one JSON answer for every outcome."""
    allowed = ", ".join([*methods, "OPTIONS"])

    def decorator(view):
        @csrf_exempt
        def wrapper(request, *args, **kwargs):
            try:
                if request.method == "OPTIONS":
                    response = preflight(request, allowed)
                elif request.method not in methods:
                    response = errors(405, general("Phương thức không được hỗ trợ."), {"Allow": allowed})
                else:
                    response = view(request, *args, **kwargs)
            except ApiError as error:
                response = errors(error.status, error.errors, error.headers)
            return with_cors(request, response)

        wrapper.__name__ = view.__name__
        wrapper.__doc__ = view.__doc__
        return wrapper

    return decorator


# ---------------------------------------------------------------- reading input


def read_json_object(request, allowed_fields):
    check_origin(request)
    if request.content_type != "application/json":
        raise ApiError(415, general("Chỉ nhận nội dung JSON (Content-Type: application/json)."))
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise ApiError(400, general("Độ dài nội dung (Content-Length) không hợp lệ."))
    if length > MAX_BODY_BYTES:
        raise ApiError(413, general(f"Nội dung quá lớn: tối đa {MAX_BODY_BYTES // 1024} KB."))
    raw = request.body
    if len(raw) > MAX_BODY_BYTES:
        raise ApiError(413, general(f"Nội dung quá lớn: tối đa {MAX_BODY_BYTES // 1024} KB."))
    try:
        data = json.loads(raw.decode("utf-8"))
        # JSON may spell a lone surrogate (\ud800): it parses, but no database can store it.
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError):  # bad UTF-8, bad JSON and lone surrogates are ValueErrors
        raise ApiError(400, general("JSON không hợp lệ."))
    if not isinstance(data, dict):
        raise ApiError(400, general("Nội dung JSON phải là một đối tượng ({...})."))
    unknown = sorted(str(key)[:50] for key in data if key not in allowed_fields)
    if unknown:
        raise ApiError(400, general(f"Trường không được hỗ trợ: {', '.join(unknown)}."))
    return data


def form_data(data):
    """The JSON values as the form expects them, or type errors per field."""
    values, problems = {}, {}
    for name in STRING_FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            problems[name] = ["Giá trị phải là chuỗi ký tự."]
        else:
            values[name] = value
    for name in ID_FIELDS:
        value = data.get(name)
        if value is None or value == "":
            continue
        number = parse_id(value)
        if number is None:
            problems[name] = ["Giá trị phải là một mã số hợp lệ."]
        else:
            values[name] = str(number)
    notify = data.get("notify_on_publish")
    if notify is not None and not isinstance(notify, bool):
        problems["notify_on_publish"] = ["Giá trị phải là true hoặc false."]
    values["notify_on_publish"] = notify is True
    return values, problems


# ---------------------------------------------------------------- output


def _iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def serialise(comment, replies=True):
    item = {
        "id": comment.pk,
        "author_name": comment.author_name,
        "body": comment.body,
        "created_at": _iso(comment.created_at),
        "stance": comment.stance or None,
        "section": {"id": comment.section.pk, "title": comment.section.title} if comment.section else None,
        "part": {"id": comment.part.pk, "label": comment.part.full_label} if comment.part else None,
        "proposed_wording": comment.proposed_wording or None,
        "featured": comment.featured,
        "official_reply": (
            {"text": comment.official_reply, "by": comment.official_reply_by, "at": _iso(comment.official_reply_at)}
            if comment.official_reply
            else None
        ),
    }
    if replies:
        item["replies"] = [serialise(reply, replies=False) for reply in comment.public_replies]
    return item


# ---------------------------------------------------------------- views


@api_view(["GET", "HEAD", "POST"])
def comments(request):
    if request.method == "POST":
        return create_comment(request)
    return list_comments(request)


def list_comments(request):
    raw = request.GET.get("page")
    if raw is None or raw == "":
        raise ApiError(400, {"page": ["Thiếu mã trang (page)."]})
    if not _DIGITS.fullmatch(raw):
        raise ApiError(400, {"page": ["Mã trang phải là số nguyên dương."]})
    page = commentable_page(parse_id(raw))
    if page is None:
        raise ApiError(404, {"page": [NOT_FOUND_PAGE]})
    sort = request.GET.get("sort", "newest")
    if sort not in ("newest", "oldest"):
        raise ApiError(400, {"sort": ["Chỉ nhận newest hoặc oldest."]})
    raw_number = request.GET.get("p", "1")
    if not _DIGITS.fullmatch(raw_number) or int(raw_number[:12]) < 1:
        raise ApiError(400, {"p": ["Số trang phải là số nguyên dương."]})
    paginator = Paginator(public_threads(page, newest_first=sort == "newest"), settings.COMMENT_PAGE_SIZE)
    number = int(raw_number) if len(raw_number) <= 12 else None
    if number is None or number > paginator.num_pages:
        raise ApiError(404, {"p": [f"Chỉ có {paginator.num_pages} trang."]})
    current = paginator.page(number)
    return JsonResponse(
        {
            "count": paginator.count,
            "page": current.number,
            "pages": paginator.num_pages,
            "results": [serialise(comment) for comment in current.object_list],
        }
    )


def create_comment(request):
    data = read_json_object(request, COMMENT_FIELDS)
    raw_page = data.get("page")
    if raw_page is None or raw_page == "":
        raise ApiError(400, {"page": ["Thiếu mã trang (page)."]})
    if isinstance(raw_page, bool) or not isinstance(raw_page, int | str):
        raise ApiError(400, {"page": ["Mã trang phải là số nguyên dương."]})
    if isinstance(raw_page, str) and not _DIGITS.fullmatch(raw_page):
        raise ApiError(400, {"page": ["Mã trang phải là số nguyên dương."]})
    # A well-formed id out of range is simply not a page.
    page = commentable_page(parse_id(raw_page))
    if page is None:
        raise ApiError(404, {"page": [NOT_FOUND_PAGE]})
    refusal = page.comment_refusal()
    if refusal:
        raise ApiError(403, general(refusal))
    values, problems = form_data(data)
    if problems:
        raise ApiError(400, problems)
    form = CommentForm(page, data=values)
    # A part or wording this page does not take is an error, not silently dropped.
    dropped = {
        name: ["Trang này không nhận ý kiến theo phần dự thảo."]
        for name in ("part", "proposed_wording")
        if values.get(name) and name not in form.fields
    }
    if dropped:
        raise ApiError(400, dropped)
    if not form.is_valid():
        raise ApiError(400, {name: list(messages) for name, messages in form.errors.items()})
    try:
        comment = submit_comment(page, form.cleaned_data, client_ip(request), user=None)
    except CommentsClosed as error:
        raise ApiError(403, general(error.message))
    except RateLimited as error:
        raise ApiError(429, general(error.message), {"Retry-After": str(error.retry_after)})
    except Duplicate as error:
        raise ApiError(409, general(error.message))
    except InvalidParent as error:
        raise ApiError(400, {"parent": [error.message]})
    # Spam is reported as "pending": robots learn nothing from the answer.
    status = APPROVED if comment.status == APPROVED else "pending"
    return JsonResponse({"id": comment.pk, "status": status}, status=201)


@api_view(["POST"])
def report(request, comment_id):
    data = read_json_object(request, REPORT_FIELDS)
    comment = reportable_comment(comment_id)
    if comment is None:
        raise ApiError(404, general(NOT_FOUND_COMMENT))
    problems = {
        name: ["Giá trị phải là chuỗi ký tự."]
        for name in REPORT_FIELDS
        if data.get(name) is not None and not isinstance(data[name], str)
    }
    if problems:
        raise ApiError(400, problems)
    form = ReportForm(data={"reason": data.get("reason", ""), "note": data.get("note") or ""})
    if not form.is_valid():
        raise ApiError(400, {name: list(messages) for name, messages in form.errors.items()})
    try:
        report_comment(comment, form.cleaned_data["reason"], form.cleaned_data["note"], client_ip(request))
    except NotReportable:
        raise ApiError(404, general(NOT_FOUND_COMMENT))
    return JsonResponse({"reported": True}, status=202)
