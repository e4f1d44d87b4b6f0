"""View restrictions read once per request (issue 11).

Wagtail's PageQuerySet.public() reads every PageViewRestriction on each call (eight
times on a home page), and serving a page reads its ancestors' and its own
restrictions. Within one request (between request_started and request_finished, in the
request's thread) the restricted sections are read once; a restriction saved or
deleted, or a page moved, during the request drops that copy. Outside a request
Wagtail's own code runs unchanged.

Wagtail has no hook for this, so `install()` (called from CoreConfig.ready) wraps
PageQuerySet.private_q, the one place public() and not_public() ask."""

import threading
from contextlib import contextmanager

from django.core.signals import request_finished, request_started
from django.db.models import Q, signals
from wagtail.query import PageQuerySet

_request_memo = threading.local()


def _start_request_memo(**kwargs):
    _request_memo.data = {}


def _end_request_memo(**kwargs):
    _request_memo.data = None


@contextmanager
def restriction_memo():
    """The request's memo for a batch job outside a request (an import's indexing): the
    restricted sections are read once, not once a page."""
    previous = getattr(_request_memo, "data", None)
    _request_memo.data = {} if previous is None else previous
    try:
        yield
    finally:
        _request_memo.data = previous


def _drop_request_memo(**kwargs):
    data = getattr(_request_memo, "data", None)
    if data:
        data.clear()


def restricted_sections():
    """(path, depth) of every page with a view restriction, or None outside a request."""
    from wagtail.models import PageViewRestriction

    data = getattr(_request_memo, "data", None)
    if data is None:
        return None
    if "restricted" not in data:
        data["restricted"] = list(PageViewRestriction.objects.values_list("page__path", "page__depth").distinct())
    return data["restricted"]


_wagtail_private_q = PageQuerySet.private_q


def _private_q(self):
    sections = restricted_sections()
    if sections is None:
        return _wagtail_private_q(self)
    q = Q()
    for path, depth in sections:  # as PageQuerySet.descendant_of_q(page, inclusive=True)
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def install():
    from wagtail.signals import post_page_move

    PageQuerySet.private_q = _private_q
    request_started.connect(_start_request_memo, dispatch_uid="restriction-memo-start")
    request_finished.connect(_end_request_memo, dispatch_uid="restriction-memo-end")
    signals.post_save.connect(
        _drop_request_memo, sender="wagtailcore.PageViewRestriction", dispatch_uid="restriction-memo-save"
    )
    signals.post_delete.connect(
        _drop_request_memo, sender="wagtailcore.PageViewRestriction", dispatch_uid="restriction-memo-delete"
    )
    post_page_move.connect(_drop_request_memo, dispatch_uid="restriction-memo-move")
