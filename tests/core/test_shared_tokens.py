"""Issue 11: what makes a page-cache hit cheap, and why it is still correct.

- Version tokens (page-cache generations, the settings token) are read from the shared
  cache at most every SHARED_TOKEN_SECONDS per worker (cms/core/shared_tokens.py): a
  change made in this worker shows at once, another worker's within that time.
- Each worker keeps the pages it served in memory (page_cache.LocalEntries): a purge, a
  cleared shared cache and the entry's expiry make the copy unreachable all the same.
"""

import threading
import time

import pytest
from django.core.cache import cache

from cms.core import page_cache, shared_tokens
from cms.core.models import SETTINGS_TOKEN_KEY, OutletSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 300


def test_a_token_is_read_again_only_after_its_time(settings):
    settings.SHARED_TOKEN_SECONDS = 0.3
    first = shared_tokens.read([page_cache.GLOBAL_GENERATION])[page_cache.GLOBAL_GENERATION]
    assert first  # created at random, never None or 0
    cache.set(page_cache.GLOBAL_GENERATION, "another-worker", None)  # another worker purged
    assert shared_tokens.read([page_cache.GLOBAL_GENERATION])[page_cache.GLOBAL_GENERATION] == first
    time.sleep(0.35)
    assert shared_tokens.read([page_cache.GLOBAL_GENERATION])[page_cache.GLOBAL_GENERATION] == "another-worker"


def test_a_purge_in_this_worker_shows_at_once_even_with_a_memo(settings, client, article):
    settings.SHARED_TOKEN_SECONDS = 60
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    article.title = "Tiêu đề đã đính chính"
    revision = article.save_revision()
    revision.publish()
    response = client.get(article.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Tiêu đề đã đính chính" in response.content.decode()


def test_another_workers_purge_shows_within_the_token_time(settings, client, article):
    settings.SHARED_TOKEN_SECONDS = 0.3
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    cache.set(page_cache.GLOBAL_GENERATION, shared_tokens.new_value(), None)  # as another worker's purge does
    time.sleep(0.35)
    assert client.get(article.url)["X-Page-Cache"] == "miss"


def test_another_workers_settings_change_shows_within_the_token_time(settings, client, article):
    settings.SHARED_TOKEN_SECONDS = 0.3
    settings.PAGE_CACHE_ENABLED = False
    assert OutletSettings.objects.get().name in client.get(article.url).content.decode()
    OutletSettings.objects.update(name="Cổng tin đổi ở tiến trình khác")
    cache.set(SETTINGS_TOKEN_KEY, shared_tokens.new_value(), None)
    time.sleep(0.35)
    assert "Cổng tin đổi ở tiến trình khác" in client.get(article.url).content.decode()


def test_a_hit_is_served_from_this_workers_memory(client, article):
    client.get(article.url)
    # The shared entry is gone (evicted, or Redis lost it): this worker's copy still answers.
    entry_keys = [key for key in page_cache._local.entries]
    assert len(entry_keys) == 1
    cache.delete(entry_keys[0])
    response = client.get(article.url)
    assert response["X-Page-Cache"] == "hit" and article.title in response.content.decode()


def test_a_cleared_shared_cache_does_not_bring_back_a_local_copy(client, article):
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    cache.clear()  # Redis restarted: the generations are new random values, not 0 again
    assert client.get(article.url)["X-Page-Cache"] == "miss"


def test_a_local_copy_expires_with_its_shared_entry(client, article, monkeypatch):
    client.get(article.url)
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    later = time.time() + 301
    monkeypatch.setattr(page_cache.time, "time", lambda: later)
    cache.clear()  # the shared entry has expired too by then
    assert client.get(article.url)["X-Page-Cache"] == "miss"


def test_local_copies_stay_within_their_byte_limit(settings):
    settings.PAGE_CACHE_LOCAL_BYTES = 1000
    local = page_cache.LocalEntries()
    expires = time.time() + 60
    for n in range(5):
        local.put(f"key-{n}", (200, [], b"x" * 300, expires))
    assert local.bytes <= 1000
    assert list(local.entries) == ["key-2", "key-3", "key-4"]  # the oldest went first
    assert local.get("key-2") is not None  # used: now the newest
    local.put("key-5", (200, [], b"x" * 300, expires))
    assert list(local.entries) == ["key-4", "key-2", "key-5"]
    local.put("too-big", (200, [], b"x" * 2000, expires))
    assert "too-big" not in local.entries
    settings.PAGE_CACHE_LOCAL_BYTES = 0
    local.clear()
    local.put("key-6", (200, [], b"x", expires))
    assert not local.entries


# ---------------------------------------------------------------- one render per purged page


def _key_for(url):
    from django.test import RequestFactory

    request = RequestFactory().get(url)
    return page_cache.PageCacheMiddleware(lambda request: None)._lookup_key(request)


def test_a_reader_waits_for_the_worker_already_rendering_the_page(settings, client, article):
    settings.PAGE_CACHE_LOCK_SECONDS = 5
    key = _key_for(article.url)
    assert cache.add(key + page_cache.LOCK_SUFFIX, 1, 5)  # another worker is rendering it

    def other_worker_stores():
        time.sleep(0.2)
        cache.set(
            key, (200, [("Content-Type", "text/html; charset=utf-8")], b"do tien trinh khac dung", time.time() + 60)
        )

    thread = threading.Thread(target=other_worker_stores)
    thread.start()
    response = client.get(article.url)
    thread.join()
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b"do tien trinh khac dung"  # its page, not a second render


def test_a_reader_renders_when_the_other_worker_gives_up(settings, client, article):
    settings.PAGE_CACHE_LOCK_SECONDS = 5
    key = _key_for(article.url)
    cache.add(key + page_cache.LOCK_SUFFIX, 1, 5)

    def other_worker_fails():
        time.sleep(0.2)
        cache.delete(key + page_cache.LOCK_SUFFIX)  # its render raised: the lock is released

    thread = threading.Thread(target=other_worker_fails)
    thread.start()
    started = time.monotonic()
    response = client.get(article.url)
    thread.join()
    assert time.monotonic() - started < 4
    assert response["X-Page-Cache"] == "miss" and article.title in response.content.decode()


def test_pages_that_are_not_stored_are_not_waited_for(settings, client, article):
    settings.PAGE_CACHE_LOCK_SECONDS = 5
    missing = article.url + "khong-co/"
    assert client.get(missing).status_code == 404
    cache.add(_key_for(missing) + page_cache.LOCK_SUFFIX, 1, 5)  # someone renders the 404 again
    started = time.monotonic()
    assert client.get(missing).status_code == 404
    assert time.monotonic() - started < 2.5  # not the 5 s wait: the 404 is known not to be stored
