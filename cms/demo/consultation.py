"""Demo of issue 15 (cms/demo/data/consultation.yaml): the open 23-CT/TU forum's draft
in parts with opinions on them, and the closed forum's draft, opinions and published
response (báo cáo tiếp thu, giải trình) with a reader who had asked to be told.

`load()` is idempotent: a forum whose draft already has parts is left alone, so a demo
loaded before issue 15 gets it on the next `load_demo`. The counters are rebuilt from
the rows at the end (the opinions are written as they stand, not moderated one by one)."""

from datetime import timedelta

from django.contrib.auth import get_user_model

from cms.comments.models import APPROVED, PENDING, Comment
from cms.comments.tallies import rebuild
from cms.forums.drafts import parse_draft
from cms.forums.models import ConsultationResponsePage, DraftPart, ForumPage, ResponseItem, ResponseSubscription

from .common import publish

MODERATOR = "kiemduyet"


def load(data, out=None, now=None):
    out = out or (lambda message: None)
    spec = data.consultation
    done = {}
    for key in ("open", "closed"):
        forum = ForumPage.objects.filter(slug=data.forums[key]["slug"]).first()
        if forum is None or forum.draft_parts.exists():
            continue
        parts = add_draft(forum, spec[key]["draft"])
        opinions = add_opinions(forum, parts, spec[key]["opinions"])
        if key == "closed":
            add_response(forum, parts, opinions, spec[key]["response"], spec[key]["subscribers"], now)
        rebuild([forum.pk])
        done[key] = (len(parts), len(opinions))
    if done:
        out(
            "Dự thảo theo từng phần: "
            + "; ".join(f"{key}: {parts} phần, {count} ý kiến" for key, (parts, count) in done.items())
            + "."
        )
    return done or None


def add_draft(forum, text):
    """As an editor pasting the draft: the parts recognised, saved in a new revision."""
    page = forum.get_latest_revision_as_object()
    page.draft_parts = [
        DraftPart(kind=part.kind, number=part.number, heading=part.heading, text=part.text, sort_order=order)
        for order, part in enumerate(parse_draft(text))
    ]
    publish(page, forum.first_published_at, forum.last_published_at)
    parts = {}
    for part in ForumPage.objects.get(pk=forum.pk).parts():
        parts[part.label] = part
    return parts


def add_opinions(forum, parts, specs):
    moderator = get_user_model().objects.filter(username=MODERATOR).first()
    opinions = {}
    for spec in specs:
        sent = min(forum.opens_at + timedelta(hours=spec["hours"]), forum.closes_at - timedelta(minutes=5))
        status = spec.get("status", APPROVED)
        offline = spec.get("source", "")
        comment = Comment(
            page_id=forum.pk,
            part=parts[spec["part"]],
            author_name=spec["who"],
            organisation=spec.get("organisation", ""),
            locality=spec.get("locality", ""),
            stance=spec["stance"],
            body=" ".join(spec["body"].split()),
            proposed_wording=" ".join(spec.get("proposed_wording", "").split()),
            source=offline,
            meeting=spec.get("meeting", ""),
            people_count=spec.get("people", 1),
            status=status,
            status_reason="Ý kiến thu thập trực tiếp (hội nghị, buổi làm việc)" if offline else "",
            created_at=sent,
            moderated_at=None if status == PENDING else sent + timedelta(hours=2),
            moderated_by=None if status == PENDING else moderator,
            entered_by=moderator if offline else None,
        )
        if status == "rejected":
            comment.status_reason = "Không góp ý vào nội dung dự thảo."
        comment.save()
        opinions[spec["who"]] = comment
    return opinions


def add_response(forum, parts, opinions, spec, subscribers, now):
    published = min(forum.closes_at + timedelta(days=spec["published_after_close"]), now)
    page = ConsultationResponsePage(title=spec["title"], issued_by=spec["issued_by"], intro=spec["intro"])
    for order, item in enumerate(spec["items"]):
        page.items.add(
            ResponseItem(
                sort_order=order,
                part=parts[item["part"]] if item.get("part") else None,
                summary=item["summary"],
                accepted=item.get("accepted", ""),
                not_accepted=" ".join(item.get("not_accepted", "").split()),
                final_text=" ".join(item.get("final_text", "").split()),
                representative_ids=", ".join(str(opinions[who].pk) for who in item.get("representatives", ())),
            )
        )
    forum.add_child(instance=page)
    publish(page, published)
    # They asked before it was published and were told then (no mail is sent by the demo).
    for email in subscribers:
        ResponseSubscription.objects.get_or_create(
            forum=forum,
            email=email,
            defaults={"created_at": forum.closes_at - timedelta(days=2), "notified_at": published},
        )
    return page
