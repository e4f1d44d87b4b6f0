"""Consultation forums (diễn đàn góp ý): what only forums have — the forum pages,
their sections, files and directive links. Comments themselves are cms.comments'."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.comments.models import APPROVED, RULE_OFF, Comment, CommentablePage
from cms.core.headless import HeadlessPreviewable
from cms.core.models import TITLE_PANELS, VietnameseSlugMixin
from cms.core.params import parse_id

from .drafts import ARTICLE, CHAPTER, CLAUSE, KIND_CHOICES, full_label
from .forms import add_forum_fields
from .page_forms import ForumPageForm, ResponsePageForm

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
        FieldPanel("draft_source", heading="Dự thảo theo từng phần"),
        InlinePanel(
            "draft_parts",
            label="Phần",
            heading="Các phần của dự thảo (chương, điều, khoản)",
            help_text="Bạn đọc góp ý cho cả dự thảo hoặc cho từng phần. Khoản thuộc điều đứng trước nó.",
        ),
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
    base_form_class = ForumPageForm
    parent_page_types = ["forums.ForumIndexPage"]
    subpage_types = ["forums.ConsultationResponsePage"]
    search_fields = Page.search_fields + [index.SearchField("subject"), index.SearchField("synthesis")]
    api_fields = [
        APIField("subject"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("phase"),
        APIField("synthesis"),
        APIField("draft"),
        APIField("tally_url"),
        APIField("response"),
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
        context.update(self.draft_context(request))
        return context

    def draft_context(self, request):
        """The parts with their counts, the most commented ones, and the part a reader
        opened (?phan=<id>) with its approved opinions, paginated (?trang-y-kien=N)."""
        from django.core.paginator import Paginator

        from .consultation import most_commented, part_opinions, parts_with_tallies

        if not self.pk:
            return {"draft_parts_list": []}
        done = request is not None and request.GET.get("bao-cao") == "da-dang-ky"
        parts, counts = parts_with_tallies(self)
        focus = None
        wanted = parse_id(request.GET.get("phan")) if request is not None else None
        if wanted is not None:
            focus = next((part for part in parts if part.pk == wanted), None)
        context = {
            "draft_parts_list": parts,
            "most_commented_parts": most_commented(parts),
            "general_opinion_count": sum(counts.get(0, {}).values()),
            "focus_part": focus,
            "response_page": self.response_page(),
            "subscription_done": done,
        }
        if focus is not None:
            paginator = Paginator(part_opinions(self, focus), 10)
            # The part's counter (same rows: approved, top-level, this part) instead of a
            # COUNT(*) that grew with the forum (issue 15). A cached_property, so assignable.
            paginator.count = max(getattr(focus, "total", 0) or 0, 0)
            context["focus_opinions"] = paginator.get_page(request.GET.get("trang-y-kien"))
            # 16,000 opinions on one article are 1,600 pages: Django's elided range
            # (1 2 … 9 10 11 … 1599 1600), not a link to each (issue 15, a million opinions).
            context["focus_page_links"] = list(
                paginator.get_elided_page_range(context["focus_opinions"].number, on_each_side=2, on_ends=1)
            )
            context["comment_initial"] = {"part": str(focus.pk)}
        return context

    def save(self, *args, **kwargs):
        self.__dict__.pop("_parts_cache", None)
        super().save(*args, **kwargs)
        link_part_parents(self)

    # --- the draft's parts (issue 15)

    def parts(self):
        """The draft's parts in order, each with `label` (Khoản 2 Điều 9) and `level`."""
        # Read once per page object: the page's context and the comment form's hook both ask.
        cached = self.__dict__.get("_parts_cache")
        if cached is not None:
            return cached
        parts = list(self.draft_parts.all())
        article = None
        for part in parts:
            if part.kind == ARTICLE:
                article = part
            elif part.kind == CHAPTER:
                article = None
            part.label = full_label(part.kind, part.number, article.number if article else "")
            part.level = {CHAPTER: 0, ARTICLE: 1, CLAUSE: 2}.get(part.kind, 1)
        self.__dict__["_parts_cache"] = parts
        return parts

    def draft(self):
        """The API's view of the parts (ids for POST /api/comments/'s `part`)."""
        return [
            {
                "id": part.pk,
                "kind": part.kind,
                "number": part.number,
                "label": part.label,
                "heading": part.heading,
                "text": part.text,
                "parent": part.parent_id,
            }
            for part in self.parts()
        ]

    def tally_url(self):
        return f"/api/forums/{self.pk}/tally/" if self.pk else None

    def response_page(self):
        """The published response (báo cáo tiếp thu, giải trình), when it is live."""
        if not self.numchild:  # no child page at all: no query (the forum page's budget, issue 11)
            return None
        return ConsultationResponsePage.objects.child_of(self).live().public().first()

    def response(self):
        page = self.response_page()
        if page is None:
            return None
        url = page.full_url
        return {"id": page.pk, "title": page.title, "url": url, "pdf_url": f"{url}pdf/" if url else None}

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


