"""Exemplary models (điển hình tiên tiến): people, collectives, models and
initiatives that carry out the directives, and readers' nominations of new ones."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cms.comments.models import CommentablePage
from cms.core.api_representations import ImageRepresentationField
from cms.core.blocks import ArticleBodyBlock
from cms.core.headless import HeadlessPreviewable
from cms.core.listing import FilteredIndexMixin
from cms.core.models import TITLE_PANELS, VietnameseSlugMixin
from cms.core.storage import private_storage, random_file_name
from cms.core.text import fold_vietnamese, vn_slugify

from . import api_fields
from .filters import ExemplarFilters

EXEMPLAR_KINDS = [
    ("ca-nhan", "Cá nhân"),
    ("tap-the", "Tập thể"),
    ("mo-hinh", "Mô hình"),
    ("sang-kien", "Sáng kiến"),
]
LOCALITY_KINDS = [("phuong", "Phường"), ("xa", "Xã"), ("dac-khu", "Đặc khu")]


class _SluggedSnippet(models.Model):
    name = models.CharField("tên", max_length=150, unique=True)
    slug = models.SlugField("đường dẫn", max_length=160, unique=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = vn_slugify(self.name)[:150] or "muc"
            slug, n = base, 2
            while type(self).objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)


@register_snippet
class Locality(_SluggedSnippet):
    """A ward or commune of the city (kept by the editors)."""

    kind = models.CharField("loại", max_length=20, choices=LOCALITY_KINDS, default="phuong")

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("slug", help_text="Để trống: tự tạo từ tên.")]

    class Meta(_SluggedSnippet.Meta):
        verbose_name = "phường, xã"
        verbose_name_plural = "phường, xã"


@register_snippet
class Sector(_SluggedSnippet):
    """A field of work (lĩnh vực): kinh tế, giáo dục, y tế …"""

    panels = [FieldPanel("name"), FieldPanel("slug", help_text="Để trống: tự tạo từ tên.")]

    class Meta(_SluggedSnippet.Meta):
        verbose_name = "lĩnh vực"
        verbose_name_plural = "lĩnh vực"


class ExemplarPage(HeadlessPreviewable, VietnameseSlugMixin, CommentablePage, Page):
    kind = models.CharField("loại điển hình", max_length=20, choices=EXEMPLAR_KINDS)
    locality = models.ForeignKey(
        Locality, verbose_name="phường, xã", on_delete=models.PROTECT, related_name="exemplars"
    )
    sector = models.ForeignKey(Sector, verbose_name="lĩnh vực", on_delete=models.PROTECT, related_name="exemplars")
    summary = models.TextField("tóm tắt", help_text="Một đoạn ngắn: vì sao đây là điển hình.")
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh chính",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    story = StreamField(ArticleBodyBlock(), verbose_name="câu chuyện", blank=True)
    search_text = models.TextField(editable=False, default="")

    content_panels = TITLE_PANELS + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldRowPanel([FieldPanel("locality"), FieldPanel("sector")])], heading="Phân loại"
        ),
        FieldPanel("summary"),
        FieldPanel("photo"),
        FieldPanel("story"),
        InlinePanel("gallery", label="Ảnh", heading="Thư viện ảnh"),
        InlinePanel("recognitions", label="Khen thưởng", heading="Khen thưởng, biểu dương"),
        InlinePanel("carried_directives", label="Văn bản", heading="Văn bản chỉ đạo được thực hiện"),
        InlinePanel("related_links", label="Bài", heading="Bài viết liên quan"),
    ]
    settings_panels = Page.settings_panels + CommentablePage.COMMENT_PANELS
    parent_page_types = ["exemplars.ExemplarIndexPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("story"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("kind_label", serializer=api_fields.DisplaySerializer(source="get_kind_display")),
        APIField("locality", serializer=api_fields.NamedSerializer()),
        APIField("sector", serializer=api_fields.NamedSerializer()),
        APIField("summary"),
        APIField("photo", serializer=ImageRepresentationField()),
        APIField("photo_rendition", serializer=ImageRenditionField("fill-1200x675", source="photo")),
        APIField("story"),
        APIField("gallery", serializer=api_fields.GallerySerializer(many=True)),
        APIField("recognitions", serializer=api_fields.RecognitionSerializer(many=True)),
        APIField("directives", serializer=api_fields.DirectiveRefsSerializer(source="live_directives")),
        APIField("related_articles", serializer=api_fields.ArticleRefListSerializer(source="live_related_articles")),
    ]

    class Meta:
        verbose_name = "điển hình tiên tiến"
        verbose_name_plural = "điển hình tiên tiến"

    def save(self, *args, **kwargs):
        self.search_text = fold_vietnamese(f"{self.title} {self.summary}")
        super().save(*args, **kwargs)

    def live_directives(self):
        return [link.directive for link in self.carried_directives.select_related("directive") if link.directive.live]

    def live_related_articles(self):
        return [link.article for link in self.related_links.select_related("article") if link.article.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            gallery=list(self.gallery.select_related("image").all()),
            recognitions=list(self.recognitions.all()),
            directives=self.live_directives(),
            related_articles=self.live_related_articles(),
        )
        return context


class GalleryImage(Orderable):
    page = ParentalKey(ExemplarPage, related_name="gallery", on_delete=models.CASCADE)
    image = models.ForeignKey("wagtailimages.Image", verbose_name="ảnh", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField("chú thích", max_length=300, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = "ảnh"


class Recognition(Orderable):
    page = ParentalKey(ExemplarPage, related_name="recognitions", on_delete=models.CASCADE)
    award = models.CharField("hình thức khen thưởng", max_length=255, help_text="Ví dụ: Bằng khen của UBND thành phố")
    granting_body = models.CharField("cơ quan khen thưởng", max_length=255)
    decision_number = models.CharField("số quyết định", max_length=60, blank=True)
    year = models.PositiveSmallIntegerField("năm")

    panels = [
        FieldPanel("award"),
        FieldPanel("granting_body"),
        FieldRowPanel([FieldPanel("decision_number"), FieldPanel("year")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "khen thưởng"

    def clean(self):
        from django.core.exceptions import ValidationError
        from django.utils import timezone

        super().clean()
        if self.year and not (1945 <= self.year <= timezone.localdate().year):
            raise ValidationError({"year": f"Năm khen thưởng phải từ 1945 đến {timezone.localdate().year}."})


class ExemplarDirective(Orderable):
    page = ParentalKey(ExemplarPage, related_name="carried_directives", on_delete=models.CASCADE)
    directive = models.ForeignKey(
        "directives.DirectivePage", verbose_name="văn bản", on_delete=models.CASCADE, related_name="exemplar_links"
    )

    panels = [FieldPanel("directive")]

    class Meta(Orderable.Meta):
        verbose_name = "văn bản được thực hiện"


class ExemplarArticle(Orderable):
    page = ParentalKey(ExemplarPage, related_name="related_links", on_delete=models.CASCADE)
    article = models.ForeignKey(
        "news.ArticlePage", verbose_name="bài viết", on_delete=models.CASCADE, related_name="exemplar_links"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = "bài viết liên quan"


class ExemplarIndexPage(FilteredIndexMixin, VietnameseSlugMixin, RoutablePageMixin, Page):
    """The exemplar registry (Điển hình tiên tiến) with filters and the public
    nomination form (đề cử điển hình)."""

    intro = models.TextField("giới thiệu", blank=True)
    nomination_intro = models.TextField(
        "lời mời đề cử",
        blank=True,
        default="Bạn biết một cá nhân, tập thể, mô hình hay sáng kiến tiêu biểu? Hãy giới thiệu với chúng tôi.",
    )

    content_panels = TITLE_PANELS + [FieldPanel("intro"), FieldPanel("nomination_intro")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["exemplars.ExemplarPage"]
    max_count_per_parent = 1
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = "danh sách điển hình tiên tiến"
        verbose_name_plural = "danh sách điển hình tiên tiến"

    # The filtered, paginated index (cms.core.listing.FilteredIndexMixin).
    filters_class = ExemplarFilters
    listing_context_name = "exemplars"
    page_size_setting = "EXEMPLAR_PAGE_SIZE"

    def listing(self):
        return self.exemplars()

    def exemplars(self):
        return (
            ExemplarPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("locality", "sector", "photo")
            .order_by("-first_published_at", "-pk")
        )

    @path("de-cu/", name="nominate")
    def nominate(self, request):
        from .views import nomination_form

        return nomination_form(request, self)

    @path("de-cu/da-gui/", name="nominated")
    def nominated(self, request):
        return self.render(request, template="exemplars/nomination_sent.html")


def nomination_photo_path(instance, filename):
    return random_file_name("nominations", filename)


class Nomination(models.Model):
    """A reader's proposal of an exemplar. Never published as it is: an editor
    reads it and may turn it into a draft ExemplarPage."""

    STATUS_CHOICES = [
        ("new", "Mới"),
        ("drafted", "Đã tạo bản nháp"),
        ("declined", "Không phù hợp"),
        ("suspect", "Nghi gửi tự động"),
    ]

    registry = models.ForeignKey(
        ExemplarIndexPage, verbose_name="gửi tới", on_delete=models.PROTECT, related_name="nominations"
    )
    name = models.CharField("tên điển hình", max_length=200)
    kind = models.CharField("loại", max_length=20, choices=EXEMPLAR_KINDS)
    locality = models.ForeignKey(Locality, verbose_name="phường, xã", on_delete=models.PROTECT, related_name="+")
    reason = models.TextField("vì sao là điển hình")
    contact_name = models.CharField("người đề cử", max_length=150)
    contact_phone = models.CharField("điện thoại", max_length=20, blank=True)
    contact_email = models.EmailField("email", blank=True)
    # Private until an editor uses it (cms.core.storage.PrivateMediaStorage): a reader's
    # photo may show people who never agreed to be published. Random names, not the sender's.
    photo = models.ImageField("ảnh", upload_to=nomination_photo_path, storage=private_storage, blank=True)
    submitted_at = models.DateTimeField("gửi lúc", auto_now_add=True, db_index=True)
    ip_address = models.GenericIPAddressField("địa chỉ IP", null=True, blank=True)
    suspect_reason = models.CharField("lý do nghi ngờ", max_length=200, blank=True)
    status = models.CharField("tình trạng", max_length=20, choices=STATUS_CHOICES, default="new", db_index=True)
    editor_note = models.TextField("ghi chú của biên tập", blank=True)
    exemplar = models.ForeignKey(
        ExemplarPage,
        verbose_name="trang điển hình",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nominations",
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("editor_note"),
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("kind", read_only=True),
                FieldPanel("locality", read_only=True),
                FieldPanel("reason", read_only=True),
            ],
            heading="Nội dung đề cử (bạn đọc gửi, không sửa)",
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name", read_only=True),
                FieldPanel("contact_phone", read_only=True),
                FieldPanel("contact_email", read_only=True),
            ],
            heading="Người đề cử",
        ),
    ]

    class Meta:
        verbose_name = "đề cử điển hình"
        verbose_name_plural = "đề cử điển hình"
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.name
