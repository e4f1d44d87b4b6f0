"""Comment moderation in the admin (/admin/kiem-duyet/): the queue with its
tabs and filters, per-row and bulk actions, a comment's page with its history
and the official reply, and erasure (the forms are in admin_forms.py; a forum's
opinions entered on someone's behalf are the forums app's, cms/forums/admin_views.py).

Every view answers 403 (not Wagtail's redirect to the dashboard) to users
without `comments.change_comment`; which comments a moderator sees is decided by
`moderation.visible_comments` (outlets the user belongs to, see there)."""

from collections import Counter

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, re_path, reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.log_actions import registry as log_registry

from cms.core.params import parse_id

from . import moderation
from .admin_forms import ErasureForm, OfficialReplyForm, QueueFilterForm
from .models import APPROVED, PENDING, REJECTED, SPAM, WITHDRAWN, CommentReport
from .moderation import ModerationError

PER_PAGE = 50
# The queue counts at most this many comments (issue 15): COUNT(*) of a tab read every
# matching row on each request, so the first page of a 1,000,000-opinion forum's queue
# slowed with its size. Past it the queue says "hơn 10.000" and pages through the
# newest 10,000 (filters narrow it down); the first page costs the same at any size.
COUNT_LIMIT = 10_000
MAX_BULK = 500
SHORTCUTS_HELP = "Phím tắt: a = duyệt, r = từ chối, n = bình luận tiếp theo"

QUEUE_URL_NAME = "comments_moderation_queue"

# (slug, label, statuses); "bao-vi-pham" adds the open-report condition.
REPORTED = "bao-vi-pham"
TABS = [
    ("cho-duyet", "Chờ duyệt", (PENDING,)),
    (REPORTED, "Bị báo vi phạm", (APPROVED, PENDING)),
    ("da-duyet", "Đã duyệt", (APPROVED,)),
    ("tu-choi", "Từ chối", (REJECTED,)),
    ("thu-rac", "Thư rác", (SPAM,)),
    ("da-an", "Đã ẩn", (WITHDRAWN,)),
]
TAB_STATUSES = {slug: statuses for slug, _, statuses in TABS}
DEFAULT_TAB = "cho-duyet"

BULK_ACTIONS = [
    ("", "— Chọn thao tác —"),
    ("approve", "Duyệt"),
    ("reject", "Từ chối (cần lý do)"),
    ("spam", "Đánh dấu thư rác"),
    ("feature", "Đặt nổi bật"),
    ("unfeature", "Bỏ nổi bật"),
    ("withdraw", "Ẩn bình luận đã đăng (cần lý do)"),
]


# ---------------------------------------------------------------- helpers


def deny(request, message="Bạn không có quyền kiểm duyệt bình luận."):
    # Returned, not raised: the admin's require_admin_access would turn a raised
    # PermissionDenied into a redirect to the dashboard.
    return permission_denied(request, PermissionDenied(message))


def admin_context(title, subtitle="", icon="comment", **extra):
    context = {
        "page_title": title,
        "page_subtitle": subtitle,
        "header_title": f"{title}: {subtitle}" if subtitle else title,
        "header_icon": icon,
    }
    context.update(extra)
    return context


def _next_url(request, default):
    candidate = request.POST.get("next") or request.GET.get("next")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def open_reports_filter():
    """Reports a moderator has not yet dealt with: made after the last decision
    on the comment (or any report, if no moderator has decided yet). Approving a
    reported comment again takes it out of the "Bị báo vi phạm" tab."""
    return Q(comment__moderated_at__isnull=True) | Q(created_at__gt=F("comment__moderated_at"))


def reported_comment_ids():
    return CommentReport.objects.filter(open_reports_filter()).values("comment_id")


def tab_queryset(queryset, tab):
    queryset = queryset.filter(status__in=TAB_STATUSES[tab])
    if tab == REPORTED:
        queryset = queryset.filter(pk__in=reported_comment_ids())
    return queryset


def bounded_count(queryset, limit=None):
    """The number of rows, or limit + 1 when there are more: the database stops after
    limit + 1 index entries (SELECT COUNT(*) FROM (SELECT id … LIMIT limit + 1))."""
    limit = COUNT_LIMIT if limit is None else limit
    return queryset.order_by().values("pk")[: limit + 1].count()


def count_label(count, limit=None):
    """ "12", or "hơn 10.000" past the limit (Vietnamese thousands separator)."""
    limit = COUNT_LIMIT if limit is None else limit
    if count > limit:
        return "hơn " + f"{limit:,}".replace(",", ".")
    return str(count)


def with_report_counts(queryset):
    """Report count as a correlated subquery: computed for the page's 50 rows
    only, without grouping the whole queue."""
    counts = (
        CommentReport.objects.filter(comment=OuterRef("pk"))
        .order_by()
        .values("comment")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return queryset.annotate(report_count=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0)))


def report_summary(reports):
    """'Xúc phạm × 2, Sai sự thật' from prefetched reports."""
    labels = Counter(report.get_reason_display() for report in reports)
    return ", ".join(f"{label} × {count}" if count > 1 else label for label, count in labels.most_common())


