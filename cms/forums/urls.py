"""Public forum URLs (issue 15), included before Wagtail's catch-all."""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from . import views

app_name = "forums"

urlpatterns = [
    path("api/forums/<str:forum_id>/tally/", views.forum_tally, name="api_forum_tally"),
    # csrf_exempt: cached pages carry no token; posted_from_this_site checks Origin/Referer.
    path(
        "gop-y/dien-dan/<str:forum_id>/dang-ky-bao-cao/",
        csrf_exempt(views.subscribe_response),
        name="subscribe_response",
    ),
]
