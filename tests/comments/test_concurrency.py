"""8 readers posting comments at once for 30 s through the JSON API: every 201
has its row, and nothing answers 5xx ("database is locked" included)."""

import json
import os
import threading
import time
import urllib.error
import urllib.request

import pytest

from cms.comments.models import Comment
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


def test_serve_sends_the_moderation_digest_in_the_background(clean_tree):
    """`manage.py serve` mails the digest every DIGEST_INTERVAL without cron, once per batch."""
    from django.core import mail

    from cms.core.management.commands.serve import digest_forever
    from cms.core.newsroom import MODERATORS
    from tests.factories import make_user

    home = make_outlet()
    article = make_article(make_column(home), title="Bài có bình luận chờ duyệt")
    Comment.objects.create(
        page=article, body="Ý kiến chờ duyệt", author_name="Lê Hoa", author_email="hoa@example.vn", status="pending"
    )
    make_user("kiemduyet", MODERATORS, email="kiemduyet@toasoan.example")
    mail.outbox = []

    stop = threading.Event()
    worker = threading.Thread(target=digest_forever, args=(stop, 0.3, _Quiet()), daemon=True)
    worker.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not mail.outbox:
            time.sleep(0.1)
        time.sleep(1.0)  # a few more rounds: nothing new, so no second mail
    finally:
        stop.set()
        worker.join(timeout=10)
    assert not worker.is_alive()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["kiemduyet@toasoan.example"]
    assert "Ý kiến chờ duyệt" in mail.outbox[0].body


class _Quiet:
    def write(self, message):
        pass


def test_the_same_opinion_sent_at_once_is_saved_once(clean_tree):
    """Duplicate and rate checks read what concurrent posts write: the same text from
    the same person sent by 6 threads at once gives one comment (SQLite: IMMEDIATE
    transactions; PostgreSQL: the sender's advisory lock), the rest are refused."""
    from django.db import connection

    from cms.comments import checks
    from cms.comments.services import submit_comment

    article = make_article(make_column(make_outlet()), title="Bài nhận ý kiến trùng")
    barrier = threading.Barrier(6)
    outcomes = []
    lock = threading.Lock()

    def send():
        barrier.wait()
        try:
            submit_comment(
                article,
                {"author_name": "Lê Văn Tâm", "author_email": "tam@example.vn", "body": "Đề nghị lắp thêm đèn đường."},
                "198.51.100.20",
            )
            outcome = "saved"
        except checks.Duplicate:
            outcome = "duplicate"
        except checks.RateLimited:
            outcome = "rate"
        finally:
            connection.close()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("saved") == 1, outcomes
    assert len(outcomes) == 6
    assert Comment.objects.filter(page=article).count() == 1
