"""RSS 2.0 feeds: the whole outlet (/rss/) and each column (<column>/rss/)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from wagtail.models import Site

from cms.core.models import OutletSettings
from cms.core.pictures import STRUCTURED_DATA_SPECS

# The feed's picture: the hero's 16:9 JPEG (the one Open Graph and JSON-LD show; every
# feed reader takes JPEG).
ENCLOSURE_SPEC = STRUCTURED_DATA_SPECS[0]

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

    def item_enclosures(self, item):
        """The article's picture, with its size in bytes and type as RSS requires (one
        enclosure per item: RSS 2.0 allows no more)."""
        if not item.hero_image_id:
            return []
        rendition = item.hero_image.get_rendition(ENCLOSURE_SPEC)
        try:
            length = rendition.file.size
        except OSError:  # the file went missing: no enclosure rather than a wrong length
            return []
        return [Enclosure(self.request.build_absolute_uri(rendition.url), str(length), "image/jpeg")]

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
