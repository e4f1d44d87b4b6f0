"""The trash in the admin (/admin/thung-rac/): the list, restore, purge.

Only users who may restore see any of it (`services.can_manage`); each sees
the entries of the outlets they work for (`services.visible_entries`). Others
get 403, returned rather than raised (the admin's access check would turn a
raised PermissionDenied into a redirect to the dashboard)."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.admin.utils import get_valid_next_url_from_request

from cms.comments.models import Comment

from . import services

INDEX_URL_NAME = "trash_index"
PER_PAGE = 30


def _deny(request):
    return permission_denied(
        request,
        PermissionDenied(
            "Chỉ Tổng biên tập và quản trị viên được xem, khôi phục và xóa vĩnh viễn trang trong Thùng rác."
        ),
    )


def _context(title, **extra):
    return {"page_title": title, "header_title": title, "header_icon": "bin", **extra}


def _entry_or_404(request, pk):
    return get_object_or_404(services.visible_entries(request.user).select_related("page"), pk=pk)


def index(request):
    if not services.can_manage(request.user):
        return _deny(request)
    entries = (
        services.visible_entries(request.user)
        .select_related("page__content_type", "deleted_by", "site")
        .order_by("-deleted_at", "-pk")
    )
    paginator = Paginator(entries, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("p"))
    now = timezone.now()
    rows = [
        {
            "entry": entry,
            "type": entry.page.specific_class.get_verbose_name() if entry.page.specific_class else "",
            "days_left": entry.days_left(now),
            "deleted_by": (entry.deleted_by.get_full_name() or entry.deleted_by.get_username())
            if entry.deleted_by
            else "—",
        }
        for entry in page_obj
    ]
    return TemplateResponse(
        request,
        "trash_admin/index.html",
        _context(
            "Thùng rác",
            rows=rows,
            paginator=paginator,
            page_obj=page_obj,
            retention_days=settings.TRASH_RETENTION_DAYS,
        ),
    )


@require_POST
def restore(request, pk):
    if not services.can_manage(request.user):
        return _deny(request)
    entry = _entry_or_404(request, pk)
    try:
        page = services.restore(entry, request.user)
    except services.TrashError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, f"Đã khôi phục “{page.get_admin_display_title()}” về {page.get_full_url() or page.url_path}."
        )
    return HttpResponseRedirect(get_valid_next_url_from_request(request) or reverse(INDEX_URL_NAME))


def purge(request, pk):
    """GET asks for confirmation, POST purges."""
    if not services.can_manage(request.user):
        return _deny(request)
    entry = _entry_or_404(request, pk)
    if request.method == "POST":
        title = entry.title
        try:
            services.purge(entry, request.user)
        except services.TrashError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"Đã xóa vĩnh viễn “{title}”.")
        return HttpResponseRedirect(reverse(INDEX_URL_NAME))
    descendants = entry.page.get_descendants().count()
    return TemplateResponse(
        request,
        "trash_admin/confirm_purge.html",
        _context(
            f"Xóa vĩnh viễn “{entry.title}”",
            entry=entry,
            descendants=descendants,
            comment_count=Comment.objects.filter(page__path__startswith=entry.page.path).count(),
            index_url=reverse(INDEX_URL_NAME),
        ),
    )


def admin_urls():
    """For the "register_admin_urls" hook (Wagtail adds its admin-access check)."""
    return [
        path("thung-rac/", index, name=INDEX_URL_NAME),
        path("thung-rac/<int:pk>/khoi-phuc/", restore, name="trash_restore"),
        path("thung-rac/<int:pk>/xoa-vinh-vien/", purge, name="trash_purge"),
    ]
