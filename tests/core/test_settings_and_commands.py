import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {
        k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="k" * 20 + "production-secret-for-the-check-only-0123456789",
        ALLOWED_HOSTS="toasoan.example.vn",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="cms.settings.production", ALLOWED_HOSTS="toasoan.example.vn")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_ensure_admin_creates_the_superuser_once(monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    printed = out.getvalue()
    password = printed.split("Mật khẩu (chỉ in một lần, hãy ghi lại): ")[1].split()[0]
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)

    again = io.StringIO()
    call_command("ensure_admin", stdout=again)
    assert "đã có" in again.getvalue() and "Mật khẩu" not in again.getvalue()
    assert User.objects.filter(username="admin").count() == 1


@pytest.mark.django_db
def test_ensure_admin_uses_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "mat-khau-tu-bien-moi-truong")
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    assert "Mật khẩu" not in out.getvalue()
    assert User.objects.get(username="admin").check_password("mat-khau-tu-bien-moi-truong")
