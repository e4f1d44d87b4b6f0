"""Comment moderation in the admin (/admin/kiem-duyet/): the queue with its
tabs and filters, per-row and bulk actions, a comment's page with its history
and the official reply, opinions entered on someone's behalf, and erasure.

Every view answers 403 (not Wagtail's redirect to the dashboard) to users
without `forums.change_comment`; which comments a moderator sees is decided by
`moderation.visible_comments` (outlets the user belongs to, see there)."""

from collections import Counter
from datetime import datetime, time, timedelta

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.log_actions import registry as log_registry
from wagtail.models import Site

from cms.core.text import fold_for_matching

from . import moderation
from .api import parse_id
from .models import (
    APPROVED,
    OFFLINE_SOURCES,
    PENDING,
    REJECTED,
    SPAM,
    STANCE_CHOICES,
    WITHDRAWN,
    Comment,
    CommentReport,
    ForumPage,
    ForumSection,
)
from .moderation import ModerationError

PER_PAGE = 50
MAX_BULK = 500
MAX_ID = 2**63 - 1
SHORTCUTS_HELP = "Phím tắt: a = duyệt, r = từ chối, n = bình luận tiếp theo"

QUEUE_URL_NAME = "forums_moderation_queue"

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


def _deny(request, message="Bạn không có quyền kiểm duyệt bình luận."):
    # Returned, not raised: the admin's require_admin_access would turn a raised
    # PermissionDenied into a redirect to the dashboard.
    return permission_denied(request, PermissionDenied(message))


def _admin_context(title, subtitle="", icon="comment", **extra):
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


