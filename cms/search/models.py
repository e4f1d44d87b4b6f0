"""The embedded search index: one row per live, public page of an indexed type.

The folded columns are what is matched; the full-text index on them lives
outside Django's model (created by the migration for the database in use):
SQLite: an FTS5 table `search_fts` kept in sync by triggers;
PostgreSQL: a generated `tsvector` column with a GIN index."""

from django.db import models
from wagtail.models import Page, Site


class SearchEntry(models.Model):
    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="search_entry")
    type = models.CharField(max_length=20, db_index=True)
    site = models.ForeignKey(Site, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    title = models.TextField()
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=1000, blank=True)
    published_at = models.DateTimeField(null=True, db_index=True)
    year = models.PositiveSmallIntegerField(null=True, db_index=True)
    column_slug = models.CharField(max_length=255, blank=True, db_index=True)
    column_title = models.CharField(max_length=255, blank=True)
    issuer_slug = models.CharField(max_length=120, blank=True, db_index=True)
    issuer_name = models.CharField(max_length=255, blank=True)
    directive_kind = models.CharField(max_length=20, blank=True, db_index=True)
    number = models.CharField(max_length=60, blank=True)
    # Matched text, folded (no accents, đ -> d, lower case).
    title_folded = models.TextField()
    text_folded = models.TextField()

    class Meta:
        verbose_name = "mục chỉ mục tìm kiếm"
        verbose_name_plural = "chỉ mục tìm kiếm"
        indexes = [
            # Covering index for the facet counts: they group the matched entries by
            # these columns without reading the wide rows (lead, body, folded text).
            models.Index(
                fields=[
                    "site",
                    "type",
                    "year",
                    "directive_kind",
                    "column_slug",
                    "column_title",
                    "issuer_slug",
                    "issuer_name",
                ],
                name="search_entry_facets",
            ),
            # The same columns by page: a search joins its matches (page ids) to them
            # without reading the wide rows (cms/search/embedded.MatchSet).
            models.Index(
                fields=[
                    "page",
                    "site",
                    "type",
                    "year",
                    "directive_kind",
                    "column_slug",
                    "column_title",
                    "issuer_slug",
                    "issuer_name",
                ],
                name="search_entry_by_page",
            ),
        ]

    def __str__(self):
        return self.title


class SearchEntryTag(models.Model):
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="tags")
    slug = models.CharField(max_length=100, db_index=True)
    name = models.CharField(max_length=100)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "slug"], name="search_entry_tag_unique")]

    def __str__(self):
        return self.name


class IndexRetry(models.Model):
    """An external-index operation that failed, kept until it succeeds (never lost).

    Retried by `manage.py search_index update` and by the next indexing task."""

    INDEX, REMOVE = "index", "remove"
    page_id = models.PositiveBigIntegerField(db_index=True)
    operation = models.CharField(max_length=10, choices=[(INDEX, "đánh chỉ mục"), (REMOVE, "gỡ khỏi chỉ mục")])
    attempts = models.PositiveIntegerField(default=1)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page_id", "operation"], name="search_retry_unique")]

    def __str__(self):
        return f"{self.operation} {self.page_id}"
