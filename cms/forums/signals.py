from django.db.models.signals import post_save
from django.dispatch import receiver

from cms.core.newsroom import set_up_library

from .models import ForumIndexPage


@receiver(post_save, sender=ForumIndexPage)
def forum_index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_library(instance)
