"""/api/search/ for a front-end: results with picture, lead, column and type label,
facets with labels, suggestions with URLs — in a fixed number of queries, and as
/api/schema/ describes them. And /api/v2/pages/?search= through the same search."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from cms.api.openapi import build_schema
from cms.news.models import ArticlePage
from tests.factories import (
    make_article,
    make_column,
    make_directive,
    make_exemplar,
    make_image,
    make_library,
    make_outlet,
    make_registry,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def openapi():
    return OpenAPI.from_dict(build_schema())


def conforms(openapi, response, status=200):
    assert response.status_code == status, response.content
    openapi.validate_request(DjangoOpenAPIRequest(response.wsgi_request))
    openapi.validate_response(DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response))
    return response.json()


@pytest.fixture
def outlet_content(clean_tree):
    home = make_outlet()
    politics = make_column(home, "Xây dựng Đảng")
    picture = make_image("Hội nghị", size=(1280, 720))
    with_picture = make_article(
        politics,
        title="Đảng bộ phường quán triệt nghị quyết",
        lead="Các chi bộ học tập nghị quyết của Đảng.",
        hero_image=picture,
    )
    plain = make_article(politics, title="Đảng ủy khối triển khai nghị quyết", lead="Hội nghị trực tuyến.")
    directive = make_directive(make_library(home), title="Chỉ thị về học tập nghị quyết của Đảng")
    exemplar = make_exemplar(make_registry(home), title="Chi bộ học nghị quyết của Đảng bằng hỏi đáp")
    return {
        "home": home,
        "politics": politics,
        "with_picture": with_picture,
        "plain": plain,
        "directive": directive,
        "exemplar": exemplar,
    }


def test_results_carry_picture_lead_column_and_type_label(client, openapi, outlet_content):
    data = conforms(openapi, client.get("/api/search/", {"q": "dang"}))
    by_id = {result["id"]: result for result in data["results"]}
    article = by_id[outlet_content["with_picture"].pk]
    assert article["type_label"] == "Bài viết"
    assert article["lead"] == "Các chi bộ học tập nghị quyết của Đảng."
    politics = outlet_content["politics"]
    assert article["column"] == {"id": politics.pk, "title": "Xây dựng Đảng", "url": "http://testserver" + politics.url}
    image = article["image"]
    assert image["alt"] == "Hội nghị" and (image["width"], image["height"]) == (320, 180)
    assert [(item["width"], item["format"]) for item in image["renditions"]] == [(320, "webp"), (640, "webp")]
    assert image["srcset"].endswith(" 640w") and image["src"].startswith("http://testserver/")
    assert by_id[outlet_content["plain"].pk]["image"] is None
    directive = by_id[outlet_content["directive"].pk]
    assert directive["type_label"] == "Văn bản chỉ đạo" and directive["lead"]
    assert directive["column"]["title"] == "Văn bản chỉ đạo"
    assert by_id[outlet_content["exemplar"].pk]["type_label"] == "Điển hình tiên tiến"

    # Facets: value, Vietnamese label, count, selected.
    types = {facet["value"]: facet for facet in data["facets"]["type"]}
    assert types["article"] == {"value": "article", "label": "Bài viết", "count": 2, "selected": False}
    columns = {facet["label"]: facet for facet in data["facets"]["column"]}
    assert columns["Xây dựng Đảng"]["value"] == politics.slug
    filtered = conforms(openapi, client.get("/api/search/", {"q": "dang", "type": "article"}))
    assert {facet["value"]: facet["selected"] for facet in filtered["facets"]["type"]}["article"] is True
    assert {result["type"] for result in filtered["results"]} == {"article"}


def test_suggestions_carry_urls(client, openapi, outlet_content):
    data = conforms(openapi, client.get("/api/search/suggest/", {"q": "dang bo phuong"}))
    article = outlet_content["with_picture"]
    assert data["suggestions"] == [{"title": article.title, "url": article.url, "id": article.pk}]


def test_a_page_of_results_costs_the_same_queries_however_many_pictures(client, outlet_content):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/api/search/", {"q": "nghi quyet"})
        assert response.status_code == 200
        return len(captured), response.json()

    client.get("/api/search/", {"q": "nghi quyet"})  # renditions made once
    before, first = queries()
    for number in range(6):
        make_article(
            outlet_content["politics"],
            title=f"Nghị quyết số {number} được quán triệt",
            hero_image=make_image(f"Ảnh {number}", size=(640, 360)),
        )
    client.get("/api/search/", {"q": "nghi quyet"})
    after, second = queries()
    assert len(second["results"]) == len(first["results"]) + 6
    assert sum(result["image"] is not None for result in second["results"]) == 7
    assert after == before, (before, after)


# ---------------------------------------------------------------- /api/v2/pages/?search=


def pages_search(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_wagtail_api_search_folds_vietnamese_like_the_search_api(client, outlet_content):
    life = make_column(outlet_content["home"], "Đời sống")
    for number in range(3):
        make_article(life, title=f"Tin thời tiết số {number}", lead="Trời mưa.")
    found = pages_search(client, search="dang")
    ids = [item["id"] for item in found["items"]]
    expected = [result["id"] for result in client.get("/api/search/", {"q": "dang", "site": ""}).json()["results"]]
    assert ids == expected and found["meta"]["total_count"] == 4  # relevance order, as /api/search/
    # type, pagination, fields, order.
    articles = pages_search(client, search="dang", type="news.ArticlePage", fields="lead")
    assert {item["meta"]["type"] for item in articles["items"]} == {"news.ArticlePage"}
    assert articles["meta"]["total_count"] == 2 and "lead" in articles["items"][0]
    second = pages_search(client, search="dang", limit=1, offset=1)
    assert [item["id"] for item in second["items"]] == expected[1:2] and second["meta"]["total_count"] == 4
    ordered = pages_search(client, search="dang", type="news.ArticlePage", order="title")
    assert [item["title"] for item in ordered["items"]] == sorted(item["title"] for item in articles["items"])
    assert pages_search(client, search="dang", type="news.ColumnPage")["meta"]["total_count"] == 0
    assert pages_search(client, search="   ")["meta"]["total_count"] == 0
    assert pages_search(client, search="thoi tiet")["meta"]["total_count"] == 3
    # Another outlet's pages are not this host's.
    other = make_outlet(title="Quận", slug="quan", hostname="quan.example.vn", default=False)
    make_article(make_column(other, "Đảng"), title="Đảng bộ quận", lead="x")
    assert pages_search(client, search="dang")["meta"]["total_count"] == 4
    assert ArticlePage.objects.live().count() == 6


def test_wagtail_api_search_refuses_what_it_cannot_do_in_vietnamese(client, outlet_content):
    response = client.get("/api/v2/pages/", {"search": "dang", "search_operator": "or"})
    assert response.status_code == 400 and "search_operator" in response.json()["message"]
    for hostile in ("'; DROP TABLE wagtailcore_page; --", "<script>alert(1)</script>", '"đảng', "*:)("):
        assert client.get("/api/v2/pages/", {"search": hostile}).status_code == 200
