"""Directives (văn bản chỉ đạo): resolutions, directives, plans … with their
issuing body, dates, files, relations to one another and the milestones of
carrying them out. Articles cite them; exemplars carry them out."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cms.comments.models import CommentablePage
from cms.core.headless import HeadlessPreviewable
from cms.core.listing import FilteredIndexMixin, paginate
from cms.core.models import TITLE_PANELS, DocumentDownloads, VietnameseSlugMixin
from cms.core.text import fold_vietnamese, vn_slugify
from cms.news.models import ArticlePage

from . import api_fields
from .feeds import DirectiveFeed, ProgressFeed
from .filters import DirectiveFilters, LateTaskFilters
from .kinds import (
    ISSUER_LEVELS,
    KIND_CHOICES,
    KINDS,
    MILESTONE_CHOICES,
    RELATION_CHOICES,
    RELATION_INVERSE_LABELS,
    REPORT_KIND_CHOICES,
    STATUS_CHOICES,
    TASK_DONE,
    TASK_LATE,
    TASK_NOT_STARTED,
    TASK_STATUS_CHOICES,
    TASK_STATUS_LABELS,
    status_rule,
)
from .numbers import NumberError, check_kind, parse_number

STATUS_LABELS = dict(STATUS_CHOICES)


@register_snippet
class Issuer(models.Model):
    """An issuing body (cơ quan ban hành): Ban Thường vụ Thành ủy, UBND thành phố …"""

    name = models.CharField("tên cơ quan ban hành", max_length=255, unique=True)
    short_name = models.CharField("tên viết tắt", max_length=100, help_text="Ví dụ: BTV Thành ủy, UBND TP")
    code = models.CharField(
        "mã trong số hiệu",
        max_length=20,
        help_text="Phần cuối của số hiệu: TU trong 23-CT/TU, UBND trong 05/KH-UBND. "
        "Số hiệu của văn bản phải mang mã này.",
    )
    level = models.CharField("cấp", max_length=30, choices=ISSUER_LEVELS)
    slug = models.SlugField("đường dẫn", max_length=120, unique=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("code")]),
        FieldPanel("level"),
        FieldPanel("slug", help_text="Để trống: tự tạo từ tên viết tắt."),
    ]

    class Meta:
        verbose_name = "cơ quan ban hành"
        verbose_name_plural = "cơ quan ban hành"
        ordering = ["level", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = vn_slugify(self.short_name or self.name)[:100] or "co-quan"
            slug, n = base, 2
            while Issuer.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)


# ---------------------------------------------------------------- queries


class DirectiveQuerySet(PageQuerySet):
    def with_replaced_flag(self):
        replaced = DirectiveRelation.objects.filter(kind="replaces", target=OuterRef("pk"), page__live=True)
        return self.annotate(is_replaced=Exists(replaced))

    def with_status(self, status, today=None):
        """Directives whose derived status (see DirectivePage.status) is `status`."""
        rule = status_rule(status, today)
        qs = self.with_replaced_flag()
        return qs.none() if rule is None else qs.filter(rule)


# ---------------------------------------------------------------- directive pages


class DirectivePageTag(TaggedItemBase):
    content_object = ParentalKey("directives.DirectivePage", related_name="tagged_items", on_delete=models.CASCADE)


class DirectivePage(HeadlessPreviewable, VietnameseSlugMixin, CommentablePage, Page):
    number = models.CharField("số hiệu", max_length=60, help_text="Ví dụ: 23-CT/TU, 12-NQ/TW, 05/KH-UBND.")
    # The number's parts, folded, for lookups whichever way a reader types it.
    number_digits = models.CharField(max_length=20, editable=False, db_index=True, default="")
    number_kind_code = models.CharField(max_length=10, editable=False, default="")
    number_issuer_code = models.CharField(max_length=30, editable=False, default="")
    kind = models.CharField("loại văn bản", max_length=20, choices=KIND_CHOICES)
    issuer = models.ForeignKey(
        Issuer, verbose_name="cơ quan ban hành", on_delete=models.PROTECT, related_name="directives"
    )
    signer = models.CharField("người ký", max_length=150, blank=True)
    signer_position = models.CharField("chức vụ người ký", max_length=200, blank=True)
    issued_on = models.DateField("ngày ban hành", db_index=True)
    effective_from = models.DateField("có hiệu lực từ", blank=True, help_text="Để trống: từ ngày ban hành.")
    effective_until = models.DateField("hết hiệu lực từ", null=True, blank=True, help_text="Để trống nếu không định.")
    status_override = models.CharField(
        "tình trạng (ghi đè)",
        max_length=20,
        choices=STATUS_CHOICES,
        blank=True,
        default="",
        help_text="Để trống: tự xác định theo ngày hiệu lực và văn bản thay thế.",
    )
    summary = models.TextField("trích yếu", help_text="Nội dung tóm tắt in dưới tên loại văn bản.")
    full_text = RichTextField(
        "toàn văn",
        blank=True,
        features=["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    tags = ClusterTaggableManager("thẻ", through=DirectivePageTag, blank=True)
    # Folded title + number + summary, so `?q=` matches with or without accents
    # on SQLite too (its LIKE folds ASCII case only).
    search_text = models.TextField(editable=False, default="")
    # How many tasks the published page has, kept by save(): a directive without tasks
    # (most of them) is read without a query for them (issue 11's 15-query budget).
    task_count = models.PositiveSmallIntegerField(editable=False, default=0)

    objects = PageManager.from_queryset(DirectiveQuerySet)()

    content_panels = TITLE_PANELS + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("kind")]),
                FieldPanel("issuer"),
                FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_position")]),
            ],
            heading="Số hiệu và cơ quan ban hành",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_from"), FieldPanel("effective_until")]),
                FieldPanel("status_override"),
            ],
            heading="Ngày tháng và hiệu lực",
        ),
        FieldPanel("summary"),
        FieldPanel("full_text"),
        InlinePanel("files", label="File", heading="File văn bản (bản gốc PDF và các file khác)"),
        InlinePanel("relations", label="Quan hệ", heading="Quan hệ với văn bản khác"),
        InlinePanel("milestones", label="Mốc", heading="Quá trình triển khai (triển khai, sơ kết, tổng kết)"),
        InlinePanel(
            "tasks",
            label="Nhiệm vụ",
            heading="Nhiệm vụ và tiến độ thực hiện",
            help_text="Mỗi nhiệm vụ của văn bản: cơ quan phụ trách, hạn, tình trạng và các báo cáo tiến độ. "
            "“Chậm tiến độ” được tự xác định: chưa hoàn thành mà đã quá hạn.",
        ),
        FieldPanel("tags"),
    ]
    settings_panels = Page.settings_panels + CommentablePage.COMMENT_PANELS
    parent_page_types = ["directives.DirectiveIndexPage"]
    route_select_related = ("issuer",)  # news.HomePage.route: the issuer in the page's own query
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("number"),
        index.SearchField("summary"),
        index.SearchField("full_text"),
        index.FilterField("kind"),
        index.FilterField("issued_on"),
    ]
    api_fields = [
        APIField("number"),
        APIField("kind"),
        APIField("kind_label"),
        APIField("issuer", serializer=api_fields.IssuerSerializer()),
        APIField("signer"),
        APIField("signer_position"),
        APIField("issued_on"),
        APIField("effective_from"),
        APIField("effective_until"),
        APIField("status"),
        APIField("status_label"),
        APIField("summary"),
        APIField("full_text"),
        APIField("tag_names", serializer=api_fields.TagListSerializer(source="tags")),
        APIField("files", serializer=api_fields.DirectiveFileSerializer(many=True)),
        APIField("all_relations", serializer=api_fields.RelationListSerializer(source="*")),
        APIField("timeline", serializer=api_fields.MilestoneSerializer(many=True, source="milestones")),
        APIField("citing_article_ids", serializer=api_fields.IdListSerializer(source="citing_articles")),
        APIField("task_summary", serializer=api_fields.TaskSummarySerializer(source="*")),
        APIField("tasks", serializer=api_fields.TaskSerializer(many=True, source="task_list")),
    ]

    class Meta:
        verbose_name = "văn bản chỉ đạo"
        verbose_name_plural = "văn bản chỉ đạo"
        indexes = [models.Index(fields=["number_digits", "number_kind_code", "number_issuer_code"])]

    def __str__(self):
        return f"{self.kind_label} {self.number}" if self.number else self.title

    # --- validation

    def clean(self):
        super().clean()
        errors = {}
        try:
            parsed = parse_number(self.number or "")
        except NumberError as error:
            errors["number"] = str(error)
            parsed = None
        if parsed is not None and self.kind:
            try:
                check_kind(parsed, self.kind)
            except NumberError as error:
                errors["number"] = str(error)
        if parsed is not None and self.issuer_id and "number" not in errors:
            expected = fold_vietnamese(self.issuer.code).upper().replace(" ", "")
            if expected and parsed.issuer_key != expected:
                errors["number"] = (
                    f"Mã cơ quan trong số hiệu (“{parsed.issuer_code}”) không khớp với cơ quan ban hành "
                    f"đã chọn ({self.issuer.short_name}: mã {self.issuer.code})."
                )
        if self.effective_from and self.issued_on and self.effective_from < self.issued_on:
            errors["effective_from"] = "Ngày có hiệu lực không được trước ngày ban hành."
        if self.effective_until and (self.effective_from or self.issued_on):
            start = self.effective_from or self.issued_on
            if self.effective_until <= start:
                errors["effective_until"] = "Ngày hết hiệu lực phải sau ngày có hiệu lực."
        if parsed is not None and "number" not in errors and self.issuer_id and self.issued_on:
            clash = (
                DirectivePage.objects.filter(
                    issuer_id=self.issuer_id,
                    issued_on__year=self.issued_on.year,
                    number_digits=parsed.digits,
                    number_kind_code=parsed.kind_key,
                    number_issuer_code=parsed.issuer_key,
                )
                .exclude(pk=self.pk)
                .exclude(alias_of__isnull=False)
                .first()
            )
            if clash is not None:
                errors["number"] = (
                    f"Số hiệu {self.number} của {self.issuer.short_name} năm {self.issued_on.year} "
                    f"đã được dùng cho “{clash.title}”."
                )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        try:
            parsed = parse_number(self.number or "")
        except NumberError:
            parsed = None
        if parsed is not None:
            self.number = parsed.display
            self.number_digits = parsed.digits
            self.number_kind_code = parsed.kind_key
            self.number_issuer_code = parsed.issuer_key
        if not self.effective_from:
            self.effective_from = self.issued_on
        self.search_text = fold_vietnamese(f"{self.title} {self.number} {self.kind_label} {self.summary}")
        if "tasks" in getattr(self, "_cluster_related_objects", {}):
            self.task_count = len(self.tasks.all())  # the tasks about to be committed with the page
        elif self.pk:
            self.task_count = self.tasks.count()
        super().save(*args, **kwargs)

    # --- what the reader sees

    @property
    def kind_label(self):
        return KINDS.get(self.kind, ("",))[0]

    @property
    def issued_year(self):
        return self.issued_on.year if self.issued_on else None

    def replaced_by(self):
        return [
            rel.page for rel in self.incoming_relations.filter(kind="replaces", page__live=True).select_related("page")
        ]

    @property
    def status(self):
        if self.status_override:
            return self.status_override
        today = timezone.localdate()
        # Lists annotate is_replaced (with_replaced_flag) to save a query per row.
        replaced = getattr(self, "is_replaced", None)
        if replaced is None:
            replaced = bool(self.pk and self.replaced_by())
        if replaced:
            return "bi-thay-the"
        start = self.effective_from or self.issued_on
        if start and start > today:
            return "chua-co-hieu-luc"
        if self.effective_until and self.effective_until < today:
            return "het-hieu-luc"
        return "con-hieu-luc"

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    def all_relations(self):
        """Both directions: what this directive does to others, and what others do to it."""
        if self.pk and "relations" not in getattr(self, "_cluster_related_objects", {}):
            # Both directions in one query (issue 11); a preview's unsaved relations
            # (held by modelcluster) are read below instead.
            rows = list(
                DirectiveRelation.objects.filter(
                    models.Q(page_id=self.pk) | models.Q(target_id=self.pk, page__live=True)
                )
                .select_related("page", "target")
                .order_by("sort_order", "pk")
            )
            outgoing_links = [rel for rel in rows if rel.page_id == self.pk]
            incoming_links = [rel for rel in rows if rel.target_id == self.pk and rel.page.live]
        else:
            outgoing_links = self.relations.select_related("target").all()
            incoming_links = self.incoming_relations.filter(page__live=True).select_related("page")
        outgoing = [
            {"kind": rel.kind, "label": rel.get_kind_display(), "directive": rel.target, "direction": "outgoing"}
            for rel in outgoing_links
            if rel.target and rel.target.live
        ]
        incoming = [
            {
                "kind": rel.kind,
                "label": RELATION_INVERSE_LABELS[rel.kind],
                "directive": rel.page,
                "direction": "incoming",
            }
            for rel in incoming_links
        ]
        return outgoing + incoming

    def citing_articles(self):
        return (
            ArticlePage.objects.live()
            .public()
            .filter(cited_directives__directive=self)
            .distinct()
            .order_by("-first_published_at", "-pk")
        )

    # Exemplars and forums sit beside directives (neither imports the other): their
    # pages that link a directive are reached through the links they declare
    # (exemplar_links, forum_links), whose model knows its page model.

    def carrying_exemplars(self):
        ExemplarPage = self.exemplar_links.model._meta.get_field("page").related_model
        return (
            ExemplarPage.objects.live()
            .public()
            .filter(carried_directives__directive=self)
            .distinct()
            .order_by("-first_published_at", "-pk")
        )

    def related_forums(self):
        ForumPage = self.forum_links.model._meta.get_field("page").related_model
        return list(
            ForumPage.objects.live().public().filter(forum_directives__directive=self).distinct().order_by("-opens_at")
        )

    def original_file(self):
        first = self.files.select_related("document").filter(is_original=True).first()
        return first or self.files.select_related("document").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The download counts joined to the files' query (issue 11: was a query of its own).
        files = list(self.files.select_related("document", "document__downloads").all())
        for item in files:
            try:
                item.downloads = item.document.downloads.count
            except DocumentDownloads.DoesNotExist:
                item.downloads = 0
        relations = self.all_relations()
        if getattr(self, "is_replaced", None) is None:
            # The status (asked three times by the template) from the relations just read,
            # not one query each (issue 11).
            self.is_replaced = any(rel["direction"] == "incoming" and rel["kind"] == "replaces" for rel in relations)
        context.update(
            files=files,
            relations=relations,
            timeline=list(self.milestones.select_related("article").all()),
            citing_articles=list(self.citing_articles()[: settings.DIRECTIVE_ARTICLES_SHOWN]),
            exemplars=list(self.carrying_exemplars().select_related("locality")[: settings.DIRECTIVE_ARTICLES_SHOWN]),
            forums=self.related_forums(),
            tasks=self.task_list(),
        )
        # The library's routes (late tasks, progress RSS), for a page with tasks only (two queries).
        context["library"] = self.library() if context["tasks"] else None
        context["task_summary"] = task_summary(context["tasks"])
        return context

    # --- tasks (nhiệm vụ) and their progress

    def task_list(self):
        """The tasks in their order, each with its bodies and its reports (newest first)
        read in three queries; a preview's unsaved tasks come from the page's cluster.
        Kept on the instance: the page's context and its API fields ask for it more than once."""
        if getattr(self, "_task_list", None) is not None:
            return self._task_list
        if self.pk and "tasks" not in getattr(self, "_cluster_related_objects", {}):
            if not self.task_count:
                self._task_list = []
                return self._task_list
            tasks = list(
                self.tasks.prefetch_related(
                    "bodies",
                    models.Prefetch(
                        "reports",
                        queryset=TaskProgressReport.objects.select_related("article", "exemplar").order_by(
                            "-date", "-sort_order", "-pk"
                        ),
                    ),
                )
            )
            for task in tasks:
                task.report_list = list(task.reports.all())
        else:
            tasks = list(self.tasks.all())
            for task in tasks:
                task.report_list = sorted(task.reports.all(), key=lambda r: (r.date, r.sort_order or 0), reverse=True)
        self._task_list = tasks
        return tasks

    def task_summary(self):
        return task_summary(self.task_list())

    def library(self):
        """The library the page sits in (one query: its specific parent by path), or None."""
        if not self.path or self.depth <= 1:
            return None
        return DirectiveIndexPage.objects.filter(path=self.path[: -self.steplen]).first()


