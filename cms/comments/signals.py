from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.core.models import site_settings_changed
from cms.core.page_cache import purge_all

from .models import APPROVED, Comment, CommentSettings

# Any change to the comment settings drops every process's cached copies (as core does
# for a Site and the outlet settings).
post_save.connect(
    site_settings_changed, sender=CommentSettings, dispatch_uid="settings-cache-save-comments.CommentSettings"
)
post_delete.connect(
    site_settings_changed, sender=CommentSettings, dispatch_uid="settings-cache-delete-comments.CommentSettings"
)


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
