"""Directives and exemplars in the public Wagtail API v2."""

from datetime import date

import pytest

from cms.directives.models import DirectiveRelation, Milestone
from tests.factories import (
    cite,
    make_article,
    make_directive,
    make_document,
    make_exemplar,
    make_issuer,
    make_library,
    make_registry,
)

pytestmark = pytest.mark.django_db

DIRECTIVES = "/api/v2/pages/?type=directives.DirectivePage"


@pytest.fixture
def shelf(outlet, column):
    library = make_library(outlet)
    btv = make_issuer()
    ubnd = make_issuer("Ủy ban nhân dân thành phố Cần Thơ", "UBND thành phố", "UBND", "ubnd-thanh-pho")
    pdf = make_document("Chỉ thị 23-CT/TU", content=b"%PDF-1.4 " + b"x" * 1000, name="23-ct-tu.pdf")
    ct23 = make_directive(library, issuer=btv, files=[pdf])
    kh05 = make_directive(
        library, "05/KH-UBND", "ke-hoach", issuer=ubnd, issued_on=date(2023, 6, 1), summary="Triển khai Chỉ thị 23"
    )
    nq12 = make_directive(library, "12-NQ/TU", "nghi-quyet", issuer=btv, issued_on=date(2022, 8, 20))
    kh05.relations.add(DirectiveRelation(kind="implements", target=ct23))
    kh05.save_revision().publish()
    article = cite(make_article(column, title="Quán triệt Chỉ thị 23"), ct23)
    Milestone.objects.create(page=ct23, date=date(2024, 6, 1), kind="so-ket", title="Sơ kết", article=article)
    draft = make_directive(library, "30-CT/TU", issuer=btv, issued_on=date(2025, 1, 2), publish=False)
    return {
        "ct23": ct23,
        "kh05": kh05,
        "nq12": nq12,
        "article": article,
        "pdf": pdf,
        "draft": draft,
        "btv": btv,
        "ubnd": ubnd,
        "library": library,
    }


def numbers(response):
    assert response.status_code == 200, response.content
    return sorted(item["number"] for item in response.json()["items"])


def test_directive_detail_has_every_field(client, shelf):
    data = client.get(f"/api/v2/pages/{shelf['ct23'].pk}/").json()
    assert data["number"] == "23-CT/TU"
    assert (data["kind"], data["kind_label"]) == ("chi-thi", "Chỉ thị")
    assert data["issuer"]["short_name"] == "BTV Thành ủy" and data["issuer"]["code"] == "TU"
    assert data["issued_on"] == "2023-05-15" and data["effective_from"] == "2023-05-15"
    assert data["effective_until"] is None
    assert (data["status"], data["status_label"]) == ("con-hieu-luc", "Còn hiệu lực")
    assert data["signer"] == "Nguyễn Văn Hiếu"
    [file] = data["files"]
    assert file["url"].startswith("http://") and file["url"].endswith(shelf["pdf"].url)
    assert file["is_original"] is True and file["file_size"] > 1000 and file["downloads"] == 0
    [relation] = data["all_relations"]
    assert relation["direction"] == "incoming" and relation["directive"]["number"] == "05/KH-UBND"
    assert relation["label"] == "Được triển khai bởi"
    [milestone] = data["timeline"]
    assert milestone["kind"] == "so-ket" and milestone["article"]["id"] == shelf["article"].pk
    assert data["citing_article_ids"] == [shelf["article"].pk]


def test_article_lists_its_directives(client, shelf):
    data = client.get(f"/api/v2/pages/{shelf['article'].pk}/").json()
    assert [d["number"] for d in data["directives"]] == ["23-CT/TU"]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("", ["05/KH-UBND", "12-NQ/TU", "23-CT/TU"]),
        ("&number=23-CT/TU", ["23-CT/TU"]),
        ("&number=23/CT-TU", ["23-CT/TU"]),
        ("&number=ct%2023%20tu", ["23-CT/TU"]),
        ("&number=ch%E1%BB%89%20th%E1%BB%8B%2023", ["23-CT/TU"]),
        ("&kind=ke-hoach", ["05/KH-UBND"]),
        ("&issuer=ubnd-thanh-pho", ["05/KH-UBND"]),
        ("&issuer=TU", ["12-NQ/TU", "23-CT/TU"]),
        ("&year=2023", ["05/KH-UBND", "23-CT/TU"]),
        ("&year=2023&kind=chi-thi&issuer=TU", ["23-CT/TU"]),
        ("&number=99-CT/TU", []),
    ],
)
def test_directive_filters(client, shelf, query, expected):
    assert numbers(client.get(DIRECTIVES + "&fields=number" + query)) == expected


@pytest.mark.parametrize("query", ["&kind=sac-lenh", "&year=abc", "&number=xin%20chao"])
def test_bad_filter_values_are_400_with_a_reason(client, shelf, query):
    response = client.get(DIRECTIVES + query)
    assert response.status_code == 400
    assert response.json()["message"]


def test_drafts_never_appear(client, shelf):
    assert "30-CT/TU" not in numbers(client.get(DIRECTIVES + "&fields=number"))
    assert client.get(f"/api/v2/pages/{shelf['draft'].pk}/").status_code == 404


def test_exemplar_fields_and_kind_filter(client, outlet, shelf):
    registry = make_registry(outlet)
    exemplar = make_exemplar(
        registry,
        directives=[shelf["ct23"]],
        articles=[shelf["article"]],
        recognitions=[("Bằng khen", "Ban Thường vụ Thành ủy", "123-QĐ/TU", 2024)],
    )
    make_exemplar(registry, "Ông Tư trồng cây", "ca-nhan")
    data = client.get(f"/api/v2/pages/{exemplar.pk}/").json()
    assert data["kind"] == "tap-the" and data["kind_label"] == "Tập thể"
    assert data["locality"]["name"] == "Phường Ninh Kiều" and data["sector"]["name"] == "Xây dựng Đảng"
    assert data["recognitions"] == [
        {"award": "Bằng khen", "granting_body": "Ban Thường vụ Thành ủy", "decision_number": "123-QĐ/TU", "year": 2024}
    ]
    assert [d["number"] for d in data["directives"]] == ["23-CT/TU"]
    assert [a["id"] for a in data["related_articles"]] == [shelf["article"].pk]
    listing = client.get("/api/v2/pages/?type=exemplars.ExemplarPage&kind=ca-nhan").json()
    assert [item["title"] for item in listing["items"]] == ["Ông Tư trồng cây"]
