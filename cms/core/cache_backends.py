"""Cache backends every worker shares (issue 11).

- `SharedFileCache`: the embedded default. Django's file cache (one folder, shared by
  every gunicorn worker) with `add` and `incr` made atomic across processes by a lock
  file, so a rate limit counted by four workers is one count; and the directory scan
  that trims the cache (Django lists every file on every write) done at most once a
  minute per process.
- `BreakerRedisCache`: Django's Redis cache with a short timeout and a circuit breaker.
  When Redis refuses, times out or is silent, one warning is logged and for
  `RETRY_AFTER` seconds the cache answers without touching Redis: reads miss (the
  caller computes the value: pages are served uncached, Wagtail's site root paths
  come from the database), writes are dropped, `add` says "not added" and `incr`
  says "no such key" (django-ratelimit then applies RATELIMIT_FAIL_OPEN). A Redis
  that never answers costs one timeout per RETRY_AFTER seconds, not one per request.
  Deletions skipped while Redis was away (page cache purges) are replayed once it
  answers again, so no reader is served a page an editor corrected meanwhile.
"""

import fcntl
import logging
import os
import threading
import time
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


class SharedFileCache(FileBasedCache):
    # Seconds between two scans of the folder for culling (Django's file cache lists
    # the whole folder on every set: with 20,000 entries that is most of a write's cost).
    CULL_INTERVAL = 60.0

    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._last_cull = 0.0

    @contextmanager
    def _lock(self):
        os.makedirs(self._dir, 0o700, exist_ok=True)
        descriptor = os.open(os.path.join(self._dir, ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)  # releases the lock

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._lock():
            return super().add(key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        with self._lock():
            return super().incr(key, delta, version)

    def decr(self, key, delta=1, version=None):
        return self.incr(key, -delta, version)

    def _cull(self):
        now = time.monotonic()
        if now - self._last_cull < self.CULL_INTERVAL:
            return
        self._last_cull = now
        super()._cull()


class _Breaker:
    """Per process and per Redis address: when Redis last failed, what was skipped."""

    MAX_PENDING_DELETES = 10_000

    def __init__(self):
        self.lock = threading.Lock()
        self.open_until = 0.0
        self.outage = False
        self.pending_deletes = set()
        self.overflowed = False


_breakers = {}
_breakers_lock = threading.Lock()


def _breaker_for(location):
    with _breakers_lock:
        return _breakers.setdefault(location, _Breaker())


class BreakerRedisCache(RedisCache):
    """OPTIONS: TIMEOUT_SECONDS (socket connect and read, default 0.25), RETRY_AFTER
    (seconds the breaker stays open, default 30); the rest go to redis-py's pool."""

    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("RETRY_AFTER", 30))
        timeout = float(options.pop("TIMEOUT_SECONDS", 0.25))
        options.setdefault("socket_connect_timeout", timeout)
        options.setdefault("socket_timeout", timeout)
        if "retry" not in options:
            # redis-py retries a failed command 3 times with back-off by default:
            # seconds per request with Redis down. The breaker is the retry policy.
            from redis.backoff import NoBackoff
            from redis.retry import Retry

            options["retry"] = Retry(NoBackoff(), 0)
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._breaker = _breaker_for(repr(self._servers))

    @property
    def _errors(self):
        import redis

        return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)

    def _is_open(self):
        return time.monotonic() < self._breaker.open_until

    def _trip(self, error):
        breaker = self._breaker
        with breaker.lock:
            first = not breaker.outage
            breaker.outage = True
            breaker.open_until = time.monotonic() + self.retry_after
        if first:
            logger.warning(
                "Redis cache unavailable (%s: %s): serving uncached, next try in %.0f s",
                type(error).__name__,
                error,
                self.retry_after,
            )
        else:
            logger.info("Redis cache still unavailable (%s); next try in %.0f s", error, self.retry_after)

    def _recovered(self):
        breaker = self._breaker
        with breaker.lock:
            if not breaker.outage:
                return
            breaker.outage = False
            keys, overflowed = list(breaker.pending_deletes), breaker.overflowed
            breaker.pending_deletes, breaker.overflowed = set(), False
        logger.warning("Redis cache answers again; replaying %d skipped deletions", len(keys))
        try:
            if overflowed:
                # Too many purges missed to remember: nothing cached before can be trusted.
                self._cache.clear()
            elif keys:
                self._cache.delete_many(keys)
        except self._errors as error:
            with breaker.lock:
                breaker.pending_deletes.update(keys)
                breaker.overflowed = breaker.overflowed or overflowed
            self._trip(error)

    def _call(self, fallback, method, *args, skipped_keys=(), **kwargs):
        if self._is_open():
            self._remember_deletes(skipped_keys)
            return fallback
        try:
            result = getattr(self._cache, method)(*args, **kwargs)
        except self._errors as error:
            self._remember_deletes(skipped_keys)
            self._trip(error)
            return fallback
        if self._breaker.outage:
            self._recovered()
        return result

    def _remember_deletes(self, keys):
        if not keys:
            return
        breaker = self._breaker
        with breaker.lock:
            if len(breaker.pending_deletes) + len(keys) > breaker.MAX_PENDING_DELETES:
                breaker.overflowed = True
                breaker.pending_deletes.clear()
            elif not breaker.overflowed:
                breaker.pending_deletes.update(keys)

    # Django's RedisCache methods with the key made as it does, then through the breaker.

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._call(False, "add", key, value, self.get_backend_timeout(timeout))

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._call(default, "get", key, default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        self._call(None, "set", key, value, self.get_backend_timeout(timeout))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._call(False, "touch", key, self.get_backend_timeout(timeout))

    def delete(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._call(False, "delete", key, skipped_keys=[key])

    def get_many(self, keys, version=None):
        key_map = {self.make_and_validate_key(key, version=version): key for key in keys}
        found = self._call({}, "get_many", key_map.keys())
        return {key_map[k]: v for k, v in found.items()}

    def has_key(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._call(False, "has_key", key)

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        missing = object()
        result = self._call(missing, "incr", key, delta)
        if result is missing:
            raise ValueError(f"Key '{key}' not found (Redis unavailable).")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        if not data:
            return []
        safe_data = {self.make_and_validate_key(key, version=version): value for key, value in data.items()}
        self._call(None, "set_many", safe_data, self.get_backend_timeout(timeout))
        return []

    def delete_many(self, keys, version=None):
        if not keys:
            return
        safe_keys = [self.make_and_validate_key(key, version=version) for key in keys]
        self._call(None, "delete_many", safe_keys, skipped_keys=safe_keys)

    def clear(self):
        missing = object()
        if self._call(missing, "clear") is missing:
            with self._breaker.lock:
                self._breaker.overflowed = True  # cleared once Redis answers again
