"""manage.py import_nukeviet mysql://USER:PASS@HOST:PORT/DB [--prefix nv4] [--lang vi]
[--uploads PATH] [--site HOST[:PORT]] [--remote-images] [--dry-run]"""

import sys

from django.core.management.base import BaseCommand, CommandError

from cms.nukeviet.importer import KIND_LABELS, Importer
from cms.nukeviet.source import SourceError

MAX_LISTED = 50


class Command(BaseCommand):
    help = "Nhập chuyên mục, bài viết, bình luận và thư viện văn bản từ cơ sở dữ liệu NukeViet 4."

    def add_arguments(self, parser):
        parser.add_argument("url", help="mysql://USER:PASS@HOST:PORT/DB")
        parser.add_argument("--prefix", default="nv4", help="tiền tố bảng của NukeViet (mặc định nv4)")
        parser.add_argument("--lang", default="vi", help="ngôn ngữ dữ liệu (mặc định vi)")
        parser.add_argument("--uploads", help="thư mục uploads của NukeViet (ảnh, tệp đính kèm)")
        parser.add_argument("--site", help="HOST[:PORT] của site nhận nội dung (mặc định: site mặc định)")
        parser.add_argument(
            "--remote-images",
            action="store_true",
            help="tải về ảnh trong bài nằm ở máy chủ khác (mỗi ảnh một lần; tối đa 10 MB, chờ 10 giây)",
        )
        parser.add_argument("--dry-run", action="store_true", help="chỉ báo sẽ làm gì, không ghi gì")
        parser.add_argument("--no-progress", action="store_true", help="không hiện thanh tiến độ")

    def handle(self, *args, **options):
        try:
            importer = Importer(
                options["url"],
                prefix=options["prefix"],
                lang=options["lang"],
                uploads=options["uploads"],
                site=options["site"],
                dry_run=options["dry_run"],
                remote_images=options["remote_images"],
                out=self._write,
                progress=False if options["no_progress"] else sys.stderr.isatty(),
            )
        except SourceError as error:
            raise CommandError(str(error)) from error
        if options["dry_run"]:
            self.stdout.write("Chạy thử (--dry-run): không ghi gì vào cơ sở dữ liệu.")
        report = importer.run()
        self.print_report(report, options["dry_run"])

    def _write(self, message):
        from tqdm import tqdm

        tqdm.write(message, file=self.stdout._out)

    def print_report(self, report, dry_run):
        self.stdout.write("")
        self.stdout.write("Kết quả" + (" (chạy thử, đã hủy mọi thay đổi)" if dry_run else "") + ":")
        header = f"{'':<14}{'đọc':>9}{'tạo mới':>9}{'cập nhật':>10}{'bỏ qua':>9}{'lỗi':>7}"
        self.stdout.write(header)
        for kind, label in KIND_LABELS.items():
            c = report.counts[kind]
            if not any(c.values()):
                continue
            self.stdout.write(
                f"{label:<14}{c['read']:>9}{c['created']:>9}{c['updated']:>10}{c['skipped']:>9}{c['failed']:>7}"
            )
        if report.problems:
            self.stdout.write(f"Dòng lỗi ({len(report.problems)}):")
            for kind, source_id, reason in report.problems[:MAX_LISTED]:
                self.stdout.write(f"  {KIND_LABELS[kind]} #{source_id}: {reason}")
        if report.notes:
            self.stdout.write(f"Ghi chú ({len(report.notes)}):")
            for kind, source_id, note in report.notes[:MAX_LISTED]:
                self.stdout.write(f"  {KIND_LABELS[kind]} #{source_id}: {note}")
            if len(report.notes) > MAX_LISTED:
                self.stdout.write(f"  … và {len(report.notes) - MAX_LISTED} ghi chú khác.")
