"""The edge cache (Varnish, deploy/varnish/default.vcl) follows the page cache (issue 11).

With FRONTEND_CACHE_URL set, settings install `EdgeCacheAppConfig` in place of
"wagtail.contrib.frontend_cache": Wagtail's own handlers PURGE a page's URLs when it
is published or unpublished, and every purge of the page cache (cms/core/page_cache.py:
comments, settings, snippets, moves, deletions, the home page and listings that show
a changed page) BANs the same scope at the edge: one outlet's host, or every host.
The VCL accepts PURGE and BAN only from its ACL (localhost by default).

Both go through `VarnishBackend`: Wagtail's HTTP backend with a timeout, so a Varnish
that hangs delays a publish by at most EDGE_PURGE_TIMEOUT seconds (and says so in the
log) instead of for ever.
"""

import logging
import re
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from wagtail import __version__
from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest

logger = logging.getLogger(__name__)


class _BanRequest(Request):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    def _timeout(self):
        return float(getattr(settings, "EDGE_PURGE_TIMEOUT", 2.0))

    def _send(self, request, what):
        try:
            urlopen(request, timeout=self._timeout())  # noqa: S310 - LOCATION comes from settings
        except (URLError, OSError) as error:
            logger.error("Không xóa được bộ nhớ đệm biên (Varnish) cho %s: %s", what, error)
            return False
        return True

    def purge(self, url):
        parsed = urlsplit(url)
        host = parsed.hostname + (f":{parsed.port}" if parsed.port else "")
        location = urlunsplit([self.cache_scheme, self.cache_netloc, parsed.path, parsed.query, ""])
        headers = {"Host": host, "User-Agent": "Wagtail-frontendcache/" + __version__}
        self._send(PurgeRequest(url=location, headers=headers), url)

    def ban_hosts(self, hosts=None):
        """Every object cached for these host names (with any port), or for all hosts."""
        pattern = "." if hosts is None else "^(" + "|".join(re.escape(h) for h in sorted(hosts)) + r")(:[0-9]+)?$"
        location = urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""])
        headers = {"X-Ban-Host": pattern, "User-Agent": "Toasoan-edge/" + __version__}
        self._send(_BanRequest(url=location, headers=headers), f"host {pattern}")


def _edge_backends():
    from wagtail.contrib.frontend_cache.utils import get_backends

    return [b for b in get_backends().values() if isinstance(b, VarnishBackend)]


def ban_purged_scope(sender=None, site_ids=None, **kwargs):
    """Receiver of page_cache.cache_purged: after the commit, ban what the page cache dropped."""

    def ban():
        backends = _edge_backends()
        if not backends:
            return
        hosts = None
        if site_ids is not None:
            from wagtail.models import Site

            hosts = set(Site.objects.filter(pk__in=site_ids).values_list("hostname", flat=True))
            if not hosts:
                return
        for backend in backends:
            backend.ban_hosts(hosts)

    transaction.on_commit(ban)


def connect():
    from cms.core.page_cache import cache_purged

    cache_purged.connect(ban_purged_scope, dispatch_uid="edge-ban")


class EdgeCacheAppConfig(WagtailFrontendCacheAppConfig):
    def ready(self):
        super().ready()
        connect()
