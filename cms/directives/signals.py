from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents.models import document_served

from cms.core.models import DocumentDownloads
from cms.core.newsroom import set_up_library
from cms.core.text import is_bot_user_agent

from .models import DirectiveIndexPage


@receiver(post_save, sender=DirectiveIndexPage)
def library_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        set_up_library(instance)


@receiver(document_served)
def count_download(sender, instance, request, **kwargs):
    # Every document served through Wagtail's /documents/ view counts, whichever
    # page links it; bots are not readers.
    if not is_bot_user_agent(request.headers.get("User-Agent", "")):
        DocumentDownloads.record(instance.pk)
