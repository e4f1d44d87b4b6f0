"""`make run` is the production path: cms.settings.embedded (DEBUG off, local host names,
WhiteNoise with hashed and compressed static files), gunicorn with one worker per core,
the scheduled jobs in exactly one process, and Site records on the port served."""

import gzip
import importlib
import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import brotli
import pytest
from django.core.management import call_command
from django.db import connection
from django.templatetags.static import static
from django.test import Client, override_settings
from django.utils import timezone

from tests.factories import make_article, make_column, make_outlet

ROOT = Path(__file__).resolve().parents[2]
SILENCED = {"security.W004", "security.W008", "security.W012", "security.W016"}
# Collected for the tests: the site's and themes' own files only (Wagtail's admin,
# DRF and Swagger UI files make collectstatic take a minute and are not needed here).
IGNORED_STATIC = ["admin", "wagtail*", "rest_framework", "drf_spectacular_sidecar", "table_block"]


TEST_KEY = "clé-de-test-" + "0123456789abcdefghijklmnopqrstuvwxyz" * 2


def manage(*args, timeout=180, **env):
    """`manage.py *args` on cms.settings.embedded in a fresh process (args starting with
    "-c" run Python instead)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DEBUG")}
    environment.update(DJANGO_SETTINGS_MODULE="cms.settings.embedded", SECRET_KEY=TEST_KEY)
    environment.update(env)
    environment = {k: v for k, v in environment.items() if v is not None}
    program = list(args) if args[0] == "-c" else ["manage.py", *args]
    return subprocess.run(
        [sys.executable, *program],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def embedded_setting(name, **env):
    result = manage(
        "-c", f"import django; django.setup(); from django.conf import settings; print(repr(settings.{name}))", **env
    )
    assert result.returncode == 0, result.stderr
    return eval(result.stdout.strip())  # a repr of a bool/list printed by our own command


# ------------------------------------------------------------------ settings


def test_embedded_settings_turn_debug_off_even_if_the_environment_says_otherwise():
    assert embedded_setting("DEBUG", DEBUG="1") is False


def test_embedded_allowed_hosts_are_the_local_names_plus_the_environment():
    assert embedded_setting("ALLOWED_HOSTS") == ["127.0.0.1", "localhost", "ninhkieu.localhost", "[::1]"]
    assert embedded_setting("ALLOWED_HOSTS", ALLOWED_HOSTS="toasoan.example.vn,localhost") == [
        "127.0.0.1",
        "localhost",
        "ninhkieu.localhost",
        "[::1]",
        "toasoan.example.vn",
    ]


def test_embedded_settings_pass_check_deploy_apart_from_plain_http(tmp_path):
    # With the key `make run` generates on first start (kept in .secret_key).
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=None, SECRET_KEY_FILE=str(tmp_path / "k")
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (4 silenced)." in result.stdout
    # Exactly the HTTPS-only checks are silenced, nothing else.
    assert set(embedded_setting("SILENCED_SYSTEM_CHECKS")) == SILENCED


def test_make_run_uses_the_production_server_and_make_dev_the_development_server():
    run = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    dev = subprocess.run(["make", "-n", "dev"], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert "manage.py serve 127.0.0.1:8000" in run
    assert "manage.py set_site_port 8000" in run
    assert "manage.py dev 127.0.0.1:8000" in dev
    makefile = (ROOT / "Makefile").read_text()
    assert "run: export DJANGO_SETTINGS_MODULE = cms.settings.embedded" in makefile
    assert "collectstatic --no-input" in makefile
    assert re.search(r"^gunicorn==", (ROOT / "requirements.txt").read_text(), re.M)


def test_serve_is_not_started_with_debug_on():
    result = manage("serve", "127.0.0.1:1", DJANGO_SETTINGS_MODULE="cms.settings.dev", DEBUG="1", timeout=60)
    assert result.returncode != 0
    assert "manage.py dev" in result.stderr


def test_serve_refuses_to_start_before_collectstatic(tmp_path):
    result = manage("serve", "127.0.0.1:1", STATIC_ROOT=str(tmp_path / "empty"), timeout=60)
    assert result.returncode != 0
    assert "collectstatic" in result.stderr


# ------------------------------------------------------------------ static files and error pages (in-process)


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    root = tmp_path_factory.mktemp("staticfiles")
    ignores = [arg for pattern in IGNORED_STATIC for arg in ("-i", pattern)]
    result = manage("collectstatic", "--no-input", "-v", "0", *ignores, STATIC_ROOT=str(root))
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def embedded(collected_static, monkeypatch):
    """The request stack of cms.settings.embedded (WhiteNoise, manifest storage, DEBUG off)."""
    monkeypatch.setenv("SECRET_KEY", TEST_KEY)  # importing the module must not write a key file
    module = importlib.import_module("cms.settings.embedded")
    with override_settings(
        DEBUG=module.DEBUG,
        MIDDLEWARE=module.MIDDLEWARE,
        STORAGES=module.STORAGES,
        STATIC_ROOT=str(collected_static),
    ):
        yield module


def test_static_files_have_hashed_names_a_far_future_lifetime_and_are_compressed(embedded):
    url = static("css/site.css")
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", url), url

    client = Client()
    plain = client.get(url)
    assert plain.status_code == 200
    cache_control = plain["Cache-Control"]
    assert "immutable" in cache_control
    assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= 31536000  # a year or more
    body = b"".join(plain.streaming_content)

    zipped = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(b"".join(zipped.streaming_content)) == body

    brotlied = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert brotlied["Content-Encoding"] == "br"
    assert brotli.decompress(b"".join(brotlied.streaming_content)) == body
    assert int(brotlied["Content-Length"]) < len(body) / 2


def test_unknown_address_shows_the_vietnamese_404_without_url_patterns(embedded, outlet):
    response = Client().get("/khong-co-trang-nay/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Không tìm thấy trang" in page
    assert "URLconf" not in page and "api/v2/" not in page and "DEBUG" not in page
    assert re.search(r"/static/css/site\.[0-9a-f]{12}\.css", page)  # the page's own look, hashed


def test_a_server_error_shows_the_vietnamese_500_without_a_traceback(embedded, outlet, monkeypatch):
    from cms.news.models import HomePage

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("lỗi thử nghiệm trong trang chủ")

    monkeypatch.setattr(HomePage, "serve", broken)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Đã có lỗi xảy ra" in page
    assert "Traceback" not in page and "lỗi thử nghiệm" not in page


# ------------------------------------------------------------------ Site records on the served port


@pytest.mark.django_db
def test_set_site_port_puts_the_port_in_the_sitemap_and_rss_links(column):
    from wagtail.models import Site

    make_outlet(title="Tin tức Ninh Kiều", slug="ninh-kieu", hostname="ninhkieu.localhost", default=False)
    article = make_article(column, title="Bài có địa chỉ tuyệt đối")
    path = article.get_url_parts()[2]
    out = io.StringIO()
    call_command("set_site_port", "8123", stdout=out)
    assert sorted(Site.objects.values_list("hostname", "port")) == [("localhost", 8123), ("ninhkieu.localhost", 8123)]

    client = Client()
    sitemap = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert f"<loc>http://localhost:8123{path}</loc>" in sitemap
    rss = client.get("/rss/", HTTP_HOST="127.0.0.1:8123").content.decode()
    assert f"<link>http://localhost:8123{path}</link>" in rss
    district = client.get("/sitemap.xml", HTTP_HOST="ninhkieu.localhost:8123").content.decode()
    assert "<loc>http://ninhkieu.localhost:8123/</loc>" in district

    again = io.StringIO()
    call_command("set_site_port", "8123", stdout=again)
    assert again.getvalue() == ""  # nothing to change the second time


# ------------------------------------------------------------------ the real server


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url():
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_gunicorn_with_two_workers_publishes_a_scheduled_page_from_one_process(clean_tree, collected_static, tmp_path):
    from cms.news.models import ArticlePage

    home = make_outlet()
    article = make_article(make_column(home, "Thời sự"), title="Bài hẹn giờ trên máy chủ thật", publish=False)
    port = free_port()
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "serve", f"127.0.0.1:{port}", "--workers", "2", "-v", "2"],
            cwd=ROOT,
            env={
                **{k: v for k, v in os.environ.items() if k not in ("ALLOWED_HOSTS", "DEBUG")},
                "DJANGO_SETTINGS_MODULE": "cms.settings.embedded",
                "SECRET_KEY": TEST_KEY,
                "DATABASE_URL": database_url(),
                "STATIC_ROOT": str(collected_static),
                "CACHE_DIR": str(tmp_path / "cache"),  # not the shared var/cache of another database
                "PUBLISH_INTERVAL": "0.5",
                "DIGEST_INTERVAL": "0",
                "PYTHONUNBUFFERED": "1",
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if get(base + "/")[0] == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("the server did not answer: " + log_path.read_text()[-3000:])

        # Scheduled now, due in 3 seconds: the running server's job makes it live.
        article.go_live_at = timezone.now() + timedelta(seconds=3)
        article.save_revision(approved_go_live_at=article.go_live_at)
        article_url = base + ArticlePage.objects.get(pk=article.pk).url
        assert get(article_url)[0] == 404
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and get(article_url)[0] != 200:
            time.sleep(0.3)
        status, _, body = get(article_url)
        assert status == 200, log_path.read_text()[-3000:]
        assert "Bài hẹn giờ trên máy chủ thật" in body.decode()

        # Served like production: the Vietnamese 404, a compressed static file with a hashed name.
        status, _, body = get(base + "/khong-co-trang-nay/")
        assert status == 404 and "Không tìm thấy trang" in body.decode() and "URLconf" not in body.decode()
        css = re.search(r"/static/css/site\.[0-9a-f]{12}\.css", get(base + "/")[2].decode()).group(0)
        status, headers, _ = get(base + css, **{"Accept-Encoding": "br"})
        assert status == 200 and headers["Content-Encoding"] == "br" and "immutable" in headers["Cache-Control"]
    finally:
        server.terminate()
        server.wait(timeout=60)

    log = log_path.read_text()
    booted = re.findall(r"Booting worker with pid: (\d+)", log)
    assert len(booted) == 2, log[-3000:]
    runs = re.findall(r"Đã chạy publish_scheduled \(tiến trình (\d+)\)", log)
    assert len(runs) >= 5, log[-3000:]
    # Every run in the one parent process, none in a worker.
    assert set(runs) == {str(server.pid)}
    assert not set(runs) & set(booted)
