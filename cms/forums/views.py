"""Public forum endpoints beside the pages (issue 15): the tally API and the
"tell me when the response is published" subscription."""

from django import forms
from django.db import IntegrityError, transaction
from django.http import Http404, JsonResponse
from wagtail.models import Page

from cms.comments.api import ApiError, api_view
from cms.comments.forms import EmailField
from cms.comments.views import HttpResponseSeeOther, posted_from_this_site, render_page_with_form
from cms.core.params import parse_id

from .consultation import tally
from .models import ForumPage, ResponseSubscription

NOT_FOUND_FORUM = "Không tìm thấy diễn đàn góp ý (hoặc diễn đàn chưa được đăng)."


def live_forum(forum_id):
    forum_id = parse_id(forum_id)
    if forum_id is None:
        return None
    page = Page.objects.live().public().filter(pk=forum_id).first()
    if page is None or page.specific_class is not ForumPage:
        return None
    return page.specific


@api_view(["GET", "HEAD"])
def forum_tally(request, forum_id):
    """GET /api/forums/<id>/tally/: approved opinions counted by part, stance, locality, channel."""
    forum = live_forum(forum_id)
    if forum is None:
        raise ApiError(404, {"__all__": [NOT_FOUND_FORUM]})
    return JsonResponse(tally(forum))


class SubscriptionForm(forms.Form):
    email = EmailField(
        label="Email của bạn",
        max_length=254,
        error_messages={
            "required": "Vui lòng nhập email để nhận báo cáo tiếp thu.",
            "invalid": "Địa chỉ email không hợp lệ.",
            "max_length": "Email quá dài: tối đa %(limit_value)d ký tự.",
        },
    )


SUBSCRIBED = "Đã ghi nhận: chúng tôi sẽ gửi thư cho bạn khi báo cáo tiếp thu, giải trình được công bố."
ALREADY = "Email này đã đăng ký nhận báo cáo tiếp thu của diễn đàn rồi."


def subscribe_response(request, forum_id):
    """POST /gop-y/dien-dan/<id>/dang-ky-bao-cao/: store the address (never shown publicly)."""
    if request.method != "POST":
        raise Http404("Chỉ nhận đăng ký gửi bằng biểu mẫu.")
    forum = live_forum(forum_id)
    if forum is None:
        raise Http404(NOT_FOUND_FORUM)
    form = SubscriptionForm(request.POST)
    context = {"subscription_form": form}
    if not posted_from_this_site(request):
        return _render(request, forum, context, 403, "Không nhận được đăng ký gửi từ trang khác.")
    if forum.response_page() is not None:
        return _render(request, forum, context, 400, "Báo cáo tiếp thu đã được công bố: bạn có thể xem ngay.")
    if not form.is_valid():
        return _render(request, forum, context, 400, " ".join(form.errors["email"]))
    email = form.cleaned_data["email"].strip().lower()
    if ResponseSubscription.objects.filter(forum=forum, email=email).exists():
        return _render(request, forum, context, 409, ALREADY)
    try:
        with transaction.atomic():
            ResponseSubscription.objects.create(forum=forum, email=email)
    except IntegrityError:  # the same address sent twice at once
        return _render(request, forum, context, 409, ALREADY)
    return HttpResponseSeeOther(f"{forum.get_url(request)}?bao-cao=da-dang-ky#bao-cao-tiep-thu")


def _render(request, forum, context, status, message):
    response = render_page_with_form(request, forum, None, status)
    response.context_data.update(context, subscription_message=message)
    return response
