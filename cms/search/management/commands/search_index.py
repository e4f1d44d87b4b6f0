"""manage.py search_index rebuild|update|status — the public search index.

Wagtail's own `update_index` keeps the admin's search; this one keeps the
readers' search (embedded, and Elasticsearch when ELASTICSEARCH_URL is set)."""

from itertools import islice

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Page

from cms.search import service
from cms.search.documents import SOURCES, SiteFinder, document_for, indexable_pages, load_sources, publication_date
from cms.search.models import SearchEntry

BATCH = 500


def batches(iterable, size=BATCH):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Command(BaseCommand):
    help = "Chỉ mục tìm kiếm cho bạn đọc: rebuild (dựng lại), update (bổ sung, gỡ bài không còn công khai), status."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"], help="rebuild | update | status")
        parser.add_argument("--no-progress", action="store_true", help="Không hiện thanh tiến độ.")

    def handle(self, action, no_progress=False, **options):
        load_sources()
        self.progress = not no_progress
        getattr(self, action)()

    def _indexable_count(self):
        return sum(model.objects.live().public().count() for model, _function in SOURCES.values())

    def _documents(self, pages, total):
        sites = SiteFinder()
        # disable=None: no bar when stderr is not a terminal (a log would get every update).
        bar = tqdm(total=total, unit="trang", disable=True if not self.progress else None, file=self.stderr._out)
        for page in pages:
            bar.update(1)
            document = document_for(page, sites)
            if document is not None:
                yield document
        bar.close()

    def rebuild(self):
        total = self._indexable_count()
        embedded = service.embedded_backend()
        external = service.external_backend()
        if external is not None:
            try:
                external.rebuild(self._documents(indexable_pages(), total))
            except Exception as error:
                raise CommandError(f"Không dựng lại được chỉ mục Elasticsearch: {error}") from error
        # Built aside and swapped in at once: searches meanwhile see the old index, whole.
        started = timezone.now()
        indexed = embedded.rebuild(batches(self._documents(indexable_pages(), total)))
        embedded.forget_vocabulary()
        # What was published or taken down while it was built went to the old index.
        changed = {
            pk
            for model, _function in SOURCES.values()
            for pk in model.objects.filter(last_published_at__gte=started).values_list("pk", flat=True)
        }
        wanted = {
            pk
            for model, _function in SOURCES.values()
            for pk in model.objects.live().public().values_list("pk", flat=True)
        }
        indexed_now = embedded.indexed_ids()
        service.remove_pages(sorted(indexed_now - wanted), external=False)
        for chunk in batches(sorted(changed | (wanted - indexed_now))):
            service.index_pages(Page.objects.filter(pk__in=chunk).specific(), external=False)
        self.stdout.write(self.style.SUCCESS(f"Đã dựng lại chỉ mục: {indexed} trang."))

    def update(self):
        embedded = service.embedded_backend()
        wanted = {
            pk
            for model, _function in SOURCES.values()
            for pk in model.objects.live().public().values_list("pk", flat=True)
        }
        indexed = embedded.indexed_ids()
        stale = sorted(indexed - wanted)
        missing = sorted(wanted - indexed)
        service.remove_pages(stale)
        added = 0
        for chunk in batches(missing):
            added += service.index_pages(Page.objects.filter(pk__in=chunk).specific())
        repaired = 0
        for chunk in batches(self._outdated(indexed & wanted)):
            repaired += service.index_pages(Page.objects.filter(pk__in=chunk).specific())
        external = service.external_backend()
        retried = external.retry_failed() if external is not None and hasattr(external, "retry_failed") else 0
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã cập nhật chỉ mục: thêm {added}, gỡ {len(stale)}, sửa {repaired}, gửi lại {retried} trang."
            )
        )

    def _outdated(self, page_ids):
        """Indexed pages whose stored title or date no longer match the page: a change saved
        without signals (a queryset update, like the demo's backdating) never reached the index."""
        stored = {
            pk: (title, published_at)
            for pk, title, published_at in SearchEntry.objects.filter(pk__in=page_ids).values_list(
                "pk", "title", "published_at"
            )
        }
        outdated = []
        rows = Page.objects.filter(pk__in=page_ids).only("pk", "title", "first_published_at", "last_published_at")
        for page in rows.iterator(chunk_size=BATCH):
            title, published_at = stored[page.pk]
            expected = publication_date(page)
            if title != page.title or (expected is not None and published_at != expected):
                outdated.append(page.pk)
        return sorted(outdated)

    def status(self):
        embedded = service.embedded_backend()
        wanted = self._indexable_count()
        self.stdout.write(f"Trang công khai cần có trong chỉ mục: {wanted}")
        self.stdout.write(f"Chỉ mục trong cơ sở dữ liệu: {embedded.count()} trang")
        external = service.external_backend()
        if external is None:
            self.stdout.write("Elasticsearch: không cấu hình (ELASTICSEARCH_URL trống).")
            return
        try:
            self.stdout.write(f"Elasticsearch ({external.url}): {external.count()} trang")
        except Exception as error:
            self.stdout.write(self.style.WARNING(f"Elasticsearch không trả lời: {error}"))
