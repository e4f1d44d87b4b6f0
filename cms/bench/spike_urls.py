"""`make bench-spike`'s URLs: the site plus the project's bare view, 24 KB of bytes with no
template and no database, inside the full settings and middleware stack (the same bytes
as cms.bench.spike's bare Django view, which has no middleware)."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns

BARE_BODY = b"x" * 24_000


def bare_page(request):
    return HttpResponse(BARE_BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("__bench__/bare/", bare_page)] + site_urlpatterns
