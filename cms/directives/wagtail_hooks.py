from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import create_from_pdf, libraries_for


class QuickCreateMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(libraries_for(request.user))


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("van-ban/tao-tu-pdf/", create_from_pdf, name="directives_create_from_pdf")]


@hooks.register("register_admin_menu_item")
def register_quick_create_menu_item():
    return QuickCreateMenuItem(
        "Đăng văn bản từ PDF", reverse("directives_create_from_pdf"), icon_name="doc-full-inverse", order=250
    )
