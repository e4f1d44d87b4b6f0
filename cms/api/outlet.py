"""GET /api/v2/outlet/: the site chrome a front-end needs around every page — the
outlet's name, slogan, logo, menu, footer, licence and social links — for the Wagtail
Site of the requesting host, or `?site=<id>` for another outlet.

A plain Django view rather than a Wagtail API endpoint: it is one object, not a
listing, and it answers errors in the project's shape `{"errors": {...}}` as
/api/search/ and /api/comments/ do (described in cms/api/openapi.py).

The menu is built by the same function as the HTML navigation and footer
(cms.news.templatetags.news_tags.menu_pages), so the two cannot differ. The answer
is kept by the page cache like any API answer; saving the outlet's settings or a
Site, or publishing a page, purges it (cms/core/page_cache.py)."""

from django.http import JsonResponse
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from cms.core.api_images import absolute, describe
from cms.core.models import OutletSettings, cached_site_for_request
from cms.core.text import is_ascii_digits
from cms.news.templatetags.news_tags import menu_pages
from cms.search.api import read_only

# The masthead shows the logo 80 px high; 2x and 3x for dense screens, WebP.
LOGO_SRCSET = ("height-80|format-webp", "height-160|format-webp", "height-240|format-webp")
LOGO_SRC = "height-80"
SITE_ID_DIGITS = 12


def _error(status, field, message):
    return JsonResponse({"errors": {field: [message]}}, status=status, json_dumps_params={"ensure_ascii": False})


def _requested_site(request):
    """(site, error response)."""
    raw = request.GET.get("site")
    if raw is None or raw == "":
        site = cached_site_for_request(request)
        if site is None:
            return None, _error(404, "site", "Không có cơ quan báo chí nào ở địa chỉ này; hãy chọn bằng ?site=<mã>.")
        return site, None
    if not is_ascii_digits(raw) or len(raw) > SITE_ID_DIGITS or int(raw) < 1:
        return None, _error(400, "site", "Mã cơ quan báo chí (site) phải là số nguyên dương.")
    site = Site.objects.select_related("root_page").filter(pk=int(raw)).first()
    if site is None:
        return None, _error(404, "site", f"Không có cơ quan báo chí mang mã {int(raw)}.")
    return site, None


def _menu(request, site):
    """The HTML navigation's items (same function), each with its own in-menu children
    (one query for all of them) for front-ends with drop-down menus."""
    home = site.root_page
    items = menu_pages(home)
    children = {}
    if items:
        below = (
            Page.objects.filter(depth=home.depth + 2, path__startswith=home.path)
            .live()
            .public()
            .in_menu()
            .order_by("path")
        )
        for child in below:
            children.setdefault(child.path[: -Page.steplen], []).append(child)

    def entry(page, nested):
        return {
            "title": page.title,
            "url": page.get_full_url(request),
            "page_id": page.pk,
            "children": [entry(child, {}) for child in nested.get(page.path, [])],
        }

    return [entry(page, children) for page in items]


def _site_url(site, path):
    return f"{site.root_url}{path}"


def outlet_payload(request, site):
    outlet = OutletSettings.for_site(site)
    contact_html = expand_db_html(outlet.contact) if outlet.contact else ""
    home = site.root_page
    logo = None
    if outlet.logo_id:
        logo = describe(request, outlet.logo, LOGO_SRCSET, LOGO_SRC, alt=outlet.name)
    return {
        "site": {
            "id": site.pk,
            "hostname": site.hostname,
            "port": site.port,
            "root_url": site.root_url,
            "is_default": site.is_default_site,
        },
        "name": outlet.name,
        "slogan": outlet.slogan,
        "logo": logo,
        "home": {"title": home.title, "url": home.get_full_url(request), "page_id": home.pk},
        "menu": _menu(request, site),
        "footer": {
            "name": outlet.name,
            "licence": outlet.licence,
            "responsible_person": outlet.responsible_person,
            "responsible_person_label": "Chịu trách nhiệm nội dung",
            "contact_html": contact_html,
            "contact_text": " ".join(strip_tags(contact_html.replace("<", " <")).split()),
            "links": [
                {"title": "RSS", "url": _site_url(site, reverse("outlet_feed"))},
                {"title": "Sơ đồ trang", "url": _site_url(site, reverse("sitemap"))},
            ],
        },
        "licence": outlet.licence,
        "social": [
            {"network": link["network"], "label": link["label"], "url": link["url"]} for link in outlet.social()
        ],
        "theme": outlet.theme,
        "language": "vi",
        "search": {
            "url": _site_url(site, reverse("search:search")),
            "api": absolute(request, reverse("search:api_search")),
        },
    }


@read_only
def outlet(request):
    site, error = _requested_site(request)
    if error is not None:
        return error
    response = JsonResponse(outlet_payload(request, site), json_dumps_params={"ensure_ascii": False})
    requesting = cached_site_for_request(request)
    if requesting is None or requesting.pk != site.pk:
        # The page cache keys an answer by the requesting host's outlet, and a change to
        # another outlet's settings purges only that outlet's entries: not shared.
        response["Cache-Control"] = "private, no-store"
    return response
