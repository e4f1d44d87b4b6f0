"""Wagtail's image and document upload views, with a full or read-only disk handled.

Wagtail lets the OSError from the storage through (a 500, the typed title and tags
lost, a half-written file left). These subclasses run the save inside
`storage_failure_guard()` and a transaction: the files the request wrote are deleted,
no row is left, and the form comes back with the message (the multiple uploader gets
the JSON error it shows next to the file). They take over Wagtail's URLs in
cms/core/wagtail_hooks.py.
"""

from django.db import transaction
from django.http import JsonResponse
from wagtail.documents.views import documents as wagtail_documents
from wagtail.documents.views import multiple as wagtail_documents_multiple
from wagtail.images.views import images as wagtail_images
from wagtail.images.views import multiple as wagtail_images_multiple

from .storage import StorageFailure, storage_failure_guard


class StorageFailureFormMixin:
    def form_valid(self, form):
        try:
            with storage_failure_guard():
                return super().form_valid(form)  # Wagtail saves inside transaction.atomic()
        except StorageFailure as failure:
            # The banner says why; the field asks for the file again (browsers do not keep it).
            self.produced_error_code = "storage_error"
            self.produced_error_message = failure.message
            if "file" in form.fields:
                form.add_error("file", "Tệp này chưa được lưu: hãy chọn lại tệp rồi gửi lại.")
            else:
                form.add_error(None, failure.message)
            return self.form_invalid(form)


class StorageFailureJsonMixin:
    def post(self, request, *args, **kwargs):
        try:
            with storage_failure_guard(), transaction.atomic():
                return super().post(request, *args, **kwargs)
        except StorageFailure as failure:
            return JsonResponse({"success": False, "error_message": failure.message})


class ImageCreateView(StorageFailureFormMixin, wagtail_images.CreateView):
    pass


class ImageEditView(StorageFailureFormMixin, wagtail_images.EditView):
    pass


class ImageMultipleAddView(StorageFailureJsonMixin, wagtail_images_multiple.AddView):
    pass


class DocumentCreateView(StorageFailureFormMixin, wagtail_documents.CreateView):
    pass


class DocumentEditView(StorageFailureFormMixin, wagtail_documents.EditView):
    pass


class DocumentMultipleAddView(StorageFailureJsonMixin, wagtail_documents_multiple.AddView):
    pass
