"""`/tim-kiem/`: the readers' search page (works without JavaScript)."""

from urllib.parse import urlencode

from django.shortcuts import render

from . import service
from .params import BadParameter, read_query, site_id_for
from .query import FACETS, MAX_PAGE

FACET_TITLES = {
    "type": "Loại nội dung",
    "column": "Chuyên mục",
    "tag": "Chủ đề",
    "issuer": "Cơ quan ban hành",
    "kind": "Loại văn bản",
    "year": "Năm",
}


def search_page(request):
    error = ""
    try:
        query = read_query(request.GET, site_id_for(request))
    except BadParameter as bad:
        error = bad.message
        query = None
    results = service.search(query) if query and query.text else None
    context = {"query": query, "results": results, "error": error}
    if results is not None:
        chosen = {name: value for name, value in query.filters.items()}
        context.update(
            facets=[
                {
                    "name": name,
                    "title": FACET_TITLES[name],
                    "values": [
                        {
                            "value": facet.value,
                            "label": facet.label,
                            "count": facet.count,
                            "selected": facet.selected,
                            # Clicking a value selects it; clicking the selected one clears it.
                            "href": _href(query.text, chosen, name, None if facet.selected else facet.value),
                        }
                        for facet in results.facets.get(name, [])
                    ],
                    "clear_href": _href(query.text, chosen, name, None) if name in chosen else "",
                }
                for name in FACETS
                if results.facets.get(name)
            ],
            previous_href=_href(query.text, chosen, page=query.page - 1) if query.page > 1 else "",
            next_href=_href(query.text, chosen, page=query.page + 1)
            if query.page < min(results.pages, MAX_PAGE)
            else "",
            did_you_mean_href=_href(results.did_you_mean, {}) if results.did_you_mean else "",
        )
    status = 400 if error else 200
    return render(request, "search/search_page.html", context, status=status)


def _href(text, chosen, name=None, value=None, page=1):
    params = {"q": text}
    for key, current in chosen.items():
        if key != name:
            params[key] = current
    if name and value:
        params[name] = value
    if page > 1:
        params["page"] = page
    return "?" + urlencode(params)
