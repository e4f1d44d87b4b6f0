"""Rendered parts of reader pages kept between requests (issue 11): what a request the
page cache does not answer (a reader with a session cookie, a print view, a page just
purged but unchanged) renders again only where it differs.

Templates use Django's own fragment cache tag with the two values this context
processor gives every reader page:

    {% cache fragment_seconds "article" page.pk fragment_version using="fragments" %}…{% endcache %}

`fragment_version` holds everything that makes a fragment stale at once, exactly like
the page cache's key: the page-cache generations (any publish, comment approval,
snippet or settings edit replaces them), the settings token, the theme, the language,
the address the reader used and today's date. `fragment_seconds` is the page cache's
lifetime (never past midnight), and 0 (nothing kept) when the page cache is off, for
previews and for logged-in staff, who always see a fresh render.

The "fragments" cache is each worker's own memory (LocMemCache): the version makes a
stale copy unreachable in every worker within SHARED_TOKEN_SECONDS, as for the page cache.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

from . import shared_tokens
from .models import SETTINGS_TOKEN_KEY, cached_site_for_request
from .page_cache import GLOBAL_GENERATION, SITE_GENERATION, _seconds, _seconds_to_midnight
from .themes import current_theme


class Deferred:
    """A context value computed the first time a template uses it (Django templates call
    callables), then remembered: a part of the page served from the fragment cache never
    pays for its queries. Not SimpleLazyObject: a proxy is not the value (json.dumps of the
    structured data, `is None` tests), while a called Deferred hands the real object over."""

    def __init__(self, compute):
        self.compute = compute
        self.done = False
        self.value = None

    def __call__(self):
        if not self.done:
            self.value = self.compute()
            self.done = True
        return self.value


def _enabled(request):
    if not getattr(settings, "PAGE_CACHE_ENABLED", True) or getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def fragment_cache(request):
    if request.path.startswith("/admin/") or not _enabled(request):
        return {"fragment_seconds": 0, "fragment_version": ""}
    site = cached_site_for_request(request)
    site_key = SITE_GENERATION.format(site.pk if site else 0)
    try:
        tokens = shared_tokens.read([GLOBAL_GENERATION, site_key, SETTINGS_TOKEN_KEY])
    except Exception:  # the shared cache is down: render everything
        return {"fragment_seconds": 0, "fragment_version": ""}
    version = "|".join(
        [
            request.scheme,
            request.get_host(),
            current_theme.get(),
            get_language() or "",
            timezone.localdate().isoformat(),
            *(str(tokens[key]) for key in (GLOBAL_GENERATION, site_key, SETTINGS_TOKEN_KEY)),
        ]
    )
    return {"fragment_seconds": min(_seconds(), _seconds_to_midnight()), "fragment_version": version}
