"""`/api/search/` and `/api/search/suggest/`: the search for other front-ends (JSON).

Errors use the comments API's shape: `{"errors": {"<field>": ["<lý do>"]}}`."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from . import service
from .params import BadParameter, read_query

SUGGEST_LIMIT = 8


def _site_param(request):
    raw = (request.GET.get("site") or "").strip()
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 12:
        raise BadParameter("site", "Mã trang (site) phải là số nguyên dương.")
    return int(raw)


def _error(bad: BadParameter):
    return JsonResponse({"errors": {bad.field: [bad.message]}}, status=400)


@require_GET
def search(request):
    try:
        query = read_query(request.GET, _site_param(request), strict_page=True)
    except BadParameter as bad:
        return _error(bad)
    results = service.search(query)
    return JsonResponse(
        {
            "count": results.count,
            "page": query.page,
            "pages": results.pages,
            "results": [
                {
                    "id": hit.page_id,
                    "type": hit.type,
                    "title": hit.title,
                    "url": hit.url,
                    "snippet": hit.snippet,
                    "published_at": hit.published_at.isoformat() if hit.published_at else None,
                    "number": hit.number or None,
                }
                for hit in results.hits
            ],
            "facets": {name: {facet.value: facet.count for facet in values} for name, values in results.facets.items()},
            "did_you_mean": results.did_you_mean or None,
            "backend": results.backend,
            "degraded": results.degraded,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def suggest(request):
    try:
        query = read_query(request.GET, _site_param(request))
    except BadParameter as bad:
        return _error(bad)
    suggestions, degraded = service.suggest(query.text, site_id=query.site_id, limit=SUGGEST_LIMIT)
    return JsonResponse(
        {"suggestions": suggestions, "degraded": degraded}, json_dumps_params={"ensure_ascii": False}
    )
