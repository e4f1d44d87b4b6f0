"""The exemplar registry (Điển hình tiên tiến) and an exemplar's page."""

import pytest

from tests.factories import (
    make_article,
    make_directive,
    make_exemplar,
    make_library,
    make_locality,
    make_registry,
    make_sector,
    make_thematic,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(outlet):
    return make_registry(outlet)


@pytest.fixture
def exemplars(registry):
    ninh_kieu, cai_rang = make_locality("Phường Ninh Kiều"), make_locality("Phường Cái Răng")
    party, health = make_sector("Xây dựng Đảng"), make_sector("Y tế")
    return {
        "chi_bo": make_exemplar(
            registry,
            "Chi bộ khu vực 3 học nghị quyết bằng hỏi đáp",
            "tap-the",
            ninh_kieu,
            party,
            recognitions=[("Bằng khen", "Ban Thường vụ Thành ủy", "123-QĐ/TU", 2024)],
        ),
        "bac_si": make_exemplar(
            registry,
            "Bác sĩ Lê Minh khám miễn phí cho người già",
            "ca-nhan",
            cai_rang,
            health,
            summary="Hơn mười năm khám bệnh không lấy tiền cho người cao tuổi.",
            recognitions=[("Giấy khen", "UBND phường Cái Răng", "45/QĐ-UBND", 2023)],
        ),
        "so_hoa": make_exemplar(
            registry,
            "Sổ tay đảng viên điện tử",
            "sang-kien",
            ninh_kieu,
            party,
            summary="Ứng dụng giúp đảng viên đọc văn bản trên điện thoại.",
        ),
    }


def titles(response):
    return [page.title for page in response.context["exemplars"]]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("", ["so_hoa", "bac_si", "chi_bo"]),
        ("?kind=ca-nhan", ["bac_si"]),
        ("?locality=phuong-ninh-kieu", ["so_hoa", "chi_bo"]),
        ("?field=xay-dung-dang&kind=sang-kien", ["so_hoa"]),
        ("?year=2024", ["chi_bo"]),
        ("?q=nguoi+gia", ["bac_si"]),
        ("?q=ĐIỆN+TỬ", ["so_hoa"]),
    ],
)
def test_registry_filters(client, registry, exemplars, query, expected):
    response = client.get(registry.url + query)
    assert response.status_code == 200
    assert titles(response) == [exemplars[key].title for key in expected]


@pytest.mark.parametrize("query", ["?kind=robot", "?locality=mat-trang", "?field=%00", "?year=20x4", "?page=abc"])
def test_registry_ignores_bad_filters_with_a_note(client, registry, exemplars, query):
    response = client.get(registry.url + query)
    assert response.status_code == 200
    assert len(titles(response)) == 3
    if "page" not in query:
        assert "đã bỏ qua bộ lọc này" in response.content.decode()


def test_empty_registry_invites_nominations(client, registry):
    html = client.get(registry.url).content.decode()
    assert "Chưa có điển hình" in html or "Không có điển hình" in html
    assert registry.url + "de-cu/" in html


def test_exemplar_page_links_directives_and_articles(client, outlet, column, registry):
    directive = make_directive(make_library(outlet))
    article = make_article(column, title="Gặp chi bộ học nghị quyết bằng hỏi đáp")
    exemplar = make_exemplar(
        registry,
        directives=[directive],
        articles=[article],
        recognitions=[("Bằng khen", "Ban Thường vụ Thành ủy", "123-QĐ/TU", 2024)],
    )
    html = client.get(exemplar.url).content.decode()
    assert directive.url in html and "23-CT/TU" in html
    assert article.url in html
    assert "Bằng khen" in html and "123-QĐ/TU" in html and "2024" in html
    assert "Phường Ninh Kiều" in html and "Xây dựng Đảng" in html
    # and the directive's page links back to it
    assert exemplar.url in client.get(directive.url).content.decode()


def test_spotlight_and_directive_blocks_on_a_thematic_page(client, outlet, registry, exemplars):
    library = make_library(outlet)
    directive = make_directive(library)
    thematic = make_thematic(outlet, "Học tập và làm theo")
    thematic.body = [
        ("exemplar_spotlight", {"title": "Gương sáng", "exemplars": [], "limit": 2}),
        (
            "directive_list",
            {
                "title": "Văn bản",
                "source": "kind",
                "kind": "chi-thi",
                "issuer": None,
                "tag": "",
                "directives": [],
                "limit": 5,
            },
        ),
    ]
    thematic.save_revision().publish()
    html = client.get(thematic.url).content.decode()
    assert "Gương sáng" in html
    assert exemplars["so_hoa"].title in html and exemplars["bac_si"].title in html
    assert exemplars["chi_bo"].title not in html  # limit 2, newest first
    assert directive.url in html


def test_home_page_features(client, outlet, registry, exemplars):
    library = make_library(outlet)
    directive = make_directive(library)
    outlet.features = [
        (
            "directive_list",
            {
                "title": "Văn bản chỉ đạo mới",
                "source": "latest",
                "kind": "",
                "issuer": None,
                "tag": "",
                "directives": [],
                "limit": 5,
            },
        ),
        ("exemplar_spotlight", {"title": "Điển hình tiên tiến", "exemplars": [exemplars["bac_si"]], "limit": 3}),
    ]
    outlet.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Văn bản chỉ đạo mới" in html and directive.url in html
    assert exemplars["bac_si"].url in html