def link_part_parents(forum):
    """Each part's parent from the order editors keep: a clause belongs to the article
    before it, an article to the chapter before it. Saved parts only (the live page)."""
    chapter = article = None
    for part in DraftPart.objects.filter(page_id=forum.pk).order_by("sort_order", "pk"):
        if part.kind == CHAPTER:
            parent, chapter, article = None, part, None
        elif part.kind == ARTICLE:
            parent, article = chapter, part
        else:
            parent = article or chapter
        parent_id = parent.pk if parent else None
        if part.parent_id != parent_id:
            DraftPart.objects.filter(pk=part.pk).update(parent_id=parent_id)


class DraftPart(Orderable):
    """One part of the draft a forum consults on: a chapter, an article or a clause."""

    page = ParentalKey(ForumPage, related_name="draft_parts", on_delete=models.CASCADE)
    kind = models.CharField("loại", max_length=10, choices=KIND_CHOICES, default=ARTICLE)
    number = models.CharField("số hiệu", max_length=50, help_text="Ví dụ: Chương I, Điều 9, Khoản 2")
    heading = models.CharField("tên", max_length=255, blank=True)
    text = models.TextField("nội dung", blank=True)
    # Filled from the order on save (link_part_parents), not typed by editors.
    parent = models.ForeignKey(
        "self",
        verbose_name="thuộc phần",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("number")]), FieldPanel("heading"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = "phần dự thảo"
        verbose_name_plural = "phần dự thảo"

    @property
    def full_label(self):
        """ "Khoản 2 Điều 9" (one query for a clause's article unless it was fetched)."""
        parent_number = ""
        if self.kind == CLAUSE and self.parent_id:
            # The in-memory parts of a page (modelcluster) may hold a stale parent cache:
            # link_part_parents sets parent_id in SQL.
            parent = self.parent or DraftPart.objects.filter(pk=self.parent_id).first()
            parent_number = parent.number if parent else ""
        return full_label(self.kind, self.number, parent_number)

    def __str__(self):
        label = getattr(self, "label", None) or self.number
        return f"{label}. {self.heading}" if self.heading else label

    def clean(self):
        super().clean()
        self.number = " ".join((self.number or "").split())
        if not self.number:
            raise ValidationError({"number": "Cần ghi số hiệu của phần (ví dụ: Điều 9)."})


# ---------------------------------------------------------------- the published response (issue 15)

RESPONSE_SLUG = "bao-cao-tiep-thu"
REPRESENTATIVE_IDS_HELP = "Mã số các ý kiến tiêu biểu (đã duyệt, của diễn đàn này), cách nhau bằng dấu phẩy."


class ConsultationResponsePage(HeadlessPreviewable, RoutablePageMixin, Page):
    """Báo cáo tiếp thu, giải trình: what the drafting body did with the opinions, part
    by part, published under its forum at `<forum URL>bao-cao-tiep-thu/` (the slug is
    fixed), with a print view (print CSS) and a PDF at `pdf/`."""

    intro = RichTextField("tóm tắt chung", blank=True, features=["h3", "bold", "italic", "ol", "ul", "link"])
    issued_by = models.CharField("cơ quan soạn thảo", max_length=255, blank=True)

    content_panels = TITLE_PANELS + [
        FieldPanel("issued_by"),
        FieldPanel("intro"),
        InlinePanel("items", label="Phần", heading="Tiếp thu, giải trình theo từng phần"),
    ]
    promote_panels = []
    base_form_class = ResponsePageForm
    parent_page_types = ["forums.ForumPage"]
    subpage_types = []
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("issued_by"), APIField("intro"), APIField("forum_id"), APIField("response_items")]

    class Meta:
        verbose_name = "báo cáo tiếp thu, giải trình"
        verbose_name_plural = "báo cáo tiếp thu, giải trình"

    def full_clean(self, *args, **kwargs):
        self.slug = RESPONSE_SLUG  # the address partner front-ends rely on
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.slug = RESPONSE_SLUG
        super().save(*args, **kwargs)

    def forum_id(self):
        parent = self.get_parent()
        return parent.pk if parent else None

    def response_items(self):
        return [
            {
                "part": {"id": item.part_id, "label": item.part.full_label} if item.part_id else None,
                "summary": item.summary,
                "accepted": item.accepted,
                "not_accepted": item.not_accepted,
                "final_text": item.final_text,
                "representative_opinions": [
                    {"id": c.pk, "author_name": c.author_name, "body": c.body} for c in item.representatives()
                ],
            }
            for item in self.items.select_related("part__parent")
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["forum"] = self.get_parent().specific
        context["response_items"] = list(self.items.select_related("part__parent"))
        context["print_view"] = request.GET.get("print") == "1"
        return context

    @path("")
    def html(self, request):
        return self.render(request)

    @path("pdf/")
    def pdf(self, request):
        from .response_pdf import response_pdf

        return response_pdf(self, request)


class ResponseItem(Orderable):
    page = ParentalKey(ConsultationResponsePage, related_name="items", on_delete=models.CASCADE)
    part = models.ForeignKey(
        DraftPart,
        verbose_name="phần dự thảo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Để trống: ý kiến chung về cả dự thảo.",
    )
    summary = models.TextField("tóm tắt ý kiến")
    accepted = models.TextField("nội dung tiếp thu", blank=True)
    not_accepted = models.TextField("nội dung không tiếp thu và lý do (giải trình)", blank=True)
    representative_ids = models.CharField(
        "ý kiến tiêu biểu", max_length=500, blank=True, help_text=REPRESENTATIVE_IDS_HELP
    )
    final_text = models.TextField("nội dung được thông qua", blank=True)

    panels = [
        FieldPanel("part"),
        FieldPanel("summary"),
        FieldPanel("accepted"),
        FieldPanel("not_accepted"),
        FieldPanel("representative_ids"),
        FieldPanel("final_text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "tiếp thu, giải trình một phần"

    def id_list(self):
        return [int(value) for value in (self.representative_ids or "").replace(" ", "").split(",") if value.isdigit()]

    def representatives(self):
        ids = self.id_list()
        if not ids:
            return []
        parent = self.page.get_parent()
        return list(Comment.objects.filter(pk__in=ids, page_id=parent.pk, status=APPROVED).order_by("pk"))

    def clean(self):
        super().clean()
        raw = (self.representative_ids or "").replace(" ", "")
        if raw and not all(value.isdigit() and len(value) <= 12 for value in raw.split(",")):
            raise ValidationError({"representative_ids": "Chỉ ghi các mã số ý kiến, cách nhau bằng dấu phẩy."})


class ResponseSubscription(models.Model):
    """A reader asking to be told when the forum's response is published (never shown)."""

    forum = models.ForeignKey(ForumPage, on_delete=models.CASCADE, related_name="response_subscriptions")
    email = models.EmailField("email", max_length=254)
    created_at = models.DateTimeField(default=timezone.now)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "đăng ký nhận báo cáo tiếp thu"
        verbose_name_plural = "đăng ký nhận báo cáo tiếp thu"
        constraints = [models.UniqueConstraint(fields=["forum", "email"], name="one_subscription_per_email")]

    def __str__(self):
        return f"{self.forum_id}: {self.email}"
