"""Request bodies refused by their declared size before anything reads them.

Django's DATA_UPLOAD_MAX_MEMORY_SIZE counts form fields, not files: a 300 MB upload
to any public form used to be read (and spooled to disk) in full before the form
said no. This middleware sits before CsrfViewMiddleware, which reads a POST's
body, and compares Content-Length with the limit for the path:

- the admin's image pages: WAGTAILIMAGES_MAX_UPLOAD_SIZE + UPLOAD_BODY_MARGIN;
- the admin's document pages: WAGTAILDOCS_MAX_UPLOAD_SIZE + UPLOAD_BODY_MARGIN;
- anywhere else in the admin: the larger of the two + the margin;
- a nomination form (…/de-cu/): NOMINATION_MAX_PHOTO_BYTES + the margin;
- any other path (comments, forums, search, API): PUBLIC_MAX_REQUEST_BODY.

A body sent without Content-Length (chunked) gets 411: under WSGI Django would
otherwise see an empty body and the sender's text would be silently dropped.
"""

import re

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import escape

NOMINATION_PATH = re.compile(r"/de-cu/$")


def _admin_prefix():
    return reverse("wagtailadmin_home")


def body_limit(path):
    """The largest request body, in bytes, accepted for this path."""
    margin = settings.UPLOAD_BODY_MARGIN
    images = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    documents = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    admin = _admin_prefix()
    if path.startswith(admin + "images/"):
        return images + margin
    if path.startswith(admin + "documents/"):
        return documents + margin
    if path.startswith(admin):
        return max(images, documents) + margin
    if NOMINATION_PATH.search(path):
        return settings.NOMINATION_MAX_PHOTO_BYTES + margin
    return settings.PUBLIC_MAX_REQUEST_BODY


def _wants_json(request):
    accept = request.META.get("HTTP_ACCEPT", "")
    return (
        request.path_info.startswith("/api/")
        or request.META.get("HTTP_X_REQUESTED_WITH") == "XMLHttpRequest"
        or ("application/json" in accept and "text/html" not in accept)
    )


def refusal(request, status, message):
    if _wants_json(request):
        # `success`/`error_message`: what Wagtail's multiple uploader shows; `errors`: the API's shape.
        return JsonResponse(
            {"success": False, "error_message": message, "errors": {"__all__": [message]}}, status=status
        )
    html = (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Không gửi được</title></head><body>"
        f"<h1>Không gửi được</h1><p>{escape(message)}</p>"
        '<p><a href="javascript:history.back()">Quay lại trang trước</a></p></body></html>'
    )
    return HttpResponse(html, status=status, content_type="text/html; charset=utf-8")


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.check(request)
        return response if response is not None else self.get_response(request)

    def check(self, request):
        meta = request.META
        declared = meta.get("CONTENT_LENGTH", "")
        if not declared:
            if "chunked" in meta.get("HTTP_TRANSFER_ENCODING", "").lower():
                return refusal(
                    request,
                    411,
                    "Trình duyệt gửi dữ liệu không kèm độ dài (Content-Length), nên máy chủ không nhận được. "
                    "Hãy quay lại trang trước (nội dung bạn nhập vẫn còn ở đó) và gửi lại.",
                )
            return None
        try:
            length = int(declared)
        except ValueError:
            length = -1
        if length < 0:
            return refusal(request, 400, "Độ dài dữ liệu gửi lên (Content-Length) không hợp lệ.")
        limit = body_limit(request.path_info)
        if length > limit:
            return refusal(
                request,
                413,
                f"Dữ liệu gửi lên quá lớn ({filesizeformat(length)}); trang này nhận tối đa {filesizeformat(limit)}. "
                "Hãy quay lại trang trước (nội dung bạn nhập vẫn còn ở đó) và chọn tệp nhỏ hơn.",
            )
        return None
