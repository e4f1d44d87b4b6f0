"""`/api/v2/page_preview/?content_type=<app.model>&token=<token>`: the draft an
editor is previewing, for a decoupled front-end (see cms/core/headless.py).

Serialised like `/api/v2/pages/<id>/`. Unlike the package's example, bad input
is a 4xx, never a 500: a missing parameter 400, an unknown type or a token that
is forged, expired or unknown 404. A token is accepted only if this server issued
it, within HEADLESS_PREVIEW_MAX_AGE (cms.core.headless.find_preview)."""

from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature, SignatureExpired
from django.http import Http404
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail_headless_preview.models import PagePreview

from cms.core.headless import HeadlessPreviewable, find_preview


class PagePreviewAPIViewSet(PagesAPIViewSet):
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["content_type", "token"])

    def listing_view(self, request):
        self.action = "detail_view"  # one page, serialised with every field
        return self.detail_view(request, 0)

    def detail_view(self, request, pk):
        page = self.get_object()
        return Response(self.get_serializer(page).data)

    def get_object(self):
        content_type_name = self.request.GET.get("content_type", "")
        token = self.request.GET.get("token", "")
        if not content_type_name or not token:
            raise BadRequestError("Cần cả hai tham số content_type và token.")
        app_label, _dot, model = content_type_name.partition(".")
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        page_class = content_type.model_class() if content_type else None
        if page_class is None or not issubclass(page_class, HeadlessPreviewable):
            raise Http404("Không có loại trang này.")
        try:
            preview = find_preview(content_type, token)
        except SignatureExpired as error:
            raise Http404("Mã xem trước đã hết hạn; hãy bấm Xem trước lại trong trang quản trị.") from error
        except BadSignature as error:
            raise Http404("Mã xem trước không hợp lệ.") from error
        except PagePreview.DoesNotExist as error:
            # Well signed but never issued here (e.g. made with a leaked key).
            raise Http404("Không tìm thấy bản xem trước.") from error
        page = preview.as_page()
        if not page.pk:
            page.pk = 0  # a new page not saved yet: the serialiser needs an id
        return page
