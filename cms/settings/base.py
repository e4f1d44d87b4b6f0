"""Settings shared by every environment. Everything that differs between the
embedded default and the scaled set-up comes from environment variables."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"
THEMES_DIR = BASE_DIR / "themes"


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_origins(name):
    """Origins from a comma-separated variable as browsers send them: lower-case,
    no default port, no trailing slash (`https://App.example:443/` -> `https://app.example`)."""
    origins = []
    for origin in env_list(name):
        origin = origin.rstrip("/").lower()
        for scheme, port in (("http://", ":80"), ("https://", ":443")):
            if origin.startswith(scheme) and origin.endswith(port):
                origin = origin[: -len(port)]
        origins.append(origin)
    return origins


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "cms.core",
    "cms.news",
    "cms.directives",
    "cms.exemplars",
    "cms.comments",  # the comment engine of every commentable page, and its moderation
    "cms.forums",
    "cms.trash",  # Thùng rác: pages deleted in the admin, restorable for TRASH_RETENTION_DAYS
    "cms.search",
    "cms.api",
    "cms.demo",
    "cms.nukeviet",  # Issue 16: `manage.py import_nukeviet`, moving an outlet from NukeViet 4 (nothing imports it)
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail_headless_preview",
    "wagtail",
    "rest_framework",
    "corsheaders",
    "drf_spectacular_sidecar",  # Swagger UI's static files for /api/schema/docs/
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Issue 17: request bodies over the path's limit answered 413 before anything reads them
    # (cms/core/upload_limits.py); before CSRF, which reads a POST's body.
    "cms.core.upload_limits.RequestBodyLimitMiddleware",
    # Before CommonMiddleware, which can answer (redirects) before the view; only /api/ (CORS_URLS_REGEX).
    "cms.api.cors.ApiCorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # One outlet's staff never see another's page titles in bulk actions and choosers.
    "cms.news.outlet_scope.OutletScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.core.themes.ThemeMiddleware",
    # The admin's search box (?q=): over-long queries cut to MAX_SEARCH_WORDS words, with a message.
    "cms.core.admin_search.AdminSearchBoundsMiddleware",
]

# Issue 11: the readers' page cache (cms/core/page_cache.py), right after SecurityMiddleware:
# anonymous GET/HEAD answers of pages, feeds, sitemaps and the read-only JSON endpoints
# are stored whole in the shared cache and purged on publish (and every other trigger).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "cms.core.page_cache.PageCacheMiddleware"
)
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "1") == "1"
# Seconds the page cache and shared caches in front (s-maxage) keep a page; never past
# local midnight. Purges make edits visible at once; this bounds time-driven changes.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300") or 300)
# Browsers cannot be purged: by default they ask again each time (max-age=0).
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "0") or 0)
# A shared cache may answer with a page this many seconds past its lifetime while it fetches a fresh one.
PAGE_CACHE_STALE_SECONDS = int(os.environ.get("PAGE_CACHE_STALE_SECONDS", "30") or 30)
# When a purged page is asked for by many readers at once, one worker renders it and the
# others wait for it up to this many seconds (then render it themselves).
PAGE_CACHE_LOCK_SECONDS = float(os.environ.get("PAGE_CACHE_LOCK_SECONDS", "2") or 2)
# Each worker keeps up to this many bytes of cached pages in its own memory (0: none).
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(32 * 1024 * 1024)) or 0)
# Seconds a worker trusts the shared version tokens (page-cache generations, the settings
# token) before reading them again; another worker's change shows within this time.
SHARED_TOKEN_SECONDS = float(os.environ.get("SHARED_TOKEN_SECONDS", "0.5") or 0)

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Loaders are set explicitly: the theme loader puts the outlet's theme
        # folder in front of site/templates (see cms/core/themes.py).
        "DIRS": [],
        "APP_DIRS": False,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.core.context_processors.outlet",
                "cms.core.fragments.fragment_cache",
            ],
            "loaders": [
                (
                    "cms.core.themes.CachedThemeLoader",
                    [
                        "cms.core.themes.ThemeLoader",
                        "django.template.loaders.app_directories.Loader",
                    ],
                ),
            ],
            "builtins": ["cms.core.templatetags.vn_format"],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Issue 11: persistent connections (a new connection per request halved the
        # throughput of a bare view); health checks drop a connection the server closed.
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Measured here: with default settings 39% of concurrent write transactions
    # failed with "database is locked"; WAL + IMMEDIATE + a 20 s timeout gave none.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches (issue 11; cms/core/cache_backends.py): one cache every worker shares, so the
# page cache, the rate limits and the view de-duplication hold across processes.
# With REDIS_URL: Redis, with a short timeout and a circuit breaker (Redis down or
# silent: pages, the comment API and the admin are served uncached, one warning in
# the log). Without: a file cache in CACHE_DIR (the embedded default).
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_DIR = Path(os.environ.get("CACHE_DIR", BASE_DIR / "var" / "cache"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.core.cache_backends.BreakerRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "toasoan"),
            "OPTIONS": {
                # Seconds to connect or to wait for an answer; Redis on the LAN answers in < 1 ms.
                "TIMEOUT_SECONDS": float(os.environ.get("REDIS_TIMEOUT", "0.25") or 0.25),
                # Seconds Redis is left alone after it failed (the breaker stays open).
                "RETRY_AFTER": float(os.environ.get("REDIS_RETRY_AFTER", "30") or 30),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "cms.core.cache_backends.SharedFileCache",
            "LOCATION": str(CACHE_DIR),
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "toasoan"),
            # Cached pages plus one entry per reader and page (view de-duplication).
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "50000") or 50000)},
        }
    }
# Rendered parts of reader pages (cms/core/fragments.py): each worker's own memory; their
# keys carry the page cache's generations, so a purge makes them unreachable everywhere.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "toasoan-fragments",
    "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("FRAGMENT_CACHE_MAX_ENTRIES", "2000") or 2000)},
}
# django-ratelimit (the nomination form) counts in that shared cache. If the cache cannot
# count (Redis down), the form is not refused: nominations are moderated and robot-checked.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_FAIL_OPEN = True

# The edge cache (issue 11; deploy/varnish/default.vcl, cms/core/edge.py): FRONTEND_CACHE_URL
# is Varnish's address (e.g. http://127.0.0.1:6081). Publishing PURGEs the page's URLs and
# every page-cache purge BANs the same outlet (or all) there, so readers behind Varnish
# see a correction at once. Unset: no edge cache.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
EDGE_PURGE_TIMEOUT = float(os.environ.get("EDGE_PURGE_TIMEOUT", "2") or 2)
if FRONTEND_CACHE_URL:
    INSTALLED_APPS += ["cms.core.edge.EdgeCacheAppConfig"]  # wagtail.contrib.frontend_cache
    WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "cms.core.edge.VarnishBackend", "LOCATION": FRONTEND_CACHE_URL},
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]
# Day-first input formats matching the admin's dd/mm/yyyy display (cms/core/formats/).
FORMAT_MODULE_PATH = ["cms.core.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [SITE_DIR / "static"] + [
    (f"themes/{theme.name}", theme / "static") for theme in sorted(THEMES_DIR.iterdir()) if (theme / "static").is_dir()
]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "1") == "1"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (Wagtail's own tasks included) goes through django-tasks;
# the embedded default runs it immediately in the request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = "Tòa Soạn"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]
# Headless preview (cms/core/headless.py): the decoupled front-end's address; empty = not offered.
HEADLESS_PREVIEW_URL = os.environ.get("HEADLESS_PREVIEW_URL", "")
# How long a preview token stays valid for the front-end (seconds): minutes, so a
# leaked link soon stops working (issue 17); each new preview issues a new token.
HEADLESS_PREVIEW_MAX_AGE = 10 * 60

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Wagtail's database search backend with every query cleaned first (no 500 on 600 words,
# a lone `"` or a NUL byte): cms/search/wagtail_backend.py.
WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "cms.search.wagtail_backend"
# The readers' search (cms/search): Elasticsearch when set, else the embedded database index
# (which is kept either way, as the fallback). The prefix names this installation's indices:
# the alias `<prefix>-pages` and its versions `<prefix>-pages-v<timestamp>`.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "toasoan")
# Issue 17 (lows): seconds a search waits for Elasticsearch (connecting and answering),
# and seconds it is left alone after it failed to answer (the embedded index answers).
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "1.0") or 1.0)
ELASTICSEARCH_RETRY_AFTER = float(os.environ.get("ELASTICSEARCH_RETRY_AFTER", "30") or 30)
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
if os.environ.get("WAGTAILAPI_BASE_URL"):
    # Unset, API links use the address of the outlet that was asked.
    WAGTAILAPI_BASE_URL = os.environ["WAGTAILAPI_BASE_URL"]
WAGTAILAPI_LIMIT_MAX = 100
# Rich text in /api/v2/ as the reader sees it: internal page and document links resolved
# to their URLs, embeds expanded (issue 13). `?rich_text_format=db_html` gives Wagtail's form.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
# Wagtail 8 autosaves the editor 0.5 s after each change, and on the add screen
# the autosave creates the page: a "submit for review" sent while that request
# is in flight created a duplicate draft, or a page with no workflow, on a busy
# machine (seen in the browser tests). Off until that race is handled; editors
# keep "Lưu bản nháp" and Wagtail's unsaved-changes warning.
WAGTAIL_AUTOSAVE_INTERVAL = int(os.environ.get("WAGTAIL_AUTOSAVE_INTERVAL", "0"))

# Tag slugs transliterated like page slugs: "Nghị quyết" -> "nghi-quyet".
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# CORS (django-cors-headers, cms/api/cors.py): the other sites whose pages may read /api/
# answers in a browser (scheme://host[:port], comma-separated, or `*` for any). Empty by
# default: no CORS headers. Reading only: posting comments is governed by
# COMMENT_ALLOWED_ORIGINS below, whose sites may also read the comments API.
API_CORS_ALLOWED_ORIGINS = env_origins("API_CORS_ALLOWED_ORIGINS")
CORS_ALLOW_ALL_ORIGINS = API_CORS_ALLOWED_ORIGINS == ["*"]
CORS_ALLOWED_ORIGINS = [] if CORS_ALLOW_ALL_ORIGINS else API_CORS_ALLOWED_ORIGINS
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "content-type"]
CORS_EXPOSE_HEADERS = ["Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 600

# Newsroom rules
# An article counts as "updated" when it is re-published this long after its first publication.
ARTICLE_UPDATED_AFTER_MINUTES = 30
MOST_READ_DAYS = 7
COLUMN_PAGE_SIZE = 20
# Public comments. Other sites allowed to post to the JSON comment API (scheme://host[:port]).
COMMENT_ALLOWED_ORIGINS = env_list("COMMENT_ALLOWED_ORIGINS")
COMMENT_PAGE_SIZE = 20
COMMENT_MAX_LENGTH = 5000
COMMENT_MIN_LENGTH = 2

# Directive library and exemplars
DIRECTIVE_PAGE_SIZE = 20
LATE_TASKS_PAGE_SIZE = 20  # the late tasks page across a library (issue 15)
TASKS_API_PAGE_SIZE = 50  # /api/directives/tasks/ (?page_size= up to TASKS_API_MAX_PAGE_SIZE)
TASKS_API_MAX_PAGE_SIZE = 200
DIRECTIVE_ARTICLES_SHOWN = 30  # articles / exemplars listed on a directive's page
EXEMPLAR_PAGE_SIZE = 12
# Public nominations of exemplars: per client address (django-ratelimit syntax).
NOMINATION_RATE = os.environ.get("NOMINATION_RATE", "3/h")

# Reverse proxies in front of the site that append to X-Forwarded-For (0: none, use
# the connection's address). Rate limits and report counts use cms.core.network.client_ip.
TRUSTED_PROXY_HOPS = int(os.environ.get("TRUSTED_PROXY_HOPS", "0") or 0)
# Issue 17 (lows): the reverse proxies by address or network (comma-separated, e.g.
# "127.0.0.1,10.0.0.0/8"). X-Forwarded-For is read only on connections from them;
# when set, TRUSTED_PROXY_HOPS is not used (see cms/core/network.py).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
RATELIMIT_IP_META_KEY = "cms.core.network.ratelimit_ip"
NOMINATION_MAX_PHOTO_BYTES = 8 * 1024 * 1024
NOMINATION_MAX_PHOTO_PIXELS = 40_000_000

# Thùng rác (cms/trash): a page deleted in the admin is kept this many days, then purged
# by `manage.py purge_trash`, which `manage.py serve` runs every TRASH_PURGE_INTERVAL seconds.
TRASH_RETENTION_DAYS = int(os.environ.get("TRASH_RETENTION_DAYS", "30"))
# Other apps' periodic jobs for `manage.py serve`: (management command, seconds between runs).
PERIODIC_COMMANDS = [("purge_trash", int(os.environ.get("TRASH_PURGE_INTERVAL", "3600")))]

# Login throttling (django-axes; cms/core/login_throttle.py; issue 17). Every login
# through Django's authenticate() (the admin's /admin/login/ included) is counted:
# AXES_FAILURE_LIMIT failures for one account from one address, or
# LOGIN_FAILURE_LIMIT_PER_ADDRESS from one address, lock that pair / address for
# AXES_COOLOFF_TIME after the last counted failure. An administrator unlocks sooner
# with `manage.py axes_reset_username <name>`, `axes_reset_ip <address>` or `axes_reset`.
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]  # last: turns a lock into the lockout page
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked client before any password check
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_FAILURE_LIMIT_PER_ADDRESS = int(os.environ.get("LOGIN_FAILURE_LIMIT_PER_ADDRESS", "30"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]  # order read by the handler
AXES_HANDLER = "cms.core.login_throttle.NewsroomAxesHandler"
AXES_LOCKOUT_CALLABLE = "cms.core.login_throttle.lockout_response"
# The same client address as the rate limits (TRUSTED_PROXY_HOPS), not django-ipware's guess.
AXES_CLIENT_IP_CALLABLE = "cms.core.network.ratelimit_ip"
# Attempts while locked (even with the right password) do not restart the cool-off.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False

# Uploads (issue 17; cms/core/storage.py, upload_limits.py, image_forms.py, document_forms.py).
# Files that are not public yet (readers' nomination photos) live here, outside MEDIA_ROOT,
# and are served only through permission-checked admin views. Never under MEDIA_ROOT.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# Writes go to a temporary file renamed into place: a full disk leaves no half-written file.
STORAGES["default"] = {"BACKEND": "cms.core.storage.AtomicFileSystemStorage"}
# An image's pixel count decides what decoding it costs (a 14 KB PNG can be 121 million
# pixels, ~1.5 GB to resize): uploads over this are refused.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# No rendition (template, API, the admin's URL generator) is made larger than this; bigger
# requests are scaled down to fit. The site asks for at most 1,600 px (max-1600x1600).
WAGTAILIMAGES_MAX_RENDITION_WIDTH = 2400
WAGTAILIMAGES_MAX_RENDITION_HEIGHT = 7200  # tall infographics
# Admin upload forms: images fully decoded (truncated files refused), documents checked by content.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.core.image_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.core.document_forms.DocumentForm"
# Request bodies: public POSTs (comments, forms) up to PUBLIC_MAX_REQUEST_BODY; the
# nomination form its photo plus UPLOAD_BODY_MARGIN; admin uploads the image/document
# limits plus the margin. See cms/core/upload_limits.py. 4 MB: far below the uploads that
# pinned a worker (300 MB), far above a comment (5,000 characters, ~60 KB percent-encoded),
# so an over-long comment still gets the form back with its own message and the text.
PUBLIC_MAX_REQUEST_BODY = 4 * 1024 * 1024
UPLOAD_BODY_MARGIN = 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"cms": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# Documents of a private (password / login) collection are served only through
# /documents/<id>/<name>, which checks the collection's restriction: stream them
# through Django even with a storage that has public URLs (issue 17). The
# embedded /media/ view refuses documents/ (cms/urls.py serve_media); a web
# server in front must deny /media/documents/ too (see the README).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The demo loader makes the reader pages' picture renditions ahead of the first view
# (cms/demo/media.py): ~45 s of CPU in load_demo, so that no first page view takes seconds.
# DEMO_PREGENERATE_RENDITIONS=0 leaves them to the first views (a faster load_demo).
DEMO_PREGENERATE_RENDITIONS = os.environ.get("DEMO_PREGENERATE_RENDITIONS", "1") == "1"

# "Đăng văn bản từ PDF" reads page 1's text in a child process under these
# limits (cms/directives/pdf_suggest.py; issue 17): past one of them the form
# comes without suggestions and says why; the uploaded PDF is kept.
PDF_SUGGEST_TIMEOUT = float(os.environ.get("PDF_SUGGEST_TIMEOUT", "10"))  # seconds, then the child is killed
PDF_SUGGEST_MAX_FILE_BYTES = 20 * 1024 * 1024
PDF_SUGGEST_MAX_CONTENT_BYTES = 512 * 1024  # page 1's decompressed content; official pages are 10-50 KB
PDF_SUGGEST_MAX_CHARS = 200_000
