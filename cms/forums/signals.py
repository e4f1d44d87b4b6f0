import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from cms.comments.tallies import move_part
from cms.core.newsroom import set_up_library

from .models import ConsultationResponsePage, DraftPart, ForumIndexPage, ResponseSubscription

logger = logging.getLogger(__name__)


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
    """Each reader who asked is told once, with the link, when the response is published."""
    if not isinstance(instance, ConsultationResponsePage):
        return
    forum = instance.get_parent()
    url = instance.full_url or ""
    subscriptions = ResponseSubscription.objects.filter(forum_id=forum.pk, notified_at__isnull=True).order_by("pk")
    for subscription in subscriptions:
        body = (
            "Chào bạn,\n\n"
            f"Báo cáo tiếp thu, giải trình ý kiến góp ý về “{forum.title}” đã được công bố.\n"
            f"Xem tại: {url}\n\n"
            "Bạn nhận thư này vì đã đăng ký trên trang diễn đàn góp ý. Chúng tôi chỉ gửi thư này một lần."
        )
        try:
            send_mail(
                "Đã có báo cáo tiếp thu, giải trình ý kiến góp ý",
                body,
                settings.DEFAULT_FROM_EMAIL,
                [subscription.email],
            )
        except Exception:  # one bad address or a mail server down must not undo the publication
            logger.exception("Không gửi được thư báo cáo tiếp thu cho đăng ký %s", subscription.pk)
            continue
        ResponseSubscription.objects.filter(pk=subscription.pk).update(notified_at=timezone.now())
