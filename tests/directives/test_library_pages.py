"""What a reader sees in the directive library and on a directive's page."""

from datetime import date

import pytest
from django.utils.html import escape

from cms.directives.models import ArticleCitation, DirectiveFile, DirectiveRelation, Milestone
from tests.factories import (
    cite,
    hours_ago,
    make_article,
    make_directive,
    make_document,
    make_exemplar,
    make_issuer,
    make_library,
    make_registry,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(outlet):
    return make_library(outlet)


@pytest.fixture
def issuers(db):
    return {
        "btv": make_issuer(),
        "ubnd": make_issuer("Ủy ban nhân dân thành phố Cần Thơ", "UBND thành phố", "UBND", "ubnd-thanh-pho"),
    }


@pytest.fixture
def shelf(library, issuers):
    """Five directives of three kinds, two issuers and three years."""
    btv, ubnd = issuers["btv"], issuers["ubnd"]
    return {
        "ct23": make_directive(library, issuer=btv),
        "ct07": make_directive(
            library, "07-CT/TU", issuer=btv, issued_on=date(2024, 3, 2), summary="về phòng, chống thiên tai mùa mưa lũ"
        ),
        "nq12": make_directive(
            library,
            "12-NQ/TU",
            "nghi-quyet",
            issuer=btv,
            issued_on=date(2022, 8, 20),
            summary="về phát triển kinh tế đô thị ven sông",
        ),
        "kh05": make_directive(
            library,
            "05/KH-UBND",
            "ke-hoach",
            issuer=ubnd,
            issued_on=date(2023, 6, 1),
            summary="Triển khai thực hiện Chỉ thị số 23-CT/TU của Ban Thường vụ Thành ủy",
        ),
        "kh09": make_directive(
            library,
            "09/KH-UBND",
            "ke-hoach",
            issuer=ubnd,
            issued_on=date(2024, 1, 15),
            summary="Chuyển đổi số trong cải cách hành chính",
        ),
    }


def listed_numbers(response):
    return [d.number for d in response.context["directives"]]


def test_library_lists_newest_first_with_the_count(client, library, shelf):
    response = client.get(library.url)
    assert response.status_code == 200
    assert listed_numbers(response) == ["07-CT/TU", "09/KH-UBND", "05/KH-UBND", "23-CT/TU", "12-NQ/TU"]
    assert "Có 5 văn bản" in response.content.decode()


@pytest.mark.parametrize(
    "query,expected",
    [
        ("?kind=chi-thi", ["07-CT/TU", "23-CT/TU"]),
        ("?kind=ke-hoach&year=2023", ["05/KH-UBND"]),
        ("?issuer=ubnd-thanh-pho", ["09/KH-UBND", "05/KH-UBND"]),
        ("?year=2024", ["07-CT/TU", "09/KH-UBND"]),
        ("?q=23/CT-TU", ["23-CT/TU"]),
        ("?q=ct+23+tu", ["23-CT/TU"]),
        ("?q=chỉ+thị+23", ["23-CT/TU"]),
        ("?q=thien+tai", ["07-CT/TU"]),
        ("?q=KINH+TẾ+đô+thị", ["12-NQ/TU"]),
        ("?q=chuyen+doi+so&kind=ke-hoach&issuer=ubnd-thanh-pho&year=2024", ["09/KH-UBND"]),
    ],
)
def test_filters_combine(client, library, shelf, query, expected):
    response = client.get(library.url + query)
    assert response.status_code == 200
    assert listed_numbers(response) == expected


def test_facet_counts_take_the_other_filters_into_account(client, library, shelf):
    response = client.get(library.url + "?year=2024")
    filters = response.context["filters"]
    assert {item["value"]: item["count"] for item in filters.kind_counts()} == {"chi-thi": 1, "ke-hoach": 1}
    # The year facet ignores the year filter itself, so other years stay reachable.
    assert {item["value"]: item["count"] for item in filters.year_counts()} == {2022: 1, 2023: 2, 2024: 2}
    assert "Chỉ thị (1)" in response.content.decode()


@pytest.mark.parametrize(
    "query,note",
    [
        ("?kind=sac-lenh", "Loại văn bản “sac-lenh” không có"),
        ("?issuer=nobody", "Không có cơ quan ban hành “nobody”"),
        ("?year=abc", "Năm “abc” không hợp lệ"),
        ("?year=99999999999999999999", "không hợp lệ"),
        ("?status=%27%3B+DROP+TABLE", "Tình trạng"),
        ("?page=abc&kind=%3Cscript%3E", "không có"),
    ],
)
def test_bad_filter_values_are_ignored_with_a_visible_note(client, library, shelf, query, note):
    response = client.get(library.url + query)
    assert response.status_code == 200
    assert len(response.context["directives"].object_list) == 5
    assert escape(note) in response.content.decode() or note in response.content.decode()
    assert "<script>" not in response.content.decode().split("<body", 1)[1].replace("<script type", "")


def test_overlong_query_is_cut_not_refused(client, library, shelf):
    response = client.get(library.url + "?q=" + "nghị quyết " * 100)
    assert response.status_code == 200
    assert "cắt bớt" in response.content.decode()


def test_pagination_keeps_the_filters(client, library, issuers, settings):
    settings.DIRECTIVE_PAGE_SIZE = 2
    for n in range(1, 6):
        make_directive(library, f"{n}-CT/TU", issuer=issuers["btv"], issued_on=date(2024, 1, n))
    response = client.get(library.url + "?kind=chi-thi&page=2")
    assert listed_numbers(response) == ["3-CT/TU", "2-CT/TU"]
    html = response.content.decode()
    assert "kind=chi-thi&amp;page=3" in html or "page=3&amp;kind=chi-thi" in html
    assert client.get(library.url + "?kind=chi-thi&page=9").status_code == 404


def test_empty_library_says_so(client, library):
    response = client.get(library.url)
    assert "Không có văn bản nào" in response.content.decode()


def test_directive_page_shows_its_whole_life(client, outlet, column, library, shelf):
    ct23, kh05 = shelf["ct23"], shelf["kh05"]
    pdf = make_document("Chỉ thị 23-CT/TU (bản gốc)", content=b"%PDF-1.4 " + b"x" * 3000, name="23-ct-tu.pdf")
    DirectiveFile.objects.create(page=ct23, document=pdf, is_original=True, label="Bản gốc")
    older = make_article(column, title="Thành phố quán triệt Chỉ thị 23", published_at=hours_ago(48))
    newer = make_article(column, title="Sơ kết một năm thực hiện Chỉ thị 23")
    cite(older, ct23)
    cite(newer, ct23)
    draft = make_article(column, title="Bản nháp chưa đăng về Chỉ thị 23", publish=False)
    ArticleCitation.objects.create(article=draft, directive=ct23)
    Milestone.objects.create(page=ct23, date=date(2023, 5, 15), kind="ban-hanh", title="Ban hành chỉ thị")
    Milestone.objects.create(page=ct23, date=date(2024, 6, 1), kind="so-ket", title="Sơ kết một năm", article=newer)
    kh05.relations.add(DirectiveRelation(kind="implements", target=ct23))
    kh05.save_revision().publish()
    registry = make_registry(outlet)
    exemplar = make_exemplar(registry, directives=[ct23])

    response = client.get(ct23.url)
    html = response.content.decode()
    assert response.status_code == 200
    for text in ("23-CT/TU", "Chỉ thị", "BTV Thành ủy", "15/05/2023", "Còn hiệu lực", "Nguyễn Văn Hiếu"):
        assert text in html, text
    assert pdf.url in html
    assert [a.pk for a in response.context["citing_articles"]] == [newer.pk, older.pk]
    assert draft.title not in html
    assert exemplar.title in html and exemplar.url in html
    assert "Sơ kết một năm" in html and newer.url in html
    assert "Được triển khai bởi" in html and kh05.url in html
    # and the other way round, on the plan's page
    assert "Triển khai thực hiện" in client.get(kh05.url).content.decode()


def test_article_page_links_the_directives_it_cites(client, column, library, shelf):
    article = cite(make_article(column, title="Bài về kế hoạch 05"), shelf["kh05"])
    html = client.get(article.url).content.decode()
    assert "05/KH-UBND" in html and shelf["kh05"].url in html


def test_pdf_download_is_counted(client, library, shelf):
    pdf = make_document("Bản gốc", content=b"%PDF-1.4 test", name="ban-goc.pdf")
    DirectiveFile.objects.create(page=shelf["ct23"], document=pdf, is_original=True)
    browser = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/130 Mobile"}
    for _ in range(2):
        assert client.get(pdf.url, **browser).status_code == 200
    client.get(pdf.url, HTTP_USER_AGENT="Googlebot/2.1")
    html = client.get(shelf["ct23"].url).content.decode()
    assert "2 lượt tải" in html


def test_rss_lists_new_directives(client, library, shelf):
    response = client.get(library.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert "Chỉ thị số 23-CT/TU" in body and "05/KH-UBND" in body


def test_directives_are_in_the_sitemap(client, library, shelf):
    body = client.get("/sitemap.xml").content.decode()
    assert shelf["ct23"].url in body or shelf["ct23"].full_url in body