class DirectiveFile(Orderable):
    page = ParentalKey(DirectivePage, related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="tài liệu", on_delete=models.CASCADE, related_name="+"
    )
    is_original = models.BooleanField("bản gốc", default=False, help_text="Bản văn bản gốc (thường là PDF).")
    label = models.CharField("mô tả", max_length=200, blank=True, help_text="Ví dụ: Bản gốc, Phụ lục 1")

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("is_original")]), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = "file văn bản"


class DirectiveRelation(Orderable):
    """`page` <kind> `target`: 05/KH-UBND implements 23-CT/TU."""

    page = ParentalKey(DirectivePage, related_name="relations", on_delete=models.CASCADE)
    kind = models.CharField("quan hệ", max_length=20, choices=RELATION_CHOICES)
    target = models.ForeignKey(
        DirectivePage, verbose_name="văn bản", on_delete=models.CASCADE, related_name="incoming_relations"
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("target")])]

    class Meta(Orderable.Meta):
        verbose_name = "quan hệ văn bản"

    def clean(self):
        super().clean()
        if self.target_id and self.page_id and self.target_id == self.page_id:
            raise ValidationError({"target": "Văn bản không thể có quan hệ với chính nó."})


class Milestone(Orderable):
    page = ParentalKey(DirectivePage, related_name="milestones", on_delete=models.CASCADE)
    date = models.DateField("ngày")
    kind = models.CharField("mốc", max_length=20, choices=MILESTONE_CHOICES, default="trien-khai")
    title = models.CharField("nội dung", max_length=255)
    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name="bài viết",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="directive_milestones",
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]), FieldPanel("title"), FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = "mốc triển khai"
        ordering = ["date", "sort_order"]


