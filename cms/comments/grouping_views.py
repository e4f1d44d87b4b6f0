"""Moderation of groups of near-identical opinions (issue 15): /admin/kiem-duyet/nhom/.

- nhom/: the pages (forums) that have groups, for the moderator's outlets;
- nhom/<page id>/: a page's groups, largest first (size, opinions still pending,
  the representative opinion, frequent words);
- nhom/xu-ly/<group id>/?action=approve|reject|spam: a confirmation page (GET),
  then the decision (POST) for the group's opinions, through the same
  moderation functions as one comment's buttons: one status change and one audit
  entry per opinion, nothing deleted.

Groups are computed by `manage.py group_opinions` (cms/comments/grouping.py)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail.models import Page

from . import moderation
from .admin_views import QUEUE_URL_NAME, admin_context, deny
from .grouping import group_status_counts
from .models import APPROVED, PENDING, OpinionGroup

PER_PAGE = 50
# One request decides at most this many opinions (one logged save each): a larger
# group is decided in several confirmations, each saying how many are left.
MAX_GROUP_ACTION = 2000

# action: (button, statuses it applies to, confirmation question, done message)
GROUP_ACTIONS = {
    "approve": ("Duyệt cả nhóm", (PENDING,), "Duyệt {n} ý kiến đang chờ duyệt của nhóm #{pk}?", "Đã duyệt {n} ý kiến."),
    "reject": (
        "Từ chối cả nhóm",
        (PENDING, APPROVED),
        "Từ chối {n} ý kiến (chờ duyệt và đã duyệt) của nhóm #{pk}?",
        "Đã từ chối {n} ý kiến.",
    ),
    "spam": (
        "Thư rác cả nhóm",
        (PENDING, APPROVED),
        "Chuyển {n} ý kiến (chờ duyệt và đã duyệt) của nhóm #{pk} vào thư rác?",
        "Đã chuyển {n} ý kiến vào thư rác.",
    ),
}


def _visible_pages(user):
    """Pages with groups the user may moderate (moderation.moderated_sites)."""
    pages = Page.objects.filter(pk__in=OpinionGroup.objects.values("page_id"))
    sites = moderation.moderated_sites(user)
    if sites is None:
        return pages
    return pages.filter(moderation.site_filter(sites, prefix="")) if sites else pages.none()


def group_index(request):
    if not moderation.can_moderate(request.user):
        return deny(request)
    pages = (
        _visible_pages(request.user)
        .annotate(group_count=Count("opinion_groups"))
        .order_by("-latest_revision_created_at", "pk")
    )
    return TemplateResponse(
        request,
        "comments_admin/groups_index.html",
        admin_context("Nhóm ý kiến giống nhau", pages=pages, queue_url=reverse(QUEUE_URL_NAME)),
    )


def page_groups(request, page_id):
    if not moderation.can_moderate(request.user):
        return deny(request)
    page = get_object_or_404(_visible_pages(request.user), pk=page_id)
    groups = OpinionGroup.objects.filter(page=page).select_related("representative").order_by("-size", "pk")
    page_obj = Paginator(groups, PER_PAGE).get_page(request.GET.get("p"))
    counts = group_status_counts(list(page_obj.object_list))
    rows = [
        {
            "group": group,
            "pending": counts[group.pk][PENDING],
            "approved": counts[group.pk][APPROVED],
            "actions": [(action, spec[0]) for action, spec in GROUP_ACTIONS.items()],
        }
        for group in page_obj.object_list
    ]
    computed_at = rows[0]["group"].computed_at if rows else None
    return TemplateResponse(
        request,
        "comments_admin/groups.html",
        admin_context(
            "Nhóm ý kiến giống nhau",
            page.title,
            forum=page,
            rows=rows,
            page_obj=page_obj,
            computed_at=computed_at,
            index_url=reverse("comments_groups"),
        ),
    )


def group_action(request, pk):
    user = request.user
    if not moderation.can_moderate(user):
        return deny(request)
    group = get_object_or_404(OpinionGroup.objects.filter(page__in=_visible_pages(user)).select_related("page"), pk=pk)
    back = reverse("comments_page_groups", args=[group.page_id])
    action = request.POST.get("action") or request.GET.get("action") or ""
    if action not in GROUP_ACTIONS:
        messages.error(request, "Thao tác không hợp lệ.")
        return HttpResponseRedirect(back)
    label, statuses, question, done = GROUP_ACTIONS[action]
    members = moderation.visible_comments(user).filter(group=group, status__in=statuses).order_by("pk")
    count = members.count()
    error = ""
    if request.method == "POST":
        if not count:
            messages.warning(request, "Nhóm không còn ý kiến nào để xử lý.")
            return HttpResponseRedirect(back)
        reason = request.POST.get("reason", "")
        batch = list(members.select_related("page")[:MAX_GROUP_ACTION])
        function = moderation.STATUS_ACTIONS[action]
        if action != "reject" and not reason.strip():
            reason = f"Xử lý theo nhóm ý kiến giống nhau #{group.pk}"
        try:
            changed = function(batch, user, reason)
        except moderation.ModerationError as failure:
            error = failure.message
        else:
            left = count - len(batch)
            message = done.format(n=changed)
            if left:
                message += f" Còn {left} ý kiến của nhóm: xác nhận thêm lần nữa để xử lý tiếp."
            messages.success(request, message)
            return HttpResponseRedirect(back)
    representative = group.representative
    return TemplateResponse(
        request,
        "comments_admin/group_confirm.html",
        admin_context(
            label,
            f"Nhóm #{group.pk}",
            group=group,
            action=action,
            label=label,
            question=question.format(n=count, pk=group.pk),
            count=count,
            batch_limit=MAX_GROUP_ACTION,
            needs_reason=action == "reject",
            error=error,
            representative=representative,
            back_url=back,
        ),
        status=400 if error else 200,
    )


def grouping_urls():
    return [
        path("kiem-duyet/nhom/", group_index, name="comments_groups"),
        path("kiem-duyet/nhom/<int:page_id>/", page_groups, name="comments_page_groups"),
        path("kiem-duyet/nhom/xu-ly/<int:pk>/", group_action, name="comments_group_action"),
    ]
