from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Site

from cms.core.newsroom import grant_site_settings, set_up_column, set_up_outlet

from .models import ColumnPage, HomePage


@receiver(post_save, sender=HomePage)
def outlet_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_outlet(instance)


@receiver(post_save, sender=Site)
def site_saved(sender, instance, raw=False, **kwargs):
    # A Site is usually made after its home page: its settings rights follow it.
    if not raw:
        grant_site_settings(instance)


@receiver(post_save, sender=ColumnPage)
def column_created(sender, instance, created, raw=False, **kwargs):
    # Sub-columns inherit the permissions of the top-level column they sit in.
    if created and not raw and isinstance(instance.get_parent().specific, HomePage):
        set_up_column(instance)


# Issue 11: the page cache is purged by publishing, unpublishing, moving and deleting
# pages, and by edits to outlet settings, snippets and tags (cms/core/page_cache.py).
from cms.core import page_cache  # noqa: E402

page_cache.connect_signals()
