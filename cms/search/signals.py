"""Keeps the search index in step with publishing: publish/update -> indexed;
unpublish, delete, view restriction, move out of a site -> gone.

The embedded index is written at once, inside the same transaction as the
change (a rolled-back publish leaves no entry). The external index, when
configured, is told after the commit through a django-tasks task, so a worker
sees the committed page."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import service
from .tasks import reindex_external, remove_external


def _reindex(page_ids):
    page_ids = sorted(set(page_ids))
    service.index_pages(Page.objects.filter(pk__in=page_ids).specific(), external=False)
    service.remove_pages(
        set(page_ids) - set(Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True)), external=False
    )
    if service.external_backend() is not None:
        transaction.on_commit(lambda: reindex_external.enqueue(page_ids))


def _remove(page_ids):
    page_ids = sorted(set(page_ids))
    service.remove_pages(page_ids, external=False)
    if service.external_backend() is not None:
        transaction.on_commit(lambda: remove_external.enqueue(page_ids))


def _subtree_ids(page):
    return list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


@receiver(page_published)
def page_was_published(sender, instance, **kwargs):
    _reindex([instance.pk])


@receiver(page_unpublished)
def page_was_unpublished(sender, instance, **kwargs):
    _remove([instance.pk])


@receiver(pre_delete, sender=Page)
def page_will_be_deleted(sender, instance, **kwargs):
    # The embedded entry goes with the page (cascade); the external index needs telling.
    if service.external_backend() is not None:
        page_ids = [instance.pk]
        transaction.on_commit(lambda: remove_external.enqueue(page_ids))


@receiver(post_page_move)
def page_was_moved(sender, instance, **kwargs):
    _reindex(_subtree_ids(instance))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    try:
        page = Page.objects.get(pk=instance.page_id)
    except Page.DoesNotExist:
        return
    _reindex(_subtree_ids(page))