# ---------------------------------------------------------------- tasks and progress (issue 15)


@register_snippet
class ResponsibleBody(models.Model):
    """A body a directive's task is given to (cơ quan chủ trì, phối hợp): Ban Tuyên giáo
    Thành ủy, Văn phòng Thành ủy … A snippet, not free text, so the late-tasks page and
    the API can filter by it and one body is spelt one way across directives."""

    name = models.CharField("tên cơ quan", max_length=255, unique=True)
    short_name = models.CharField("tên viết tắt", max_length=100, blank=True)
    slug = models.SlugField("đường dẫn", max_length=120, unique=True, blank=True)

    panels = [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("slug", help_text="Để trống: tự tạo.")]

    class Meta:
        verbose_name = "cơ quan phụ trách nhiệm vụ"
        verbose_name_plural = "cơ quan phụ trách nhiệm vụ"
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return self.short_name or self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = vn_slugify(self.short_name or self.name)[:100] or "co-quan"
            slug, n = base, 2
            while ResponsibleBody.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)


def late_rule(today=None):
    """Q of the tasks late on `today` (default: today in the site's time zone)."""
    today = today or timezone.localdate()
    return models.Q(deadline__lt=today) & ~models.Q(status=TASK_DONE)


class DirectiveTaskQuerySet(models.QuerySet):
    def late(self, today=None):
        return self.filter(late_rule(today))

    def with_status(self, status, today=None):
        """Tasks whose shown status (DirectiveTask.shown_status) is `status`."""
        if status == TASK_LATE:
            return self.late(today)
        if status == TASK_DONE:
            return self.filter(status=TASK_DONE)
        return self.filter(status=status).exclude(late_rule(today))

    def of_live_pages(self):
        return self.filter(page__live=True, page__in=DirectivePage.objects.live().public())


