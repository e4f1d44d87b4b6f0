"""Behaviour under real concurrency: a live server, threads, separate connections."""

import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.utils import timezone

from cms.core.management.commands.serve import publish_scheduled_forever
from cms.core.models import PageViews
from cms.news.models import ArticlePage
from tests.factories import make_article, make_column, make_outlet

BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_view_is_lost_with_50_concurrent_readers(live_server, clean_tree):
    home = make_outlet()
    article = make_article(make_column(home, "Thời sự"), title="Bài được đọc cùng lúc")
    url = live_server.url + article.url

    def read(n):
        # 50 different readers (all from 127.0.0.1: told apart by their browsers), since one
        # reader counts once per 30 minutes.
        request = urllib.request.Request(url, headers={"User-Agent": f"{BROWSER_UA} reader/{n}"})
        with urllib.request.urlopen(request, timeout=60) as response:
            status = response.status
        # Then, as a browser, the page's view counter image (issue 11).
        pixel = urllib.request.Request(
            f"{live_server.url}/dem/{article.pk}.gif", headers={"User-Agent": f"{BROWSER_UA} reader/{n}"}
        )
        with urllib.request.urlopen(pixel, timeout=60):
            return status

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(read, range(50)))
    assert statuses == [200] * 50
    assert PageViews.total(article.pk) == 50


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_record_is_exact_when_threads_race_to_create_the_day_row(clean_tree):
    home = make_outlet()
    article = make_article(make_column(home, "Thời sự"))
    barrier = threading.Barrier(20)

    def record():
        from django.db import connection

        barrier.wait()
        try:
            PageViews.record(article.pk)
        finally:
            connection.close()

    threads = [threading.Thread(target=record) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert PageViews.objects.filter(page=article).count() == 1
    assert PageViews.total(article.pk) == 20


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_serve_command_publishes_scheduled_pages_in_the_background(clean_tree):
    home = make_outlet()
    article = make_article(make_column(home, "Thời sự"), title="Bài hẹn giờ", publish=False)
    article.go_live_at = timezone.now() + timedelta(seconds=2)
    article.save_revision(approved_go_live_at=article.go_live_at)

    stop = threading.Event()
    worker = threading.Thread(target=publish_scheduled_forever, args=(stop, 0.5, _NullWriter()), daemon=True)
    worker.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not ArticlePage.objects.get(pk=article.pk).live:
            time.sleep(0.2)
    finally:
        stop.set()
        worker.join(timeout=10)
    assert ArticlePage.objects.get(pk=article.pk).live
    assert not worker.is_alive()


class _NullWriter:
    def write(self, message):
        pass
