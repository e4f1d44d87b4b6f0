"""`{% comments_block page %}`: the published comments of a page, and the form.

Works without JavaScript: sorting, pages, "reply" and the status messages are
plain links and query parameters. The query count does not grow with the
number of comments (replies and sections are fetched in bulk)."""

from django import template
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.urls import reverse
from django.utils.http import urlencode

from cms.comments.forms import CommentForm
from cms.comments.models import REPORT_REASONS, RULE_OFF, Comment, CommentablePage
from cms.comments.services import InvalidParent, public_threads, reply_target

register = template.Library()

SORTS = {"moi-nhat": ("Mới nhất", True), "cu-nhat": ("Cũ nhất", False)}
DEFAULT_SORT = "moi-nhat"


def _link(**params):
    """A query string for this block; empty values are left out."""
    query = urlencode({key: value for key, value in params.items() if value not in (None, "", 1, "1")})
    return f"?{query}" if query else "?"


def _reply_target(page, value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    try:
        return reply_target(page, number)
    except InvalidParent:
        return None


def _notice(request, noun):
    """What the redirect after posting or reporting asks to say (only that)."""
    if request.GET.get("binh-luan") == "da-gui":
        if request.GET.get("trang-thai") == "approved":
            return f"{noun} của bạn đã được đăng. Cảm ơn bạn đã tham gia."
        return f"{noun} của bạn đang chờ kiểm duyệt và sẽ hiện sau khi được ban biên tập duyệt."
    if request.GET.get("bao-vi-pham") == "da-gui":
        return "Cảm ơn bạn đã báo vi phạm. Ban biên tập sẽ xem xét bình luận này."
    return None


@register.inclusion_tag("forums/comments_block.html", takes_context=True)
def comments_block(context, page):
    page = getattr(page, "specific", page)
    request = context.get("request")
    if request is None or not isinstance(page, CommentablePage):
        return {"show": False}
    is_forum = page.takes_opinions  # the template's name for a page taking opinions
    noun = page.comment_noun
    count = page.approved_comment_count()
    top_level = getattr(page, "_approved_top_level_count", None)  # counted with `count`
    rule_off = page.comment_rule == RULE_OFF
    message = context.get("comment_message")
    if rule_off and not count and not message:
        return {"show": False}

    sort = request.GET.get("sap-xep")
    if sort not in SORTS:
        sort = DEFAULT_SORT
    paginator = Paginator(public_threads(page, newest_first=SORTS[sort][1]), settings.COMMENT_PAGE_SIZE)
    if top_level is not None:
        paginator.count = top_level  # a cached_property: no second COUNT
    threads = paginator.get_page(request.GET.get("trang-binh-luan"))
    here = {"sap-xep": sort if sort != DEFAULT_SORT else None, "trang-binh-luan": threads.number}

    refusal = None if rule_off else page.comment_refusal()
    form = context.get("comment_form")
    replying_to = None
    if not rule_off and not refusal:
        if form is None:
            replying_to = _reply_target(page, request.GET.get("tra-loi"))
            initial = dict(context.get("comment_initial") or {})  # e.g. a forum's chosen part
            if replying_to:
                initial["parent"] = replying_to.pk
            form = CommentForm(page, initial=initial or None)
        else:
            replying_to = _reply_target(page, form["parent"].value())

    return {
        "show": True,
        "page": page,
        "request": request,
        # Inclusion tags start a fresh context: the token has to be passed on.
        "csrf_token": context.get("csrf_token"),
        "is_forum": is_forum,
        "noun": noun,
        "count": count,
        "threads": threads,
        "paginated": paginator.num_pages > 1,
        # Issue 15: a forum with 600,000 published opinions has 30,000 pages; the
        # links are Django's elided range (1 2 … 9 10 11 … 29999 30000), not all of them.
        "page_links": [
            {"ellipsis": True}
            if number == paginator.ELLIPSIS
            else {
                "number": number,
                "url": _link(**{**here, "trang-binh-luan": number}),
                "current": number == threads.number,
            }
            for number in paginator.get_elided_page_range(threads.number, on_each_side=2, on_ends=1)
        ],
        "sorts": [
            {"label": label, "url": _link(**{"sap-xep": key if key != DEFAULT_SORT else None}), "current": key == sort}
            for key, (label, _) in SORTS.items()
        ],
        "reply_query": _link(**here),
        "rule_off": rule_off,
        "refusal": refusal,
        "form": form,
        "replying_to": replying_to,
        "cancel_reply_url": _link(**here),
        "post_url": reverse("comments:post_comment", args=[page.pk]),
        "message": message,
        "notice": _notice(request, noun),
        "report_reasons": REPORT_REASONS,
    }


@register.simple_tag
def approved_counts(pages):
    """{page id: published comment count} for a list of pages, in one query."""
    rows = (
        Comment.objects.approved()
        .filter(page_id__in=[page.pk for page in pages])
        .values("page_id")
        .annotate(total=Count("pk"))
        .order_by()
    )
    return {row["page_id"]: row["total"] for row in rows}


@register.filter
def count_for(counts, page):
    return counts.get(page.pk, 0)


@register.simple_tag
def reply_link(query, comment):
    """`?…&tra-loi=<id>` keeping the sort and page the reader is on."""
    separator = "&" if len(query) > 1 else ""
    return f"{query}{separator}tra-loi={comment.pk}#binh-luan-form"