# ---------------------------------------------------------------- forms


# ---------------------------------------------------------------- the queue


def queue(request):
    user = request.user
    if not moderation.can_moderate(user):
        return deny(request)
    sites = moderation.moderated_sites(user)
    tab = request.GET.get("tab") or DEFAULT_TAB
    if tab not in TAB_STATUSES:
        tab = DEFAULT_TAB

    filter_form = QueueFilterForm(request.GET or None, sites=sites)
    if filter_form.is_bound:
        filter_form.is_valid()
    visible = moderation.visible_comments(user)
    filtered = filter_form.apply(visible)

    comments = (
        with_report_counts(tab_queryset(filtered, tab))
        .select_related("page", "section", "part__parent", "moderated_by")
        .prefetch_related(Prefetch("reports", queryset=CommentReport.objects.order_by("created_at", "pk")))
        .order_by("-created_at")
    )
    counts = {
        "cho-duyet": bounded_count(tab_queryset(filtered, "cho-duyet")),
        REPORTED: bounded_count(tab_queryset(filtered, REPORTED)),
    }
    total = counts[tab] if tab in counts else bounded_count(tab_queryset(filtered, tab))
    paginator = Paginator(comments, PER_PAGE)
    paginator.count = min(total, COUNT_LIMIT)  # a cached_property: no unbounded COUNT(*)
    try:
        page_obj = paginator.page(request.GET.get("p") or 1)
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)

    rows = []
    for comment in page_obj.object_list:
        rows.append(
            {
                "comment": comment,
                "page_url": comment.page.get_url(request),
                "reports": report_summary(comment.reports.all()),
            }
        )

    params = {key: value for key, value in request.GET.items() if key not in ("p", "tab") and value}
    tabs = []
    for slug, label, _ in TABS:
        tabs.append(
            {
                "slug": slug,
                "label": label,
                "count": count_label(counts[slug]) if slug in counts else None,
                "url": "?" + urlencode({**params, "tab": slug}),
                "active": slug == tab,
            }
        )

    def page_link(number):
        return "?" + urlencode({**params, "tab": tab, "p": number})

    return TemplateResponse(
        request,
        "comments_admin/queue.html",
        admin_context(
            "Kiểm duyệt bình luận",
            dict((slug, label) for slug, label, _ in TABS)[tab],
            tab=tab,
            tabs=tabs,
            rows=rows,
            page_obj=page_obj,
            paginator=paginator,
            total_label=count_label(total),
            count_capped=total > COUNT_LIMIT,
            previous_page_url=page_link(page_obj.previous_page_number()) if page_obj.has_previous() else None,
            next_page_url=page_link(page_obj.next_page_number()) if page_obj.has_next() else None,
            filter_form=filter_form,
            filters_active=bool(params),
            bulk_actions=BULK_ACTIONS,
            current_url=request.get_full_path(),
            shortcuts_help=SHORTCUTS_HELP,
            can_erase=moderation.can_erase(user),
            show_email=True,
        ),
    )


# ---------------------------------------------------------------- actions


def _run_action(request, comments, action, reason):
    """Apply `action` to the comments; returns (count, error message or None)."""
    user = request.user
    try:
        if action in moderation.STATUS_ACTIONS:
            function = moderation.STATUS_ACTIONS[action]
            return function(comments, user, reason), None
        if action == "feature":
            return moderation.set_featured(comments, user, True), None
        if action == "unfeature":
            return moderation.set_featured(comments, user, False), None
    except ModerationError as error:
        return 0, error.message
    return 0, "Thao tác không hợp lệ."


DONE_MESSAGES = {
    "approve": "Đã duyệt {n} bình luận.",
    "reject": "Đã từ chối {n} bình luận.",
    "spam": "Đã chuyển {n} bình luận vào thư rác.",
    "withdraw": "Đã ẩn {n} bình luận.",
    "feature": "Đã đặt nổi bật {n} bình luận.",
    "unfeature": "Đã bỏ nổi bật {n} bình luận.",
}


ROW_DONE_MESSAGES = {
    "approve": "Đã duyệt bình luận #{pk}.",
    "reject": "Đã từ chối bình luận #{pk}.",
    "spam": "Đã chuyển bình luận #{pk} vào thư rác.",
    "withdraw": "Đã ẩn bình luận #{pk}.",
    "feature": "Đã đặt nổi bật bình luận #{pk}.",
    "unfeature": "Đã bỏ nổi bật bình luận #{pk}.",
}


@require_POST
def comment_action(request, pk):
    """One comment's buttons (queue rows and the detail page)."""
    if not moderation.can_moderate(request.user):
        return deny(request)
    comment = get_object_or_404(moderation.visible_comments(request.user).select_related("page"), pk=pk)
    back = _next_url(request, reverse(QUEUE_URL_NAME))
    action = request.POST.get("action", "")
    count, error = _run_action(request, [comment], action, request.POST.get("reason", ""))
    if error:
        messages.error(request, f"Bình luận #{comment.pk}: {error}")
    elif count:
        messages.success(request, ROW_DONE_MESSAGES[action].format(pk=comment.pk))
    else:
        messages.warning(request, f"Bình luận #{comment.pk} không thay đổi.")
    return HttpResponseRedirect(back)


