"""`manage.py serve`: the production server (gunicorn) plus the periodic jobs cron would run.

Wagtail publishes and expires scheduled pages only when `publish_scheduled`
runs (normally from cron). On the embedded default nobody sets up cron, so the
server command runs it in a background thread every PUBLISH_INTERVAL seconds: a
page whose go-live time has passed goes live within a minute. The moderators'
digest of pending comments (`send_moderation_digest`) runs the same way every
DIGEST_INTERVAL seconds (default: hourly; 0 turns it off), and so does each
(command, interval) of settings.PERIODIC_COMMANDS (e.g. `purge_trash`).

The jobs run in exactly one process, this one: gunicorn is started as a child
process (its arbiter forks the workers), so however many workers serve, each
job runs once per interval, and no thread is alive when gunicorn forks.
`manage.py dev` is the same with Django's development server (DEBUG, autoreload).
"""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

PUBLISH_INTERVAL = float(os.environ.get("PUBLISH_INTERVAL", "30"))
DIGEST_INTERVAL = float(os.environ.get("DIGEST_INTERVAL", "3600"))
# gunicorn's own convention: WEB_CONCURRENCY workers, else one per core.
DEFAULT_ADDRESS = "127.0.0.1:8000"


def default_workers():
    return int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 1)


def run_forever(command, stop_event, interval, stdout, failure, verbose=False):
    from django.db import connection

    while not stop_event.is_set():
        try:
            call_command(command, verbosity=0)
            if verbose:
                stdout.write(f"Đã chạy {command} (tiến trình {os.getpid()})")
        except Exception as error:  # keep serving; report and try again next round
            stdout.write(f"{failure}: {error}")
        finally:
            connection.close()
        stop_event.wait(interval)


def publish_scheduled_forever(stop_event, interval, stdout, verbose=False):
    run_forever("publish_scheduled", stop_event, interval, stdout, "Lỗi khi xuất bản theo lịch", verbose)


def digest_forever(stop_event, interval, stdout, verbose=False):
    # The first digest waits one interval: a restart must not mail everyone at once.
    if not stop_event.wait(interval):
        run_forever(
            "send_moderation_digest", stop_event, interval, stdout, "Lỗi khi gửi thư tổng hợp bình luận", verbose
        )


def periodic_commands():
    """Other apps' periodic jobs, by command name (settings.PERIODIC_COMMANDS), so this
    bottom-layer command imports none of them; an interval of 0 turns one off."""
    return [(command, interval) for command, interval in getattr(settings, "PERIODIC_COMMANDS", ()) if interval > 0]


def start_jobs(stdout, verbose=False):
    """Start the periodic jobs in daemon threads of this process; set the returned event to stop them."""
    stop_event = threading.Event()
    threading.Thread(
        target=publish_scheduled_forever,
        args=(stop_event, PUBLISH_INTERVAL, stdout, verbose),
        name="publish-scheduled",
        daemon=True,
    ).start()
    stdout.write(f"Xuất bản theo lịch: kiểm tra mỗi {PUBLISH_INTERVAL:g} giây.")
    if DIGEST_INTERVAL > 0:
        threading.Thread(
            target=digest_forever,
            args=(stop_event, DIGEST_INTERVAL, stdout, verbose),
            name="moderation-digest",
            daemon=True,
        ).start()
        stdout.write(f"Thư tổng hợp bình luận chờ duyệt: mỗi {DIGEST_INTERVAL:g} giây.")
    for command, interval in periodic_commands():
        threading.Thread(
            target=run_forever,
            args=(command, stop_event, interval, stdout, f"Lỗi khi chạy {command}", verbose),
            name=command,
            daemon=True,
        ).start()
        stdout.write(f"{command}: mỗi {interval} giây.")
    return stop_event


def missing_static_manifest():
    """The manifest storage's staticfiles.json when it is absent (collectstatic never ran), else None.

    Without it every page that names a static file is a 500, so the server refuses to start."""
    from django.contrib.staticfiles.storage import ManifestFilesMixin
    from django.core.files.storage import storages

    storage = storages["staticfiles"]
    if not isinstance(storage, ManifestFilesMixin):
        return None
    manifest = Path(settings.STATIC_ROOT) / storage.manifest_name
    return None if manifest.exists() else manifest


class Command(BaseCommand):
    help = (
        "Chạy máy chủ web production (gunicorn, mỗi lõi CPU một tiến trình) và tự xuất bản/gỡ "
        "các trang đã lên lịch trong đúng một tiến trình."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "addrport", nargs="?", default=DEFAULT_ADDRESS, help="địa chỉ:cổng (mặc định 127.0.0.1:8000)"
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="số tiến trình phục vụ (mặc định WEB_CONCURRENCY, hoặc số lõi CPU)",
        )

    def handle(self, *args, addrport, workers, verbosity, **options):
        if settings.DEBUG:
            raise CommandError(
                "DEBUG đang bật: `manage.py serve` là máy chủ production. Dùng `manage.py dev` (make dev) "
                "khi phát triển, hoặc DJANGO_SETTINGS_MODULE=cms.settings.embedded."
            )
        manifest = missing_static_manifest()
        if manifest:
            raise CommandError(
                f"Chưa thu thập tệp tĩnh ({manifest} không có): chạy `manage.py collectstatic --no-input` trước."
            )
        if ":" not in addrport:
            addrport = f"127.0.0.1:{addrport}"
        workers = workers or default_workers()
        environment = {**os.environ, "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE}
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            settings.WSGI_APPLICATION.replace(".application", ":application"),
            "--bind",
            addrport,
            "--workers",
            str(workers),
            # A worker's heartbeat file in memory, not on a possibly slow disk.
            *(["--worker-tmp-dir", "/dev/shm"] if os.path.isdir("/dev/shm") else []),
        ]
        self.stdout.write(f"Máy chủ gunicorn: http://{addrport}/ với {workers} tiến trình phục vụ.")
        self.stdout.flush()
        stop_event = start_jobs(self.stdout, verbose=verbosity >= 2)
        server = subprocess.Popen(command, env=environment)

        def stop(signum, frame):
            raise SystemExit(0)

        signal.signal(signal.SIGTERM, stop)
        try:
            returncode = server.wait()
        except (KeyboardInterrupt, SystemExit):
            returncode = 0
        finally:
            stop_event.set()
            if server.poll() is None:
                server.terminate()  # gunicorn's graceful stop: workers finish their requests
                try:
                    server.wait(timeout=35)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
        if returncode:
            raise CommandError(f"gunicorn đã dừng với mã {returncode}.", returncode=returncode)