class DirectiveTask(ClusterableModel, Orderable):
    """A task (nhiệm vụ) the directive gives: (1), (2) … with its bodies, deadline and
    status, and its progress reports (edited inside the task, in the directive's editor)."""

    page = ParentalKey(DirectivePage, related_name="tasks", on_delete=models.CASCADE)
    label = models.CharField("số thứ tự", max_length=20, help_text="Ví dụ: (1), (2), 3.a")
    title = models.CharField("nhiệm vụ", max_length=255, help_text="Tên ngắn của nhiệm vụ.")
    description = models.TextField("nội dung", blank=True)
    bodies = ParentalManyToManyField(
        ResponsibleBody,
        verbose_name="cơ quan phụ trách",
        blank=True,
        related_name="tasks",
        help_text="Cơ quan chủ trì và phối hợp (thêm cơ quan mới trong mục Snippets).",
    )
    deadline = models.DateField("hạn hoàn thành", null=True, blank=True, help_text="Để trống nếu làm thường xuyên.")
    status = models.CharField("tình trạng", max_length=20, choices=TASK_STATUS_CHOICES, default=TASK_NOT_STARTED)

    objects = DirectiveTaskQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("title")]),
        FieldPanel("description"),
        FieldPanel("bodies", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("deadline"), FieldPanel("status")]),
        InlinePanel("reports", label="Báo cáo tiến độ", heading="Báo cáo tiến độ (mới nhất hiện trước)"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "nhiệm vụ"
        verbose_name_plural = "nhiệm vụ"

    def __str__(self):
        return f"{self.label} {self.title}".strip()

    def is_late(self, today=None):
        today = today or timezone.localdate()
        return self.status != TASK_DONE and self.deadline is not None and self.deadline < today

    def shown_status(self, today=None):
        return TASK_LATE if self.is_late(today) else self.status

    @property
    def status_value(self):
        return self.shown_status()

    @property
    def status_label(self):
        return TASK_STATUS_LABELS[self.shown_status()]

    def days_late(self, today=None):
        today = today or timezone.localdate()
        return (today - self.deadline).days if self.is_late(today) else 0

    @property
    def anchor(self):
        return f"nhiem-vu-{self.pk or self.sort_order}"


class TaskProgressReport(Orderable):
    """A dated report on a task: what was done, optionally the article that told it, the
    exemplar that shows it, and whether it was a sơ kết or tổng kết."""

    task = ParentalKey(DirectiveTask, related_name="reports", on_delete=models.CASCADE)
    date = models.DateField("ngày")
    kind = models.CharField("loại", max_length=20, choices=REPORT_KIND_CHOICES, default="thuong")
    text = models.TextField("nội dung")
    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name="bài viết",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="task_reports",
    )
    exemplar = models.ForeignKey(
        "exemplars.ExemplarPage",
        verbose_name="điển hình",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="task_reports",
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("article"), FieldPanel("exemplar")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "báo cáo tiến độ"
        verbose_name_plural = "báo cáo tiến độ"

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.get_kind_display()}"

    @property
    def live_article(self):
        return self.article if self.article_id and self.article.live else None

    @property
    def live_exemplar(self):
        return self.exemplar if self.exemplar_id and self.exemplar.live else None


