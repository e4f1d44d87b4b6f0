"""Create a directive from its PDF in one go: upload → metadata suggested from the
PDF's first page → a draft DirectivePage with the PDF attached as the original."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from .kinds import KIND_CHOICES
from .models import DirectiveFile, DirectiveIndexPage, DirectivePage, Issuer
from .pdf_suggest import suggest_from_pdf

MAX_PDF_BYTES = 50 * 1024 * 1024


def libraries_for(user):
    return [
        library
        for library in DirectiveIndexPage.objects.all().order_by("path")
        if library.permissions_for_user(user).can_add_subpage()
    ]


class UploadForm(forms.Form):
    library = forms.ChoiceField(label="Đăng vào thư viện")
    pdf = forms.FileField(
        label="File PDF văn bản",
        error_messages={"required": "Chọn file PDF của văn bản.", "empty": "File rỗng."},
    )

    def __init__(self, *args, libraries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["library"].choices = [(lib.pk, lib.get_site().site_name + " · " + lib.title) for lib in libraries]

    def clean_pdf(self):
        pdf = self.cleaned_data["pdf"]
        if pdf.size > MAX_PDF_BYTES:
            raise ValidationError("File quá lớn (tối đa 50 MB).")
        head = pdf.read(5)
        pdf.seek(0)
        if head != b"%PDF-":
            raise ValidationError("Đây không phải file PDF.")
        return pdf


class MetadataForm(forms.Form):
    library = forms.IntegerField(widget=forms.HiddenInput)
    document = forms.IntegerField(widget=forms.HiddenInput)
    title = forms.CharField(label="Tiêu đề trang", max_length=255)
    number = forms.CharField(label="Số hiệu", max_length=60)
    kind = forms.ChoiceField(label="Loại văn bản", choices=[("", "—")] + KIND_CHOICES)
    issuer = forms.ModelChoiceField(label="Cơ quan ban hành", queryset=Issuer.objects.all())
    issued_on = forms.DateField(label="Ngày ban hành", widget=forms.DateInput(attrs={"type": "date"}))
    effective_from = forms.DateField(
        label="Có hiệu lực từ",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Để trống: từ ngày ban hành.",
    )
    signer = forms.CharField(label="Người ký", max_length=150, required=False)
    signer_position = forms.CharField(label="Chức vụ người ký", max_length=200, required=False)
    summary = forms.CharField(label="Trích yếu", widget=forms.Textarea(attrs={"rows": 3}))


def create_from_pdf(request):
    libraries = libraries_for(request.user)
    if not libraries:
        raise PermissionDenied
    template = "directives_admin/create_from_pdf.html"
    context = {"page_title": "Tạo văn bản từ file PDF", "header_icon": "doc-full-inverse"}

    if request.method == "POST" and request.POST.get("step") == "upload":
        upload = UploadForm(request.POST, request.FILES, libraries=libraries)
        if not upload.is_valid():
            return TemplateResponse(request, template, {**context, "upload_form": upload}, status=400)
        pdf = upload.cleaned_data["pdf"]
        document = get_document_model().objects.create(
            title=pdf.name.rsplit(".", 1)[0][:255] or "Văn bản",
            file=pdf,
            collection=Collection.get_first_root_node(),
            uploaded_by_user=request.user,
        )
        with document.open_file() as handle:
            suggestion = suggest_from_pdf(handle)
        initial = {"library": upload.cleaned_data["library"], "document": document.pk, **suggestion.as_initial()}
        if suggestion.number and suggestion.kind:
            label = dict(KIND_CHOICES)[suggestion.kind]
            initial["title"] = f"{label} số {suggestion.number}"
        metadata = MetadataForm(initial=initial)
        return TemplateResponse(
            request,
            template,
            {**context, "metadata_form": metadata, "suggestion": suggestion, "document": document},
        )

    if request.method == "POST":
        metadata = MetadataForm(request.POST)
        document = None
        if metadata.is_valid():
            data = metadata.cleaned_data
            library = next((lib for lib in libraries if lib.pk == data["library"]), None)
            document = get_document_model().objects.filter(pk=data["document"]).first()
            if library is None or document is None:
                raise PermissionDenied
            page = DirectivePage(
                title=data["title"],
                number=data["number"],
                kind=data["kind"],
                issuer=data["issuer"],
                issued_on=data["issued_on"],
                effective_from=data["effective_from"],
                signer=data["signer"],
                signer_position=data["signer_position"],
                summary=data["summary"],
                live=False,
                owner=request.user,
            )
            page.files.add(DirectiveFile(document=document, is_original=True, label="Bản gốc"))
            try:
                page.full_clean(exclude=["path", "depth", "slug"])
                page.clean()
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    metadata.add_error(field if field in metadata.fields else None, errors)
            else:
                library.add_child(instance=page)
                page.save_revision(user=request.user, log_action=True)
                messages.success(
                    request,
                    f"Đã tạo bản nháp “{page.title}” với file PDF gốc. Kiểm tra lại rồi gửi duyệt hoặc xuất bản.",
                )
                return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        else:
            document = get_document_model().objects.filter(pk=request.POST.get("document") or 0).first()
        return TemplateResponse(
            request, template, {**context, "metadata_form": metadata, "document": document}, status=400
        )

    return TemplateResponse(request, template, {**context, "upload_form": UploadForm(libraries=libraries)})
