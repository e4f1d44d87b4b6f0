"""`make bench`: production-like (DEBUG off) on a throw-away SQLite file."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "cms.bench.urls"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# BENCH_DIR: a directory the caller made and removes; cms.bench.comments passes it
# to the server process it starts, so that both use the same database file.
_bench_dir = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="toasoan-bench-")
MEDIA_ROOT = os.path.join(_bench_dir, "media")
# The shared file cache in the bench's own folder (REDIS_URL, when set, is used instead).
CACHE_DIR = os.path.join(_bench_dir, "cache")
if not REDIS_URL:  # noqa: F405
    CACHES["default"]["LOCATION"] = CACHE_DIR  # noqa: F405
if not os.environ.get("DATABASE_URL"):
    DATABASES["default"]["NAME"] = os.path.join(_bench_dir, "bench.sqlite3")  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": True}
# cms.bench.comments posts thousands of comments from one machine: the rate checks
# still run (the same queries as in production) but never refuse.
COMMENT_RATE_PER_MINUTE = 1_000_000
COMMENT_RATE_PER_DAY = 1_000_000

# `make bench-spike` (cms/bench/spike.py): the site plus a 24 KB bare view inside the
# whole middleware stack; the servers it starts trust X-Forwarded-For from 127.0.0.1
# (TRUSTED_PROXIES in their environment), so each simulated reader is its own address.
if os.environ.get("BENCH_SPIKE"):
    ROOT_URLCONF = "cms.bench.spike_urls"
    # Keep gunicorn's access log (configured before Django): the spike counts origin
    # requests per URL from it, and disable_existing_loggers would silence it.
    LOGGING = {"version": 1, "disable_existing_loggers": False}
