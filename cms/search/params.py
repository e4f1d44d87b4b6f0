"""Reading a search request's parameters, shared by the site page and the JSON API."""

from wagtail.models import Site

from cms.core.params import capped_int

from .query import FACETS, MAX_PAGE, SearchQuery
from .text import MAX_QUERY_LENGTH

TOO_LONG = f"Từ khóa tìm kiếm dài quá {MAX_QUERY_LENGTH} ký tự; hãy rút gọn."
BAD_PAGE = "Số trang phải là số nguyên dương."


class BadParameter(ValueError):
    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def read_query(params, site_id=None, *, strict_page=False) -> SearchQuery:
    """A SearchQuery from GET parameters. Unknown filter values are kept (they just
    match nothing they do not name); an over-long `q` raises BadParameter."""
    raw = params.get("q") or ""
    if len(raw) > MAX_QUERY_LENGTH:
        raise BadParameter("q", TOO_LONG)
    text = raw.replace("\x00", " ").strip()
    filters = {name: params.get(name, "").strip()[:100] for name in FACETS if params.get(name, "").strip()}
    raw_page = params.get("page") or "1"
    if not strict_page:
        raw_page = raw_page.strip()
    # Any page past MAX_PAGE is "past the end" (no results), however many digits it has:
    # int() of 5,000 digits raised ValueError (a 500).
    page = capped_int(raw_page, 1, MAX_PAGE + 1) if raw_page == raw_page.strip() else None
    if page is None:
        if strict_page:
            raise BadParameter("page", BAD_PAGE)
        page = 1
    return SearchQuery(text=text, filters=filters, site_id=site_id, page=page)


def site_id_for(request):
    site = Site.find_for_request(request)
    return site.pk if site else None
