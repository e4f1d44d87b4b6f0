import hashlib
import hmac
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection, models
from django.db.models import Sum
from django.utils import timezone
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from cms.core.newsroom import ROLE_CHOICES

from . import shared_tokens
from .forms import NewsroomPageForm
from .network import client_ip
from .restrictions import restricted_sections
from .text import is_bot_user_agent, vn_slugify
from .themes import DEFAULT_THEME, available_themes

cache_logger = logging.getLogger("cms.core.cache")


# ---------------------------------------------------------------- Site and settings, cached per process
# Issue 11: every page needs the Site and the outlet's settings; reading them from
# the database on every request cost two to four queries. Each process keeps them
# in memory, tagged with a token from the shared cache; saving or deleting a Site,
# OutletSettings or CommentSettings replaces the token (and clears this process's
# copies), so every worker drops its copies within SHARED_TOKEN_SECONDS (the token is
# read at most that often, cms/core/shared_tokens.py). Fresh model instances are handed out each time: a shared one
# would carry related objects (root_page.specific) from one request to the next.

SETTINGS_TOKEN_KEY = "toasoan:site-settings-token"
_process_cache = {"token": None, "entries": {}}


def _settings_token(request=None):
    if request is not None and hasattr(request, "_site_settings_token"):
        return request._site_settings_token
    try:
        token = shared_tokens.read([SETTINGS_TOKEN_KEY])[SETTINGS_TOKEN_KEY]
    except Exception:  # a cache that is down: no caching, never an error page
        token = None
    if request is not None:
        request._site_settings_token = token
    return token


def site_settings_changed(**kwargs):
    """Signal receiver: a Site or a site setting was saved or deleted."""
    if kwargs.get("created") and isinstance(kwargs.get("instance"), BaseSiteSetting):
        # A site's first settings row, made by for_site on a first read: no process
        # can hold an older copy of it (for_site would have made it), so nothing to drop.
        return
    _process_cache["entries"].clear()
    try:
        shared_tokens.replace([SETTINGS_TOKEN_KEY])
    except Exception:
        cache_logger.warning("Không ghi được mã phiên bản cài đặt vào bộ nhớ đệm chung", exc_info=True)


def _fresh_copy(instance):
    model = type(instance)
    copy = model(**{field.attname: getattr(instance, field.attname) for field in model._meta.concrete_fields})
    copy._state.adding = False
    copy._state.db = instance._state.db
    return copy


def cached_per_process(key, load, request=None):
    """`load()`'s model instance (or None), remembered in this process until a setting changes."""
    token = _settings_token(request)
    if token is None:
        return load()
    if _process_cache["token"] != token:
        _process_cache["entries"] = {}
        _process_cache["token"] = token
    entries = _process_cache["entries"]
    if key not in entries:
        entries[key] = load()
    found = entries[key]
    return _fresh_copy(found) if found is not None else None


def cached_site_for_request(request):
    """Site.find_for_request, with the answer for this host and port kept per process."""
    from wagtail.models import Site

    if not hasattr(request, "_wagtail_site"):
        try:
            host = request._get_raw_host()
        except Exception:
            return Site.find_for_request(request)
        key = ("site", host, request.get_port())
        request._wagtail_site = cached_per_process(key, lambda: Site._find_for_request(request), request)
    return request._wagtail_site


class CachedSiteSettingMixin:
    """for_site/for_request of a BaseSiteSetting from the per-process cache."""

    @classmethod
    def for_site(cls, site):
        if site is None or site.pk is None:
            return super().for_site(site)
        load = lambda: super(CachedSiteSettingMixin, cls).for_site(site)  # noqa: E731
        return cached_per_process((cls._meta.label, site.pk), load)

    @classmethod
    def for_site_id(cls, site_id):
        """for_site without loading the Site (a page knows its site's id from the root paths)."""
        from wagtail.models import Site

        load = lambda: super(CachedSiteSettingMixin, cls).for_site(Site(pk=site_id))  # noqa: E731
        return cached_per_process((cls._meta.label, site_id), load)

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = cached_site_for_request(request)
        if site is None:
            return None
        _settings_token(request)
        instance = cls.for_site(site)
        instance._request = request
        setattr(request, attr_name, instance)
        return instance


SOCIAL_NETWORKS = [
    ("facebook", "Facebook"),
    ("zalo", "Zalo"),
    ("youtube", "YouTube"),
    ("tiktok", "TikTok"),
    ("x", "X (Twitter)"),
    ("instagram", "Instagram"),
    ("linkedin", "LinkedIn"),
]


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS, label="mạng")
    url = blocks.URLBlock(label="địa chỉ")

    class Meta:
        icon = "link"
        label = "liên kết mạng xã hội"


@register_setting(icon="site")
class OutletSettings(CachedSiteSettingMixin, BaseSiteSetting):
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
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        verbose_name="mạng xã hội",
        blank=True,
        max_num=len(SOCIAL_NETWORKS),
        help_text="Trang của cơ quan trên mạng xã hội, hiện ở chân trang và trong /api/v2/outlet/.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("slogan"), FieldPanel("logo")], heading="Nhận diện"),
        MultiFieldPanel(
            [
                FieldPanel("contact"),
                FieldPanel("licence"),
                FieldPanel("responsible_person"),
                FieldPanel("social_links"),
            ],
            heading="Chân trang",
        ),
        FieldPanel("theme"),
    ]

    class Meta:
        verbose_name = "thông tin cơ quan báo chí"

    def __str__(self):
        return self.name

    # for_request (CachedSiteSettingMixin): None for a host no outlet answers.

    def social(self):
        """[{"network", "label", "url"}], in the editor's order (the footer and the API)."""
        labels = dict(SOCIAL_NETWORKS)
        return [
            {"network": link.value["network"], "label": labels.get(link.value["network"], ""), "url": link.value["url"]}
            for link in self.social_links
            if link.block_type == "link" and link.value.get("url")
        ]


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

    def get_view_restrictions(self):
        # No restricted section anywhere (read once per request): nothing applies,
        # without Wagtail's two queries (ancestors, then their restrictions).
        if restricted_sections() == []:
            from wagtail.models import PageViewRestriction

            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

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


# Any change to a Site or a site setting drops every process's cached copies (the
# apps above connect their own settings the same way: cms/comments/signals.py).
for _sender in ("wagtailcore.Site", "core.OutletSettings"):
    models.signals.post_save.connect(
        site_settings_changed, sender=_sender, dispatch_uid=f"settings-cache-save-{_sender}"
    )
    models.signals.post_delete.connect(
        site_settings_changed, sender=_sender, dispatch_uid=f"settings-cache-delete-{_sender}"
    )


# ---------------------------------------------------------------- newsroom roles


class OutletRoleGroup(models.Model):
    """Which outlet a role group belongs to (cms/core/newsroom.py): the record that
    keeps one outlet's staff out of another's newsroom. The news app's until issue 14
    (its table keeps the name: migration core 0003)."""

    group = models.OneToOneField(
        "auth.Group", verbose_name="nhóm", on_delete=models.CASCADE, related_name="outlet_role"
    )
    home_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="trang chủ của cơ quan", on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField("vai trò", max_length=20, choices=ROLE_CHOICES)

    class Meta:
        db_table = "news_outletrolegroup"
        verbose_name = "nhóm vai trò của cơ quan"
        verbose_name_plural = "nhóm vai trò của cơ quan"
        constraints = [models.UniqueConstraint(fields=["home_page", "role"], name="one_group_per_outlet_role")]

    def __str__(self):
        return self.group.name
