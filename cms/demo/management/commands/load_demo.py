"""`manage.py load_demo`: the demo outlets, columns, articles and users (see cms/demo/loader.py;
the content is in cms/demo/data/*.yaml)."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cms.demo.loader import load_demo
from cms.demo.validate import DemoDataError


class Command(BaseCommand):
    help = (
        "Nạp nội dung mẫu: hai cơ quan báo chí (Cổng thông tin điện tử Thành ủy tại localhost và báo điện tử "
        "quận tại ninhkieu.localhost) với chuyên mục, chuyên trang, tác giả, bài viết, ảnh, tài liệu PDF, lượt "
        "xem và các tài khoản thử nghiệm (phongvien, bientap, tongbientap, kiemduyet). Thay trang chào mừng mặc "
        "định của Wagtail. Chạy lại lần nữa thì không tạo thêm gì."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Mật khẩu cho các tài khoản thử nghiệm. Mặc định lấy từ biến môi trường DEMO_USER_PASSWORD, "
            "rồi DEMO_ADMIN_PASSWORD; nếu không có, tạo ngẫu nhiên và in ra một lần.",
        )

    def handle(self, *args, password=None, **options):
        started = time.monotonic()
        try:
            summary = load_demo(stdout=self.stdout, password=password)
        except DemoDataError as error:  # a bad data file: named, nothing written
            raise CommandError(f"Dữ liệu mẫu không hợp lệ: {error}") from None
        # The demo makes live pages directly, without publishing signals: index them here.
        call_command("search_index", "update", no_progress=True, stdout=self.stdout)
        if summary is not None:
            self.stdout.write(self.style.SUCCESS(f"Đã nạp nội dung mẫu trong {time.monotonic() - started:.1f} giây."))
