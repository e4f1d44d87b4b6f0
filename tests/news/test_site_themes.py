"""Several outlets on one installation: the host picks the outlet, the outlet picks the theme."""

import re

import pytest

from tests.factories import AuthorFactory, make_article, make_column, make_outlet

pytestmark = pytest.mark.django_db

DISTRICT_HOST = "ninhkieu.localhost"


@pytest.fixture
def outlets(clean_tree):
    city = make_outlet(title="Cổng thông tin Thành ủy Cần Thơ", hostname="localhost", default=True, theme="thanhpho")
    district = make_outlet(
        title="Báo điện tử quận Ninh Kiều", slug="ninh-kieu", hostname=DISTRICT_HOST, default=False, theme="quan"
    )
    make_article(
        make_column(city, "Thời sự"),
        title="Thành ủy triển khai Chỉ thị 23",
        authors=[AuthorFactory(name="Ngô Phương Văn")],
        tags=["Chỉ thị 23"],
    )
    make_article(make_column(district, "Tin quận"), title="Ninh Kiều ra quân làm sạch kênh rạch")
    return city, district


def stylesheets(html):
    return re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)


def masthead_name(html):
    return re.search(r'<span class="masthead__name">([^<]*)</span>', html).group(1)


def assert_city_portal(html):
    assert masthead_name(html) == "Cổng thông tin Thành ủy Cần Thơ"
    assert "Thành ủy triển khai Chỉ thị 23" in html
    assert "Ninh Kiều ra quân làm sạch kênh rạch" not in html
    assert 'class="theme-thanhpho ' in html
    assert any(href.startswith("/static/themes/thanhpho/") for href in stylesheets(html)), stylesheets(html)
    assert not any("/themes/quan/" in href for href in stylesheets(html))
    assert "masthead--quan" not in html


def assert_district_portal(html):
    assert masthead_name(html) == "Báo điện tử quận Ninh Kiều"
    assert "Ninh Kiều ra quân làm sạch kênh rạch" in html
    assert "Thành ủy triển khai Chỉ thị 23" not in html
    assert 'class="theme-quan ' in html
    assert any(href.startswith("/static/themes/quan/") for href in stylesheets(html)), stylesheets(html)
    assert not any("/themes/thanhpho/" in href for href in stylesheets(html))
    assert "masthead--quan" in html


def test_district_host_gets_the_district_home_in_the_quan_theme(client, outlets):
    response = client.get("/", HTTP_HOST=DISTRICT_HOST)
    assert response.status_code == 200
    assert_district_portal(response.content.decode())


def test_other_hosts_get_the_city_portal_in_the_thanhpho_theme(client, outlets):
    for host in ["localhost", "127.0.0.1", "anything.example"]:
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 200, host
        assert_city_portal(response.content.decode())


def test_the_theme_of_one_request_does_not_leak_into_the_next(client, outlets):
    for host in [DISTRICT_HOST, "127.0.0.1", DISTRICT_HOST, DISTRICT_HOST, "localhost", DISTRICT_HOST, "127.0.0.1"]:
        html = client.get("/", HTTP_HOST=host).content.decode()
        if host == DISTRICT_HOST:
            assert_district_portal(html)
        else:
            assert_city_portal(html)


def test_bad_urls_get_the_vietnamese_404_page_of_the_outlet(client, outlets):
    for url in ["/khong-ton-tai/", "/thoi-su/bai-khong-co/", "/tac-gia/khong-ai/", "/chu-de/khong-co/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        html = response.content.decode()
        assert '<html lang="vi">' in html
        assert "<h1>Không tìm thấy trang</h1>" in html
        assert masthead_name(html) == "Cổng thông tin Thành ủy Cần Thơ"

        district = client.get(url, HTTP_HOST=DISTRICT_HOST)
        assert district.status_code == 404, url
        assert masthead_name(district.content.decode()) == "Báo điện tử quận Ninh Kiều"


def test_junk_page_numbers_never_give_a_server_error(client, outlets):
    client.raise_request_exception = False
    statuses = {
        (url, junk[:10]): client.get(url, {"page": junk}).status_code
        for url in ["/thoi-su/", "/chu-de/chi-thi-23/", "/tac-gia/ngo-phuong-van/"]
        for junk in ["abc", "", "1.5", "-1", "²", "9" * 5000]
    }
    assert {key: status for key, status in statuses.items() if status not in (200, 404)} == {}
