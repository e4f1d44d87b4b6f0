"""Public JSON of directives' tasks. Included before Wagtail's catch-all."""

from django.urls import path

from . import api

app_name = "directives"

urlpatterns = [
    path("api/directives/tasks/", api.tasks, name="api_tasks"),
]
