"""Moderation actions on public comments, as plain functions the admin views,
commands and tests share.

Nothing here deletes a row: a decision is a status, a reason, who and when,
plus one Wagtail audit log entry per comment (`wagtail.log_actions.log`). The
action names are registered with Vietnamese labels in wagtail_hooks.py
(`register_log_actions`), see LOG_ACTIONS below.

Who may moderate which comments is decided by `visible_comments(user)`."""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site
from wagtail.permissions import policy_registry

from cms.core.newsroom import outlet_root_paths

from . import tallies
from .models import APPROVED, REJECTED, SPAM, WITHDRAWN, Comment, CommentSettings

logger = logging.getLogger(__name__)

PERMISSION = "comments.change_comment"
ERASURE_PERMISSION = "comments.change_commentsettings"
ANONYMISED_NAME = "Người dùng đã xóa dữ liệu"

# action: (label in the history filter, message in the history). The "forums." names
# are stored in every audit-log entry written before the engine left the forums app
# (issue 14): they stay, so old and new entries read and filter alike.
LOG_ACTIONS = {
    "forums.approve": ("Duyệt bình luận", "Đã duyệt bình luận"),
    "forums.reject": ("Từ chối bình luận", "Đã từ chối bình luận"),
    "forums.spam": ("Đánh dấu thư rác", "Đã đánh dấu là thư rác"),
    "forums.withdraw": ("Ẩn bình luận", "Đã ẩn bình luận đã đăng"),
    "forums.feature": ("Đặt nổi bật", "Đã đặt bình luận nổi bật"),
    "forums.unfeature": ("Bỏ nổi bật", "Đã bỏ nổi bật"),
    "forums.official_reply": ("Trả lời chính thức", "Đã trả lời chính thức"),
    "forums.anonymise": ("Xóa dữ liệu cá nhân", "Đã xóa dữ liệu cá nhân của người gửi"),
    "forums.offline_entry": ("Nhập ý kiến trực tiếp", "Đã nhập ý kiến thu thập trực tiếp"),
    "forums.reported_hidden": ("Tự động đưa về chờ duyệt", "Đưa về chờ duyệt do nhiều người báo vi phạm"),
}


