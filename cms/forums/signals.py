from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from cms.comments.tallies import move_part
from cms.core.newsroom import set_up_library

from .models import ConsultationResponsePage, DraftPart, ForumIndexPage
from .tasks import notify_response_subscribers


@receiver(post_save, sender=ForumIndexPage)
def forum_index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_library(instance)


# ---------------------------------------------------------------- issue 15


@receiver(pre_delete, sender=DraftPart)
def draft_part_deleted(sender, instance, **kwargs):
    """Its opinions become opinions on the whole draft: so do its counters."""
    move_part(instance)


@receiver(page_published)
def response_published(sender, instance, **kwargs):
    """Each reader who asked is told once, with the link, when the response is published:
    after the publication commits (never for a publication rolled back), as a task
    (django-tasks: at once on the embedded default, by a worker where one is configured)."""
    if not isinstance(instance, ConsultationResponsePage):
        return
    page_id = instance.pk
    transaction.on_commit(lambda: notify_response_subscribers.enqueue(page_id))
