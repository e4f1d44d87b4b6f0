"""Outlet-wide public views that are not pages: robots.txt, the outlet feed and
the Google News sitemap (articles of the last 48 hours)."""

from datetime import timedelta

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from wagtail.models import Site

from cms.core.models import OutletSettings

from .feeds import OutletFeed

outlet_feed = OutletFeed()


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /*?print=1",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news_sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def news_sitemap(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("Không có cơ quan báo chí nào ở địa chỉ này.")
    home = site.root_page.specific
    since = timezone.now() - timedelta(hours=48)
    articles = home.outlet_articles().filter(first_published_at__gte=since)[:1000]
    return TemplateResponse(
        request,
        "sitemaps/news_sitemap.xml",
        {"articles": articles, "publication_name": OutletSettings.for_site(site).name},
        content_type="application/xml; charset=utf-8",
    )
