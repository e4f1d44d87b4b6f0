"""The HTML comment form and report button. Both work without JavaScript:
errors re-render the page itself with what the person typed, success
redirects back to the page (post/redirect/get).

Issue 11: pages are served from a shared cache, so they carry no CSRF token (one
reader's token would be handed to the next). The forms post without one; like the
JSON API, a post is accepted only when the browser says it comes from this site
(or COMMENT_ALLOWED_ORIGINS): its Origin header, or its Referer when it sends no
Origin. Browsers add these headers themselves and a foreign page cannot forge them."""

from urllib.parse import urlsplit

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .api import _normalise_origin, _origin_allowed
from .checks import Duplicate, RateLimited
from .forms import CommentForm, ReportForm
from .models import APPROVED
from .services import (
    CommentsClosed,
    InvalidParent,
    NotReportable,
    client_ip,
    commentable_page,
    report_comment,
    reportable_comment,
    submit_comment,
)

DUPLICATE_MESSAGE = "Bạn đã gửi bình luận này rồi."
FOREIGN_ORIGIN_MESSAGE = (
    "Không nhận được bình luận gửi từ trang khác. Nội dung bạn viết vẫn còn dưới đây: vui lòng bấm gửi lại."
)


def posted_from_this_site(request):
    """The CSRF defence of the token-free forms: Origin, else Referer, is this site or
    an allowed one. Browsers send Origin with every form post (`null` from a page that
    hides where it is: refused). A post with neither header comes from a program, not
    from a browser a foreign page could drive; it is accepted when anonymous, as the
    JSON API accepts it, since it carries no one's identity, and refused for a
    signed-in person, whose name a forged post would borrow."""
    origin = request.headers.get("Origin")
    if origin is None:
        parts = urlsplit(request.headers.get("Referer", ""))
        if parts.scheme and parts.netloc:
            origin = f"{parts.scheme}://{parts.netloc}"
    if origin is None:
        return not request.user.is_authenticated
    if origin.strip().lower() == "null":
        return False
    own = _normalise_origin(f"{request.scheme}://{request.get_host()}")
    return _normalise_origin(origin) == own or _origin_allowed(origin)


class HttpResponseSeeOther(HttpResponseRedirect):
    # 303: the browser follows with GET, and reloading the page does not post again.
    status_code = 303


def render_page_with_form(request, page, form=None, status=200, message=None):
    """The page as it is normally served, with this comment form and message in
    the comments block (see templatetags/comment_tags.py)."""
    context = page.get_context(request)
    context["comment_form"] = form
    context["comment_message"] = message
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    return response


@csrf_exempt  # checked by posted_from_this_site: cached pages carry no token
@require_POST
def post_comment(request, page_id):
    page = commentable_page(page_id)
    if page is None:
        raise Http404("Trang không nhận bình luận.")
    form = CommentForm(page, data=request.POST)
    if not posted_from_this_site(request):
        return render_page_with_form(request, page, form, 403, FOREIGN_ORIGIN_MESSAGE)
    refusal = page.comment_refusal()
    if refusal:
        return render_page_with_form(request, page, form, 403, refusal)
    if not form.is_valid():
        return render_page_with_form(request, page, form, 400)
    try:
        comment = submit_comment(
            page,
            form.cleaned_data,
            client_ip(request),
            honeypot=form.honeypot,
            form_shown_at=form.shown_at,
            user=request.user,
        )
    except CommentsClosed as error:
        return render_page_with_form(request, page, form, 403, error.message)
    except RateLimited as error:
        response = render_page_with_form(request, page, form, 429, error.message)
        response["Retry-After"] = str(error.retry_after)
        return response
    except Duplicate:
        return render_page_with_form(request, page, form, 400, DUPLICATE_MESSAGE)
    except InvalidParent as error:
        form.add_error("parent", error.message)
        return render_page_with_form(request, page, form, 400)
    # Spam is reported as "waiting": robots learn nothing from the answer.
    status = "approved" if comment.status == APPROVED else "pending"
    return HttpResponseSeeOther(f"{page.get_url(request)}?binh-luan=da-gui&trang-thai={status}#binh-luan")


@csrf_exempt  # checked by posted_from_this_site: cached pages carry no token
@require_POST
def report_comment_view(request, comment_id):
    comment = reportable_comment(comment_id)
    if comment is None:
        raise Http404("Không tìm thấy bình luận.")
    page = comment.page.specific
    if not posted_from_this_site(request):
        return render_page_with_form(request, page, None, 403, "Không nhận được báo vi phạm gửi từ trang khác.")
    form = ReportForm(request.POST)
    if not form.is_valid():
        message = " ".join(error for errors in form.errors.values() for error in errors)
        return render_page_with_form(request, page, None, 400, message)
    try:
        report_comment(comment, form.cleaned_data["reason"], form.cleaned_data["note"], client_ip(request))
    except NotReportable:
        raise Http404("Không tìm thấy bình luận.")
    return HttpResponseSeeOther(f"{page.get_url(request)}?bao-vi-pham=da-gui#binh-luan")
