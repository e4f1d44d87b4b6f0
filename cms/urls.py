from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import lists as api_lists
from cms.api import outlet as api_outlet
from cms.api import views as api_views
from cms.api.router import api_router
from cms.news import views as news_views

handler404 = "cms.core.views.page_not_found"
handler500 = "cms.core.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/most-read/", api_lists.most_read, name="api_most_read"),
    path("api/v2/outlet/", api_outlet.outlet, name="api_outlet"),  # before Wagtail's router
    path("api/v2/", api_router.urls),
    path("api/schema/", api_views.schema, name="api_schema"),
    path("api/schema/docs/", api_views.docs, name="api_schema_docs"),
    path("robots.txt", news_views.robots_txt, name="robots_txt"),
    path("favicon.ico", news_views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("sitemap-news.xml", news_views.news_sitemap, name="news_sitemap"),
    path("rss/", news_views.outlet_feed, name="outlet_feed"),
    path("", include("cms.comments.urls")),
    path("", include("cms.forums.urls")),
    path("", include("cms.search.urls")),
    path("", include("cms.directives.urls")),
]

# Issue 11: the view counter's 1×1 image (cms/core/view_counter.py): never cached, it
# counts the readers of pages served from the page cache or a cache in front.
from cms.core import view_counter  # noqa: E402

urlpatterns += [path("dem/<int:page_id>.gif", view_counter.view_pixel, name="view_pixel")]

if settings.SERVE_MEDIA:
    # The embedded default serves uploads itself; a scaled set-up leaves them to
    # the web server or the storage's CDN.
    from django.urls import re_path
    from django.views.static import serve

    def serve_media(request, path):
        # Documents go through /documents/<id>/<name>, which checks a private
        # collection's password or login; their files are never served here
        # (issue 17). The path is normalised as serve() does, so
        # "images/../documents/x.pdf" is refused too.
        import posixpath

        from django.http import Http404

        normalised = posixpath.normpath(path).lstrip("/").lower()
        if normalised == "documents" or normalised.startswith("documents/"):
            raise Http404
        # Private uploads (PRIVATE_MEDIA_ROOT, nomination photos) are never served here, even
        # if that folder were put inside MEDIA_ROOT (a system check warns about that too).
        from pathlib import Path

        private_root = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
        target = (Path(settings.MEDIA_ROOT) / posixpath.normpath(path).lstrip("/")).resolve()
        if target == private_root or private_root in target.parents:
            raise Http404
        # MEDIA_ROOT read per request, so a changed setting (tests) is honoured.
        return serve(request, path, document_root=settings.MEDIA_ROOT)

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += [path("", include(wagtail_urls))]
