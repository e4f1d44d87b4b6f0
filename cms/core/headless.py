"""Headless preview: an editor previews a draft in a decoupled front-end.

wagtail-headless-preview (installs on Wagtail 8) stores the draft as JSON under
a signed token and shows the front-end's URL with `?content_type=…&token=…`;
the front-end then reads the draft from `/api/v2/page_preview/`. Here it is an
extra preview mode ("Giao diện tách rời"), offered only when
HEADLESS_PREVIEW_URL is set, so the site's own preview keeps working as before."""

from django.conf import settings
from wagtail_headless_preview.models import HeadlessPreviewMixin

HEADLESS_MODE = "headless"


def headless_preview_enabled():
    return bool(getattr(settings, "HEADLESS_PREVIEW_URL", ""))


class HeadlessPreviewable(HeadlessPreviewMixin):
    """Mixin for page classes (put it first): the headless preview mode, when configured."""

    @property
    def preview_modes(self):
        modes = list(super().preview_modes)
        if headless_preview_enabled():
            modes.append((HEADLESS_MODE, "Giao diện tách rời (headless)"))
        return modes

    def get_client_root_url(self, request):
        # One setting for every outlet; the package's per-host CLIENT_URLS is not needed here.
        return settings.HEADLESS_PREVIEW_URL.rstrip("/") + "/"

    def serve_preview(self, request, mode_name):
        if mode_name == HEADLESS_MODE and headless_preview_enabled():
            return super().serve_preview(request, mode_name)  # the package's: iframe of the front-end
        # Skip the package's override: the site's own HTML preview.
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)
