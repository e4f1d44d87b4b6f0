"""Admin screens Wagtail gives no hook to scope by outlet.

Wagtail's bulk-action confirmation pages and the page chooser's "chosen multiple"
answer list the titles of whatever page ids the URL names, drafts of another
outlet included; the page types usage report shows the last-edited page of each
type across the whole tree. This middleware drops the ids of pages outside the
user's outlets before those views see them, and keeps the report for superusers.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page

from cms.core.newsroom import outlet_root_paths

ID_LISTING_PREFIXES = ("/admin/bulk/", "/admin/choose-page/chosen-multiple/")
SUPERUSER_ONLY_PREFIXES = ("/admin/reports/page-types-usage/",)


def _keep_ids_in_outlets(querydict, roots):
    ids = [value for value in querydict.getlist("id") if value.isdigit()]
    allowed = {
        str(pk)
        for pk, path in Page.objects.filter(pk__in=ids).values_list("pk", "path")
        if any(path.startswith(root) for root in roots)
    }
    # "all" means every child of `childOf`: only when that parent is in the user's outlets.
    parent = querydict.get("childOf", "")
    parent_path = Page.objects.filter(pk=parent).values_list("path", flat=True).first() if parent.isdigit() else None
    if parent_path and any(parent_path.startswith(root) for root in roots):
        allowed.add("all")
    kept = querydict.copy()
    kept.setlist("id", [value for value in querydict.getlist("id") if value in allowed])
    return kept


class OutletScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith(("/admin/bulk/", "/admin/choose-page/", "/admin/reports/"))
            and request.user.is_authenticated
        ):
            roots = outlet_root_paths(request.user)
            if roots is not None:
                if path.startswith(SUPERUSER_ONLY_PREFIXES):
                    raise PermissionDenied
                if path.startswith(ID_LISTING_PREFIXES):
                    request.GET = _keep_ids_in_outlets(request.GET, roots)
                    if request.method == "POST":
                        request.POST = _keep_ids_in_outlets(request.POST, roots)
        return self.get_response(request)
