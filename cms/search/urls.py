from django.urls import path

from . import api, views

app_name = "search"

urlpatterns = [
    path("tim-kiem/", views.search_page, name="search"),
    path("api/search/", api.search, name="api_search"),
    path("api/search/suggest/", api.suggest, name="api_suggest"),
]
