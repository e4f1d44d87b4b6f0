"""The readers' page cache (issue 11): anonymous GET/HEAD answers stored whole in the
shared `default` cache, and the purge API every trigger calls.

What is stored: answers with status 200 to GET and HEAD requests that carry no session
cookie, outside PAGE_CACHE_EXCLUDED_PATHS (the admin, documents, media, the view
counter, previews), that set no cookie, touched no CSRF token and are not marked
`private`, `no-store` or `no-cache` by the view, and whose Vary names only headers
the key already holds. Everything else leaves with `Cache-Control: private, no-store`
(unless the view chose its own Cache-Control, e.g. the JSON API's errors).

The key: scheme, host, port, path, the query with its parameters sorted, the
negotiated language, the request's Origin (CORS answers differ by it), whether the
client takes gzip, today's local date, and two generation tokens: one for all
outlets and one for the request's site. Purging replaces a token: every entry of
that scope is unreachable at once and expires on its own. Tokens are read at most
every SHARED_TOKEN_SECONDS per worker (cms/core/shared_tokens.py), so another worker's
purge shows here within that time; and each worker keeps its most used pages in
memory too (LocalEntries), so a hit costs no read of the shared cache at all. A page edit bumps the
global one, because a page shows up on other outlets too (a ward article cited on the
city's directive page, the network's cross-outlet links); an outlet's settings bump
only its site. Stored entries expire at local midnight at the latest, so a
directive's status that changes with the date ("Còn hiệu lực" → "Hết hiệu lực") is
fresh the next day; the shared caches in front get the same cap through s-maxage.

Apps call purge_all() / purge_site(site) / purge_site_of(page); `cache_purged` is
sent after each purge so the edge (wagtail.contrib.frontend_cache) can follow.
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.dispatch import Signal
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_request

from cms.core import shared_tokens

logger = logging.getLogger(__name__)

# Sent after a purge; site_ids is None when every outlet was purged.
cache_purged = Signal()

GLOBAL_GENERATION = "page-cache:gen:all"
SITE_GENERATION = "page-cache:gen:site:{}"
ENTRY = "page-cache:v2:{}"
# Query parameters that say where a reader came from, never what the page shows
# (Facebook, Google Ads, Zalo; utm_* from any campaign).
TRACKING_PARAMS = {"fbclid", "gclid", "zarsrc", "_zl"}
# Held by the worker rendering a missing page; the others wait up to PAGE_CACHE_LOCK_SECONDS.
LOCK_SUFFIX = ":rendering"
LOCK_POLL_SECONDS = 0.02
# Stored in place of a page whose answer may not be shared (a 404, a page that sets a
# cookie): readers of that URL render it without waiting for each other.
NOT_STORED = "not-stored"

DEFAULT_EXCLUDED_PATHS = (
    "/admin/",
    "/dem/",  # the view counter: each request must reach the server
    "/api/v2/page_preview/",  # a draft, by token
    "/binh-luan/",  # the comment and report forms post here
)
# Files, never stored here and left with the headers their own view gives them.
# Documents: a private collection checks a password or a login on every download.
FILE_PATHS = ("/documents/", "/media/", "/static/")
# Vary headers the key already accounts for (Cookie: only requests without a session
# cookie are cached, and answers that set one are not stored).
KEYED_VARY = {"accept-language", "accept-encoding", "origin", "cookie"}
# The JSON endpoints (Django REST framework) also vary on Accept: it is in their key.
API_PREFIX = "/api/"
PRIVATE = "private, no-store"


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _seconds():
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 300))


def _lock_seconds():
    return float(getattr(settings, "PAGE_CACHE_LOCK_SECONDS", 2))


# ---------------------------------------------------------------- purge API


def _bump(keys):
    try:
        # New random values, not incr(): a cache that lost the key must not fall back
        # to an old generation (shared_tokens creates missing ones at random too).
        shared_tokens.replace(keys)
    except Exception:  # the shared cache is down: nothing is served from it either
        logger.warning("Không xóa được bộ nhớ đệm trang (%s).", keys, exc_info=True)


def _purge(keys, site_ids):
    _bump(keys)
    # Again after the transaction commits: a reader's request that read the old rows
    # just before the commit cannot store them under the new generation.
    transaction.on_commit(lambda: _bump(keys))
    cache_purged.send(sender=None, site_ids=site_ids)


def purge_all():
    """Every cached page of every outlet is stale from now on."""
    _purge([GLOBAL_GENERATION], None)


def purge_site(site):
    """Every cached page of one outlet (a wagtail Site or its id)."""
    site_id = getattr(site, "pk", site)
    _purge([SITE_GENERATION.format(site_id)], [site_id])


def purge_site_of(page):
    """A page changed: what shows it may be on any outlet (citations, cross-outlet
    links, the network's listings), so every outlet is purged. Kept as its own name so
    callers say what changed; a finer purge can come later without touching them."""
    purge_all()


# ---------------------------------------------------------------- the middleware


def _has_session(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def _excluded(path):
    excluded = getattr(settings, "PAGE_CACHE_EXCLUDED_PATHS", DEFAULT_EXCLUDED_PATHS)
    return path.startswith(tuple(excluded)) or path.startswith(FILE_PATHS)


def _site_id(request):
    from cms.core.models import cached_site_for_request

    try:
        # The per-process copy: Wagtail's own lookup is a query that cost 85% of a hit.
        site = cached_site_for_request(request)
    except Exception:  # an unknown host, a cache error: no outlet's generation
        return 0
    return site.pk if site is not None else 0


def _seconds_to_midnight():
    now = timezone.localtime()
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    return max(1, int((midnight - now).total_seconds()))


def _is_tracking(name):
    return name in TRACKING_PARAMS or name.startswith("utm_")


def _entry_key(request, generations):
    # Readers from Facebook and Zalo arrive with a unique fbclid / zarsrc each: the
    # same page, one entry (deploy/varnish/default.vcl strips them the same way).
    query = urlencode(sorted((k, v) for k, v in request.GET.lists() if not _is_tracking(k)), doseq=True)
    # META, not request.headers: building the headers mapping was a third of a hit's key.
    meta = request.META
    gzip = "gzip" in meta.get("HTTP_ACCEPT_ENCODING", "")
    parts = [
        f"{request.scheme}://{request.get_host()}:{request.get_port()}{request.path}?{query}",
        get_language_from_request(request),
        meta.get("HTTP_ORIGIN", "").lower(),
        "gz" if gzip else "",
        meta.get("HTTP_ACCEPT", "") if request.path.startswith(API_PREFIX) else "",
        timezone.localdate().isoformat(),
        *generations,
    ]
    return ENTRY.format(hashlib.sha256("\n".join(parts).encode()).hexdigest())


def _cache_control_words(response):
    value = response.get("Cache-Control", "")
    return {word.split("=", 1)[0].strip().lower() for word in cc_delim_re.split(value) if word.strip()}


def _vary(response):
    return {word.strip().lower() for word in cc_delim_re.split(response.get("Vary", "")) if word.strip()}


def _storable(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page holds a CSRF token
        return False
    if _cache_control_words(response) & {"private", "no-store", "no-cache"}:
        return False
    keyed = KEYED_VARY | {"accept"} if request.path.startswith(API_PREFIX) else KEYED_VARY
    if not _vary(response) <= keyed:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return not getattr(request, "is_preview", False)


def public_cache_control(max_seconds=None):
    seconds = min(_seconds(), _seconds_to_midnight()) if max_seconds is None else max_seconds
    browser = min(int(getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 0)), seconds)
    stale = int(getattr(settings, "PAGE_CACHE_STALE_SECONDS", 30))
    return f"public, max-age={browser}, s-maxage={seconds}, stale-while-revalidate={stale}"


class PageCacheMiddleware:
    """Serves anonymous readers from the shared cache and stores what may be shared.

    Sits near the top of MIDDLEWARE (right after SecurityMiddleware): a hit costs a
    few cache reads, and the answer it stores is the final one, with the cookies and
    Vary headers the session, CSRF and locale middleware added."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE_ENABLED", True):
            return self.get_response(request)
        candidate = request.method in ("GET", "HEAD") and not _has_session(request) and not _excluded(request.path)
        key = self._lookup_key(request) if candidate else None
        locked = False
        if key is not None:
            entry = self._entry(key)
            if entry is not None and entry != NOT_STORED:
                return self._respond(entry)
            if entry is None:
                # One worker renders a page that has just been purged; the others wait
                # for its answer instead of rendering the same page at the same moment.
                locked = self._lock(key)
                if not locked:
                    entry = self._wait(key)
                    if entry is not None and entry != NOT_STORED:
                        return self._respond(entry)
        try:
            response = self.get_response(request)
            if key is not None and _storable(request, response):
                response["Cache-Control"] = public_cache_control()
                self._store(key, response)
                response["X-Page-Cache"] = "miss"
            else:
                if key is not None and locked:
                    # Waiting workers (and the next readers) render this one themselves.
                    self._mark_not_stored(key)
                if _has_session(request) or not request.path.startswith(FILE_PATHS):
                    # Personal, previewed, posted or otherwise not shareable: no cache keeps it
                    # (a view's own "private"/"no-store" is left as it is).
                    if not _cache_control_words(response) & {"private", "no-store"}:
                        response["Cache-Control"] = PRIVATE
            return response
        finally:
            if locked:
                self._unlock(key)

    def _lookup_key(self, request):
        site_key = SITE_GENERATION.format(_site_id(request))
        try:
            found = shared_tokens.read([GLOBAL_GENERATION, site_key])
        except Exception:
            logger.warning("Bộ nhớ đệm trang không trả lời: phục vụ trang không qua bộ nhớ đệm.", exc_info=True)
            return None
        return _entry_key(request, [str(found[GLOBAL_GENERATION]), str(found[site_key])])

    def _entry(self, key):
        entry = _local.get(key)
        if entry is not None:
            return entry
        try:
            entry = _cache().get(key)
        except Exception:
            return None
        if entry is not None and entry != NOT_STORED:
            _local.put(key, entry)
        return entry

    def _respond(self, entry):
        status, headers, content, _expires = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        # Same lifetime left for shared caches in front: never past midnight.
        response["Cache-Control"] = public_cache_control()
        response["X-Page-Cache"] = "hit"
        return response

    # Why a hand-written lock: Django's cache has no "single flight". add() is atomic in
    # both shared caches (Redis: SET NX; SharedFileCache: under a file lock).
    def _lock(self, key):
        try:
            return bool(_cache().add(key + LOCK_SUFFIX, 1, _lock_seconds()))
        except Exception:
            return True  # no shared cache: render

    def _unlock(self, key):
        try:
            _cache().delete(key + LOCK_SUFFIX)
        except Exception:
            pass

    def _wait(self, key):
        deadline = time.monotonic() + _lock_seconds()
        while time.monotonic() < deadline:
            time.sleep(LOCK_POLL_SECONDS)
            entry = self._entry(key)
            if entry is not None:
                return entry
            try:
                if not _cache().get(key + LOCK_SUFFIX):
                    return None  # the renderer gave up (an error): render here
            except Exception:
                return None
        return None

    def _mark_not_stored(self, key):
        try:
            _cache().set(key, NOT_STORED, min(60, _seconds()))
        except Exception:
            pass

    def _store(self, key, response):
        headers = [(name, value) for name, value in response.items() if name.lower() not in ("x-page-cache",)]
        timeout = min(_seconds(), _seconds_to_midnight())
        entry = (response.status_code, headers, response.content, time.time() + timeout)
        try:
            _cache().set(key, entry, timeout)
        except Exception:
            logger.warning("Không lưu được trang vào bộ nhớ đệm.", exc_info=True)
            return
        _local.put(key, entry)


