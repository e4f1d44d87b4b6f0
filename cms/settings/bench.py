"""`make bench`: production-like (DEBUG off) on a throw-away SQLite file."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "cms.bench.urls"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
_bench_dir = tempfile.mkdtemp(prefix="toasoan-bench-")
MEDIA_ROOT = os.path.join(_bench_dir, "media")
if not os.environ.get("DATABASE_URL"):
    DATABASES["default"]["NAME"] = os.path.join(_bench_dir, "bench.sqlite3")  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": True}
