"""Email each outlet's moderators what is waiting for them: one message per
outlet (never one per comment) listing how many comments are pending and the
first 50, with links to the queue. Comments already in a digest are not sent
again (`digest_sent_at`).

Recipients: the outlet's CommentSettings.moderator_emails (one address a line),
or, when empty, the active users of that outlet's "Kiểm duyệt viên (<outlet>)" group
who have an email (moderators of one outlet never receive another's).

Run it from cron, e.g. hourly: `python manage.py send_moderation_digest`."""

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.core.validators import validate_email
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from cms.comments.models import PENDING, Comment, CommentSettings
from cms.comments.moderation import site_for_path
from cms.core.models import OutletSettings
from cms.core.newsroom import MODERATOR

LISTED = 50
BATCH = 500
NO_OUTLET = "Trang ngoài các cơ quan báo chí"


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def recipients_for(site):
    lines = CommentSettings.for_site(site).moderator_emails if site else ""
    addresses = []
    for line in (lines or "").splitlines():
        address = line.strip().strip(",;")
        if not address:
            continue
        try:
            validate_email(address)
        except ValidationError:
            continue
        if address.lower() not in {a.lower() for a in addresses}:
            addresses.append(address)
    if addresses:
        return addresses
    if site is None:
        return []
    users = (
        get_user_model()
        .objects.filter(
            is_active=True, groups__outlet_role__role=MODERATOR, groups__outlet_role__home_page_id=site.root_page_id
        )
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )
    return list(users)


def outlet_name(site):
    if site is None:
        return NO_OUTLET
    name = OutletSettings.for_site(site).name
    return name or site.site_name or site.hostname


class Command(BaseCommand):
    help = "Gửi bản tin kiểm duyệt: mỗi cơ quan báo chí một thư liệt kê bình luận mới chờ duyệt."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Chỉ in ra, không gửi thư, không đánh dấu.")

    def handle(self, *args, dry_run=False, **options):
        sites = list(Site.objects.select_related("root_page"))
        waiting = Comment.objects.filter(status=PENDING, digest_sent_at__isnull=True)
        # Ids and page paths only: the whole backlog may be large.
        groups = defaultdict(list)
        for pk, page_path in waiting.values_list("pk", "page__path").order_by("created_at", "pk").iterator():
            site = site_for_path(page_path, sites)
            groups[site.pk if site else None].append(pk)

        if not groups:
            self.stdout.write("Không có bình luận mới chờ duyệt; không gửi bản tin nào.")
            return

        sites_by_pk = {site.pk: site for site in sites}
        sent = marked = 0
        for site_pk, ids in groups.items():
            site = sites_by_pk.get(site_pk)
            name = outlet_name(site)
            recipients = recipients_for(site)
            if not recipients:
                self.stderr.write(f"{name}: {len(ids)} bình luận chờ duyệt nhưng không có địa chỉ nhận bản tin.")
                continue
            message = self.build_message(site, name, ids, recipients)
            if dry_run:
                self.stdout.write(f"[thử] {name}: {len(ids)} bình luận → {', '.join(recipients)}")
                continue
            message.send()
            sent += 1
            now = timezone.now()
            for start in range(0, len(ids), BATCH):
                marked += Comment.objects.filter(pk__in=ids[start : start + BATCH]).update(digest_sent_at=now)

        if dry_run:
            return
        self.stdout.write(
            self.style.SUCCESS(f"Đã gửi {sent} bản tin kiểm duyệt, báo {marked} bình luận mới chờ duyệt.")
        )

    def build_message(self, site, name, ids, recipients):
        queue_path = reverse("comments_moderation_queue")
        queue_url = admin_url(queue_path + (f"?site={site.pk}" if site else ""))
        listed = Comment.objects.filter(pk__in=ids[:LISTED]).select_related("page").order_by("created_at", "pk")
        lines = [
            f"{name}: {len(ids)} bình luận mới đang chờ duyệt.",
            f"Hàng đợi kiểm duyệt: {queue_url}",
            "",
        ]
        for comment in listed:
            text = " ".join(comment.body.split())
            if len(text) > 160:
                text = text[:159] + "…"
            when = timezone.localtime(comment.created_at).strftime("%d/%m/%Y %H:%M")
            lines += [
                f"- {comment.author_name} ({when}) về “{comment.page.title}”:",
                f"  {text}",
                f"  {admin_url(reverse('comments_moderation_detail', args=[comment.pk]))}",
            ]
        if len(ids) > LISTED:
            lines += ["", f"… và {len(ids) - LISTED} bình luận khác: {queue_url}"]
        lines += ["", "Thư tự động từ hệ thống kiểm duyệt bình luận."]
        subject = f"[{name}] {len(ids)} bình luận chờ duyệt"
        return EmailMessage(subject, "\n".join(lines), settings.DEFAULT_FROM_EMAIL, to=recipients)
