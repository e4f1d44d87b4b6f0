"""Admin downloads of a forum's opinions (tổng hợp ý kiến): XLSX and CSV.

Wired by wagtail_hooks: `register_export_urls()` for "register_admin_urls" and
`forum_export_buttons(page, user)` for the page header / listing buttons."""

import tempfile

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.defaults import permission_denied
from wagtail.admin.auth import require_admin_access
from wagtail.admin.widgets.button import Button

from cms.comments.models import APPROVED
from cms.comments.moderation import outlet_sites, site_for_path

from .exports import NOT_PUBLISHED, build_csv, write_xlsx
from .models import ForumPage

PERMISSION = "comments.view_comment"
XLSX_URL_NAME = "forums_export_xlsx"
CSV_URL_NAME = "forums_export_csv"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"

# ?nhom= on the CSV download: which opinions (default: approved).
CSV_GROUPS = {"da-duyet": (APPROVED,), "khong-dang": NOT_PUBLISHED}


def can_export(user):
    return user.is_active and user.has_perm(PERMISSION)


def is_users_outlet(user, page):
    """A forum of one of the outlets `user` works for (all of them: None)."""
    sites = outlet_sites(user)
    return sites is None or site_for_path(page.path, sites) is not None


def export_filename(forum, extension, group=None):
    """`y-kien-<slug>-20261128.xlsx` (today, Asia/Ho_Chi_Minh)."""
    suffix = f"-{group}" if group and group != "da-duyet" else ""
    return f"y-kien-{forum.slug}{suffix}-{timezone.localdate():%Y%m%d}.{extension}"


def _download(content, content_type, filename):
    return _private(HttpResponse(content, content_type=content_type), filename)


def _private(response, filename):
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    # Names and localities of readers: not for shared caches.
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _forum_for(request, page_id):
    """(forum, None) or (None, a 403 response); 404 when not a forum.

    A 403 is returned rather than raised: require_admin_access turns a raised
    PermissionDenied into a redirect to the dashboard."""
    if not can_export(request.user):
        return None, permission_denied(request, PermissionDenied("Bạn không có quyền xem ý kiến góp ý."))
    forum = get_object_or_404(ForumPage, pk=page_id)
    if not is_users_outlet(request.user, forum):
        return None, permission_denied(request, PermissionDenied("Diễn đàn này thuộc tòa soạn khác."))
    return forum, None


@require_admin_access
def export_xlsx(request, page_id):
    forum, refusal = _forum_for(request, page_id)
    if refusal:
        return refusal
    # Issue 15: written to an unnamed temporary file (write-only mode, flat memory)
    # and streamed from it; the file disappears when the response closes it.
    output = tempfile.TemporaryFile(suffix=".xlsx")
    try:
        write_xlsx(forum, output)
    except BaseException:
        output.close()
        raise
    output.seek(0)
    response = FileResponse(output, content_type=XLSX_TYPE)
    return _private(response, export_filename(forum, "xlsx"))


@require_admin_access
def export_csv(request, page_id):
    forum, refusal = _forum_for(request, page_id)
    if refusal:
        return refusal
    group = request.GET.get("nhom", "da-duyet")
    if group not in CSV_GROUPS:
        return HttpResponseBadRequest("Nhóm ý kiến không hợp lệ (da-duyet hoặc khong-dang).")
    return _download(build_csv(forum, CSV_GROUPS[group]), CSV_TYPE, export_filename(forum, "csv", group))


def register_export_urls():
    """For the "register_admin_urls" hook: /admin/dien-dan/<page_id>/y-kien.xlsx and .csv."""
    return [
        path("dien-dan/<int:page_id>/y-kien.xlsx", export_xlsx, name=XLSX_URL_NAME),
        path("dien-dan/<int:page_id>/y-kien.csv", export_csv, name=CSV_URL_NAME),
    ]


def export_urls(page):
    return {
        "xlsx": reverse(XLSX_URL_NAME, args=[page.pk]),
        "csv": reverse(CSV_URL_NAME, args=[page.pk]),
    }


def forum_export_buttons(page, user, *args, **kwargs):
    """Download buttons for a forum page, for users who may read its opinions.

    Accepts (and ignores) the extra arguments of the "register_page_header_buttons"
    (view_name, next_url) and "register_page_listing_more_buttons" (next_url) hooks."""
    if (
        not issubclass(page.specific_class or type(page), ForumPage)
        or not can_export(user)
        or not is_users_outlet(user, page)
    ):
        return []
    urls = export_urls(page)
    return [
        Button("Tải tổng hợp ý kiến (Excel)", urls["xlsx"], icon_name="download", priority=80),
        Button("Tải ý kiến đã duyệt (CSV)", urls["csv"], icon_name="download", priority=81),
    ]
