"""Consultation forums (diễn đàn góp ý): what only forums have — the forum pages,
their sections, files and directive links. Comments themselves are cms.comments'."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.comments.models import RULE_OFF, CommentablePage
from cms.core.headless import HeadlessPreviewable
from cms.core.models import TITLE_PANELS, VietnameseSlugMixin

from .forms import add_forum_fields

# ---------------------------------------------------------------- forums


class ForumIndexPage(VietnameseSlugMixin, Page):
    intro = models.TextField("giới thiệu", blank=True)

    content_panels = TITLE_PANELS + [FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["forums.ForumPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "danh sách diễn đàn góp ý"

    def forums(self):
        """Open first, then upcoming, then closed (see ForumPage.phase)."""
        forums = list(ForumPage.objects.live().public().descendant_of(self))
        order = {"open": 0, "upcoming": 1, "closed": 2}
        # Within a phase: closing soonest, opening soonest, most recently closed.
        when = {
            "open": lambda f: f.closes_at.timestamp(),
            "upcoming": lambda f: f.opens_at.timestamp(),
            "closed": lambda f: -f.closes_at.timestamp(),
        }
        forums.sort(key=lambda f: (order[f.phase()], when[f.phase()](f)))
        return forums

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["forums"] = self.forums()
        return context


class ForumPage(HeadlessPreviewable, VietnameseSlugMixin, CommentablePage, Page):
    subject = RichTextField(
        "nội dung cần góp ý", features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"]
    )
    opens_at = models.DateTimeField("mở lấy ý kiến từ")
    closes_at = models.DateTimeField("kết thúc lấy ý kiến lúc")
    require_email = models.BooleanField("bắt buộc email", default=True)
    require_phone = models.BooleanField("bắt buộc điện thoại", default=False)
    require_locality = models.BooleanField("bắt buộc phường, xã", default=False)
    require_organisation = models.BooleanField("bắt buộc cơ quan, tổ chức", default=False)
    synthesis = RichTextField(
        "kết quả tổng hợp ý kiến",
        blank=True,
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        help_text="Hiện trên trang sau khi diễn đàn kết thúc.",
    )

    content_panels = TITLE_PANELS + [
        FieldPanel("subject"),
        InlinePanel("forum_directives", label="Văn bản", heading="Văn bản được lấy ý kiến"),
        InlinePanel("forum_files", label="File", heading="Dự thảo, tài liệu kèm theo"),
        InlinePanel("sections", label="Mục", heading="Các mục góp ý (không bắt buộc)"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading="Thời gian lấy ý kiến"),
        MultiFieldPanel(
            [
                FieldPanel("comment_rule"),
                FieldPanel("comments_closed"),
                FieldPanel("require_email"),
                FieldPanel("require_phone"),
                FieldPanel("require_locality"),
                FieldPanel("require_organisation"),
            ],
            heading="Quy tắc góp ý",
        ),
        FieldPanel("synthesis"),
    ]
    parent_page_types = ["forums.ForumIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [index.SearchField("subject"), index.SearchField("synthesis")]
    api_fields = [
        APIField("subject"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("phase"),
        APIField("synthesis"),
    ]

    class Meta:
        verbose_name = "diễn đàn góp ý"
        verbose_name_plural = "diễn đàn góp ý"

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": "Thời điểm kết thúc phải sau thời điểm mở."})

    def phase(self, now=None):
        now = now or timezone.now()
        if now < self.opens_at:
            return "upcoming"
        if now >= self.closes_at or self.comments_closed:
            return "closed"
        return "open"

    PHASE_LABELS = {"upcoming": "Sắp mở", "open": "Đang lấy ý kiến", "closed": "Đã kết thúc"}

    @property
    def phase_label(self):
        return self.PHASE_LABELS[self.phase()]

    # --- the comment engine's hooks (cms.comments.models.CommentablePage)

    comment_noun = "Ý kiến"
    takes_opinions = True

    def add_comment_fields(self, form):
        add_forum_fields(self, form)

    def comments_close_at(self):
        return self.closes_at

    def comment_refusal(self, now=None):
        now = now or timezone.now()
        if self.comment_rule == RULE_OFF:
            return "Diễn đàn này không nhận ý kiến trực tuyến."
        if now < self.opens_at:
            return f"Diễn đàn chưa mở: bắt đầu nhận ý kiến từ {timezone.localtime(self.opens_at):%H:%M ngày %d/%m/%Y}."
        if self.phase(now) == "closed":
            return "Diễn đàn đã kết thúc, không nhận thêm ý kiến."
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The files with their documents in one query (issue 11: was one per file);
        # works on a preview's unsaved files too.
        files = list(self.forum_files.all())
        models.prefetch_related_objects(files, "document")
        context["forum_files"] = files
        return context

    def live_directives(self):
        return [link.directive for link in self.forum_directives.select_related("directive") if link.directive.live]


class ForumSection(Orderable):
    page = ParentalKey(ForumPage, related_name="sections", on_delete=models.CASCADE)
    title = models.CharField("tên mục", max_length=255, help_text="Ví dụ: Nhiệm vụ (1): đổi mới nội dung học tập")
    description = models.TextField("mô tả", blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = "mục góp ý"

    def __str__(self):
        return self.title


class ForumDirective(Orderable):
    page = ParentalKey(ForumPage, related_name="forum_directives", on_delete=models.CASCADE)
    directive = models.ForeignKey(
        "directives.DirectivePage", verbose_name="văn bản", on_delete=models.CASCADE, related_name="forum_links"
    )

    panels = [FieldPanel("directive")]

    class Meta(Orderable.Meta):
        verbose_name = "văn bản được lấy ý kiến"


class ForumFile(Orderable):
    page = ParentalKey(ForumPage, related_name="forum_files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="tài liệu", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "tài liệu góp ý"
