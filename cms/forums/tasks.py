"""The forums' background work as django-tasks tasks (run at once on the embedded
default's ImmediateBackend, by workers where a queue is configured)."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import timezone
from django_tasks import task

from .models import ConsultationResponsePage, ResponseSubscription

logger = logging.getLogger(__name__)

SUBJECT = "Đã có báo cáo tiếp thu, giải trình ý kiến góp ý"


@task()
def notify_response_subscribers(response_page_id: int) -> int:
    """E-mail each reader who asked to be told about this response and was not told yet;
    returns how many were told. One SMTP connection for all; one address that fails is
    logged and left to a later run, the others are still told."""
    page = ConsultationResponsePage.objects.live().filter(pk=response_page_id).first()
    if page is None:  # unpublished again, or deleted, before the task ran
        return 0
    forum = page.get_parent()
    url = page.full_url or ""
    body = (
        "Chào bạn,\n\n"
        f"Báo cáo tiếp thu, giải trình ý kiến góp ý về “{forum.title}” đã được công bố.\n"
        f"Xem tại: {url}\n\n"
        "Bạn nhận thư này vì đã đăng ký trên trang diễn đàn góp ý. Chúng tôi chỉ gửi thư này một lần."
    )
    told = 0
    subscriptions = ResponseSubscription.objects.filter(forum_id=forum.pk, notified_at__isnull=True).order_by("pk")
    with get_connection() as connection:
        for subscription in subscriptions.iterator():
            message = EmailMessage(
                SUBJECT, body, settings.DEFAULT_FROM_EMAIL, [subscription.email], connection=connection
            )
            try:
                message.send()
            except Exception:  # one bad address or a mail server down must not stop the others
                logger.exception("Không gửi được thư báo cáo tiếp thu cho đăng ký %s", subscription.pk)
                continue
            ResponseSubscription.objects.filter(pk=subscription.pk).update(notified_at=timezone.now())
            told += 1
    return told
