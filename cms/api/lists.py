"""GET /api/v2/most-read/: the outlet's most-read articles of the last MOST_READ_DAYS
days, the list the home page shows as "Đọc nhiều" (cms.news.models.most_read_articles,
the same function), for the outlet of the requesting host (its Wagtail Site) or
?site=<id>. Errors as Wagtail's API v2: {"message": "…"} with a 400."""

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_safe
from wagtail.models import Site

from cms.core.params import bounded_int
from cms.news.blocks import article_summary
from cms.news.models import HomePage, most_read_articles

MOST_READ_DEFAULT = 5  # as many as the home page shows
MOST_READ_MAX = 20
MOST_READ_PARAMETERS = {"site", "limit"}


def _error(message):
    return JsonResponse({"message": message}, status=400)


@require_safe
def most_read(request):
    unknown = sorted(set(request.GET) - MOST_READ_PARAMETERS)
    if unknown:
        name = unknown[0].replace("\x00", "")[:50]
        return _error(f"{name}: tham số không được hỗ trợ; chỉ nhận site và limit.")
    if "site" in request.GET:
        site_id = bounded_int(request.GET["site"], minimum=1)
        if site_id is None:
            return _error("site: phải là mã của một cơ quan báo chí (số nguyên dương).")
        site = Site.objects.select_related("root_page").filter(pk=site_id).first()
        if site is None:
            return _error("site: không có cơ quan báo chí với mã này.")
    else:
        site = Site.find_for_request(request)
    limit = MOST_READ_DEFAULT
    if "limit" in request.GET:
        limit = bounded_int(request.GET["limit"], minimum=1, maximum=MOST_READ_MAX)
        if limit is None:
            return _error(f"limit: phải là số nguyên từ 1 đến {MOST_READ_MAX}.")
    home = site.root_page.specific if site is not None else None
    if not isinstance(home, HomePage):
        return _error("site: địa chỉ này không thuộc cơ quan báo chí nào; dùng ?site=<mã>.")
    context = {"request": request}
    articles = most_read_articles(home, limit=limit)
    items = [{**article_summary(article, context), "views": article.recent_views} for article in articles]
    return JsonResponse(
        {
            "meta": {"site": site.pk, "days": settings.MOST_READ_DAYS, "total_count": len(items)},
            "items": items,
        },
        json_dumps_params={"ensure_ascii": False},
    )
