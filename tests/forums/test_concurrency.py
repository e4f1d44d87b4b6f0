"""8 readers posting comments at once for 30 s through the JSON API: every 201
has its row, and nothing answers 5xx ("database is locked" included)."""

import json
import os
import threading
import time
import urllib.error
import urllib.request

import pytest

from cms.forums.models import Comment
from tests.factories import make_article, make_column, make_outlet

pytestmark = [pytest.mark.concurrency, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

POSTERS = 8
SECONDS = float(os.environ.get("COMMENT_CONCURRENCY_SECONDS", "30"))


def post(url, payload):
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def test_concurrent_posters_lose_nothing(live_server, settings, clean_tree):
    settings.COMMENT_RATE_PER_MINUTE = 1_000_000
    settings.COMMENT_RATE_PER_DAY = 1_000_000
    host = live_server.url.split("//", 1)[1].split(":")[0]
    home = make_outlet(hostname=host)
    article = make_article(make_column(home), title="Bài nhận nhiều bình luận cùng lúc")
    article.comment_rule = "post"
    article.save()
    url = live_server.url + "/api/comments/"

    created, failures = {}, []
    lock = threading.Lock()
    deadline = time.monotonic() + SECONDS

    def poster(n):
        i = 0
        while time.monotonic() < deadline:
            body = f"Ý kiến số {i} của người đọc {n}: đồng tình với chủ trương."
            status, data = post(
                url,
                {
                    "page": article.pk,
                    "author_name": f"Người đọc {n}",
                    "author_email": f"doc{n}@example.vn",
                    "body": body,
                },
            )
            with lock:
                if status == 201:
                    created[data["id"]] = body
                else:
                    failures.append((status, str(data)[:200]))
            i += 1

    threads = [threading.Thread(target=poster, args=(n,)) for n in range(POSTERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not [f for f in failures if f[0] >= 500], failures[:5]
    assert not failures, failures[:5]
    assert len(created) >= POSTERS, "too few comments were posted to prove anything"
    stored = dict(Comment.objects.filter(page=article).values_list("pk", "body"))
    assert stored == created
