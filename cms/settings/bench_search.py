"""`make bench-search`: the `make bench` settings plus the bench-only app `cms.bench`,
whose `BenchDocument` model gives Wagtail's stock search backend the same corpus.

Only this module installs `cms.bench`: the product has no such table, and its
`makemigrations --check` does not see the model. The table is created in the
throw-away database with `migrate --run-syncdb` (the app has no migrations).
Always a SQLite file in BENCH_DIR (cms.bench.search makes and removes it, and
unsets DATABASE_URL): what is compared is FTS5."""

import os

from django.core.exceptions import ImproperlyConfigured

from .bench import *  # noqa: F403
from .bench import _bench_dir

if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":  # noqa: F405
    raise ImproperlyConfigured("bench-search measures SQLite FTS5: unset DATABASE_URL.")
DATABASES["default"]["NAME"] = os.path.join(os.environ.get("BENCH_DIR") or _bench_dir, "bench.sqlite3")  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS, "cms.bench"]  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
