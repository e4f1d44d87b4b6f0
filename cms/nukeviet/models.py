"""What the NukeViet import made of each NukeViet row, so a second run updates
instead of duplicating (issue 16)."""

from django.db import models


class ImportedItem(models.Model):
    """One NukeViet row (or uploaded file) and the object made from it."""

    # Which NukeViet installation: "<database>/<prefix>_<lang>", so two portals' ids never mix.
    source = models.CharField("nguồn NukeViet", max_length=150)
    kind = models.CharField("loại", max_length=20)  # column, article, directive, comment, image, document
    source_id = models.CharField("mã trong NukeViet", max_length=255)  # the row id, or the file's path
    object_id = models.PositiveBigIntegerField("mã đối tượng đã tạo")
    # A hash of the row as last imported: unchanged rows are skipped on the next run.
    fingerprint = models.CharField(max_length=40, blank=True)
    imported_at = models.DateTimeField("nhập lúc", auto_now=True)

    class Meta:
        verbose_name = "mục đã nhập từ NukeViet"
        verbose_name_plural = "mục đã nhập từ NukeViet"
        constraints = [
            models.UniqueConstraint(fields=["source", "kind", "source_id"], name="nukeviet_one_object_per_row")
        ]

    def __str__(self):
        return f"{self.source} {self.kind} {self.source_id} → {self.object_id}"
