"""`manage.py set_site_port PORT`: the Wagtail Site records take the port the site is served on.

Wagtail builds every absolute URL (sitemap, RSS, the API's html_url, JSON-LD,
links from one outlet to another) from Site.root_url, i.e. hostname and port;
left at 80 while `make run` serves on 8000, those links lose the port. The
embedded default serves every outlet from one server, so every Site gets it.
"""

from django.core.management.base import BaseCommand
from wagtail.models import Site


class Command(BaseCommand):
    help = "Đặt cổng của mọi Site (Wagtail) bằng cổng máy chủ đang phục vụ, để mọi URL tuyệt đối đúng cổng."

    def add_arguments(self, parser):
        parser.add_argument("port", type=int)

    def handle(self, *args, port, **options):
        for site in Site.objects.exclude(port=port):
            old = site.port
            site.port = port
            site.save(update_fields=["port"])  # save(): Wagtail's site-root cache is cleared by its signal
            self.stdout.write(f"{site.hostname}: cổng {old} → {port}")
