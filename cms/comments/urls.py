"""Public comment URLs. Included before Wagtail's catch-all; the HTML paths need
more segments than a page path at `binh-luan/` would, so they cannot hide a page."""

from django.urls import path

from . import api, views

app_name = "comments"

urlpatterns = [
    path("binh-luan/gui/<int:page_id>/", views.post_comment, name="post_comment"),
    path("binh-luan/<int:comment_id>/bao-vi-pham/", views.report_comment_view, name="report_comment"),
    path("api/comments/", api.comments, name="api_comments"),
    path("api/comments/<int:comment_id>/report/", api.report, name="api_report_comment"),
]
