"""Admin hooks of cms.core: capped image renditions and upload views that survive a
full disk (issue 17; see cms/core/image_limits.py and cms/core/upload_views.py)."""

from django.urls import path
from wagtail import hooks

from . import image_limits, upload_views


@hooks.register("register_image_operations", order=100)
def register_capped_image_operations():
    # Registered after Wagtail's own (order 0), so these replace them.
    return image_limits.CAPPED_OPERATIONS


@hooks.register("register_admin_urls", order=-100)
def register_upload_views():
    # Matched before wagtailimages'/wagtaildocs' own patterns for the same addresses,
    # so reverse("wagtailimages:add") etc. still name these URLs.
    return [
        path("images/add/", upload_views.ImageCreateView.as_view(), name="core_images_add"),
        path("images/<int:image_id>/", upload_views.ImageEditView.as_view(), name="core_images_edit"),
        path("images/multiple/add/", upload_views.ImageMultipleAddView.as_view(), name="core_images_add_multiple"),
        path("documents/add/", upload_views.DocumentCreateView.as_view(), name="core_documents_add"),
        path(
            "documents/edit/<int:document_id>/",
            upload_views.DocumentEditView.as_view(),
            name="core_documents_edit",
        ),
        path(
            "documents/multiple/add/",
            upload_views.DocumentMultipleAddView.as_view(),
            name="core_documents_add_multiple",
        ),
    ]
