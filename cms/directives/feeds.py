"""RSS 2.0 feed of newly issued directives (<library>/rss/)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

FEED_SIZE = 30


class DirectiveFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, library):
        return library

    def title(self, library):
        return library.title

    def link(self, library):
        return library.get_full_url(self.request)

    def description(self, library):
        return library.intro or "Văn bản chỉ đạo mới ban hành"

    def items(self, library):
        # Newest published first: a reader's feed shows what just came out.
        return library.directives().order_by("-first_published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.kind_label} số {item.number}: {item.summary[:200]}"

    def item_description(self, item):
        return f"{item.issuer.name} ban hành ngày {item.issued_on:%d/%m/%Y}. Trích yếu: {item.summary}"

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [item.kind_label, item.issuer.short_name]
