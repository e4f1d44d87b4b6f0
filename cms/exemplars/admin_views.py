"""Turn a nomination into a draft ExemplarPage (the editor picks its field of work),
and show staff a nomination's photo, which is kept private until then."""

import os

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import escape
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from cms.core.image_forms import check_image_decodes
from cms.core.storage import StorageFailure, storage_failure_guard

from .models import EXEMPLAR_KINDS, ExemplarPage, Locality, Nomination, Sector
from .scoping import nominations_for

PHOTO_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def user_can_see_nomination(user, nomination):
    """Whether `user` may read this nomination (and its photo) in the admin: asked of
    the permission policy registered for Nomination, which the admin's views use too."""
    policy = policy_registry.get_by_type(Nomination)
    return policy.user_has_any_permission_for_instance(user, ["view", "change"], nomination)


def nomination_photo(request, name):
    """A nomination's photo from private storage, for staff who may see the nomination.
    Only names stored on a nomination are served: nothing else on that disk is reachable."""
    # Scoped to the user's outlets like the nomination list (cms/exemplars/scoping.py):
    # another outlet's photo is a 404, as if it did not exist.
    nomination = nominations_for(request.user).filter(photo=name).first()
    if nomination is None:
        raise Http404
    if not user_can_see_nomination(request.user, nomination):
        raise PermissionDenied
    try:
        handle = nomination.photo.storage.open(name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    extension = os.path.splitext(name)[1].lower()
    response = FileResponse(handle, content_type=PHOTO_TYPES.get(extension, "application/octet-stream"))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# Registered here, next to the view; cms/exemplars/wagtail_hooks.py imports this module.
@hooks.register("register_admin_urls")
def register_nomination_photo_url():
    return [path("de-cu/anh/<path:name>", nomination_photo, name="exemplars_nomination_photo")]


class ConvertForm(forms.Form):
    title = forms.CharField(label="Tên điển hình (tiêu đề trang)", max_length=200)
    kind = forms.ChoiceField(label="Loại", choices=EXEMPLAR_KINDS)
    locality = forms.ModelChoiceField(label="Phường, xã", queryset=Locality.objects.all())
    sector = forms.ModelChoiceField(
        label="Lĩnh vực", queryset=Sector.objects.all(), error_messages={"required": "Chọn lĩnh vực của điển hình."}
    )


def _paragraphs(text):
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def _readable_photo(request, nomination):
    """The photo's bytes, or None (with a warning) when it is missing or cannot be decoded:
    photos stored before uploads were decoded in full may be cut short."""
    if not nomination.photo:
        return None
    try:
        with nomination.photo.open("rb") as handle:
            check_image_decodes(handle)
            return handle.read()
    except (OSError, ValidationError):
        messages.warning(
            request,
            "Ảnh đề cử bị hỏng hoặc không đọc được nên không được đưa vào bản nháp; "
            "hãy liên hệ người đề cử để xin ảnh khác.",
        )
        return None


def convert_nomination(request, pk):
    nomination = get_object_or_404(Nomination, pk=pk)
    registry = nomination.registry
    if not policy_registry.get_by_type(Nomination).user_has_permission_for_instance(request.user, "change", nomination):
        raise PermissionDenied
    if not registry.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    if nomination.exemplar_id:
        messages.warning(request, "Đề cử này đã có trang điển hình.")
        return redirect(reverse("wagtailadmin_pages:edit", args=[nomination.exemplar_id]))

    initial = {"title": nomination.name, "kind": nomination.kind, "locality": nomination.locality_id}
    form = ConvertForm(request.POST or None, initial=initial)
    status = 400 if request.method == "POST" else 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        page = ExemplarPage(
            title=data["title"],
            kind=data["kind"],
            locality=data["locality"],
            sector=data["sector"],
            summary=nomination.reason[:1000],
            story=[("paragraph", _paragraphs(nomination.reason))],
            live=False,
            owner=request.user,
        )
        photo = _readable_photo(request, nomination)
        try:
            with storage_failure_guard(), transaction.atomic():
                if photo is not None:
                    # The photo becomes public (a Wagtail image) only now, when an editor uses it.
                    page.photo = get_image_model().objects.create(
                        title=f"Ảnh đề cử: {nomination.name}"[:255],
                        file=ContentFile(
                            photo, name=f"de-cu-{nomination.pk}{os.path.splitext(nomination.photo.name)[1]}"
                        ),
                        collection=Collection.get_first_root_node(),
                        uploaded_by_user=request.user,
                    )
                registry.add_child(instance=page)
                page.save_revision(user=request.user, log_action=True)
                nomination.exemplar = page
                nomination.status = "drafted"
                nomination.save(update_fields=["exemplar", "status"])
                log(instance=nomination, action="wagtail.edit", user=request.user, title=str(nomination))
        except StorageFailure as failure:
            form.add_error(None, failure.message)
            status = 503
        else:
            messages.success(request, f"Đã tạo bản nháp trang điển hình “{page.title}” từ đề cử.")
            return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    return TemplateResponse(
        request,
        "exemplars_admin/convert_nomination.html",
        {
            "page_title": "Tạo bản nháp trang điển hình",
            "page_subtitle": nomination.name,
            "header_icon": "user",
            "nomination": nomination,
            "form": form,
        },
        status=status,
    )
