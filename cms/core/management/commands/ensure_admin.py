"""Makes sure the superuser `admin` exists (used by `make run`)."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Tạo tài khoản quản trị `admin` nếu chưa có. Mật khẩu lấy từ biến môi trường "
        "DEMO_ADMIN_PASSWORD; nếu không có, một mật khẩu ngẫu nhiên được tạo và in ra một lần."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="Tên đăng nhập (mặc định: admin).")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Tài khoản quản trị '{username}' đã có.")
            return
        password = os.environ.get("DEMO_ADMIN_PASSWORD")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=f"{username}@example.invalid", password=password)
        self.stdout.write(self.style.SUCCESS(f"Đã tạo tài khoản quản trị '{username}'."))
        if generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Mật khẩu (chỉ in một lần, hãy ghi lại): {password}\n"
                    f"Đăng nhập tại {settings.WAGTAILADMIN_BASE_URL}/admin/"
                )
            )
