"""RSS 2.0 feeds: newly issued directives (<library>/rss/) and progress on their tasks."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
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


class ProgressFeed(Feed):
    """RSS 2.0 of the progress reports on directives' tasks: of a whole library
    (<library>/tien-do/rss/) or of one directive (<library>/tien-do/<id>/rss/)."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, library, directive):
        return (library, directive)

    def title(self, obj):
        library, directive = obj
        if directive is not None:
            return f"Tiến độ thực hiện {directive.kind_label} {directive.number}"
        return f"{library.title}: tiến độ thực hiện nhiệm vụ"

    def link(self, obj):
        library, directive = obj
        return (directive or library).get_full_url(self.request)

    def description(self, obj):
        return "Báo cáo tiến độ, sơ kết, tổng kết các nhiệm vụ của văn bản chỉ đạo"

    def items(self, obj):
        library, directive = obj
        reports = library.progress_reports()
        if directive is not None:
            reports = reports.filter(task__page=directive)
        return reports.select_related("task", "task__page", "article").order_by("-date", "-pk")[:FEED_SIZE]

    def item_title(self, report):
        task = report.task
        return f"{task.page.number} – nhiệm vụ {task.label}: {report.get_kind_display()} ngày {report.date:%d/%m/%Y}"

    def item_description(self, report):
        return f"{report.task.title}. {report.text}"

    def item_link(self, report):
        return f"{report.task.page.get_full_url(self.request)}#{report.task.anchor}"

    def item_guid(self, report):
        return f"{self.item_link(report)}-bao-cao-{report.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, report):
        # A report is dated, not timed: 08:00 that day in the site's time zone.
        return timezone.make_aware(datetime.combine(report.date, time(8, 0)))

    def item_categories(self, report):
        return [report.get_kind_display(), report.task.page.number]
