"""`manage.py serve`: the development server plus Wagtail's scheduled publishing.

Wagtail publishes and expires scheduled pages only when `publish_scheduled`
runs (normally from cron). On the embedded default nobody sets up cron, so this
command runs it in a background thread every PUBLISH_INTERVAL seconds while the
server is up: a page whose go-live time has passed goes live within a minute.
"""

import os
import threading

from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django.core.management import call_command

PUBLISH_INTERVAL = int(os.environ.get("PUBLISH_INTERVAL", "30"))


def publish_scheduled_forever(stop_event, interval, stdout):
    from django.db import connection

    while not stop_event.is_set():
        try:
            call_command("publish_scheduled", verbosity=0)
        except Exception as error:  # keep serving; report and try again next round
            stdout.write(f"Lỗi khi xuất bản theo lịch: {error}")
        finally:
            connection.close()
        stop_event.wait(interval)


class Command(RunserverCommand):
    help = "Chạy máy chủ web và tự xuất bản/gỡ các trang đã lên lịch (mỗi 30 giây)."

    def inner_run(self, *args, **options):
        # inner_run executes in the process that serves (the autoreloader's child).
        stop_event = threading.Event()
        thread = threading.Thread(
            target=publish_scheduled_forever,
            args=(stop_event, PUBLISH_INTERVAL, self.stdout),
            name="publish-scheduled",
            daemon=True,
        )
        thread.start()
        self.stdout.write(f"Xuất bản theo lịch: kiểm tra mỗi {PUBLISH_INTERVAL} giây.")
        try:
            return super().inner_run(*args, **options)
        finally:
            stop_event.set()
