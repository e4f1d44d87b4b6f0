"""The HTML comment form and report button. Both work without JavaScript:
errors re-render the page itself with what the person typed, success
redirects back to the page (post/redirect/get)."""

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

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


@require_POST
def post_comment(request, page_id):
    page = commentable_page(page_id)
    if page is None:
        raise Http404("Trang không nhận bình luận.")
    form = CommentForm(page, data=request.POST)
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


@require_POST
def report_comment_view(request, comment_id):
    comment = reportable_comment(comment_id)
    if comment is None:
        raise Http404("Không tìm thấy bình luận.")
    page = comment.page.specific
    form = ReportForm(request.POST)
    if not form.is_valid():
        message = " ".join(error for errors in form.errors.values() for error in errors)
        return render_page_with_form(request, page, None, 400, message)
    try:
        report_comment(comment, form.cleaned_data["reason"], form.cleaned_data["note"], client_ip(request))
    except NotReportable:
        raise Http404("Không tìm thấy bình luận.")
    return HttpResponseSeeOther(f"{page.get_url(request)}?bao-vi-pham=da-gui#binh-luan")
