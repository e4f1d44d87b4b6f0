"""`manage.py dev`: Django's development server (DEBUG, autoreload) plus the periodic jobs.

The developer's counterpart of `manage.py serve` (`make dev`): the same scheduled
publishing, moderators' digest and PERIODIC_COMMANDS threads, run in the process
that serves (the autoreloader's child), once per reload.
"""

from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand

from .serve import start_jobs


class Command(RunserverCommand):
    help = "Máy chủ phát triển (DEBUG, tự nạp lại mã) và tự xuất bản/gỡ các trang đã lên lịch."

    def inner_run(self, *args, **options):
        # inner_run executes in the process that serves (the autoreloader's child).
        stop_event = start_jobs(self.stdout, verbose=options.get("verbosity", 1) >= 2)
        try:
            return super().inner_run(*args, **options)
        finally:
            stop_event.set()