class ModerationError(ValueError):
    """A moderation request that cannot be carried out; `message` is Vietnamese."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------- who sees what


def can_moderate(user):
    return bool(user and user.is_active and user.has_perm(PERMISSION))


def can_erase(user):
    """Editors-in-chief: their right to change comment settings is granted per Site
    (one outlet's), so it is read through Wagtail's site permission policy."""
    if not (user and user.is_active):
        return False
    return user.has_perm(ERASURE_PERMISSION) or policy_registry.get_by_type(CommentSettings).user_has_permission(
        user, "change"
    )


def moderated_sites(user):
    """The Sites (outlets) whose comments `user` moderates; None means all of them.

    Nobody without `comments.change_comment` sees anything; superusers see every
    outlet; everyone else sees the outlets they work for (`outlet_sites`).
    """
    if not can_moderate(user):
        return []
    return outlet_sites(user)


def outlet_sites(user):
    """The Sites (outlets) `user` works for (cms.core.newsroom.outlet_root_paths:
    their outlet role groups, and the outlets their column groups have page rights
    in); None for superusers. A user who belongs to no outlet has none: moderators
    are per outlet, so no one moderates every outlet by default. Also scopes the
    synthesis downloads, which hold the names and localities of one outlet's readers."""
    roots = outlet_root_paths(user)
    if roots is None:
        return None
    return [site for site in Site.objects.select_related("root_page").order_by("pk") if site.root_page.path in roots]


def site_filter(sites, prefix="page__"):
    """Q for comments (or anything with a page) under the root pages of `sites`."""
    condition = Q(pk__in=[])
    for site in sites:
        condition |= Q(**{f"{prefix}path__startswith": site.root_page.path})
    return condition


def visible_comments(user, queryset=None):
    """The comments `user` may see and moderate (see `moderated_sites`)."""
    queryset = Comment.objects.all() if queryset is None else queryset
    sites = moderated_sites(user)
    if sites is None:
        return queryset
    if not sites:
        return queryset.none()
    return queryset.filter(site_filter(sites))


def site_for_path(path, sites):
    """The Site whose root page contains the page at `path` (deepest root wins)."""
    best = None
    for site in sites:
        root_path = site.root_page.path
        if path.startswith(root_path) and (best is None or len(root_path) > len(best.root_page.path)):
            best = site
    return best


# ---------------------------------------------------------------- helpers


def _as_list(comments):
    if isinstance(comments, Comment):
        return [comments]
    if isinstance(comments, QuerySet):
        return list(comments.select_related("page"))
    return list(comments)


def _log_title(comment):
    # Not str(comment): that holds the author's name, and log entries outlive
    # an erasure request.
    return f"Bình luận #{comment.pk}"


def _log(comment, action, user, **data):
    return log(instance=comment, action=action, user=user, title=_log_title(comment), data=data)


def log_reported_back_to_pending(comment, reason):
    """The automatic decision after too many reports, on record like a moderator's (no user)."""
    _log(comment, "forums.reported_hidden", None, reason=reason, status=comment.status)


def _clean_reason(reason):
    return " ".join((reason or "").split())[:500]


def _set_status(comments, user, status, reason, action, only_from=None):
    """Apply a status to each comment (optionally only those in `only_from`),
    log each one; returns the comments changed."""
    now = timezone.now()
    changed = []
    with transaction.atomic():
        for comment in _as_list(comments):
            # The status as stored now, the row locked until commit (PostgreSQL; SQLite's
            # IMMEDIATE transactions queue every writer): two moderators deciding on the
            # same comment at once move its counters once (cms.comments.tallies).
            current = Comment.objects.select_for_update().filter(pk=comment.pk).values_list("status", flat=True).first()
            if current is None:
                continue
            if only_from is not None and current not in only_from:
                continue
            comment.status = status
            comment.status_reason = reason
            comment.moderated_at = now
            comment.moderated_by = user
            comment.save(update_fields=["status", "status_reason", "moderated_at", "moderated_by"])
            tallies.status_changed(comment, current, status)
            _log(comment, action, user, reason=reason, status=status)
            changed.append(comment)
    return changed


# ---------------------------------------------------------------- actions


def approve(comments, user, reason=""):
    """Publish; then tell each commenter who asked to be told (once). Returns the count."""
    changed = _set_status(comments, user, APPROVED, _clean_reason(reason), "forums.approve")
    for comment in changed:
        notify_commenter(comment)
    return len(changed)


def reject(comments, user, reason):
    reason = _clean_reason(reason)
    if not reason:
        raise ModerationError("Cần ghi lý do từ chối.")
    return len(_set_status(comments, user, REJECTED, reason, "forums.reject"))


def mark_spam(comments, user, reason=""):
    return len(_set_status(comments, user, SPAM, _clean_reason(reason) or "Thư rác", "forums.spam"))


def withdraw(comments, user, reason):
    """Hide comments that were published; others are left as they are."""
    reason = _clean_reason(reason)
    if not reason:
        raise ModerationError("Cần ghi lý do ẩn bình luận.")
    return len(_set_status(comments, user, WITHDRAWN, reason, "forums.withdraw", only_from=(APPROVED,)))


def set_featured(comments, user, featured=True):
    """Featured comments are shown first on the page. Only the flag changes
    (not the status): featuring a pending comment shows it first once approved."""
    featured = bool(featured)
    action = "forums.feature" if featured else "forums.unfeature"
    count = 0
    with transaction.atomic():
        for comment in _as_list(comments):
            if comment.featured == featured:
                continue
            comment.featured = featured
            comment.save(update_fields=["featured"])
            _log(comment, action, user, featured=featured)
            count += 1
    return count


def official_reply(comment, user, text, by):
    """The answer of the agency concerned, shown under the comment."""
    text = (text or "").strip()
    by = " ".join((by or "").split())[:200]
    if not text:
        raise ModerationError("Cần nhập nội dung trả lời chính thức.")
    if not by:
        raise ModerationError("Cần ghi cơ quan trả lời.")
    comment.official_reply = text
    comment.official_reply_by = by
    comment.official_reply_at = timezone.now()
    with transaction.atomic():
        comment.save(update_fields=["official_reply", "official_reply_by", "official_reply_at"])
        _log(comment, "forums.official_reply", user, by=by)
    return comment


def anonymise_person(email, user):
    """Erasure on request: every comment sent with this address (any case) loses
    the sender's name, email, phone, IP address and organisation; the text stays.
    Only in the outlets `user` works for: each outlet answers for its own readers' data.
    One audit log entry per comment (the address itself is not logged). Returns the count."""
    email = (email or "").strip()
    if not email:
        raise ModerationError("Cần nhập địa chỉ email.")
    now = timezone.now()
    comments = Comment.objects.filter(author_email__iexact=email)
    sites = outlet_sites(user)
    if sites is not None:
        comments = comments.filter(site_filter(sites))
    comments = list(comments.order_by("pk"))
    content_type = ContentType.objects.get_for_model(Comment)
    with transaction.atomic():
        for comment in comments:
            comment.author_name = ANONYMISED_NAME
            comment.author_email = ""
            comment.phone = ""
            comment.ip_address = None
            comment.organisation = ""
            comment.anonymised_at = now
            comment.save(
                update_fields=["author_name", "author_email", "phone", "ip_address", "organisation", "anonymised_at"]
            )
            _log(comment, "forums.anonymise", user, reason="Xóa dữ liệu cá nhân theo yêu cầu")
        # Older entries written elsewhere may carry the name in their label.
        if comments:
            ModelLogEntry.objects.filter(
                content_type=content_type, object_id__in=[str(comment.pk) for comment in comments]
            ).exclude(label__startswith="Bình luận #").update(label="Bình luận (đã xóa dữ liệu cá nhân)")
    return len(comments)


def record_offline_entry(comment, user):
    """Save an opinion gathered offline (meeting, letter, phone) as approved."""
    now = timezone.now()
    comment.status = APPROVED
    comment.moderated_at = now
    comment.moderated_by = user
    comment.entered_by = user
    if not comment.status_reason:
        comment.status_reason = f"Ý kiến thu thập trực tiếp ({comment.get_source_display().lower()})"
    with transaction.atomic():
        comment.save()
        tallies.status_changed(comment, None, APPROVED)
        _log(comment, "forums.offline_entry", user, source=comment.source, reason=comment.status_reason)
    return comment


# ---------------------------------------------------------------- notifications


def notify_commenter(comment):
    """Once, to a commenter who asked to be told: the comment is now published."""
    if comment.status != APPROVED or not comment.notify_on_publish or not comment.author_email:
        return False
    if comment.notified_at is not None:
        return False
    page = comment.page
    url = page.full_url or ""
    body = (
        f"Chào {comment.author_name},\n\n"
        f"Bình luận của bạn về “{page.title}” đã được đăng.\n"
        f"Xem tại: {url}\n\n"
        f"Nội dung bạn gửi:\n{comment.body}\n\n"
        "Bạn nhận thư này vì đã chọn nhận thông báo khi bình luận được đăng."
    )
    try:
        send_mail("Bình luận của bạn đã được đăng", body, settings.DEFAULT_FROM_EMAIL, [comment.author_email])
    except Exception:  # a mail server down must not undo the moderation
        logger.exception("Không gửi được thư báo cho bình luận %s", comment.pk)
        return False
    comment.notified_at = timezone.now()
    Comment.objects.filter(pk=comment.pk).update(notified_at=comment.notified_at)
    return True


# name in forms: function(comments, user, reason)
STATUS_ACTIONS = {"approve": approve, "reject": reject, "spam": mark_spam, "withdraw": withdraw}
ROW_ACTION_LABELS = {
    "approve": "Duyệt",
    "reject": "Từ chối",
    "spam": "Thư rác",
    "withdraw": "Ẩn",
    "feature": "Nổi bật",
    "unfeature": "Bỏ nổi bật",
}
