import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection, models
from django.db.models import Sum
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from .forms import NewsroomPageForm
from .network import client_ip
from .text import is_bot_user_agent, vn_slugify
from .themes import DEFAULT_THEME, available_themes


@register_setting(icon="site")
class OutletSettings(BaseSiteSetting):
    """What a news outlet says about itself: masthead, footer, licence, theme."""

    name = models.CharField("tên cơ quan báo chí", max_length=200, default="Tòa Soạn")
    slogan = models.CharField("khẩu hiệu", max_length=255, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name="logo", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact = RichTextField("thông tin liên hệ (chân trang)", blank=True, features=["bold", "italic", "link"])
    licence = models.CharField("giấy phép", max_length=255, blank=True, help_text="Ví dụ: Giấy phép số 123/GP-BTTTT …")
    responsible_person = models.CharField("chịu trách nhiệm nội dung", max_length=200, blank=True)
    theme = models.CharField("giao diện", max_length=50, default=DEFAULT_THEME, choices=available_themes)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("slogan"), FieldPanel("logo")], heading="Nhận diện"),
        MultiFieldPanel(
            [FieldPanel("contact"), FieldPanel("licence"), FieldPanel("responsible_person")], heading="Chân trang"
        ),
        FieldPanel("theme"),
    ]

    class Meta:
        verbose_name = "thông tin cơ quan báo chí"

    def __str__(self):
        return self.name

    @classmethod
    def for_request(cls, request):
        """Wagtail's per-request cached lookup, or None for a host no outlet answers."""
        from wagtail.models import Site

        if Site.find_for_request(request) is None:
            return None
        return super().for_request(request)


# Wagtail's admin script copies the title into the slug as the editor types,
# and drops Vietnamese letters on the way ("Đông Ngạc" -> "djong-ngc"). The
# title no longer drives the slug in the browser: left empty, the slug is made
# on the server by vn_slugify (see NewsroomPageForm).
TITLE_PANELS = [TitleFieldPanel("title", targets=[])]
PROMOTE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel("slug", help_text="Để trống: tự tạo từ tiêu đề, bỏ dấu (đ → d)."),
            FieldPanel("seo_title"),
            FieldPanel("search_description"),
        ],
        heading="Đường dẫn và SEO",
    ),
    MultiFieldPanel([FieldPanel("show_in_menus")], heading="Menu"),
]


class VietnameseSlugMixin:
    """Pages whose slug is left empty get a transliterated one (đ -> d)."""

    base_form_class = NewsroomPageForm
    promote_panels = PROMOTE_PANELS

    def full_clean(self, *args, **kwargs):
        if not self.slug and self.title:
            self.slug = vn_slugify(self.title)[:200]
        super().full_clean(*args, **kwargs)


def increment_counter(model, key):
    """One atomic upsert: insert the row for `key` with count 1, or add one to it.

    Written as SQL because Django's bulk_create(update_conflicts=True) can only
    copy the proposed value, not add to the stored one; an UPDATE-then-INSERT
    in Python races when two readers create the same row at once (it lost views
    under 50 concurrent readers). SQLite (>= 3.24) and PostgreSQL share this
    syntax. `key` maps the unique columns to their values."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(name) for name in key)
    placeholders = ", ".join(["%s"] * len(key))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}, count) VALUES ({placeholders}, 1) "
            f"ON CONFLICT ({columns}) DO UPDATE SET count = {table}.count + 1",
            list(key.values()),
        )


class PageViewsQuerySet(models.QuerySet):
    def totals_for(self, page_ids):
        rows = self.filter(page_id__in=page_ids).values("page_id").annotate(total=Sum("count"))
        return {row["page_id"]: row["total"] for row in rows}

    def most_read(self, since, limit=10):
        return (
            self.filter(day__gte=since)
            .values("page_id")
            .annotate(total=Sum("count"))
            .order_by("-total", "-page_id")[:limit]
        )


class PageViews(models.Model):
    """Views of one page on one day (local time): totals and "most read" in N days
    both come from here. Increments are single UPDATE ... SET count = count + 1
    statements, so concurrent readers never lose one."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="daily_views")
    day = models.DateField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    objects = PageViewsQuerySet.as_manager()

    class Meta:
        verbose_name = "lượt xem theo ngày"
        verbose_name_plural = "lượt xem theo ngày"
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="unique_page_views_per_day")]

    def __str__(self):
        return f"{self.page_id} · {self.day:%d/%m/%Y}: {self.count}"

    @classmethod
    def record(cls, page_id, day=None):
        """Add one view of the page today (see increment_counter)."""
        day = day or timezone.localdate()
        increment_counter(cls, {"page_id": page_id, "day": day.isoformat()})

    # A reader (address + browser) adds at most one view of a page in this many seconds.
    READ_WINDOW = 30 * 60

    @classmethod
    def record_read(cls, request, page_id) -> bool:
        """Count a reader's view of the page; True if it was counted.

        Robots are not readers. The same reader counts once per page in READ_WINDOW,
        so reloading a page 300 times cannot push it into "Đọc nhiều". A reader is the
        client address (as cms.core.network reads it) and the user agent: readers
        behind one address (an office, a café) still count when their browsers differ.
        Remembered in the cache under a keyed hash (HMAC with SECRET_KEY): no address
        is stored, and the key cannot be reversed by trying the four billion IPv4
        addresses. Per process with the local-memory cache; shared with REDIS_URL."""
        user_agent = request.headers.get("User-Agent", "")
        if is_bot_user_agent(user_agent):
            return False
        reader = f"{page_id}\n{client_ip(request) or ''}\n{user_agent}".encode()
        key = "page-read:" + hmac.new(settings.SECRET_KEY.encode(), reader, hashlib.sha256).hexdigest()[:40]
        now = time.time()
        # add() is atomic (Redis SET NX): of simultaneous reloads only the first counts.
        if not cache.add(key, now, cls.READ_WINDOW):
            seen = cache.get(key)
            if seen is not None and now - seen < cls.READ_WINDOW:
                return False
            # The entry outlived its window (cache timeouts are not exact): a new view.
            cache.set(key, now, cls.READ_WINDOW)
        cls.record(page_id)
        return True

    @classmethod
    def total(cls, page_id):
        return cls.objects.filter(page_id=page_id).aggregate(total=Sum("count"))["total"] or 0


class DocumentDownloads(models.Model):
    """How many times a document (an attachment, a directive's PDF) was downloaded."""

    document = models.OneToOneField("wagtaildocs.Document", on_delete=models.CASCADE, related_name="downloads")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "lượt tải tài liệu"
        verbose_name_plural = "lượt tải tài liệu"

    def __str__(self):
        return f"{self.document_id}: {self.count}"

    @classmethod
    def record(cls, document_id):
        increment_counter(cls, {"document_id": document_id})

    @classmethod
    def totals_for(cls, document_ids):
        return dict(cls.objects.filter(document_id__in=document_ids).values_list("document_id", "count"))
