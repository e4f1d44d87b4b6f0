"""The site's URLs plus a bare view, the baseline `make bench` compares against."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns

BARE_BODY = {"html": b""}


def bare_page(request):
    # Same bytes as the article page, no template, no database.
    return HttpResponse(BARE_BODY["html"], content_type="text/html; charset=utf-8")


urlpatterns = [path("__bench__/bare/", bare_page)] + site_urlpatterns
