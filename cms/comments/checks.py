"""Anti-abuse checks for public comments.

`run_checks` runs small checks in a fixed order. Each returns None (nothing to
say) or a `(status, reason)` outcome, or raises when the comment must be refused
outright (`RateLimited`, `Duplicate`). The outcomes are combined (spam beats
pending beats approved) into a `Verdict` whose reasons are stored on the comment,
so moderators can see why it got its status.

Settings (read at call time, so tests can override them):
    COMMENT_RATE_PER_MINUTE (3), COMMENT_RATE_PER_DAY (30): per IP and per email;
        0 or None turns that limit off.
    COMMENT_MIN_SECONDS (3): sooner than this after the form was shown is spam.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models.functions import Lower
from django.utils import timezone
from wagtail.models import Page

from cms.comments.models import (
    APPROVED,
    PENDING,
    REJECTED,
    RULE_POST,
    RULE_PRE,
    SPAM,
    WITHDRAWN,
    Comment,
    CommentSettings,
    ModerationWord,
)
from cms.core.text import fold_for_matching, without_invisible

Outcome = tuple[str, str]

SEVERITY = {APPROVED: 0, PENDING: 1, SPAM: 2}
REASON_MAX_LENGTH = 500  # Comment.status_reason max_length

MINUTE = timedelta(seconds=60)
DAY = timedelta(hours=24)


# ---------------------------------------------------------------- interface


@dataclass
class Submission:
    page: Page
    author_name: str
    author_email: str
    body: str
    ip_address: str | None
    parent_id: int | None = None
    honeypot: str = ""
    form_shown_at: float | None = None
    now: datetime | None = None

    def __post_init__(self):
        # One clock for every check of a submission.
        if self.now is None:
            self.now = timezone.now()
        self.author_email = (self.author_email or "").strip()


@dataclass
class Verdict:
    status: str
    reasons: list[str] = field(default_factory=list)

    @property
    def reason_text(self) -> str:
        text = "; ".join(self.reasons)
        if len(text) > REASON_MAX_LENGTH:
            text = text[: REASON_MAX_LENGTH - 1] + "…"
        return text


class RateLimited(Exception):
    """Too many comments from one IP or email: answer 429 with Retry-After."""

    def __init__(self, retry_after: int, message: str):
        super().__init__(message)
        self.retry_after = retry_after
        self.message = message


class Duplicate(Exception):
    """The same person already sent the same text on the same page."""

    def __init__(self, existing: Comment, message: str | None = None):
        message = message or "Bạn đã gửi bình luận với nội dung này trên trang này rồi."
        super().__init__(message)
        self.existing = existing
        self.message = message


# ---------------------------------------------------------------- 1. rate


def _rate_limits():
    return [
        (MINUTE, getattr(settings, "COMMENT_RATE_PER_MINUTE", 3)),
        (DAY, getattr(settings, "COMMENT_RATE_PER_DAY", 30)),
    ]


def _retry_after(comments, window: timedelta, limit: int | None, now: datetime) -> int:
    """Seconds until enough comments leave the window for one more to fit; 0 when one fits now."""
    if not limit or limit < 0:  # None or 0: no limit for this window
        return 0
    times = list(
        comments.filter(created_at__gt=now - window).order_by("created_at").values_list("created_at", flat=True)
    )
    if len(times) < limit:
        return 0
    # With exactly `limit` rows this is the oldest one; more can exist after a
    # race or a lowered setting, and then several have to leave first.
    leaving = times[len(times) - limit]
    return max(1, math.ceil((leaving + window - now).total_seconds()))


def same_email(comments, email):
    """Comments sent with `email`, any case. Compared as lower(author_email), which
    the index `comment_by_email_lower` serves: `__iexact` cannot use an index, and
    with 100,000 comments every post scanned the table three times."""
    return comments.alias(email_lower=Lower("author_email")).filter(email_lower=email.lower())


def check_rate(sub: Submission) -> None:
    """Counted from the Comment table, so the limit holds across processes and restarts."""
    # Offline opinions are typed in by staff, not sent by the person.
    online = Comment.objects.filter(source="")
    senders = []
    if sub.ip_address:
        senders.append(online.filter(ip_address=sub.ip_address))
    if sub.author_email:
        senders.append(same_email(online, sub.author_email))
    wait = 0
    for comments in senders:
        for window, limit in _rate_limits():
            wait = max(wait, _retry_after(comments, window, limit, sub.now))
    if wait:
        raise RateLimited(wait, f"Bạn gửi quá nhiều bình luận; vui lòng thử lại sau {wait} giây.")


# ---------------------------------------------------------------- 2. honeypot


def check_honeypot(sub: Submission) -> Outcome | None:
    # People never see the field; only form-filling robots write in it.
    if sub.honeypot:
        return SPAM, "Ô ẩn chống máy gửi tự động đã bị điền."
    return None


# ---------------------------------------------------------------- 3. minimum time


def check_min_time(sub: Submission) -> Outcome | None:
    if sub.form_shown_at is None:  # the API has no form
        return None
    elapsed = sub.now.timestamp() - sub.form_shown_at
    if elapsed < getattr(settings, "COMMENT_MIN_SECONDS", 3):
        shown = f"{elapsed:.1f}".replace(".", ",")  # Vietnamese decimal comma
        return SPAM, f"Gửi quá nhanh sau khi mở biểu mẫu ({shown} giây)."
    return None


# ---------------------------------------------------------------- 4. duplicate


def normalise_body(text: str) -> str:
    """Compare texts ignoring spacing, case and invisible characters (zero-width spaces,
    soft hyphens, bidi marks: Unicode Cf), which a reader cannot see, so they must not
    make the same comment new. Diacritics are kept: they change the meaning."""
    return " ".join(unicodedata.normalize("NFC", without_invisible(text)).casefold().split())


def check_duplicate(sub: Submission) -> None:
    if sub.author_email:
        earlier = same_email(Comment.objects.all(), sub.author_email)
    elif sub.ip_address:
        earlier = Comment.objects.filter(ip_address=sub.ip_address)
    else:
        return None
    # Withdrawn or rejected comments may be sent again (e.g. after a mistake);
    # pending, approved and spam ones may not.
    earlier = earlier.filter(page_id=sub.page.pk).exclude(status__in=[WITHDRAWN, REJECTED]).order_by("created_at")
    body = normalise_body(sub.body)
    for comment in earlier.iterator():
        if normalise_body(comment.body) == body:
            raise Duplicate(comment)
    return None


# ---------------------------------------------------------------- 5. links

# A URL is consumed whole, so `https://www.x.vn` counts once; `www.` must start a word.
_LINK = re.compile(r"https?://\S+|(?<![\w.])www\.\w\S*", re.IGNORECASE)


def count_links(text: str) -> int:
    return len(_LINK.findall(text))


def check_links(sub: Submission) -> Outcome | None:
    links = count_links(sub.body)
    allowed = CommentSettings.for_page(sub.page).max_links
    if links > allowed:
        # Held even on post-moderated pages: link spam is what it exists for.
        return PENDING, f"Có {links} liên kết (tối đa {allowed})."
    return None


# ---------------------------------------------------------------- 6. words


def _fold(text: str) -> str:
    # Without the zero-width characters and soft hyphens hidden inside a word to slip past the list.
    return fold_for_matching(text)


def _word_pattern(folded_word: str) -> re.Pattern:
    # Escaped (words may hold `+`, `.`...), any whitespace between the words of a
    # phrase, and Unicode-aware boundaries so `ma` does not hit `mai` or `hma`.
    body = r"\s+".join(re.escape(part) for part in folded_word.split())
    return re.compile(rf"(?<!\w){body}(?!\w)")


def find_words(text: str, words: list[str]) -> list[str]:
    """The words (as given, in list order, once each) found in the text.

    Both sides are folded: case, NFC/NFD, diacritics and đ/d do not matter; only whole
    words match."""
    if not text or not words:
        return []
    folded = _fold(text)
    found = []
    for word in words:
        folded_word = _fold(word)
        if not folded_word.strip() or word in found:
            continue
        if _word_pattern(folded_word).search(folded):
            found.append(word)
    return found


def _quote(words: list[str]) -> str:
    return ", ".join(f"“{word}”" for word in words)


def check_words(sub: Submission) -> Outcome | None:
    lists = {ModerationWord.BANNED: [], ModerationWord.SUSPECT: []}
    for word, kind in ModerationWord.objects.order_by("pk").values_list("word", "kind"):
        lists.setdefault(kind, []).append(word)
    hits = {}
    for kind, words in lists.items():
        # Name and body separately, so a phrase cannot straddle the two.
        in_name = find_words(sub.author_name, words)
        in_body = find_words(sub.body, words)
        hits[kind] = [w for w in words if w in in_name or w in in_body]
    banned, suspect = hits[ModerationWord.BANNED], hits[ModerationWord.SUSPECT]
    if banned and suspect:
        return SPAM, f"Có từ bị cấm: {_quote(banned)}. Có từ cần xem xét: {_quote(suspect)}."
    if banned:
        return SPAM, f"Có từ bị cấm: {_quote(banned)}."
    if suspect:
        return PENDING, f"Có từ cần xem xét: {_quote(suspect)}."
    return None


# ---------------------------------------------------------------- 7. the page's rule


def check_rule(sub: Submission) -> Outcome:
    rule = getattr(sub.page, "comment_rule", RULE_PRE)
    if rule == RULE_POST:
        return APPROVED, "Đăng ngay theo quy tắc duyệt sau."
    if rule == RULE_PRE:
        return PENDING, "Chờ duyệt theo quy tắc duyệt trước."
    # Comments are off (the view should have refused): never publish.
    return PENDING, "Trang không nhận bình luận; chờ duyệt."


# ---------------------------------------------------------------- pipeline

CHECKS: tuple[Callable[[Submission], Outcome | None], ...] = (
    check_rate,
    check_honeypot,
    check_min_time,
    check_duplicate,
    check_links,
    check_words,
)


def run_checks(submission: Submission) -> Verdict:
    """Raises RateLimited or Duplicate; otherwise the combined verdict."""
    status, reasons = APPROVED, []
    for check in CHECKS:
        outcome = check(submission)
        if outcome is None:
            continue
        check_status, reason = outcome
        if SEVERITY[check_status] > SEVERITY[status]:
            status = check_status
        reasons.append(reason)
    rule_status, rule_reason = check_rule(submission)
    if SEVERITY[rule_status] < SEVERITY[status]:
        # The rule was overridden: "Đăng ngay…" on a held comment would mislead.
        return Verdict(status, reasons)
    return Verdict(max(status, rule_status, key=SEVERITY.__getitem__), reasons + [rule_reason])
