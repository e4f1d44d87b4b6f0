"""Version tokens every worker shares: the settings token (cms.core.models) and the page
cache's generation numbers (cms.core.page_cache).

A token lives in the shared `default` cache (a file cache on the embedded default, Redis
when REDIS_URL is set). Changing it makes every worker drop what it derived from the old
value. A missing token is created with a new random value, never read as 0: a cache that
was cleared or restarted must not bring an old generation back.

Why a per-process memo (issue 11): a page-cache hit read three tokens from the shared
cache before its page, which cost more than the rest of the hit. Each process now
re-reads a token at most every SHARED_TOKEN_SECONDS (0.5 s by default; 0 reads it on every
request), and a change made in this process is seen here at once. So a correction
published in one worker is visible in the others within that half second, well inside
the two seconds the newsroom is promised. Django's cache framework has no such layer.
"""

import time
import uuid

from django.conf import settings
from django.core.cache import caches

_memo = {}  # key -> (value, monotonic time it was read)


def _max_age():
    return float(getattr(settings, "SHARED_TOKEN_SECONDS", 0.5))


def _cache():
    return caches["default"]


def new_value():
    return uuid.uuid4().hex


def read(keys):
    """{key: value} for every key; raises what the cache raises (callers decide)."""
    now = time.monotonic()
    max_age = _max_age()
    found = {}
    stale = []
    for key in keys:
        memo = _memo.get(key)
        if memo is not None and now - memo[1] < max_age:
            found[key] = memo[0]
        else:
            stale.append(key)
    if stale:
        cache = _cache()
        fetched = cache.get_many(stale)
        for key in stale:
            if key not in fetched:
                # add() keeps a value another worker set meanwhile; read it back either way.
                cache.add(key, new_value(), None)
                fetched[key] = cache.get(key)
            found[key] = fetched[key]
            _memo[key] = (fetched[key], now)
    return found


def replace(keys):
    """New values for these tokens, in the shared cache and in this process at once."""
    cache = _cache()
    now = time.monotonic()
    for key in keys:
        value = new_value()
        cache.set(key, value, None)
        _memo[key] = (value, now)


def forget():
    """Drop this process's memo (tests that clear the shared cache)."""
    _memo.clear()
