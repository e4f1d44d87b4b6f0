"""The comment engine every commentable page uses (articles, directives, exemplars,
forums): the pages' comment fields, per-outlet settings, word lists, comments and reports.

These models were the forums app's until issue 14; their tables keep the `forums_`
names (db_table) so moving them changed no data (migration comments 0001).

A comment is never deleted by moderation: rejecting, marking as spam or hiding
changes its status and records the reason; erasing a person's data on request
anonymises their comments (and is logged)."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Lower
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.snippets.models import register_snippet

from cms.core.models import CachedSiteSettingMixin
from cms.core.text import fold_for_matching, fold_vietnamese

# ---------------------------------------------------------------- vocabularies

PENDING, APPROVED, REJECTED, SPAM, WITHDRAWN = "pending", "approved", "rejected", "spam", "withdrawn"
STATUS_CHOICES = [
    (PENDING, "Chờ duyệt"),
    (APPROVED, "Đã duyệt"),
    (REJECTED, "Từ chối"),
    (SPAM, "Thư rác"),
    (WITHDRAWN, "Đã ẩn"),
]
STANCE_CHOICES = [("dong-y", "Đồng ý"), ("khong-dong-y", "Không đồng ý"), ("y-kien-khac", "Ý kiến khác")]
RULE_OFF, RULE_PRE, RULE_POST = "off", "pre", "post"
RULE_CHOICES = [
    (RULE_OFF, "Tắt bình luận"),
    (RULE_PRE, "Duyệt trước (chỉ hiện sau khi được duyệt)"),
    (RULE_POST, "Duyệt sau (hiện ngay, có thể ẩn)"),
]
REPORT_REASONS = [
    ("spam", "Quảng cáo, spam"),
    ("xuc-pham", "Xúc phạm"),
    ("sai-su-that", "Sai sự thật"),
    ("khac", "Khác"),
]
ONLINE_CHANNEL = "truc-tuyen"  # the tallies' name for OFFLINE_SOURCES' "" (sent online)
OFFLINE_SOURCES = [
    ("", "Gửi trực tuyến"),
    ("hoi-nghi", "Hội nghị, buổi làm việc"),
    ("thu", "Thư, văn bản"),
    ("dien-thoai", "Điện thoại"),
]


# ---------------------------------------------------------------- commentable pages


class CommentablePage(models.Model):
    """Fields every commentable page type carries (articles, directives, exemplars, forums)."""

    comment_rule = models.CharField(
        "bình luận",
        max_length=10,
        choices=RULE_CHOICES,
        default=RULE_PRE,
        help_text="Cách kiểm duyệt bình luận của bạn đọc.",
    )
    comments_closed = models.BooleanField("đóng bình luận", default=False)

    COMMENT_PANELS = [MultiFieldPanel([FieldPanel("comment_rule"), FieldPanel("comments_closed")], heading="Bình luận")]

    # --- hooks a page type overrides (forums do: cms.forums.models.ForumPage), so the
    # engine never asks which page type it serves.

    #: What a reader's contribution is called on this page ("Ý kiến" on a forum).
    comment_noun = "Bình luận"
    #: Whether contributions are opinions on a consultation (stance, sections, exports).
    takes_opinions = False

    def add_comment_fields(self, form):
        """Add or adjust fields of the reader's CommentForm for this page (none here)."""

    class Meta:
        abstract = True

    # --- when a comment can be posted

    def comments_close_at(self):
        """Articles, directives, exemplars: N days after first publication (per outlet)."""
        if not self.first_published_at:
            return None
        outlet = CommentSettings.for_page(self)
        return self.first_published_at + timedelta(days=outlet.comment_days)

    def comment_refusal(self, now=None):
        """None when a comment may be posted now, else the Vietnamese reason."""
        now = now or timezone.now()
        if self.comment_rule == RULE_OFF:
            return "Trang này không nhận bình luận."
        if self.comments_closed:
            return "Trang này đã đóng bình luận."
        close_at = self.comments_close_at()
        if close_at is not None and now >= close_at:
            return "Đã hết thời gian nhận bình luận cho trang này."
        return None

    def approved_comments(self):
        return Comment.objects.filter(page=self, status=APPROVED)

    def approved_comment_count(self):
        # Asked by the page, its API field and the comment block: counted once per instance.
        if getattr(self, "_approved_comment_count", None) is None:
            if self.takes_opinions and self.pk:
                top, replies = self._opinion_counts()
                self._approved_comment_count, self._approved_top_level_count = top + replies, top
                return self._approved_comment_count
            # With the top-level count the comment block pages its threads by (one query).
            counts = self.approved_comments().aggregate(
                total=models.Count("pk"), top=models.Count("pk", filter=models.Q(parent__isnull=True))
            )
            self._approved_comment_count, self._approved_top_level_count = counts["total"], counts["top"]
        return self._approved_comment_count

    def _opinion_counts(self):
        """(approved top-level opinions, approved replies) of a page taking opinions, in
        one query that does not grow with the forum (issue 15): the opinions are the
        sum of its OpinionTally counters (kept in each decision's transaction, exactly
        "approved and top-level"), the replies are counted on the partial index
        `comment_approved_replies`, which holds replies only. COUNTing the approved rows
        instead read all of a 1,000,000-opinion forum's rows on every page view."""
        from wagtail.models import Page

        tallied = (
            OpinionTally.objects.filter(page_id=OuterRef("pk"))
            .order_by()
            .values("page_id")
            .annotate(n=models.Sum("count"))
            .values("n")
        )
        replies = (
            Comment.objects.filter(page_id=OuterRef("pk"), status=APPROVED, parent__isnull=False)
            .order_by()
            .values("page_id")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        row = (
            Page.objects.filter(pk=self.pk)
            .values(top=Subquery(tallied, output_field=models.IntegerField()), replies=Subquery(replies))
            .first()
        )
        if row is None:
            return 0, 0
        return max(row["top"] or 0, 0), row["replies"] or 0


# ---------------------------------------------------------------- per-outlet settings


@register_setting(icon="comment")
class CommentSettings(CachedSiteSettingMixin, BaseSiteSetting):
    comment_days = models.PositiveSmallIntegerField(
        "số ngày nhận bình luận", default=30, help_text="Bình luận tự đóng sau ngần ấy ngày kể từ khi đăng bài."
    )
    report_threshold = models.PositiveSmallIntegerField(
        "số lượt báo vi phạm để ẩn chờ duyệt lại",
        default=3,
        help_text="Bình luận đã duyệt bị ngần ấy người khác nhau báo vi phạm sẽ quay về chờ duyệt.",
    )
    max_links = models.PositiveSmallIntegerField("số liên kết tối đa", default=2, help_text="Nhiều hơn: chờ duyệt.")
    moderator_emails = models.TextField(
        "email nhận bản tin kiểm duyệt",
        blank=True,
        help_text="Mỗi dòng một địa chỉ; để trống: gửi cho Kiểm duyệt viên.",
    )

    panels = [
        FieldPanel("comment_days"),
        FieldPanel("report_threshold"),
        FieldPanel("max_links"),
        FieldPanel("moderator_emails"),
    ]

    class Meta:
        db_table = "forums_commentsettings"
        verbose_name = "cài đặt bình luận"

    @classmethod
    def for_page(cls, page):
        # The site's id from Wagtail's cached root paths, the settings from the
        # per-process cache (cms.core.models): no query once warm.
        url_parts = page.get_url_parts()
        if url_parts is None:
            return cls()
        return cls.for_site_id(url_parts[0])


# ---------------------------------------------------------------- word lists


@register_snippet
class ModerationWord(models.Model):
    """Banned words send a comment to spam; suspect words hold it for review."""

    BANNED, SUSPECT = "banned", "suspect"
    KIND_CHOICES = [(BANNED, "Cấm (vào thư rác)"), (SUSPECT, "Đáng ngờ (chờ duyệt)")]

    word = models.CharField("từ hoặc cụm từ", max_length=100)
    kind = models.CharField("loại", max_length=10, choices=KIND_CHOICES, default=SUSPECT)
    folded = models.CharField(max_length=100, editable=False, db_index=True)
    note = models.CharField("ghi chú", max_length=255, blank=True)

    panels = [FieldPanel("word"), FieldPanel("kind"), FieldPanel("note")]

    class Meta:
        db_table = "forums_moderationword"
        verbose_name = "từ kiểm duyệt"
        verbose_name_plural = "từ kiểm duyệt"
        ordering = ["kind", "word"]
        constraints = [models.UniqueConstraint(fields=["folded", "kind"], name="unique_moderation_word")]

    def __str__(self):
        return f"{self.word} ({self.get_kind_display()})"

    def clean(self):
        # The unique constraint is on `folded`, which the form does not show, so
        # Django would not check it: a duplicate must be refused here, not by the
        # database (an IntegrityError, a 500).
        super().clean()
        self.word = " ".join((self.word or "").split())
        self.folded = fold_vietnamese(self.word)
        clash = ModerationWord.objects.filter(folded=self.folded, kind=self.kind).exclude(pk=self.pk).first()
        if clash is not None:
            raise ValidationError(
                {
                    "word": f"Danh sách “{self.get_kind_display()}” đã có “{clash.word}” "
                    "(so khớp không phân biệt hoa thường và dấu)."
                }
            )

    def save(self, *args, **kwargs):
        self.word = " ".join(self.word.split())
        self.folded = fold_vietnamese(self.word)
        super().save(*args, **kwargs)


# ---------------------------------------------------------------- comments


def folded_search_text(author_name: str, body: str) -> str:
    """What the moderation queue's search matches: the name and the body folded
    (no accents or case, đ -> d, invisible characters gone, runs of spaces and line
    breaks as one space), one per line so a phrase cannot run from one into the other."""
    return "\n".join(" ".join(fold_for_matching(text or "").split()) for text in (author_name, body))


class CommentQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        # bulk_create does not call save(): the folded text is filled in here.
        objs = list(objs)
        for comment in objs:
            comment.search_text = folded_search_text(comment.author_name, comment.body)
        return super().bulk_create(objs, *args, **kwargs)

    def approved(self):
        return self.filter(status=APPROVED)

    def public_order(self, newest_first=True):
        """Featured first, then by time."""
        return self.order_by("-featured", "-created_at" if newest_first else "created_at", "pk")


class Comment(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="trang", on_delete=models.CASCADE, related_name="reader_comments"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="trả lời bình luận",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    author_name = models.CharField("họ tên", max_length=100)
    author_email = models.EmailField("email", max_length=254, blank=True)
    phone = models.CharField("điện thoại", max_length=20, blank=True)
    locality = models.CharField("phường, xã", max_length=100, blank=True)
    organisation = models.CharField("cơ quan, tổ chức", max_length=200, blank=True)
    body = models.TextField("nội dung")
    stance = models.CharField("quan điểm", max_length=20, choices=STANCE_CHOICES, blank=True)
    section = models.ForeignKey(
        "forums.ForumSection",
        verbose_name="mục góp ý",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    # Issue 15: an opinion on one part (chương, điều, khoản) of a forum's draft, and
    # the wording its author proposes instead.
    part = models.ForeignKey(
        "forums.DraftPart",
        verbose_name="phần dự thảo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    proposed_wording = models.TextField("đề xuất sửa thành", blank=True)

    status = models.CharField("tình trạng", max_length=10, choices=STATUS_CHOICES, default=PENDING)
    status_reason = models.CharField(
        "lý do", max_length=500, blank=True, help_text="Vì sao bình luận có tình trạng này."
    )
    # What the automatic checks said when it was sent: kept when a moderator's
    # decision (or the report threshold) later replaces status_reason.
    check_reason = models.CharField("kết quả kiểm tra tự động", max_length=500, blank=True)
    featured = models.BooleanField("nổi bật", default=False)
    official_reply = models.TextField("trả lời chính thức", blank=True)
    official_reply_by = models.CharField("cơ quan trả lời", max_length=200, blank=True)
    official_reply_at = models.DateTimeField("trả lời lúc", null=True, blank=True)

    created_at = models.DateTimeField("gửi lúc", default=timezone.now)
    moderated_at = models.DateTimeField("kiểm duyệt lúc", null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người kiểm duyệt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ip_address = models.GenericIPAddressField("địa chỉ IP", null=True, blank=True)
    notify_on_publish = models.BooleanField("báo khi được đăng", default=False)
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    digest_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Opinions gathered offline and entered by staff on someone's behalf.
    source = models.CharField("nguồn", max_length=20, choices=OFFLINE_SOURCES, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người nhập",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # An offline opinion speaking for a meeting (issue 15): its name and how many took part.
    meeting = models.CharField("tên hội nghị, buổi làm việc", max_length=255, blank=True)
    people_count = models.PositiveIntegerField(
        "số người", default=1, help_text="Số người mà ý kiến này đại diện (hội nghị: số người dự)."
    )
    anonymised_at = models.DateTimeField("xóa dữ liệu cá nhân lúc", null=True, blank=True)
    # Issue 15: the group of near-identical opinions this one is in (cms.comments.grouping),
    # recomputed by `manage.py group_opinions`; empty when it resembles no other.
    group = models.ForeignKey(
        "OpinionGroup",
        verbose_name="nhóm ý kiến",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        editable=False,
    )
    # The queue's search (`dang` finds `Đảng`), kept by save() and bulk_create(). No
    # index: a search inside the text (LIKE '%…%') cannot use a B-tree on either database.
    search_text = models.TextField(editable=False, blank=True, default="")

    objects = CommentQuerySet.as_manager()

    class Meta:
        db_table = "forums_comment"
        verbose_name = "bình luận"
        verbose_name_plural = "bình luận"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="comment_queue"),
            models.Index(fields=["page", "status", "-created_at"], name="comment_page_status"),
            # The page's published threads in their public order (services.public_threads):
            # without it, every page view sorted all of a forum's approved opinions (issue 15).
            models.Index(fields=["page", "status", "-featured", "-created_at"], name="comment_public_order"),
            # Only the replies (a small share of a forum's rows): their approved count is read
            # with the forum's opinion counters on every forum page (CommentablePage._opinion_counts).
            models.Index(
                fields=["page", "status"], condition=models.Q(parent__isnull=False), name="comment_approved_replies"
            ),
            # A page's threads fetch their published replies (parent IN (…), oldest first).
            # Most rows have no parent, so the planner's statistics found the plain parent
            # index unselective and read every approved row through comment_queue instead
            # (200 ms at 100,000 opinions on SQLite); this index holds replies only.
            models.Index(
                fields=["parent", "status", "created_at"],
                condition=models.Q(parent__isnull=False),
                name="comment_replies_by_parent",
            ),
            # A part's approved opinions in the public order (the forum page's ?phan=<id>):
            # without it a part of a 1,000,000-opinion forum sorted its 16,000 opinions
            # for each page of 10 (81 ms on SQLite, 2.8× the small forum's page).
            models.Index(fields=["part", "status", "-featured", "-created_at"], name="comment_part_public_order"),
            models.Index(fields=["author_email", "-created_at"], name="comment_by_email"),
            models.Index(Lower("author_email"), models.F("created_at").desc(), name="comment_by_email_lower"),
            models.Index(fields=["ip_address", "-created_at"], name="comment_by_ip"),
        ]

    def __str__(self):
        return f"{self.author_name}: {self.body[:60]}"

    def save(self, *args, **kwargs):
        self.search_text = folded_search_text(self.author_name, self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"author_name", "body"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.part_id is not None and self.page_id is not None and self.part.page_id != self.page_id:
            raise ValidationError({"part": "Phần dự thảo này không thuộc diễn đàn của ý kiến."})

    @property
    def channel(self):
        return self.source or ONLINE_CHANNEL

    @property
    def is_offline(self):
        return bool(self.source)

    def reporter_count(self):
        return self.reports.values("reporter_key").distinct().count()

    def open_reporter_count(self):
        """Different people who reported since a moderator last decided: re-approving a
        reported comment starts the count again."""
        reports = self.reports.all()
        if self.moderated_at:
            reports = reports.filter(created_at__gt=self.moderated_at)
        return reports.values("reporter_key").distinct().count()


class CommentReport(models.Model):
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField("lý do", max_length=20, choices=REPORT_REASONS)
    note = models.CharField("ghi chú", max_length=500, blank=True)
    # Who reported, as a salted hash of the address: enough to count different
    # people, without keeping readers' addresses for reports.
    reporter_key = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "forums_commentreport"
        verbose_name = "báo vi phạm"
        verbose_name_plural = "báo vi phạm"
        constraints = [models.UniqueConstraint(fields=["comment", "reporter_key"], name="one_report_per_person")]

    def __str__(self):
        return f"{self.get_reason_display()} · {self.comment_id}"


class OpinionGroup(models.Model):
    """Near-identical opinions on one page (issue 15), found by cms.comments.grouping.

    A computed index, rebuilt whole by `manage.py group_opinions`: dropping a group
    drops no opinion (their `group` link is emptied). Moderators act on a group's
    opinions through the moderation service, one logged decision per opinion."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="trang", on_delete=models.CASCADE, related_name="opinion_groups"
    )
    size = models.PositiveIntegerField("số ý kiến")
    representative = models.ForeignKey(
        Comment, verbose_name="ý kiến tiêu biểu", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    frequent_words = models.CharField("từ thường gặp", max_length=500, blank=True)
    computed_at = models.DateTimeField("tính lúc", default=timezone.now)

    class Meta:
        verbose_name = "nhóm ý kiến giống nhau"
        verbose_name_plural = "nhóm ý kiến giống nhau"
        ordering = ["-size", "pk"]
        indexes = [models.Index(fields=["page", "-size"], name="opiniongroup_page_size")]

    def __str__(self):
        return f"Nhóm #{self.pk} ({self.size} ý kiến)"


# ---------------------------------------------------------------- tallies (issue 15)


class OpinionTally(models.Model):
    """Approved top-level opinions of a page taking opinions (a forum), counted per part
    of its draft, stance, locality and channel, kept by cms.comments.tallies in the
    transaction of every decision, so a forum's counts are read in one small query
    however many opinions it holds. `manage.py rebuild_forum_tallies` recomputes them
    from the rows and reports any drift."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="diễn đàn", on_delete=models.CASCADE, related_name="opinion_tallies"
    )
    part = models.ForeignKey(
        "forums.DraftPart",
        verbose_name="phần dự thảo",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="tallies",
    )
    # part_id or 0: a unique constraint over a nullable column lets NULLs repeat on
    # both databases, so the key uses this copy (the parts themselves use `part`).
    part_key = models.PositiveBigIntegerField(default=0)
    stance = models.CharField("quan điểm", max_length=20, blank=True)
    locality = models.CharField("phường, xã", max_length=100, blank=True)
    channel = models.CharField("kênh", max_length=20)
    count = models.IntegerField("số ý kiến", default=0)
    people = models.IntegerField("số người", default=0)

    class Meta:
        verbose_name = "số đếm ý kiến"
        verbose_name_plural = "số đếm ý kiến"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "part_key", "stance", "locality", "channel"], name="one_tally_per_key"
            )
        ]

    def __str__(self):
        return f"{self.page_id}/{self.part_key}/{self.stance}/{self.locality}/{self.channel}: {self.count}"
