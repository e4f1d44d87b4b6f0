"""Counters under concurrent moderation (issue 15): moderators deciding at once, on
different opinions and on the same one, leave the counts equal to the rows."""

import threading

import pytest
from django.db import connection

from cms.comments import moderation
from cms.comments.models import PENDING, Comment, OpinionTally
from cms.comments.tallies import drift
from cms.core.newsroom import MODERATORS
from tests.factories import make_forum, make_outlet, make_user

pytestmark = [pytest.mark.concurrency, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
THREADS = 6


def run_at_once(work):
    barrier = threading.Barrier(THREADS)
    errors = []

    def worker(n):
        barrier.wait()
        try:
            work(n)
        except Exception as error:  # reported below: a thread's exception is otherwise lost
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


def test_concurrent_decisions_keep_the_counters_exact(clean_tree):
    forum = make_forum(make_outlet())
    moderators = [make_user(f"kiemduyet{n}", MODERATORS, is_superuser=True) for n in range(THREADS)]
    opinions = [
        Comment.objects.create(
            page=forum, author_name=f"Người {n}", body=f"Ý kiến số {n} về dự thảo.", stance="dong-y", status=PENDING
        )
        for n in range(THREADS * 4)
    ]
    same = opinions[0]

    # Everyone approves the same opinion, and four others each, at the same moment.
    def approve(n):
        moderation.approve([Comment.objects.get(pk=same.pk)], moderators[n])
        mine = opinions[1 + n * 3 : 1 + n * 3 + 3]
        moderation.approve(list(Comment.objects.filter(pk__in=[c.pk for c in mine])), moderators[n])

    run_at_once(approve)
    approved = Comment.objects.filter(page=forum, status="approved").count()
    assert approved == 1 + THREADS * 3
    assert sum(OpinionTally.objects.filter(page=forum).values_list("count", flat=True)) == approved
    assert not drift([forum.pk])

    # Everyone hides the same opinion at once: it leaves the count once.
    run_at_once(lambda n: moderation.withdraw([Comment.objects.get(pk=same.pk)], moderators[n], "Trùng lặp"))
    assert sum(OpinionTally.objects.filter(page=forum).values_list("count", flat=True)) == approved - 1
    assert not drift([forum.pk])
