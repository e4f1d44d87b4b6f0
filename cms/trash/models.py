"""A page deleted in the admin is kept here until it is restored or purged.

The page rows are never deleted while an entry exists: the page (with its
subtree) is moved under a hidden root outside every Site, so its revisions,
comments, redirects, view counts and workflow states stay attached to it."""

from django.conf import settings
from django.db import models
from django.utils import timezone

RESTORE_PERMISSION = "trash.restore_trashentry"


class TrashEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name="trang", on_delete=models.CASCADE, related_name="trash_entry"
    )
    title = models.CharField("tiêu đề", max_length=255)
    # Where it came from. The parent may be purged or deleted meanwhile (then restore says so).
    parent = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="trang cha",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    parent_path = models.CharField("đường dẫn cây của trang cha", max_length=255)
    # Neighbours at deletion: restore puts the page back between them when they are still there.
    previous_sibling = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    next_sibling = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    slug = models.SlugField("slug", max_length=255, allow_unicode=True)
    url_path = models.TextField("đường dẫn trong cây trang")
    url = models.TextField("địa chỉ công khai", blank=True)  # as readers knew it, e.g. http://host/thoi-su/bai/
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name="cơ quan báo chí", null=True, blank=True, on_delete=models.SET_NULL
    )
    site_name = models.CharField("tên cơ quan báo chí", max_length=255, blank=True)
    page_count = models.PositiveIntegerField("số trang", default=1)
    # Per page of the subtree: {"id", "live", "go_live": [[revision id, ISO time], ...]}.
    state = models.JSONField("trạng thái các trang", default=list)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người xóa",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deleted_at = models.DateTimeField("thời điểm xóa", default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "trang trong Thùng rác"
        verbose_name_plural = "Thùng rác"
        ordering = ["-deleted_at", "-pk"]
        default_permissions = ()
        permissions = [("restore_trashentry", "Khôi phục và xóa vĩnh viễn trang trong Thùng rác")]

    def __str__(self):
        return self.title

    @property
    def address(self):
        return self.url or self.url_path

    def purge_date(self):
        from datetime import timedelta

        return self.deleted_at + timedelta(days=settings.TRASH_RETENTION_DAYS)

    def days_left(self, now=None):
        """Whole days before the scheduled job purges it (0: at its next run)."""
        remaining = self.purge_date() - (now or timezone.now())
        return max(0, remaining.days + (1 if remaining.seconds or remaining.microseconds else 0))
