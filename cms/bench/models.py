"""Bench-only model (installed by cms.settings.bench_search alone, never by the product):
the corpus of `make bench-search` as Wagtail's stock search backend indexes it."""

from django.db import models
from wagtail.search import index


class BenchDocument(index.Indexed, models.Model):
    """The same text the embedded index holds: title, lead, body, and in `extra` the
    directive number, column, tag and issuer names (what SearchEntry.text_folded adds)."""

    title = models.TextField()
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    extra = models.TextField(blank=True)

    search_fields = [
        index.SearchField("title"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("extra"),
    ]

    class Meta:
        app_label = "bench"

    def __str__(self):
        return self.title
