from django.db.models.signals import post_save
from django.dispatch import receiver

from cms.core.newsroom import set_up_library

from .models import ExemplarIndexPage


@receiver(post_save, sender=ExemplarIndexPage)
def registry_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_library(instance)
