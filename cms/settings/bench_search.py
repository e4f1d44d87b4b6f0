"""`make bench-search`: the `make bench` settings plus the bench-only app `cms.bench`,
whose `BenchDocument` model gives Wagtail's stock search backend the same corpus.

Only this module installs `cms.bench`: the product has no such table, and its
`makemigrations --check` does not see the model. The table is created in the
throw-away database with `migrate --run-syncdb` (the app has no migrations).
A SQLite file in BENCH_DIR, or with DATABASE_URL a PostgreSQL database that
cms.bench.search makes and drops (BENCH_PG_NAME)."""

import os

from django.core.exceptions import ImproperlyConfigured

from .bench import *  # noqa: F403
from .bench import _bench_dir

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["NAME"] = os.path.join(os.environ.get("BENCH_DIR") or _bench_dir, "bench.sqlite3")  # noqa: F405
elif os.environ.get("BENCH_PG_NAME"):
    # PostgreSQL (DATABASE_URL): the database cms.bench.search made for this run.
    DATABASES["default"]["NAME"] = os.environ["BENCH_PG_NAME"]  # noqa: F405
else:
    raise ImproperlyConfigured("bench-search on PostgreSQL: run it as `python -m cms.bench.search`.")
INSTALLED_APPS = [*INSTALLED_APPS, "cms.bench"]  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
