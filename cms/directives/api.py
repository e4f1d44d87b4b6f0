"""JSON list of directives' tasks across the outlets (issue 15), for partner front-ends:

    GET /api/directives/tasks/[?status=late|done|in_progress|not_started][&body=<id>]
                              [&directive=<page id>][&page=N][&page_size=N]

`status` is the shown status: "late" is derived (not done, deadline before today in
Asia/Ho_Chi_Minh); in_progress and not_started leave out the late ones. Late tasks come
longest overdue first, the others by directive and order. Only tasks of live, public
directives. Bad parameters answer 400 with `{"errors": {"param": ["lý do"]}}`.

A plain Django view rather than a Wagtail API endpoint: tasks are not pages, and the
Wagtail router's endpoints list pages, images and documents only.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_safe

from cms.core.params import bounded_int, parse_id

from .api_fields import task_data
from .kinds import TASK_API_STATUSES, TASK_LATE
from .models import DirectivePage, DirectiveTask, ResponsibleBody, TaskProgressReport

KNOWN_PARAMS = {"status", "body", "directive", "page", "page_size", "format"}


def _errors(messages, status=400):
    return JsonResponse({"errors": messages}, status=status, json_dumps_params={"ensure_ascii": False})


@require_safe
def tasks(request):
    params = request.GET
    errors = {}
    unknown = sorted(set(params) - KNOWN_PARAMS)
    if unknown:
        errors["params"] = [f"Tham số không hỗ trợ: {', '.join(name[:30] for name in unknown[:5])}."]
    queryset = DirectiveTask.objects.filter(page__in=DirectivePage.objects.live().public().values("pk"))

    status = params.get("status", "").strip()
    if status:
        if status not in TASK_API_STATUSES:
            errors["status"] = [f"Tình trạng không hợp lệ; dùng một trong: {', '.join(TASK_API_STATUSES)}."]
        else:
            queryset = queryset.with_status(TASK_API_STATUSES[status])

    if "body" in params:
        body_id = parse_id(params["body"].strip())
        if body_id is None:
            errors["body"] = ["Mã cơ quan phụ trách phải là một số nguyên dương."]
        elif not ResponsibleBody.objects.filter(pk=body_id).exists():
            errors["body"] = [f"Không có cơ quan phụ trách mã {body_id}."]
        else:
            queryset = queryset.filter(bodies=body_id)

    if "directive" in params:
        directive_id = parse_id(params["directive"].strip())
        if directive_id is None:
            errors["directive"] = ["Mã văn bản phải là một số nguyên dương."]
        else:
            queryset = queryset.filter(page_id=directive_id)

    page_size = settings.TASKS_API_PAGE_SIZE
    if "page_size" in params:
        page_size = bounded_int(params["page_size"], 1, settings.TASKS_API_MAX_PAGE_SIZE)
        if page_size is None:
            errors["page_size"] = [f"Số mục mỗi trang phải từ 1 đến {settings.TASKS_API_MAX_PAGE_SIZE}."]
    number = 1
    if "page" in params:
        number = bounded_int(params["page"], 1)
        if number is None:
            errors["page"] = ["Số trang phải là một số nguyên dương."]
    if errors:
        return _errors(errors)

    if status and TASK_API_STATUSES[status] == TASK_LATE:
        order = ("deadline", "page__issued_on", "sort_order", "pk")
    else:
        order = ("-page__issued_on", "page_id", "sort_order", "pk")
    queryset = queryset.select_related("page").prefetch_related("bodies").order_by(*order).distinct()
    paginator = Paginator(queryset, page_size)
    if number > paginator.num_pages:
        if number > 1:
            return _errors({"page": [f"Không có trang {number}; chỉ có {paginator.num_pages} trang."]}, status=404)
    page = paginator.page(min(number, paginator.num_pages))
    items = list(page.object_list)
    reports = {}
    for report in (
        TaskProgressReport.objects.filter(task__in=[task.pk for task in items])
        .select_related("article", "exemplar")
        .order_by("-date", "-pk")
    ):
        reports.setdefault(report.task_id, []).append(report)

    def link(n):
        query = params.copy()
        query["page"] = n
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return JsonResponse(
        {
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": [task_data(task, request, reports=reports.get(task.pk, []), directive=True) for task in items],
        },
        json_dumps_params={"ensure_ascii": False},
    )