@require_POST
def bulk_action(request):
    if not moderation.can_moderate(request.user):
        return deny(request)
    back = _next_url(request, reverse(QUEUE_URL_NAME))
    ids = [number for number in map(parse_id, request.POST.getlist("ids")) if number]
    action = request.POST.get("bulk_action", "")
    if not ids:
        messages.error(request, "Chưa chọn bình luận nào.")
        return HttpResponseRedirect(back)
    if len(ids) > MAX_BULK:
        messages.error(request, f"Mỗi lần xử lý tối đa {MAX_BULK} bình luận.")
        return HttpResponseRedirect(back)
    if action not in DONE_MESSAGES:
        messages.error(request, "Chọn một thao tác.")
        return HttpResponseRedirect(back)
    comments = moderation.visible_comments(request.user).filter(pk__in=ids).order_by("pk")
    count, error = _run_action(request, comments, action, request.POST.get("bulk_reason", ""))
    if error:
        messages.error(request, f"Không thực hiện: {error}")
    elif count:
        messages.success(request, DONE_MESSAGES[action].format(n=count))
    else:
        messages.warning(request, "Không có bình luận nào thay đổi.")
    return HttpResponseRedirect(back)


# ---------------------------------------------------------------- one comment


def comment_detail(request, pk):
    user = request.user
    if not moderation.can_moderate(user):
        return deny(request)
    comment = get_object_or_404(
        moderation.visible_comments(user).select_related(
            "page", "section", "part__parent", "parent", "moderated_by", "entered_by"
        ),
        pk=pk,
    )
    initial = {"text": comment.official_reply, "by": comment.official_reply_by}
    form = OfficialReplyForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            try:
                moderation.official_reply(comment, user, form.cleaned_data["text"], form.cleaned_data["by"])
            except ModerationError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, "Đã lưu trả lời chính thức.")
                return HttpResponseRedirect(reverse("comments_moderation_detail", args=[comment.pk]))
    history = log_registry.get_logs_for_instance(comment).select_related("user").order_by("-timestamp", "-pk")
    reports = comment.reports.order_by("-created_at", "-pk")
    return TemplateResponse(
        request,
        "comments_admin/detail.html",
        admin_context(
            "Bình luận",
            f"#{comment.pk}",
            comment=comment,
            page_url=comment.page.get_url(request),
            reports=reports,
            history=history,
            reply_form=form,
            current_url=request.get_full_path(),
            queue_url=reverse(QUEUE_URL_NAME),
            replies=comment.replies.order_by("created_at"),
        ),
        status=400 if request.method == "POST" else 200,
    )


# ---------------------------------------------------------------- erasure


def erasure(request):
    user = request.user
    if not moderation.can_moderate(user) or not moderation.can_erase(user):
        return deny(request, "Chỉ Tổng biên tập và quản trị viên được xóa dữ liệu cá nhân.")
    form = ErasureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        count = moderation.anonymise_person(form.cleaned_data["email"], user)
        if count:
            messages.success(request, f"Đã xóa dữ liệu cá nhân trong {count} bình luận; nội dung bình luận được giữ.")
        else:
            messages.warning(request, "Không có bình luận nào gửi bằng địa chỉ email này.")
        return HttpResponseRedirect(reverse("comments_erasure"))
    return TemplateResponse(
        request,
        "comments_admin/erasure.html",
        admin_context("Xóa dữ liệu cá nhân theo yêu cầu", form=form, queue_url=reverse(QUEUE_URL_NAME)),
        status=400 if request.method == "POST" else 200,
    )


# Admin addresses of the moved models (issue 14: the comment settings and word lists
# were the forums app's): bookmarks and links in old e-mails lead to the new ones.
FORMER_ADMIN_PREFIXES = {
    "/snippets/forums/moderationword/": "/snippets/comments/moderationword/",
    "/settings/forums/commentsettings/": "/settings/comments/commentsettings/",
}


def former_address(request, rest=""):
    path = request.get_full_path()
    for old, new in FORMER_ADMIN_PREFIXES.items():
        if old in path:
            return HttpResponseRedirect(path.replace(old, new, 1))
    raise Http404


def admin_urls():
    """For the "register_admin_urls" hook (Wagtail adds its admin-access check)."""
    from .grouping_views import grouping_urls  # imports this module's helpers

    return [
        re_path(r"^snippets/forums/moderationword/(?P<rest>.*)$", former_address, name="comments_former_words"),
        re_path(r"^settings/forums/commentsettings/(?P<rest>.*)$", former_address, name="comments_former_settings"),
        path("kiem-duyet/", queue, name=QUEUE_URL_NAME),
        path("kiem-duyet/hang-loat/", bulk_action, name="comments_moderation_bulk"),
        path("kiem-duyet/xoa-du-lieu/", erasure, name="comments_erasure"),
        *grouping_urls(),
        path("kiem-duyet/<int:pk>/", comment_detail, name="comments_moderation_detail"),
        path("kiem-duyet/<int:pk>/xu-ly/", comment_action, name="comments_moderation_action"),
    ]