class QueueFilterForm(forms.Form):
    site = forms.ModelChoiceField(
        label="Cơ quan báo chí", queryset=Site.objects.none(), required=False, empty_label="Tất cả"
    )
    page = forms.IntegerField(
        label="ID trang",
        required=False,
        min_value=1,
        max_value=MAX_ID,
        error_messages={"invalid": "ID trang là một số."},
    )
    section = forms.ModelChoiceField(
        label="Mục góp ý", queryset=ForumSection.objects.none(), required=False, empty_label="Tất cả"
    )
    stance = forms.ChoiceField(label="Quan điểm", choices=[("", "Tất cả")] + STANCE_CHOICES, required=False)
    date_from = forms.DateField(
        label="Gửi từ ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    date_to = forms.DateField(
        label="Đến ngày", required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    reason = forms.CharField(label="Lý do có chứa", required=False, max_length=200)
    q = forms.CharField(label="Tìm trong nội dung, họ tên", required=False, max_length=200)

    def __init__(self, *args, sites=None, **kwargs):
        super().__init__(*args, **kwargs)
        site_queryset = Site.objects.select_related("root_page").order_by("site_name", "hostname")
        sections = ForumSection.objects.select_related("page").order_by("page__title", "sort_order")
        if sites is not None:
            site_queryset = site_queryset.filter(pk__in=[site.pk for site in sites])
            sections = sections.filter(moderation.site_filter(sites))
        self.fields["site"].queryset = site_queryset
        self.fields["site"].label_from_instance = lambda site: site.site_name or site.hostname
        self.fields["section"].queryset = sections
        self.fields["section"].label_from_instance = lambda section: f"{section.page.title} — {section.title}"

    def apply(self, queryset):
        """Filters that are valid; invalid ones are reported by the form and ignored."""
        data = self.cleaned_data if self.is_bound else {}
        if data.get("site"):
            queryset = queryset.filter(page__path__startswith=data["site"].root_page.path)
        if data.get("page"):
            queryset = queryset.filter(page_id=data["page"])
        if data.get("section"):
            queryset = queryset.filter(section=data["section"])
        if data.get("stance"):
            queryset = queryset.filter(stance=data["stance"])
        tz = timezone.get_current_timezone()
        if data.get("date_from"):
            queryset = queryset.filter(created_at__gte=datetime.combine(data["date_from"], time.min, tzinfo=tz))
        if data.get("date_to"):
            end = datetime.combine(data["date_to"] + timedelta(days=1), time.min, tzinfo=tz)
            queryset = queryset.filter(created_at__lt=end)
        if data.get("reason"):
            queryset = queryset.filter(status_reason__icontains=data["reason"].strip())
        if data.get("q"):
            # Folded like Comment.search_text: `dang` finds `Đảng`, on SQLite and PostgreSQL alike.
            term = " ".join(fold_for_matching(data["q"]).split())
            if term:
                queryset = queryset.filter(search_text__contains=term)
        return queryset


class OfficialReplyForm(forms.Form):
    text = forms.CharField(
        label="Nội dung trả lời chính thức",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        error_messages={"required": "Cần nhập nội dung trả lời chính thức."},
    )
    by = forms.CharField(
        label="Cơ quan trả lời",
        max_length=200,
        error_messages={"required": "Cần ghi cơ quan trả lời."},
        help_text="Ví dụ: Sở Giáo dục và Đào tạo",
    )


class OfflineEntryForm(forms.Form):
    forum = forms.ModelChoiceField(
        label="Diễn đàn góp ý",
        queryset=ForumPage.objects.none(),
        error_messages={"required": "Chọn diễn đàn.", "invalid_choice": "Diễn đàn không có trong danh sách."},
    )
    source = forms.ChoiceField(
        label="Nguồn ý kiến",
        choices=[("", "— Chọn nguồn —")] + [choice for choice in OFFLINE_SOURCES if choice[0]],
        error_messages={"required": "Chọn nguồn của ý kiến.", "invalid_choice": "Nguồn không hợp lệ."},
    )
    author_name = forms.CharField(label="Họ tên người góp ý", max_length=100, required=False)
    organisation = forms.CharField(label="Cơ quan, tổ chức", max_length=200, required=False)
    locality = forms.CharField(label="Phường, xã", max_length=100, required=False)
    section = forms.ModelChoiceField(
        label="Mục góp ý",
        queryset=ForumSection.objects.none(),
        required=False,
        empty_label="(Không theo mục)",
        error_messages={"invalid_choice": "Mục góp ý không có trong danh sách."},
    )
    stance = forms.ChoiceField(label="Quan điểm", choices=[("", "(Không ghi)")] + STANCE_CHOICES, required=False)
    body = forms.CharField(
        label="Nội dung ý kiến",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=20000,
        error_messages={"required": "Cần nhập nội dung ý kiến."},
    )
    received_on = forms.DateField(
        label="Ngày nhận ý kiến",
        required=False,
        help_text="Để trống: hôm nay.",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, sites=None, **kwargs):
        super().__init__(*args, **kwargs)
        forums = ForumPage.objects.order_by("-opens_at", "title")
        sections = ForumSection.objects.select_related("page").order_by("page__title", "sort_order")
        if sites is not None:
            forums = forums.filter(moderation.site_filter(sites, prefix=""))
            sections = sections.filter(moderation.site_filter(sites))
        self.fields["forum"].queryset = forums
        self.fields["section"].queryset = sections
        self.fields["section"].label_from_instance = lambda section: f"{section.page.title} — {section.title}"

    def clean(self):
        data = super().clean()
        if not (data.get("author_name", "").strip() or data.get("organisation", "").strip()):
            self.add_error("author_name", "Ghi họ tên người góp ý hoặc tên cơ quan, tổ chức.")
        forum, section = data.get("forum"), data.get("section")
        if forum and section and section.page_id != forum.pk:
            self.add_error("section", "Mục này không thuộc diễn đàn đã chọn.")
        received_on = data.get("received_on")
        if received_on and received_on > timezone.localdate():
            self.add_error("received_on", "Ngày nhận ý kiến không thể ở tương lai.")
        return data


class ErasureForm(forms.Form):
    email = forms.EmailField(
        label="Email của người yêu cầu",
        error_messages={"required": "Cần nhập địa chỉ email.", "invalid": "Địa chỉ email không hợp lệ."},
    )
    confirm = forms.BooleanField(
        label="Tôi xác nhận người này đã yêu cầu xóa dữ liệu cá nhân; việc này không hoàn tác được.",
        error_messages={"required": "Hãy đánh dấu ô xác nhận."},
    )


# ---------------------------------------------------------------- the queue


def queue(request):
    user = request.user
    if not moderation.can_moderate(user):
        return _deny(request)
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
        .select_related("page", "section", "moderated_by")
        .prefetch_related(Prefetch("reports", queryset=CommentReport.objects.order_by("created_at", "pk")))
        .order_by("-created_at")
    )
    paginator = Paginator(comments, PER_PAGE)
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
    counts = {
        "cho-duyet": tab_queryset(filtered, "cho-duyet").count(),
        REPORTED: tab_queryset(filtered, REPORTED).count(),
    }
    for slug, label, _ in TABS:
        tabs.append(
            {
                "slug": slug,
                "label": label,
                "count": counts.get(slug),
                "url": "?" + urlencode({**params, "tab": slug}),
                "active": slug == tab,
            }
        )

    def page_link(number):
        return "?" + urlencode({**params, "tab": tab, "p": number})

    return TemplateResponse(
        request,
        "forums_admin/queue.html",
        _admin_context(
            "Kiểm duyệt bình luận",
            dict((slug, label) for slug, label, _ in TABS)[tab],
            tab=tab,
            tabs=tabs,
            rows=rows,
            page_obj=page_obj,
            paginator=paginator,
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
        return _deny(request)
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
        return _deny(request)
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
        return _deny(request)
    comment = get_object_or_404(
        moderation.visible_comments(user).select_related("page", "section", "parent", "moderated_by", "entered_by"),
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
                return HttpResponseRedirect(reverse("forums_moderation_detail", args=[comment.pk]))
    history = log_registry.get_logs_for_instance(comment).select_related("user").order_by("-timestamp", "-pk")
    reports = comment.reports.order_by("-created_at", "-pk")
    return TemplateResponse(
        request,
        "forums_admin/detail.html",
        _admin_context(
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


# ---------------------------------------------------------------- offline opinions


def offline_entry(request):
    user = request.user
    if not moderation.can_moderate(user):
        return _deny(request)
    sites = moderation.moderated_sites(user)
    initial = {"forum": parse_id(request.GET.get("forum"))} if parse_id(request.GET.get("forum")) else {}
    form = OfflineEntryForm(request.POST or None, sites=sites, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        author_name = data["author_name"].strip() or data["organisation"].strip()
        comment = Comment(
            page=data["forum"].page_ptr,
            author_name=author_name,
            organisation=data["organisation"].strip(),
            locality=data["locality"].strip(),
            section=data["section"],
            stance=data["stance"],
            body=data["body"].strip(),
            source=data["source"],
        )
        if data.get("received_on"):
            received = datetime.combine(data["received_on"], time(12), tzinfo=timezone.get_current_timezone())
            comment.created_at = min(received, timezone.now())
        moderation.record_offline_entry(comment, user)
        messages.success(request, f"Đã nhập ý kiến của {author_name} vào “{data['forum'].title}” (đã duyệt).")
        return HttpResponseRedirect(reverse("forums_offline_entry") + f"?forum={data['forum'].pk}&da-luu={comment.pk}")
    saved = None
    saved_id = request.GET.get("da-luu") or ""
    if parse_id(saved_id):
        saved = moderation.visible_comments(user).filter(pk=int(saved_id)).first()
    return TemplateResponse(
        request,
        "forums_admin/offline_entry.html",
        _admin_context(
            "Nhập ý kiến thu thập trực tiếp",
            form=form,
            saved=saved,
            queue_url=reverse(QUEUE_URL_NAME),
            detail_url=reverse("forums_moderation_detail", args=[saved.pk]) if saved else None,
        ),
        status=400 if request.method == "POST" else 200,
    )


# ---------------------------------------------------------------- erasure


def erasure(request):
    user = request.user
    if not moderation.can_moderate(user) or not moderation.can_erase(user):
        return _deny(request, "Chỉ Tổng biên tập và quản trị viên được xóa dữ liệu cá nhân.")
    form = ErasureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        count = moderation.anonymise_person(form.cleaned_data["email"], user)
        if count:
            messages.success(request, f"Đã xóa dữ liệu cá nhân trong {count} bình luận; nội dung bình luận được giữ.")
        else:
            messages.warning(request, "Không có bình luận nào gửi bằng địa chỉ email này.")
        return HttpResponseRedirect(reverse("forums_erasure"))
    return TemplateResponse(
        request,
        "forums_admin/erasure.html",
        _admin_context("Xóa dữ liệu cá nhân theo yêu cầu", form=form, queue_url=reverse(QUEUE_URL_NAME)),
        status=400 if request.method == "POST" else 200,
    )


def admin_urls():
    """For the "register_admin_urls" hook (Wagtail adds its admin-access check)."""
    return [
        path("kiem-duyet/", queue, name=QUEUE_URL_NAME),
        path("kiem-duyet/hang-loat/", bulk_action, name="forums_moderation_bulk"),
        path("kiem-duyet/nhap-y-kien/", offline_entry, name="forums_offline_entry"),
        path("kiem-duyet/xoa-du-lieu/", erasure, name="forums_erasure"),
        path("kiem-duyet/<int:pk>/", comment_detail, name="forums_moderation_detail"),
        path("kiem-duyet/<int:pk>/xu-ly/", comment_action, name="forums_moderation_action"),
    ]
