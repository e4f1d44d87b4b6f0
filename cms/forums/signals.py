from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.core.page_cache import purge_all
from cms.news.newsroom import set_up_library

from .models import APPROVED, Comment, ForumIndexPage


@receiver(post_save, sender=ForumIndexPage)
def forum_index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_library(instance)


@receiver(post_save, sender=Comment)
def comment_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """Issue 11: a comment readers see (approved, featured, answered, anonymised) or one
    whose status changed (hidden, withdrawn) makes its page and the lists counting its
    comments stale. A new comment waiting for moderation changes nothing they see, so a
    flood of spam does not empty the page cache."""
    if raw:
        return
    status_may_have_changed = not created and (update_fields is None or "status" in update_fields)
    if instance.status == APPROVED or status_may_have_changed:
        purge_all()


@receiver(post_delete, sender=Comment)
def comment_deleted(sender, instance, **kwargs):
    if instance.status == APPROVED:
        purge_all()
