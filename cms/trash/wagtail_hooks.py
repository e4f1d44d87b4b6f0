"""Admin wiring: page deletion (one page or the explorer's bulk action) goes to the
trash instead; the trash's menu item, URLs and history actions; pages in the trash
are hidden from the explorer and the choosers and cannot be edited, moved or
copied until restored. Model-level `page.delete()` stays a real delete."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.log_actions import LogFormatter
from wagtail.models import ReferenceIndex

from . import services
from .views import INDEX_URL_NAME, admin_urls


class TrashMenuItem(MenuItem):
    def is_shown(self, request):
        return services.can_manage(request.user)


@hooks.register("register_admin_menu_item")
def register_trash_menu_item():
    return TrashMenuItem("Thùng rác", reverse(INDEX_URL_NAME), name="thung-rac", icon_name="bin", order=10000)


@hooks.register("register_admin_urls")
def register_trash_urls():
    return admin_urls()


@hooks.register("register_log_actions")
def register_trash_log_actions(actions):
    for action, (label, message) in services.LOG_ACTIONS.items():
        actions.register_action(action)(
            type("TrashActionFormatter", (LogFormatter,), {"label": label, "message": message})
        )


def _confirmed_site_name(request):
    # Wagtail's own check (type_to_delete_confirmation) also adds its error message;
    # the view runs it again when we hand back, so only look here.
    typed = request.POST.get("confirm_site_name")
    return not typed or typed == getattr(settings, "WAGTAIL_SITE_NAME", "wagtail")


@hooks.register("before_delete_page")
def trash_instead_of_delete(request, page):
    """Wagtail's delete view calls this on GET (its confirmation page is shown as is)
    and on POST, where the page goes to the trash and the view stops here."""
    if request.method != "POST":
        if request.method == "GET" and not services.check_can_trash(page):
            messages.info(
                request,
                f"Trang (cùng các trang con) sẽ được chuyển vào Thùng rác: Tổng biên tập có thể khôi phục "
                f"trong {settings.TRASH_RETENTION_DAYS} ngày, sau đó trang bị xóa vĩnh viễn.",
            )
        return None
    parent = page.get_parent()
    back = get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore", args=[parent.pk])
    if ReferenceIndex.get_references_to(page).group_by_source_object().is_protected:
        return None  # the view answers 403, as for a delete
    if not _confirmed_site_name(request):
        return None  # the view shows the confirmation again with Wagtail's message
    problem = services.check_can_trash(page)
    if problem:
        messages.error(request, problem)
        return redirect(back)
    services.trash_page(page, request.user)
    messages.success(request, f"Đã chuyển “{page.get_admin_display_title()}” vào Thùng rác.")
    return redirect(back)


@hooks.register("before_bulk_action")
def trash_instead_of_bulk_delete(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not isinstance(action_class_instance, DeleteBulkAction):
        return None
    problems = [problem for problem in (services.check_can_trash(page) for page in objects) if problem]
    if problems:
        for problem in problems:
            messages.error(request, problem)
        return redirect(action_class_instance.next_url)
    # Outermost first: a page whose ancestor is also selected goes with that ancestor.
    chosen = sorted(objects, key=lambda page: page.path)
    moved, pages = [], 0
    for page in chosen:
        if any(page.path.startswith(other.path) for other in moved):
            continue
        entry = services.trash_page(page, request.user)
        moved.append(page)
        pages += entry.page_count
    if len(moved) == 1:
        message = f"Đã chuyển “{moved[0].get_admin_display_title()}” vào Thùng rác."
    else:
        message = f"Đã chuyển {len(moved)} trang vào Thùng rác."
    if pages > len(moved):
        message = message[:-1] + f" (cùng {pages - len(moved)} trang con)."
    messages.success(request, message)
    return redirect(action_class_instance.next_url)


@hooks.register("construct_explorer_page_queryset")
def hide_trash_in_explorer(parent_page, pages, request):
    return pages.filter(services.trash_root_filter())


@hooks.register("construct_page_chooser_queryset")
def hide_trash_in_chooser(pages, request):
    return pages.filter(services.trash_root_filter())


def _refuse_in_trash(request, page):
    if page is not None and services.is_in_trash(page):
        messages.error(request, "Trang này đang ở Thùng rác: hãy khôi phục nó trước.")
        if services.can_manage(request.user):
            return redirect(INDEX_URL_NAME)
        return redirect("wagtailadmin_home")
    return None


@hooks.register("before_edit_page")
def no_edit_in_trash(request, page):
    return _refuse_in_trash(request, page)


@hooks.register("before_create_page")
def no_create_in_trash(request, parent_page, page_class):
    return _refuse_in_trash(request, parent_page)


@hooks.register("before_copy_page")
def no_copy_in_trash(request, page):
    return _refuse_in_trash(request, page)


@hooks.register("before_move_page")
def no_move_in_or_into_trash(request, page, destination):
    return _refuse_in_trash(request, page) or _refuse_in_trash(request, destination)


@hooks.register("before_unpublish_page")
def no_unpublish_in_trash(request, page):
    return _refuse_in_trash(request, page)
