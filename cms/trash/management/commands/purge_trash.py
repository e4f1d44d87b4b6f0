"""`manage.py purge_trash`: delete for good what has been in the trash longer than
TRASH_RETENTION_DAYS (30). `manage.py serve` runs it periodically (PERIODIC_COMMANDS)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cms.trash import services


class Command(BaseCommand):
    help = (
        "Xóa vĩnh viễn các trang đã ở Thùng rác quá TRASH_RETENTION_DAYS ngày (mặc định 30), "
        "cùng trang con, phiên bản, bình luận và chuyển hướng của chúng."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Chỉ liệt kê các trang sẽ bị xóa, không xóa gì.")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        if settings.TRASH_RETENTION_DAYS < 1:
            raise CommandError("TRASH_RETENTION_DAYS phải từ 1 trở lên.")
        if dry_run:
            entries = list(services.expired_entries())
            for entry in entries:
                self.stdout.write(
                    f"Sẽ xóa: {entry.title} ({entry.address}), xóa lúc {timezone.localtime(entry.deleted_at):%d/%m/%Y %H:%M}"
                )
            self.stdout.write(f"{len(entries)} mục quá {settings.TRASH_RETENTION_DAYS} ngày (chạy thử, chưa xóa gì).")
            return
        purged, failed = services.purge_expired()
        if verbosity:
            for entry in purged:
                self.stdout.write(f"Đã xóa vĩnh viễn: {entry.title} ({entry.address})")
            self.stdout.write(f"Đã xóa vĩnh viễn {len(purged)} mục quá {settings.TRASH_RETENTION_DAYS} ngày.")
        if failed:
            raise CommandError(
                "Không xóa được: "
                + ", ".join(entry.title for entry in failed)
                + " (nội dung khác còn tham chiếu bắt buộc)."
            )
