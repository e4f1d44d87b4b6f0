"""`manage.py serve`: the development server plus the periodic jobs cron would run.

Wagtail publishes and expires scheduled pages only when `publish_scheduled`
runs (normally from cron). On the embedded default nobody sets up cron, so this
command runs it in a background thread every PUBLISH_INTERVAL seconds while the
server is up: a page whose go-live time has passed goes live within a minute.
The moderators' digest of pending comments (`send_moderation_digest`) runs the
same way every DIGEST_INTERVAL seconds (default: hourly; 0 turns it off), and
so does each (command, interval) of settings.PERIODIC_COMMANDS (e.g. `purge_trash`).
"""

import os
import threading

from django.conf import settings
from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django.core.management import call_command

PUBLISH_INTERVAL = int(os.environ.get("PUBLISH_INTERVAL", "30"))
DIGEST_INTERVAL = int(os.environ.get("DIGEST_INTERVAL", "3600"))


def run_forever(command, stop_event, interval, stdout, failure):
    from django.db import connection

    while not stop_event.is_set():
        try:
            call_command(command, verbosity=0)
        except Exception as error:  # keep serving; report and try again next round
            stdout.write(f"{failure}: {error}")
        finally:
            connection.close()
        stop_event.wait(interval)


def publish_scheduled_forever(stop_event, interval, stdout):
    run_forever("publish_scheduled", stop_event, interval, stdout, "Lỗi khi xuất bản theo lịch")


def digest_forever(stop_event, interval, stdout):
    # The first digest waits one interval: a restart must not mail everyone at once.
    if not stop_event.wait(interval):
        run_forever("send_moderation_digest", stop_event, interval, stdout, "Lỗi khi gửi thư tổng hợp bình luận")


def periodic_commands():
    """Other apps' periodic jobs, by command name (settings.PERIODIC_COMMANDS), so this
    bottom-layer command imports none of them; an interval of 0 turns one off."""
    return [(command, interval) for command, interval in getattr(settings, "PERIODIC_COMMANDS", ()) if interval > 0]


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
        if DIGEST_INTERVAL > 0:
            threading.Thread(
                target=digest_forever,
                args=(stop_event, DIGEST_INTERVAL, self.stdout),
                name="moderation-digest",
                daemon=True,
            ).start()
            self.stdout.write(f"Thư tổng hợp bình luận chờ duyệt: mỗi {DIGEST_INTERVAL} giây.")
        for command, interval in periodic_commands():
            threading.Thread(
                target=run_forever,
                args=(command, stop_event, interval, self.stdout, f"Lỗi khi chạy {command}"),
                name=command,
                daemon=True,
            ).start()
            self.stdout.write(f"{command}: mỗi {interval} giây.")
        try:
            return super().inner_run(*args, **options)
        finally:
            stop_event.set()
