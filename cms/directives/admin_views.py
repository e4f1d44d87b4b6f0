"""Create a directive from its PDF in one go: upload → metadata suggested from the
PDF's first page → a draft DirectivePage with the PDF attached as the original.

The PDF is stored as a Wagtail document in a collection the user may add to,
and step 2 attaches only a document the user may choose (Wagtail's document
permission policy): its id comes back from the browser and must not be trusted.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from .kinds import KIND_CHOICES
from .models import DirectiveFile, DirectiveIndexPage, DirectivePage, Issuer
from .pdf_suggest import suggest_from_pdf

MAX_PDF_BYTES = 50 * 1024 * 1024
DOCUMENT_NOT_ALLOWED = (
    "Không dùng được file PDF này: nó không còn nữa hoặc nằm trong thư mục tài liệu bạn không được chọn. "
    "Hãy tải file PDF lên lại."
)


def document_policy():
    return policy_registry.get_by_type(get_document_model())


def upload_collections_for(user):
    """Collections the user may add documents to, the root (or the shallowest) first."""
    return list(document_policy().collections_user_has_permission_for(user, "add").order_by("path"))


def usable_documents_for(user):
    """Documents the user may attach: those they may choose, and their own uploads."""
    return document_policy().instances_user_has_any_permission_for(user, ["choose", "change"])


def libraries_for(user):
    return [
        library
        for library in DirectiveIndexPage.objects.all().order_by("path")
        if library.permissions_for_user(user).can_add_subpage()
    ]


class UploadForm(forms.Form):
    library = forms.ChoiceField(label="Đăng vào thư viện")
    collection = forms.ChoiceField(label="Lưu file vào thư mục tài liệu")
    pdf = forms.FileField(
        label="File PDF văn bản",
        error_messages={"required": "Chọn file PDF của văn bản.", "empty": "File rỗng."},
    )

    def __init__(self, *args, libraries=(), collections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["library"].choices = [(lib.pk, lib.get_site().site_name + " · " + lib.title) for lib in libraries]
        self.collections = {str(collection.pk): collection for collection in collections}
        if len(collections) > 1:
            self.fields["collection"].choices = [
                (collection.pk, collection.get_indented_name()) for collection in collections
            ]
        else:
            # Like Wagtail's own upload form: no choice to offer, no field.
            del self.fields["collection"]

    def clean_collection(self):
        return self.collections[self.cleaned_data["collection"]]

    def chosen_collection(self):
        return self.cleaned_data.get("collection") or next(iter(self.collections.values()))

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
    collections = upload_collections_for(request.user)
    if not libraries or not collections:
        raise PermissionDenied
    template = "directives_admin/create_from_pdf.html"
    context = {"page_title": "Tạo văn bản từ file PDF", "header_icon": "doc-full-inverse"}

    if request.method == "POST" and request.POST.get("step") == "upload":
        upload = UploadForm(request.POST, request.FILES, libraries=libraries, collections=collections)
        if not upload.is_valid():
            return TemplateResponse(request, template, {**context, "upload_form": upload}, status=400)
        pdf = upload.cleaned_data["pdf"]
        document = get_document_model().objects.create(
            title=pdf.name.rsplit(".", 1)[0][:255] or "Văn bản",
            file=pdf,
            collection=upload.chosen_collection(),
            uploaded_by_user=request.user,
        )
        # Read in a child process under time and size limits (pdf_suggest):
        # past them the form simply comes without suggestions.
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
        usable = usable_documents_for(request.user)
        document = None
        if metadata.is_valid():
            data = metadata.cleaned_data
            library = next((lib for lib in libraries if lib.pk == data["library"]), None)
            document = usable.filter(pk=data["document"]).first()
            if library is None:
                metadata.add_error(None, "Bạn không được đăng văn bản vào thư viện này.")
            if document is None:
                metadata.add_error(None, DOCUMENT_NOT_ALLOWED)
        if metadata.is_valid():
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
            document_id = request.POST.get("document") or ""
            document = (
                usable.filter(pk=document_id).first() if document_id.isascii() and document_id.isdigit() else None
            )
        return TemplateResponse(
            request, template, {**context, "metadata_form": metadata, "document": document}, status=400
        )

    return TemplateResponse(
        request, template, {**context, "upload_form": UploadForm(libraries=libraries, collections=collections)}
    )
