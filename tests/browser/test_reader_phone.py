"""Issue 12 on a phone (390×844, touch): every section one tap away, a compact masthead
with a search box in both themes, no horizontal scroll, tap targets of at least 44 px,
search results before the facets."""

import re
import time
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from cms.core.models import OutletSettings
from tests.browser.conftest import ARTIFACTS
from tests.factories import (
    hours_ago,
    make_article,
    make_column,
    make_directive,
    make_exemplar,
    make_forum,
    make_image,
    make_issuer,
    make_library,
    make_locality,
    make_outlet,
    make_registry,
    make_sector,
)

expect = pytest.importorskip("playwright.sync_api", reason="Gói Python `playwright` chưa được cài").expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}
CITY = "Cổng thông tin điện tử Thành ủy Cần Thơ"  # the demo outlets' names
WARD = "Báo điện tử phường Ninh Kiều"
# Controls a reader taps to move around (running text links are exempt, as in WCAG 2.5.5).
TAP_TARGETS = (
    ".masthead a, .masthead input, .masthead button, .site-nav__toggle, .site-nav a, .site-footer a,"
    " .section-head__more, .search-results__to-facets, .search-facet a, .search-facet__clear"
)
SMALL_TARGETS = """selector => [...document.querySelectorAll(selector)]
  .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
  .map(el => [el.textContent.trim() || el.outerHTML.slice(0, 60), el.getBoundingClientRect()])
  .filter(([, box]) => box.width < 44 || box.height < 44)
  .map(([text, box]) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`)"""


@pytest.fixture
def phone(request, chromium_browser):
    """Phone-sized pages (390×844, touch); each page's last screen is kept in test-artifacts/browser/."""
    contexts = []

    def open_page():
        context = chromium_browser.new_context(
            viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="vi-VN"
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    for number, context in enumerate(contexts, start=1):
        for browser_page in context.pages:
            try:
                browser_page.screenshot(path=str(ARTIFACTS / f"{name}-{number}.png"), full_page=True)
            except Exception:  # a crashed page must not hide the test's own failure
                pass
        context.close()
    time.sleep(1.5)  # let the live server finish the requests in flight before the flush


def in_menu(page):
    page.show_in_menus = True
    page.save_revision().publish()
    return page


def fill(home, shared, number):
    column = in_menu(make_column(home, "Thời sự"))
    for hours in range(1, 7):
        article = make_article(
            column, title=f"Đảng bộ phường triển khai nghị quyết, đợt {hours}", published_at=hours_ago(hours)
        )
    library = in_menu(make_library(home))
    make_directive(library, number=number, issuer=shared["issuer"])
    registry = in_menu(make_registry(home))
    make_exemplar(registry, locality=shared["locality"], sector=shared["sector"])
    forums = in_menu(make_forum(home).get_parent().specific)
    forum = forums.get_children().live().first()
    return {
        "library": library,
        "registry": registry,
        "forums": forums,
        "forum": forum,
        "column": column,
        "article": article,
    }


@pytest.fixture
def outlets(live_server, clean_tree):
    city = make_outlet(title=CITY, slug="thanh-pho", hostname="localhost", theme="thanhpho")
    ward = make_outlet(title=WARD, slug="ninh-kieu", hostname="ninhkieu.localhost", default=False, theme="quan")
    logo = make_image(title="Logo", size=(640, 130))
    for site in Site.objects.all():  # a wide banner logo, as the demo outlets have
        settings = OutletSettings.for_site(site)
        settings.logo = logo
        settings.save()
    shared = {"issuer": make_issuer(), "locality": make_locality(), "sector": make_sector()}
    port = live_server.url.rsplit(":", 1)[1]
    return {
        "thanhpho": {"url": f"http://localhost:{port}", **fill(city, shared, "23-CT/TU")},
        "quan": {"url": f"http://ninhkieu.localhost:{port}", **fill(ward, shared, "24-CT/TU")},
    }


@pytest.mark.parametrize("theme", ["thanhpho", "quan"])
def test_library_registry_and_forums_are_reachable_by_tapping(phone, outlets, theme):
    outlet = outlets[theme]
    page = phone()
    for key, heading in (
        ("library", "Văn bản chỉ đạo"),
        ("registry", "Điển hình tiên tiến"),
        ("forums", "Diễn đàn góp ý"),
    ):
        page.goto(outlet["url"] + "/")
        menu = page.locator(".site-nav__list")
        expect(menu).to_be_hidden()  # folded on a phone
        page.locator(".site-nav__toggle").tap()
        expect(menu).to_be_visible()
        page.locator(".site-nav__list").get_by_role("link", name=heading, exact=True).tap()
        page.wait_for_url(outlet["url"] + urlsplit(outlet[key].url).path)
        expect(page.locator("h1")).to_have_text(heading)


def test_the_phone_menu_opens_without_javascript(chromium_browser, outlets):
    context = chromium_browser.new_context(viewport=PHONE, has_touch=True, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(outlets["thanhpho"]["url"] + "/")
        page.locator(".site-nav__toggle").tap()
        page.locator(".site-nav__list").get_by_role("link", name="Điển hình tiên tiến").tap()
        page.wait_for_url(outlets["thanhpho"]["url"] + urlsplit(outlets["thanhpho"]["registry"].url).path)
    finally:
        context.close()


def path(page):
    return urlsplit(page.url).path


@pytest.mark.parametrize("theme", ["thanhpho", "quan"])
def test_masthead_is_short_with_the_name_on_two_lines_at_most_and_a_search_box(phone, outlets, theme):
    page = phone()
    page.goto(outlets[theme]["url"] + "/")
    masthead = page.locator(".masthead").bounding_box()
    assert masthead["height"] <= 120, masthead
    name = page.locator(".masthead__name")
    lines = name.evaluate(
        "el => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight))"
    )
    assert 1 <= lines <= 2, lines
    search = page.locator(".masthead__search input")
    expect(search).to_be_visible()
    assert search.bounding_box()["y"] + search.bounding_box()["height"] <= masthead["y"] + masthead["height"]
    search.tap()
    search.fill("nghị quyết")
    search.press("Enter")
    page.wait_for_url(re.compile(r"/tim-kiem/\?q="))
    expect(page.locator(".search-hit").first).to_be_visible()


@pytest.mark.parametrize("theme", ["thanhpho", "quan"])
def test_no_horizontal_scroll_and_tap_targets_of_44px(phone, outlets, theme):
    outlet = outlets[theme]
    page = phone()
    paths = ["/", "/tim-kiem/?q=nghị+quyết"] + [
        path(outlet[key]) for key in ("column", "article", "library", "registry", "forums", "forum")
    ]
    for url in paths:
        page.goto(outlet["url"] + url)
        if url == "/":
            page.locator(".site-nav__toggle").tap()  # the opened menu's links count too
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{url}: trang rộng {width}px"
        assert page.evaluate(SMALL_TARGETS, TAP_TARGETS) == [], url


@pytest.mark.parametrize("theme", ["thanhpho", "quan"])
def test_search_results_come_before_the_facets(phone, outlets, theme):
    page = phone()
    page.goto(outlets[theme]["url"] + "/tim-kiem/?q=đảng+bộ")
    first = page.locator(".search-hit").first.bounding_box()
    facets = page.locator(".search-facets").bounding_box()
    assert first["y"] < facets["y"]
    assert first["y"] < PHONE["height"], first  # on the first screen
