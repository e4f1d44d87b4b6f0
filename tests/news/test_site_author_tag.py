"""Author pages (/tac-gia/<slug>/) and tag pages (/chu-de/<slug>/) of an outlet."""

import re

import pytest

from tests.factories import AuthorFactory, hours_ago, make_article, make_column, make_outlet

pytestmark = pytest.mark.django_db

DISTRICT_HOST = "ninhkieu.localhost"


def listed_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.fixture
def district(outlet):
    return make_outlet(
        title="Báo điện tử quận Ninh Kiều", slug="ninh-kieu", hostname=DISTRICT_HOST, default=False, theme="quan"
    )


def test_author_page_lists_only_the_authors_articles_in_that_outlet(client, column, district, author):
    colleague = AuthorFactory(name="Trần Thị Mai", pen_name="Mai Trần")
    district_column = make_column(district, "Tin quận")
    make_article(column, title="Thành ủy giao ban báo chí", authors=[author], published_at=hours_ago(5))
    make_article(column, title="Bài viết chung hai tác giả", authors=[colleague, author], published_at=hours_ago(2))
    make_article(column, title="Bài của đồng nghiệp", authors=[colleague])
    make_article(column, title="Bản nháp của tác giả", authors=[author], publish=False)
    make_article(district_column, title="Ninh Kiều chỉnh trang bến Ninh Kiều", authors=[author])

    assert author.slug == "ngo-phuong-van"
    city = client.get("/tac-gia/ngo-phuong-van/")
    html = city.content.decode()
    assert city.status_code == 200
    assert "<h1>Ngô Phương Văn</h1>" in html and "Bút danh: <strong>Phương Văn</strong>" in html
    assert listed_titles(html) == ["Bài viết chung hai tác giả", "Thành ủy giao ban báo chí"]

    district_html = client.get("/tac-gia/ngo-phuong-van/", HTTP_HOST=DISTRICT_HOST).content.decode()
    assert listed_titles(district_html) == ["Ninh Kiều chỉnh trang bến Ninh Kiều"]


def test_author_without_articles_here_gets_an_empty_page(client, outlet):
    AuthorFactory(name="Lê Văn Đức", pen_name="")
    response = client.get("/tac-gia/le-van-duc/")
    assert response.status_code == 200
    assert "Tác giả chưa có bài viết nào trên trang này." in response.content.decode()


def test_unknown_author_or_tag_is_a_vietnamese_404(client, article):
    for url in ["/tac-gia/khong-co-tac-gia-nay/", "/chu-de/khong-co-the-nay/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Không tìm thấy trang" in response.content.decode()


def test_tag_page_is_found_by_its_transliterated_slug(client, column):
    make_article(column, title="Đại hội Đảng bộ phường", tags=["Xây dựng Đảng"], published_at=hours_ago(10))
    make_article(
        column, title="Kiểm tra, giám sát đảng viên", tags=["Xây dựng Đảng", "Kiểm tra"], published_at=hours_ago(1)
    )
    make_article(column, title="Bài không có thẻ này", tags=["Kinh tế"])
    make_article(column, title="Bản nháp xây dựng Đảng", tags=["Xây dựng Đảng"], publish=False)

    response = client.get("/chu-de/xay-dung-dang/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Xây dựng Đảng</h1>" in html
    assert "<title>Chủ đề: Xây dựng Đảng | Cổng thông tin thử nghiệm</title>" in html
    assert listed_titles(html) == ["Kiểm tra, giám sát đảng viên", "Đại hội Đảng bộ phường"]


def test_article_links_to_its_tag_and_author_pages(client, article):
    html = client.get(article.url).content.decode()
    assert 'href="/chu-de/xay-dung-dang/"' in html
    assert 'href="/chu-de/chi-thi-23/"' in html
    assert 'href="/tac-gia/ngo-phuong-van/"' in html
    assert client.get("/chu-de/chi-thi-23/").status_code == 200
