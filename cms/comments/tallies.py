"""Counters of approved opinions (issue 15): OpinionTally rows moved with each decision.

A counted opinion is a top-level comment on a page that takes opinions (a forum).
Every status change goes through `status_changed(comment, old, new)`, called inside
the transaction that writes the new status: entering "approved" adds one, leaving it
removes one, anything else (pending -> rejected, spam…) moves nothing. The row is
changed with `count = count + 1` in SQL (an F() update), never read-modify-write, so
two moderators deciding at once both count; callers read the comment's status under
select_for_update (moderation._set_status), so the same comment is not counted twice.

`expected_counts` is the same rule computed from the rows (the rebuild command)."""

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Sum

from .models import APPROVED, OFFLINE_SOURCES, ONLINE_CHANNEL, STANCE_CHOICES, Comment, OpinionTally

STANCE_LABELS = dict(STANCE_CHOICES)
CHANNEL_LABELS = {(value or ONLINE_CHANNEL): label for value, label in OFFLINE_SOURCES}


# The forum page and the tally API read sums over a forum's counters: up to one row per
# part × stance × locality × channel (48,000 for 40 parts, 100 localities and three
# channels), 60 ms to sum at 100,000 opinions on SQLite against 10 ms for a small forum.
# The sums are cached per forum and forgotten whenever one of its counters moves (at
# once and again after the commit, so a reader who summed the old rows meanwhile does
# not keep them); SUMMARY_SECONDS bounds what a missed forget could leave behind.
SUMMARY_SECONDS = 60
SUMMARIES = ("part-counts", "tally")


def summary_key(page_id, name):
    return f"opinion-tally:{name}:{page_id}"


def cached_summary(page_id, name, compute):
    """compute(), kept SUMMARY_SECONDS under the forum's key (see forget)."""
    key = summary_key(page_id, name)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, SUMMARY_SECONDS)
    return value


def forget(page_ids):
    keys = [summary_key(page_id, name) for page_id in page_ids for name in SUMMARIES]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def is_counted(comment):
    if comment.parent_id is not None:
        return False
    page = comment.page
    specific_class = getattr(page, "specific_class", None) or type(page)
    return bool(getattr(specific_class, "takes_opinions", False))


def key_of(comment):
    return {
        "page_id": comment.page_id,
        "part_key": comment.part_id or 0,
        "stance": comment.stance or "",
        "locality": (comment.locality or "")[:100],
        "channel": comment.source or ONLINE_CHANNEL,
    }


def bump(comment, delta):
    """Add `delta` opinions (and delta × people_count people) to the comment's counter."""
    key = key_of(comment)
    people = delta * max(comment.people_count or 1, 1)
    with transaction.atomic():
        forget([comment.page_id])
        changed = OpinionTally.objects.filter(**key).update(count=F("count") + delta, people=F("people") + people)
        if changed:
            return
        try:
            with transaction.atomic():  # a savepoint: a concurrent first insert may win
                OpinionTally.objects.create(part_id=comment.part_id, count=delta, people=people, **key)
        except IntegrityError:
            OpinionTally.objects.filter(**key).update(count=F("count") + delta, people=F("people") + people)


def status_changed(comment, old_status, new_status):
    """Move the counters for one decision (old_status None: a new comment)."""
    delta = (new_status == APPROVED) - (old_status == APPROVED)
    if delta and is_counted(comment):
        bump(comment, delta)


def expected_counts(page_ids):
    """{key tuple: (count, people)} recomputed from the approved rows of these pages."""
    rows = (
        Comment.objects.filter(page_id__in=page_ids, status=APPROVED, parent__isnull=True)
        .values("page_id", "part_id", "stance", "locality", "source")
        .annotate(n=Count("pk"), people=Sum("people_count"))
    )
    expected = {}
    for row in rows:
        key = (
            row["page_id"],
            row["part_id"] or 0,
            row["stance"],
            row["locality"][:100],
            row["source"] or ONLINE_CHANNEL,
        )
        count, people = expected.get(key, (0, 0))
        expected[key] = (count + row["n"], people + (row["people"] or 0))
    return expected


def stored_counts(page_ids):
    return {
        (t.page_id, t.part_key, t.stance, t.locality, t.channel): (t.count, t.people)
        for t in OpinionTally.objects.filter(page_id__in=page_ids)
        if t.count or t.people
    }


def drift(page_ids):
    """The keys whose stored counts differ from the rows: {key: (stored, expected)}."""
    expected, stored = expected_counts(page_ids), stored_counts(page_ids)
    return {
        key: (stored.get(key, (0, 0)), expected.get(key, (0, 0)))
        for key in expected.keys() | stored.keys()
        if stored.get(key, (0, 0)) != expected.get(key, (0, 0))
    }


def rebuild(page_ids):
    """Replace the counters of these pages with counts from the rows (one transaction)."""
    with transaction.atomic():
        expected = expected_counts(page_ids)
        OpinionTally.objects.filter(page_id__in=page_ids).delete()
        forget(page_ids)
        OpinionTally.objects.bulk_create(
            OpinionTally(
                page_id=page_id,
                part_id=part_key or None,
                part_key=part_key,
                stance=stance,
                locality=locality,
                channel=channel,
                count=count,
                people=people,
            )
            for (page_id, part_key, stance, locality, channel), (count, people) in expected.items()
        )
    return len(expected)


def move_part(part):
    """A part being deleted: its opinions become opinions on the whole draft (their
    `part` is set to null), so its counters join the whole draft's."""
    with transaction.atomic():
        forget([part.page_id])
        for tally in OpinionTally.objects.select_for_update().filter(part_key=part.pk):
            holder = Comment(page_id=tally.page_id, stance=tally.stance, locality=tally.locality, people_count=1)
            holder.source = "" if tally.channel == ONLINE_CHANNEL else tally.channel
            key = key_of(holder)
            changed = OpinionTally.objects.filter(**key).update(
                count=F("count") + tally.count, people=F("people") + tally.people
            )
            if not changed:
                OpinionTally.objects.create(count=tally.count, people=tally.people, **key)
            tally.delete()
