"""The embedded default in production: `make run` on one machine (gunicorn, DEBUG off).

SQLite and local files as in cms.settings.dev, but served like a newsroom's
production site: no debug pages, the project's Vietnamese 404/500 pages, static
files collected (`manage.py collectstatic`) and served by WhiteNoise with hashed
names, compressed (gzip, Brotli) and cached for ever by browsers. The
developer's settings (DEBUG, autoreload) stay in cms.settings.dev (`make dev`).
"""

import os
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, MIDDLEWARE, STORAGES, env_list
from .dev import _local_secret_key

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or _local_secret_key(
    Path(os.environ.get("SECRET_KEY_FILE") or BASE_DIR / ".secret_key")
)
# The local names the README lists (the city portal answers any of them, the
# district site is ninhkieu.localhost), plus any from the environment.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "ninhkieu.localhost", "[::1]"] + [
    host for host in env_list("ALLOWED_HOSTS") if host not in ("127.0.0.1", "localhost", "ninhkieu.localhost", "[::1]")
]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# Static files: collected into STATIC_ROOT (`make run` runs collectstatic) and
# served by WhiteNoise, right after SecurityMiddleware so a static file costs no
# session, database or template work.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
MIDDLEWARE = list(MIDDLEWARE)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "whitenoise.middleware.WhiteNoiseMiddleware"
)
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "cms.core.static_storage.StaticFilesStorage"}}

# `manage.py check --deploy` is clean apart from what plain HTTP on one machine
# must relax: there is no certificate on 127.0.0.1, so no redirect to HTTPS, no
# HSTS, and cookies that travel over HTTP. Behind an HTTPS proxy, use
# cms.settings.production, which turns all of these on.
SILENCED_SYSTEM_CHECKS = [
    "security.W004",  # SECURE_HSTS_SECONDS: HSTS over plain HTTP would lock browsers out
    "security.W008",  # SECURE_SSL_REDIRECT: nothing answers HTTPS on the embedded default
    "security.W012",  # SESSION_COOKIE_SECURE: a secure-only cookie is never sent over HTTP (no login)
    "security.W016",  # CSRF_COOKIE_SECURE: same, no form would pass CSRF
]
