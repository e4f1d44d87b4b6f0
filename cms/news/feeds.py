"""RSS 2.0 feeds: the whole outlet (/rss/) and each column (<column>/rss/)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

from cms.core.models import OutletSettings

FEED_SIZE = 30


class _ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(author.byline for author in item.byline_authors()) or None

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)


class OutletFeed(_ArticleFeed):
    def get_object(self, request):
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("Không có cơ quan báo chí nào ở địa chỉ này.")
        return site.root_page.specific

    def title(self, home):
        return OutletSettings.for_site(home.get_site()).name

    def link(self, home):
        return home.get_full_url(self.request)

    def description(self, home):
        return f"Tin bài mới nhất của {self.title(home)}"

    def items(self, home):
        return home.outlet_articles()[:FEED_SIZE]


class ColumnFeed(_ArticleFeed):
    def get_object(self, request, column):
        return column

    def title(self, column):
        return column.title

    def link(self, column):
        return column.get_full_url(self.request)

    def description(self, column):
        return column.intro or f"Tin bài chuyên mục {column.title}"

    def items(self, column):
        return column.articles()[:FEED_SIZE]