def task_summary(tasks, today=None):
    """x of y done, and the late ones (with their bodies and deadlines), for the page and the API."""
    today = today or timezone.localdate()
    done = [task for task in tasks if task.status == TASK_DONE]
    late = [task for task in tasks if task.is_late(today)]
    return {"total": len(tasks), "done": len(done), "late": late, "late_count": len(late)}


class ArticleCitation(Orderable):
    """An article citing a directive (a chooser on the article's edit screen)."""

    article = ParentalKey("news.ArticlePage", related_name="cited_directives", on_delete=models.CASCADE)
    directive = models.ForeignKey(
        DirectivePage, verbose_name="văn bản", on_delete=models.CASCADE, related_name="citations"
    )

    panels = [FieldPanel("directive")]

    class Meta(Orderable.Meta):
        verbose_name = "văn bản được trích dẫn"


# ---------------------------------------------------------------- the library


class DirectiveIndexPage(FilteredIndexMixin, VietnameseSlugMixin, RoutablePageMixin, Page):
    """The directive library (Văn bản chỉ đạo): filters, counts, RSS of new directives."""

    intro = models.TextField("giới thiệu", blank=True)

    content_panels = TITLE_PANELS + [FieldPanel("intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["directives.DirectivePage"]
    max_count_per_parent = 1
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = "thư viện văn bản chỉ đạo"
        verbose_name_plural = "thư viện văn bản chỉ đạo"

    # The filtered, paginated index (cms.core.listing.FilteredIndexMixin).
    filters_class = DirectiveFilters
    listing_context_name = "directives"
    page_size_setting = "DIRECTIVE_PAGE_SIZE"

    def listing(self):
        return self.directives()

    def directives(self):
        return (
            DirectivePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("issuer")
            .with_replaced_flag()
            .order_by("-issued_on", "-pk")
        )

    @path("rss/", name="rss")
    def rss(self, request):
        return DirectiveFeed()(request, library=self)

    # --- tasks across the library (issue 15)

    def tasks(self):
        """Tasks of the library's live, public directives."""
        return DirectiveTask.objects.filter(page__in=self.directives().values("pk"))

    def progress_reports(self):
        return TaskProgressReport.objects.filter(task__in=self.tasks().values("pk"))

    @path("nhiem-vu-cham-tien-do/", name="late_tasks")
    def late_tasks(self, request):
        filters = LateTaskFilters(request.GET, self.tasks().late())
        return self.render(
            request,
            template="directives/late_tasks_page.html",
            context_overrides={
                "filters": filters,
                "tasks": paginate(request, filters.queryset, settings.LATE_TASKS_PAGE_SIZE),
                "today": timezone.localdate(),
            },
        )

    @path("tien-do/rss/", name="progress_rss")
    def progress_rss(self, request):
        return ProgressFeed()(request, library=self, directive=None)

    @path("tien-do/<int:directive_id>/rss/", name="directive_progress_rss")
    def directive_progress_rss(self, request, directive_id):
        directive = self.directives().filter(pk=directive_id).first()
        if directive is None:
            raise Http404("Không có văn bản này.")
        return ProgressFeed()(request, library=self, directive=directive)


def issued_years(queryset):
    return sorted({d.year for d in queryset.dates("issued_on", "year")}, reverse=True)
