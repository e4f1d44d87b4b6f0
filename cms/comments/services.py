"""Posting and reporting public comments: the one place both the HTML form and
the JSON API go through, so the rules cannot drift apart.

Input is validated by `CommentForm` before it gets here; this module applies
the rules that depend on the database (open or closed, which comment a reply
belongs to, anti-abuse checks, report counting)."""

import hashlib
import ipaddress

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Prefetch
from wagtail.models import Page

from cms.core import network
from cms.core.page_cache import purge_all
from cms.core.params import parse_id

from . import tallies
from .checks import Submission, run_checks
from .models import APPROVED, PENDING, Comment, CommentablePage, CommentReport, CommentSettings
from .moderation import log_reported_back_to_pending


class CommentsClosed(Exception):
    """The page does not take comments now; `message` says why, in Vietnamese."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class InvalidParent(Exception):
    """The comment replied to is not a published comment of this page."""

    def __init__(self, message="Bình luận bạn trả lời không còn hiển thị trên trang này."):
        super().__init__(message)
        self.message = message


class NotReportable(Exception):
    """Only published comments can be reported; anything else is "not found" to the public."""


def commentable_page(page_id):
    """The live, public, commentable page with this id (specific), or None."""
    page_id = parse_id(page_id)
    if page_id is None:
        return None
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        return None
    page = page.specific
    return page if isinstance(page, CommentablePage) else None


def reportable_comment(comment_id):
    """A published comment on a live, public page, or None."""
    comment_id = parse_id(comment_id)
    if comment_id is None:
        return None
    comment = Comment.objects.select_related("page").filter(pk=comment_id, status=APPROVED).first()
    if comment is None or commentable_page(comment.page_id) is None:
        return None
    return comment


def reply_target(page, parent_id):
    """The top-level comment a reply is attached to, or None for a new thread.

    Only two levels are shown, so a reply to a reply joins its parent's thread.
    Both the comment replied to and its thread must be published on this page."""
    if parent_id in (None, ""):
        return None
    parent_id = parse_id(parent_id)
    if parent_id is None:
        raise InvalidParent()
    parent = Comment.objects.select_related("parent").filter(pk=parent_id, page_id=page.pk, status=APPROVED).first()
    if parent is None:
        raise InvalidParent()
    if parent.parent_id is not None:
        parent = parent.parent
        if parent.status != APPROVED or parent.page_id != page.pk:
            raise InvalidParent()
    return parent


def wait_for_same_sender(ip, email):
    """PostgreSQL: posts from the same address or email wait for each other until
    commit (advisory transaction locks), so the rate and duplicate checks see the
    rows of the post before; under READ COMMITTED two identical posts sent at once
    would otherwise both pass. SQLite's IMMEDIATE transactions already queue every
    write, and other senders are not held up on either database."""
    if connection.vendor != "postgresql":
        return
    email = (email or "").strip().lower()
    keys = [key for key in (ip and f"ip:{ip}", email and f"email:{email}") if key]
    with connection.cursor() as cursor:
        for key in sorted(keys):  # always the same order: no deadlock between two senders
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [key])


def submit_comment(page, data, ip, *, honeypot="", form_shown_at=None, user=None):
    """Save a comment from cleaned form data; raises CommentsClosed, InvalidParent,
    checks.RateLimited or checks.Duplicate.

    `user` is accepted for callers that know who is signed in; public comments
    are anonymous, so it is not stored."""
    refusal = page.comment_refusal()
    if refusal:
        raise CommentsClosed(refusal)
    # One transaction: with SQLite's IMMEDIATE mode concurrent posters queue here,
    # so the rate and duplicate checks see each other's rows.
    with transaction.atomic():
        wait_for_same_sender(ip, data.get("author_email"))
        parent = reply_target(page, data.get("parent"))
        submission = Submission(
            page=page,
            author_name=data["author_name"],
            author_email=data.get("author_email") or "",
            body=data["body"],
            ip_address=ip,
            parent_id=parent.pk if parent else None,
            honeypot=honeypot or "",
            form_shown_at=form_shown_at,
        )
        verdict = run_checks(submission)
        comment = Comment.objects.create(
            page=page,
            parent=parent,
            author_name=data["author_name"],
            author_email=submission.author_email,
            phone=data.get("phone") or "",
            locality=data.get("locality") or "",
            organisation=data.get("organisation") or "",
            body=data["body"],
            stance=data.get("stance") or "",
            section=data.get("section"),
            part=data.get("part"),
            proposed_wording=data.get("proposed_wording") or "",
            status=verdict.status,
            status_reason=verdict.reason_text,
            check_reason=verdict.reason_text,
            ip_address=ip or None,
            notify_on_publish=bool(data.get("notify_on_publish")),
            created_at=submission.now,
        )
        tallies.status_changed(comment, None, comment.status)  # post-moderation: counted now
        return comment


# An IPv6 subscriber (a home, a phone, a server) is given a whole /64, so one person
# can send from 2**64 addresses: the network counts as the reporter, not the address.
IPV6_REPORTER_PREFIX = 64


def reporter(ip):
    """Who is reporting: the IPv4 address, or the IPv6 /64 network it is in.

    Only the address is used: the API takes no cookie, and any token the client
    keeps (a cookie, a header) could be thrown away to become a new reporter. The
    address is one a client cannot choose, since cms.core.network reads
    X-Forwarded-For only from the trusted proxies."""
    try:
        address = ipaddress.ip_address(ip or "")
    except ValueError:
        return ""
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_REPORTER_PREFIX}", strict=False))
    return str(address)


def reporter_key(ip):
    """Counts different people without keeping their addresses (a salted hash, as
    before for IPv4 addresses, so earlier reports still count for the same person)."""
    return hashlib.sha256(f"{settings.SECRET_KEY}{reporter(ip)}".encode()).hexdigest()


def report_comment(comment, reason, note, ip):
    """Record a report; True when it is new, False when this person had already reported.

    A published comment reported by `report_threshold` different people goes
    back to the moderation queue (0 in the settings turns that off)."""
    if comment.status != APPROVED:
        raise NotReportable()
    with transaction.atomic():
        _, created = CommentReport.objects.get_or_create(
            comment=comment,
            reporter_key=reporter_key(ip),
            defaults={"reason": reason, "note": (note or "")[:500]},
        )
        if created:
            threshold = CommentSettings.for_page(comment.page).report_threshold
            count = comment.open_reporter_count()
            if threshold and count >= threshold:
                reason = f"Bị {count} người báo vi phạm."
                # Filtered on status: a moderator's decision made meanwhile wins.
                if Comment.objects.filter(pk=comment.pk, status=APPROVED).update(status=PENDING, status_reason=reason):
                    comment.status, comment.status_reason = PENDING, reason
                    tallies.status_changed(comment, APPROVED, PENDING)
                    log_reported_back_to_pending(comment, reason)
                    purge_all()  # issue 11: update() sends no post_save; the page hides it now
    return created


# ---------------------------------------------------------------- what the public sees


def public_threads(page, newest_first=True):
    """Published top-level comments with their published replies (oldest reply
    first, in `public_replies`), in three queries however many there are."""
    replies = Comment.objects.approved().select_related("section", "part__parent").order_by("created_at", "pk")
    return (
        Comment.objects.approved()
        .filter(page_id=page.pk, parent__isnull=True)
        .select_related("section", "part__parent")
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="public_replies"))
        .public_order(newest_first=newest_first)
    )


def client_ip(request):
    """The address the request came from (behind proxies as settings say), or None."""
    return network.client_ip(request)
