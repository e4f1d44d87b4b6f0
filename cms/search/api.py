"""`/api/search/` and `/api/search/suggest/`: the search for other front-ends (JSON).

Errors use the comments API's shape: `{"errors": {"<field>": ["<lý do>"]}}`."""

from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from cms.core.text import is_ascii_digits

from . import service
from .params import BadParameter, read_query
from .results import extras, suggestion_links

SUGGEST_LIMIT = 8


def _site_param(request):
    raw = request.GET.get("site") or ""
    if not raw:
        return None
    if not is_ascii_digits(raw) or len(raw) > 12:
        raise BadParameter("site", "Mã trang (site) phải là số nguyên dương.")
    return int(raw)


def _error(bad: BadParameter):
    return JsonResponse({"errors": {bad.field: [bad.message]}}, status=400)


ALLOWED = "GET, HEAD, OPTIONS"


def read_only(view):
    """GET and HEAD; OPTIONS says what is allowed; anything else is a JSON 405 (as the comments API).
    Exempt from CSRF, which would otherwise answer other methods with an HTML 403: nothing here writes."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        if request.method == "OPTIONS":
            response = HttpResponse(status=200)
        else:
            response = JsonResponse({"errors": {"__all__": ["Phương thức không được hỗ trợ."]}}, status=405)
        response["Allow"] = ALLOWED
        return response

    return wrapper


@read_only
def search(request):
    try:
        query = read_query(request.GET, _site_param(request), strict_page=True)
    except BadParameter as bad:
        return _error(bad)
    results = service.search(query)
    more = extras(request, results.hits)
    return JsonResponse(
        {
            "count": results.count,
            "page": query.page,
            "pages": results.pages,
            "results": [
                {
                    "id": hit.page_id,
                    "type": hit.type,
                    "type_label": hit.type_label,
                    "title": hit.title,
                    "url": hit.url,
                    "snippet": hit.snippet,
                    "published_at": hit.published_at.isoformat() if hit.published_at else None,
                    "number": hit.number or None,
                    **more.get(hit.page_id, {"lead": "", "column": None, "image": None}),
                }
                for hit in results.hits
            ],
            # Each value with its Vietnamese label, as the HTML search page shows it.
            "facets": {
                name: [
                    {"value": facet.value, "label": facet.label, "count": facet.count, "selected": facet.selected}
                    for facet in values
                ]
                for name, values in results.facets.items()
            },
            # Many matches: the facet counts are estimated from a sample (the count is exact).
            "facets_approximate": results.facets_approximate,
            "did_you_mean": results.did_you_mean or None,
            "backend": results.backend,
            "degraded": results.degraded,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@read_only
def suggest(request):
    try:
        query = read_query(request.GET, _site_param(request))
    except BadParameter as bad:
        return _error(bad)
    suggestions, degraded = service.suggest(query.text, site_id=query.site_id, limit=SUGGEST_LIMIT)
    return JsonResponse(
        {"suggestions": suggestion_links(suggestions, query.site_id), "degraded": degraded},
        json_dumps_params={"ensure_ascii": False},
    )