class LocalEntries:
    """This worker's copies of the pages it served from the shared cache, most recently
    used kept, at most PAGE_CACHE_LOCAL_BYTES of content (0: none).

    Why: a hit read and unpickled the page from the shared cache (a file, or Redis over
    the network) each time. An entry's key holds the generations and the date, so a
    purge makes the local copy unreachable just like the shared one; each copy also
    keeps the shared entry's expiry time. Django's local-memory cache is not used for
    this because it pickles every value on the way in and out, which is the cost saved."""

    def __init__(self):
        self.entries = OrderedDict()
        self.bytes = 0
        self.lock = threading.Lock()  # the development server and live-server tests use threads

    def _limit(self):
        return int(getattr(settings, "PAGE_CACHE_LOCAL_BYTES", 32 * 1024 * 1024))

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry[3] <= time.time():
                self._drop(key)
                return None
            self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        limit = self._limit()
        size = len(entry[2])
        if size > limit:
            return
        with self.lock:
            if key in self.entries:
                self._drop(key)
            self.entries[key] = entry
            self.bytes += size
            while self.bytes > limit:
                self._drop(next(iter(self.entries)))

    def _drop(self, key):
        entry = self.entries.pop(key)
        self.bytes -= len(entry[2])

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.bytes = 0


_local = LocalEntries()


