"""Recompute the forums' opinion counters (OpinionTally) from the opinions themselves.

    manage.py rebuild_forum_tallies                 # every forum: rebuild, say which drifted
    manage.py rebuild_forum_tallies --forum 42      # one forum
    manage.py rebuild_forum_tallies --check         # only compare; exit code 1 when any drifted

The counters are moved with each moderation decision, so they should never drift;
rows written around the engine (bulk imports, the demo loader, a restored backup,
SQL by hand) are what this command puts right."""

from django.core.management.base import BaseCommand, CommandError

from cms.comments.tallies import drift, rebuild
from cms.forums.models import ForumPage


class Command(BaseCommand):
    help = "Tính lại số đếm ý kiến của các diễn đàn góp ý từ các ý kiến đã duyệt; --check: chỉ so sánh."

    def add_arguments(self, parser):
        parser.add_argument("--forum", help="ID trang diễn đàn (mặc định: mọi diễn đàn)")
        parser.add_argument("--check", action="store_true", help="Chỉ kiểm tra, không sửa; mã thoát 1 nếu lệch.")

    def handle(self, *args, forum=None, check=False, **options):
        forums = ForumPage.objects.order_by("pk")
        if forum is not None:
            if not str(forum).isdigit() or len(str(forum)) > 12:
                raise CommandError("ID diễn đàn phải là số nguyên dương.")
            forums = forums.filter(pk=int(forum))
            if not forums.exists():
                raise CommandError(f"Không có diễn đàn góp ý có ID {forum}.")
        drifted = 0
        for page in forums:
            differences = drift([page.pk])
            if differences:
                drifted += 1
                stored = sum(s[0] for s, _ in differences.values())
                expected = sum(e[0] for _, e in differences.values())
                self.stdout.write(
                    f"Diễn đàn {page.pk} “{page.title}”: LỆCH ở {len(differences)} nhóm "
                    f"(số đếm {stored}, thực tế {expected})."
                )
            else:
                self.stdout.write(f"Diễn đàn {page.pk} “{page.title}”: khớp.")
            if differences and not check:
                rebuild([page.pk])
                self.stdout.write(f"  Đã tính lại số đếm của diễn đàn {page.pk}.")
        if check and drifted:
            raise CommandError(f"{drifted} diễn đàn có số đếm lệch; chạy lại không có --check để sửa.", returncode=1)
        self.stdout.write(self.style.SUCCESS(f"Xong: {forums.count()} diễn đàn, {drifted} diễn đàn bị lệch."))
