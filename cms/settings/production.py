"""Scaled set-up: every secret and host comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
# Issue 14: no demo content on the scaled set-up (no `load_demo`); dev, test, bench and
# the embedded default (`make run`) keep cms.demo from base.py. It has no models.
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "cms.demo"]  # noqa: F405
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "0") == "1"
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Đặt biến môi trường SECRET_KEY cho môi trường production.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Đặt biến môi trường ALLOWED_HOSTS (phân cách bằng dấu phẩy).")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
# WhiteNoise serves the collected static files from the app server.
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
CSRF_TRUSTED_ORIGINS = [f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS if h != "*"]  # noqa: F405
