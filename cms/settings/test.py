import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"


if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not SQLite's shared-cache memory database: that one locks whole
    # tables and ignores the busy timeout, so concurrency tests would measure
    # a database nobody runs in production.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        # One file per test process: two test runs at once must not share it.
        "NAME": os.environ.get("TEST_SQLITE_NAME")
        or os.path.join(tempfile.gettempdir(), f"toasoan-test-{os.getpid()}.sqlite3")
    }

# Issue 11: tests keep one process's local-memory cache (emptied before each test by
# tests/conftest.py), so parallel test processes never share or clear each other's
# entries. With REDIS_URL (CI's PostgreSQL + Redis step) they use Redis, like production.
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "fragments": CACHES["fragments"],  # noqa: F405
    }

# Issue 11: the page cache is off for the suite; tests/core/test_page_cache.py and the
# other page-cache tests turn it on with the `settings` fixture.
PAGE_CACHE_ENABLED = False
# One process plays every worker in the suite, and tests/conftest.py empties the shared
# cache before each test: the version tokens are read on every request (a memo kept
# from the previous test would name its pages). tests/core/test_shared_tokens.py sets it.
SHARED_TOKEN_SECONDS = 0

# load_demo leaves the reader pages' renditions (cms/core/pictures.py) to the first view:
# making them all costs tens of seconds of AVIF/WebP encoding per load. Tested on its own.
DEMO_PREGENERATE_RENDITIONS = False
