"""/api/v2/outlet/: the site chrome (name, logo, menu, footer, social links) of the
requesting host's outlet or of `?site=<id>`, equal to what the HTML pages show, fresh
after a settings change, and described by /api/schema/."""

import re

import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse
from wagtail.models import Site

from cms.api.openapi import build_schema
from cms.core.models import OutletSettings
from tests.factories import make_column, make_image, make_outlet

pytestmark = pytest.mark.django_db

URL = "/api/v2/outlet/"


@pytest.fixture
def openapi():
    return OpenAPI.from_dict(build_schema())


def conforms(openapi, response, status):
    assert response.status_code == status, response.content
    openapi.validate_response(DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response))
    return response.json()


@pytest.fixture
def city(outlet):
    site = Site.objects.get(root_page=outlet)
    settings = OutletSettings.for_site(site)
    settings.slogan = "Tiếng nói của Đảng bộ, chính quyền và nhân dân"
    settings.logo = make_image("Logo báo", size=(400, 200))
    settings.responsible_person = "Trần Văn Tổng Biên Tập"
    settings.contact = '<p>Địa chỉ: 12 Đại lộ Hòa Bình</p><p>Điện thoại: 0292 3821 111 · <a href="mailto:toasoan@example.vn">toasoan@example.vn</a></p>'
    settings.social_links = [
        ("link", {"network": "facebook", "url": "https://facebook.com/baothu"}),
        ("link", {"network": "zalo", "url": "https://zalo.me/baothu"}),
    ]
    settings.save()
    news = make_column(outlet, "Thời sự")
    make_column(news, "Trong nước")  # in the menu below Thời sự
    make_column(outlet, "Xây dựng Đảng")
    for parent, title in ((news, "Không hiện"), (outlet, "Lưu trữ")):
        hidden = make_column(parent, title)
        hidden.show_in_menus = False
        hidden.save_revision().publish()
    return outlet


def nav_items(html):
    nav = re.search(r'<ul class="site-nav__list".*?</ul>', html, re.S).group(0)
    return [(href, title) for href, title in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)]


def test_outlet_of_the_requesting_host_matches_the_html_chrome(client, openapi, city):
    client.defaults["HTTP_HOST"] = "localhost"
    data = conforms(openapi, client.get(URL), 200)
    assert data["name"] == "Cổng thông tin thử nghiệm"
    assert data["slogan"].startswith("Tiếng nói")
    assert data["site"]["hostname"] == "localhost" and data["site"]["is_default"] is True
    assert data["language"] == "vi" and data["theme"] == "thanhpho"
    assert data["licence"] == data["footer"]["licence"] == "Giấy phép số 01/GP-TTĐT"
    assert data["footer"]["responsible_person"] == "Trần Văn Tổng Biên Tập"
    assert "0292 3821 111" in data["footer"]["contact_text"] and "toasoan@example.vn" in data["footer"]["contact_html"]
    assert [(link["network"], link["url"]) for link in data["social"]] == [
        ("facebook", "https://facebook.com/baothu"),
        ("zalo", "https://zalo.me/baothu"),
    ]
    # Logo: WebP renditions with sizes, absolute URLs, a srcset, the masthead's 80 px src.
    logo = data["logo"]
    assert logo["alt"] == data["name"] and logo["height"] == 80
    assert [item["format"] for item in logo["renditions"]] == ["webp", "webp", "webp"]
    assert [item["height"] for item in logo["renditions"]] == [80, 160, 200]  # not upscaled past 200 px
    assert all(item["url"].startswith("http://localhost/") for item in logo["renditions"])
    assert logo["srcset"].count("w,") == 2
    assert client.get(logo["renditions"][0]["url"].removeprefix("http://localhost")).status_code == 200

    # The menu is the HTML navigation, item for item (same titles, same pages, same order).
    html = client.get("/").content.decode()
    shown = nav_items(html)
    assert shown[0][1] == "Trang chủ"
    assert [(item["url"].removeprefix("http://localhost"), item["title"]) for item in data["menu"]] == shown[1:]
    assert [item["title"] for item in data["menu"]] == ["Thời sự", "Xây dựng Đảng"]
    assert [child["title"] for child in data["menu"][0]["children"]] == ["Trong nước"]
    # The footer shows the same.
    assert "Trần Văn Tổng Biên Tập" in html and 'href="https://zalo.me/baothu"' in html
    assert data["home"]["url"] == "http://localhost/"


def test_another_outlet_by_id_and_errors(client, openapi, city):
    district = make_outlet(title="Cổng thông tin Quận", slug="quan", hostname="quan.example.vn", default=False)
    site = Site.objects.get(root_page=district)
    data = conforms(openapi, client.get(URL, {"site": site.pk}), 200)
    assert data["name"] == "Cổng thông tin Quận" and data["logo"] is None and data["social"] == []
    assert data["site"] == {
        "id": site.pk,
        "hostname": "quan.example.vn",
        "port": 80,
        "root_url": "http://quan.example.vn",
        "is_default": False,
    }
    # Kept by nobody: the page cache keys on the requesting host's outlet.
    assert "no-store" in client.get(URL, {"site": site.pk})["Cache-Control"]
    assert conforms(openapi, client.get(URL, HTTP_HOST="quan.example.vn"), 200)["name"] == "Cổng thông tin Quận"

    for bad in ("abc", "-1", "0", "1.5", "1" * 40, "<script>", "1 OR 1=1"):
        errors = conforms(openapi, client.get(URL, {"site": bad}), 400)["errors"]
        assert errors["site"] == ["Mã cơ quan báo chí (site) phải là số nguyên dương."]
    errors = conforms(openapi, client.get(URL, {"site": 987654}), 404)["errors"]
    assert errors == {"site": ["Không có cơ quan báo chí mang mã 987654."]}
    response = client.post(URL)
    assert response.status_code == 405 and "GET" in response["Allow"]


def test_no_outlet_for_the_host(client, openapi, clean_tree):
    errors = conforms(openapi, client.get(URL), 404)["errors"]
    assert "?site=" in errors["site"][0]


def test_settings_change_shows_through_the_page_cache(client, city, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get(URL)
    assert client.get(URL)["X-Page-Cache"] == "hit"
    outlet_settings = OutletSettings.objects.get(site__root_page=city)
    outlet_settings.name = "Báo Thành phố Mới"
    outlet_settings.save()
    second = client.get(URL)
    assert first.json()["name"] != second.json()["name"] == "Báo Thành phố Mới"
    assert second["X-Page-Cache"] == "miss"
