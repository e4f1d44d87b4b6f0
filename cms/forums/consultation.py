"""What a forum's page and API read about its draft (issue 15): the counters of
approved opinions (cms.comments.tallies keeps them) summed per part, stance, locality
and channel, in a few small queries whatever the number of opinions."""

from django.db.models import Sum

from cms.comments.models import APPROVED, STANCE_CHOICES, Comment, OpinionTally
from cms.comments.tallies import CHANNEL_LABELS, STANCE_LABELS, cached_summary

NO_STANCE = "khong-ghi"
MOST_COMMENTED = 5


def _stance_rows(counts):
    """[{stance, label, count}] in the vocabulary's order, then opinions without one."""
    rows = [{"stance": key, "label": label, "count": counts.get(key, 0)} for key, label in STANCE_CHOICES]
    if counts.get(""):
        rows.append({"stance": NO_STANCE, "label": "Không ghi quan điểm", "count": counts[""]})
    return rows


def part_counts(forum):
    """{part_key: {stance: count}} (part_key 0: the whole draft); cached per forum
    until one of its counters moves (cms.comments.tallies.cached_summary)."""
    return cached_summary(forum.pk, "part-counts", lambda: _part_counts(forum))


def _part_counts(forum):
    result = {}
    rows = (
        OpinionTally.objects.filter(page_id=forum.pk).values("part_key", "stance").annotate(n=Sum("count")).order_by()
    )
    for row in rows:
        if row["n"]:
            result.setdefault(row["part_key"], {})[row["stance"]] = row["n"]
    return result


def parts_with_tallies(forum):
    """The forum's parts (forum.parts()), each with `total` and `stances` (rows)."""
    parts = forum.parts()
    # A forum without a draft has only whole-forum counts: the page does not ask for them.
    counts = part_counts(forum) if parts else {}
    for part in parts:
        stances = counts.get(part.pk, {})
        part.total = sum(stances.values())
        part.stances = _stance_rows(stances)
    return parts, counts


def most_commented(parts, limit=MOST_COMMENTED):
    ranked = [part for part in parts if part.total]
    ranked.sort(key=lambda part: (-part.total, part.sort_order))
    return ranked[:limit]


def tally(forum):
    """The API's counts: total, people, by stance, by part (with labels), by locality
    and by channel; approved top-level opinions only. The counts are cached per forum
    until one of its counters moves; the forum's own fields (phase…) are read fresh."""
    counts = cached_summary(forum.pk, "tally", lambda: _tally_counts(forum))
    return {
        "forum": {"id": forum.pk, "title": forum.title, "url": forum.full_url, "phase": forum.phase()},
        **counts,
    }


def _tally_counts(forum):
    base = OpinionTally.objects.filter(page_id=forum.pk)
    totals = base.aggregate(n=Sum("count"), people=Sum("people"))
    stances = {row["stance"]: row["n"] for row in base.values("stance").annotate(n=Sum("count")).order_by() if row["n"]}
    parts, counts = parts_with_tallies(forum)
    if not parts:
        counts = part_counts(forum)
    by_part = []
    general = counts.get(0, {})
    if general:
        by_part.append(
            {
                "id": None,
                "label": "Góp ý chung cho cả dự thảo",
                "heading": "",
                "kind": None,
                "count": sum(general.values()),
                "by_stance": _stance_rows(general),
            }
        )
    for part in parts:
        by_part.append(
            {
                "id": part.pk,
                "label": part.label,
                "heading": part.heading,
                "kind": part.kind,
                "count": part.total,
                "by_stance": part.stances,
            }
        )
    localities = base.values("locality").annotate(n=Sum("count"), people=Sum("people")).order_by("-n", "locality")
    channels = base.values("channel").annotate(n=Sum("count"), people=Sum("people")).order_by("-n", "channel")
    return {
        "count": totals["n"] or 0,
        "people": totals["people"] or 0,
        "by_stance": _stance_rows(stances),
        "by_part": by_part,
        "by_locality": [
            {"locality": row["locality"] or None, "count": row["n"], "people": row["people"]}
            for row in localities
            if row["n"]
        ],
        "by_channel": [
            {
                "channel": row["channel"],
                "label": CHANNEL_LABELS.get(row["channel"], row["channel"]),
                "count": row["n"],
                "people": row["people"],
            }
            for row in channels
            if row["n"]
        ],
    }


def part_opinions(forum, part):
    """A part's approved opinions, featured first, newest first (paginated by the view)."""
    return (
        Comment.objects.filter(page_id=forum.pk, part=part, status=APPROVED, parent__isnull=True)
        .select_related("part__parent", "section")
        .public_order()
    )


__all__ = ["STANCE_LABELS", "most_commented", "part_opinions", "parts_with_tallies", "tally"]
