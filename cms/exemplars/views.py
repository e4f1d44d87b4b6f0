"""The public nomination form: saved first, checked for robots, never published."""

import logging

from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect
from django_ratelimit.core import is_ratelimited

from cms.core.network import client_ip
from cms.core.storage import StorageFailure, storage_failure_guard

from .forms import NominationForm

logger = logging.getLogger(__name__)


def nomination_form(request, registry):
    # django-ratelimit's core function, without its app: its system check refuses
    # the embedded default's local-memory cache, which is right for one process.
    status = 200
    if request.method == "POST":
        form = NominationForm(request.POST, request.FILES)
        limited = is_ratelimited(
            request,
            group="exemplars.nomination",
            key="ip",
            rate=settings.NOMINATION_RATE,
            method="POST",
            increment=True,
        )
        if limited:
            form.add_error(
                None,
                "Bạn đã gửi nhiều đề cử trong thời gian ngắn. Nội dung bạn nhập vẫn còn dưới đây; "
                "vui lòng gửi lại sau ít phút.",
            )
            status = 429
        elif form.is_valid():
            nomination = form.save(commit=False)
            nomination.registry = registry
            nomination.ip_address = client_ip(request)
            if form.is_robot():
                # Kept, not dropped: an editor can still read it in the admin.
                nomination.status = "suspect"
                nomination.suspect_reason = "Ô ẩn được điền hoặc gửi quá nhanh sau khi mở biểu mẫu."
            try:
                with storage_failure_guard(), transaction.atomic():
                    nomination.save()
            except StorageFailure as failure:
                # Nothing kept (no row, no partial photo); the text comes back to be sent again.
                logger.error("Nomination not saved, media disk: %s", failure)
                form.add_error(None, failure.message)
                status = 503
            else:
                logger.info("Nomination %s received for %s", nomination.pk, registry.pk)
                return redirect(registry.url + registry.reverse_subpage("nominated"))
        else:
            status = 400
    else:
        form = NominationForm()
    response = registry.render(request, template="exemplars/nomination_form.html", context_overrides={"form": form})
    response.status_code = status
    if status == 503:
        response["Retry-After"] = "600"
    return response
