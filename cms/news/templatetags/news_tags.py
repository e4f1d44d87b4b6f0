import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from cms.news.models import ColumnPage

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def outlet_menu(context):
    """The outlet's top-level columns (and thematic pages) shown in menus."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    home_pk, columns = getattr(request, "_outlet_menu", (None, None))
    if home_pk == site.root_page_id:  # HomePage.get_context read them already
        return columns
    return ColumnPage.objects.child_of(site.root_page).live().public().in_menu()


@register.filter
def breadcrumb_ancestors(page):
    """page.get_ancestors() below the tree root: those HomePage.route read already, if it did."""
    ancestors = getattr(page, "_route_ancestors", None)
    if ancestors is not None:
        return ancestors
    return page.get_ancestors()[1:]


@register.simple_tag(takes_context=True)
def outlet_home(context):
    """The outlet's HomePage (specific), looked up once per request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_outlet_home"):
        site = Site.find_for_request(request)
        request._outlet_home = site.root_page.specific if site else None
    return request._outlet_home


@register.filter
def ld_json(data):
    """A JSON-LD <script>; escaped like Django's json_script so text cannot end the tag."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    if not url or request is None:
        return url or ""
    return request.build_absolute_uri(url)
