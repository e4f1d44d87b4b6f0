"""Headless preview: an editor previews a draft in a decoupled front-end.

wagtail-headless-preview (installs on Wagtail 8) stores the draft as JSON under
a signed token and shows the front-end's URL with `?content_type=…&token=…`;
the front-end then reads the draft from `/api/v2/page_preview/`. Here it is an
extra preview mode ("Giao diện tách rời"), offered only when
HEADLESS_PREVIEW_URL is set, so the site's own preview keeps working as before.

Tokens (issue 17): the package signs `id=<page>` with a timestamp, so anyone who
knows the key could compute the token of a draft being previewed that second.
Here each token also carries a random nonce and is valid only if the server
stored it (the PagePreview row), for HEADLESS_PREVIEW_MAX_AGE seconds (minutes),
signed with SECRET_KEY under a salt of this project's own."""

import secrets
import time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

HEADLESS_MODE = "headless"
PREVIEW_TOKEN_SALT = "cms.core.headless.preview"


def preview_signer():
    return signing.TimestampSigner(salt=PREVIEW_TOKEN_SALT)  # key: settings.SECRET_KEY


def find_preview(content_type, token):
    """The draft stored under `token`, if the server issued it and it has not expired.

    Raises SignatureExpired, BadSignature (forged or edited) or PagePreview.DoesNotExist
    (well signed, e.g. with a leaked key, but never issued)."""
    value = preview_signer().unsign(token, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
    if ";nonce=" not in value:
        raise signing.BadSignature("Preview token without a nonce.")
    return PagePreview.objects.get(content_type=content_type, token=token)


def _issued_at(token):
    try:
        return signing.b62_decode(token.rsplit(":", 2)[-2])
    except (IndexError, ValueError):
        return 0


def delete_expired_previews():
    # The package only deletes rows from before yesterday; with tokens valid for
    # minutes and a new row per preview, expired drafts need not wait that long.
    cutoff = time.time() - settings.HEADLESS_PREVIEW_MAX_AGE
    expired = [pk for pk, token in PagePreview.objects.values_list("pk", "token") if _issued_at(token) < cutoff]
    if expired:
        PagePreview.objects.filter(pk__in=expired).delete()


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

    @classmethod
    def get_preview_signer(cls):
        return preview_signer()

    @classmethod
    def get_page_from_preview_token(cls, token):
        try:
            return find_preview(ContentType.objects.get_for_model(cls), token).as_page()
        except PagePreview.DoesNotExist:
            return None

    def create_page_preview(self):
        # As the package's, plus a random nonce: a token cannot be computed, only issued.
        if self.pk is None:
            identifier = f"parent_id={self.get_parent().pk};page_type={self._meta.label}"
        else:
            identifier = f"id={self.pk}"
        token = preview_signer().sign(f"{identifier};nonce={secrets.token_urlsafe(24)}")
        preview, _created = self.update_page_preview(token)
        return preview

    def get_client_root_url(self, request):
        # One setting for every outlet; the package's per-host CLIENT_URLS is not needed here.
        return settings.HEADLESS_PREVIEW_URL.rstrip("/") + "/"

    def serve_preview(self, request, mode_name):
        if mode_name == HEADLESS_MODE and headless_preview_enabled():
            delete_expired_previews()
            return super().serve_preview(request, mode_name)  # the package's: iframe of the front-end
        # Skip the package's override: the site's own HTML preview.
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)
