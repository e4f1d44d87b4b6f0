"""Recompute the groups of near-identical opinions (issue 15, cms/comments/grouping.py)
of one page (`--forum ID`) or of every page that takes opinions (the forums).

Run it from cron (e.g. every 15 minutes while a consultation is open) and after
an import: groups are not updated as opinions arrive, so that posting an opinion
stays as fast as before (a new opinion would need the forum's LSH index, which
lives only while this command runs)."""

import time

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from cms.comments.grouping import regroup_forum
from cms.comments.models import Comment
from cms.core.params import parse_id


class Command(BaseCommand):
    help = "Gom nhóm các ý kiến giống nhau của một diễn đàn (--forum ID) hoặc mọi diễn đàn."

    def add_arguments(self, parser):
        parser.add_argument("--forum", help="Mã trang (page id) của diễn đàn")

    def handle(self, *args, forum=None, **options):
        if forum is not None:
            page_id = parse_id(forum)
            page = Page.objects.filter(pk=page_id).first() if page_id else None
            if page is None:
                raise CommandError(f"Không có trang nào mang mã “{forum}”.")
            pages = [page.specific]
        else:
            ids = Comment.objects.order_by().values("page_id").distinct()
            pages = [
                page for page in Page.objects.filter(pk__in=ids).specific() if getattr(page, "takes_opinions", False)
            ]
        for page in pages:
            started = time.perf_counter()
            opinions, groups = regroup_forum(page)
            seconds = time.perf_counter() - started
            self.stdout.write(f"{page.title} (#{page.pk}): {opinions} ý kiến, {groups} nhóm, {seconds:.1f} giây")