# ---------------------------------------------------------------- triggers (connected from an app's ready())


def _page_changed(sender, instance=None, **kwargs):
    purge_site_of(instance)


def _page_moved(sender, instance=None, **kwargs):
    purge_all()


def _maybe_page_deleted(sender, instance=None, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge_all()


def _chrome_changed(sender, instance=None, raw=False, **kwargs):
    """An outlet's settings (masthead, footer, comment rules) purge that outlet; a
    snippet (author, issuing body, …) or a tag may be shown on any outlet's pages."""
    if raw:
        return
    from taggit.models import Tag
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.models import Site
    from wagtail.snippets.models import get_snippet_models

    if isinstance(instance, BaseSiteSetting):
        # Not when created: for_site() creates the row with its defaults while a page
        # renders, and the page already shows those defaults.
        if not kwargs.get("created", False):
            purge_site(instance.site_id)
    elif isinstance(instance, Tag) or type(instance) in get_snippet_models():
        purge_all()
    elif isinstance(instance, Site):
        # A Site's host or port (set_site_port at start) is in every absolute URL.
        purge_all()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_page_changed, dispatch_uid="page_cache.published")
    page_unpublished.connect(_page_changed, dispatch_uid="page_cache.unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="page_cache.moved")
    post_delete.connect(_maybe_page_deleted, dispatch_uid="page_cache.page_deleted")
    post_save.connect(_chrome_changed, dispatch_uid="page_cache.chrome_saved")
    post_delete.connect(_chrome_changed, dispatch_uid="page_cache.chrome_deleted")
