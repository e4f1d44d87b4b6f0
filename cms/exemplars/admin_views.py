"""Turn a nomination into a draft ExemplarPage (the editor picks its field of work)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection

from .models import EXEMPLAR_KINDS, ExemplarPage, Locality, Nomination, Sector


class ConvertForm(forms.Form):
    title = forms.CharField(label="Tên điển hình (tiêu đề trang)", max_length=200)
    kind = forms.ChoiceField(label="Loại", choices=EXEMPLAR_KINDS)
    locality = forms.ModelChoiceField(label="Phường, xã", queryset=Locality.objects.all())
    sector = forms.ModelChoiceField(
        label="Lĩnh vực", queryset=Sector.objects.all(), error_messages={"required": "Chọn lĩnh vực của điển hình."}
    )


def _paragraphs(text):
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def convert_nomination(request, pk):
    nomination = get_object_or_404(Nomination, pk=pk)
    registry = nomination.registry
    if not request.user.has_perm("exemplars.change_nomination"):
        raise PermissionDenied
    if not registry.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    if nomination.exemplar_id:
        messages.warning(request, "Đề cử này đã có trang điển hình.")
        return redirect(reverse("wagtailadmin_pages:edit", args=[nomination.exemplar_id]))

    initial = {"title": nomination.name, "kind": nomination.kind, "locality": nomination.locality_id}
    form = ConvertForm(request.POST or None, initial=initial)
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
        if nomination.photo:
            with nomination.photo.open("rb") as handle:
                image = get_image_model().objects.create(
                    title=f"Ảnh đề cử: {nomination.name}"[:255],
                    file=ContentFile(handle.read(), name=nomination.photo.name.rsplit("/", 1)[-1]),
                    collection=Collection.get_first_root_node(),
                    uploaded_by_user=request.user,
                )
            page.photo = image
        registry.add_child(instance=page)
        page.save_revision(user=request.user, log_action=True)
        nomination.exemplar = page
        nomination.status = "drafted"
        nomination.save(update_fields=["exemplar", "status"])
        log(instance=nomination, action="wagtail.edit", user=request.user, title=str(nomination))
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
        status=400 if request.method == "POST" else 200,
    )
