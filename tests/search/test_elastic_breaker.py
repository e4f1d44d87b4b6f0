"""An Elasticsearch that accepts connections but never answers: searches wait at
most ELASTICSEARCH_TIMEOUT once, then skip it (the embedded index answers, marked
degraded) for ELASTICSEARCH_RETRY_AFTER seconds, then try it again."""

import socket
import threading
import time

import pytest

from cms.search import service
from cms.search.elastic import CircuitBreaker
from cms.search.models import IndexRetry
from cms.search.query import SearchQuery

pytestmark = pytest.mark.django_db

TIMEOUT = 0.5
RETRY_AFTER = 1.5


class SilentServer:
    """Accepts every connection and never sends a byte."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.socket.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.connections = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while not self.stopped.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:  # the accept timeout: look at `stopped` again
                continue
            self.connections.append(connection)

    def close(self):
        self.stopped.set()
        self.thread.join()
        for connection in self.connections:
            connection.close()
        self.socket.close()


@pytest.fixture(autouse=True)
def _forget_backend():
    service._external = None
    yield
    service._external = None


@pytest.fixture
def silent(settings):
    server = SilentServer()
    settings.ELASTICSEARCH_URL = server.url
    settings.ELASTICSEARCH_TIMEOUT = TIMEOUT
    settings.ELASTICSEARCH_RETRY_AFTER = RETRY_AFTER
    settings.ELASTICSEARCH_CLIENT_OPTIONS = {}
    yield server
    server.close()


def timed(function, *args, **kwargs):
    start = time.monotonic()
    result = function(*args, **kwargs)
    return result, time.monotonic() - start


def search(text="quan triet"):
    return service.search(SearchQuery(text))


def test_a_silent_server_costs_one_timeout_then_nothing_until_the_cool_off(article, silent, client):
    results, first = timed(search)
    assert results.degraded is True and results.backend == "embedded"
    assert [hit.page_id for hit in results.hits] == [article.pk]  # the reader still gets answers
    assert TIMEOUT <= first < TIMEOUT + 1.0  # not the 5 s it used to be
    tried = len(silent.connections)

    # Breaker open: the next searches and suggestions do not wait and do not connect.
    for _ in range(5):
        results, elapsed = timed(search)
        assert results.degraded is True and results.hits[0].page_id == article.pk
        assert elapsed < 0.2
    (suggestions, degraded), elapsed = timed(service.suggest, "quan tri")
    assert degraded is True and suggestions == [article.title] and elapsed < 0.2
    response, elapsed = timed(client.get, "/api/search/", {"q": "quan triet"})
    assert response.status_code == 200 and response.json()["degraded"] is True and elapsed < 1.0
    assert len(silent.connections) == tried

    # After the cool-off it is tried again (and, still silent, skipped again).
    time.sleep(RETRY_AFTER + 0.1)
    results, elapsed = timed(search)
    assert results.degraded is True and elapsed >= TIMEOUT
    assert len(silent.connections) > tried
    assert timed(search)[1] < 0.2


def test_publishing_while_the_breaker_is_open_does_not_wait(article, silent, django_capture_on_commit_callbacks):
    search()  # trips the breaker
    start = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert time.monotonic() - start < 1.0
    # Recorded, so `search_index update` or the next successful write sends it.
    assert IndexRetry.objects.filter(page_id=article.pk, operation=IndexRetry.INDEX).exists()


def test_the_breaker_opens_on_failure_lets_one_try_through_after_the_cool_off_and_closes_on_success():
    now = [1000.0]
    breaker = CircuitBreaker(clock=lambda: now[0])
    assert breaker.allow() and breaker.closed
    breaker.failed(retry_after=30)
    assert not breaker.allow() and not breaker.closed
    now[0] += 29.9
    assert not breaker.allow()
    now[0] += 0.2
    assert breaker.allow()  # one try...
    assert not breaker.allow()  # ...while it is under way the others still skip
    assert not breaker.closed  # writes wait for a search to find it back
    breaker.succeeded()
    assert breaker.allow() and breaker.closed
