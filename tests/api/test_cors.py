"""CORS for /api/ (cms/api/cors.py): off by default, only the configured
origins may read, never outside /api/, and the comments API's own origins
(COMMENT_ALLOWED_ORIGINS) keep working beside it."""

import json

import pytest

from cms.settings.base import env_origins

pytestmark = pytest.mark.django_db

APP = "https://app.cantho.example"
OTHER = "https://evil.example"
ACAO = "Access-Control-Allow-Origin"


@pytest.fixture(autouse=True)
def _settings(settings):
    settings.CORS_ALLOWED_ORIGINS = []
    settings.CORS_ALLOW_ALL_ORIGINS = False
    settings.COMMENT_ALLOWED_ORIGINS = []
    settings.COMMENT_RATE_PER_MINUTE = 0
    settings.COMMENT_RATE_PER_DAY = 0


@pytest.fixture
def allowed(settings):
    settings.CORS_ALLOWED_ORIGINS = [APP]


def comments_url(article):
    return f"/api/comments/?page={article.pk}"


def preflight(client, url, origin, method="GET", headers=None):
    extra = {"HTTP_ACCESS_CONTROL_REQUEST_HEADERS": headers} if headers else {}
    return client.options(url, HTTP_ORIGIN=origin, HTTP_ACCESS_CONTROL_REQUEST_METHOD=method, **extra)


def post_comment(client, article, origin):
    data = {
        "page": article.pk,
        "author_name": "Bạn đọc",
        "author_email": "ban.doc@example.vn",
        "body": f"Ý kiến gửi từ {origin}",
    }
    return client.post("/api/comments/", json.dumps(data), content_type="application/json", HTTP_ORIGIN=origin)


def test_off_by_default(client, article):
    for url in ("/api/v2/pages/", comments_url(article), "/api/schema/"):
        response = client.get(url, HTTP_ORIGIN=APP)
        assert response.status_code == 200, url
        assert ACAO not in response, url
    response = preflight(client, "/api/v2/pages/", APP)
    assert ACAO not in response and "Access-Control-Allow-Methods" not in response


def test_an_allowed_origin_may_read_the_api(client, article, allowed):
    for url in ("/api/v2/pages/", f"/api/v2/pages/{article.pk}/", comments_url(article), "/api/schema/"):
        response = client.get(url, HTTP_ORIGIN=APP)
        assert response.status_code == 200, url
        assert response[ACAO] == APP, url
        assert "origin" in response["Vary"].lower(), url
        assert "Access-Control-Allow-Credentials" not in response


def test_preflight_for_an_allowed_origin(client, article, allowed):
    response = preflight(client, "/api/v2/pages/", APP)
    assert response.status_code == 200
    assert response[ACAO] == APP
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert int(response["Access-Control-Max-Age"]) > 0

    response = preflight(client, "/api/comments/", APP, method="POST", headers="content-type")
    assert response.status_code == 200
    assert response[ACAO] == APP
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "content-type" in response["Access-Control-Allow-Headers"]


def test_reading_is_not_posting(client, article, allowed):
    # An origin allowed to read but not in COMMENT_ALLOWED_ORIGINS: its posts are
    # refused by the comments API's Origin check, and it may read why.
    response = post_comment(client, article, APP)
    assert response.status_code == 403
    assert response[ACAO] == APP
    assert "Origin" in response.json()["errors"]["__all__"][0]
    assert "Retry-After" in response["Access-Control-Expose-Headers"]


def test_other_origins_get_nothing(client, article, allowed):
    for url in ("/api/v2/pages/", comments_url(article), "/api/schema/"):
        assert ACAO not in client.get(url, HTTP_ORIGIN=OTHER), url
    for url, method in (("/api/v2/pages/", "GET"), ("/api/comments/", "POST")):
        response = preflight(client, url, OTHER, method=method)
        assert ACAO not in response, url
        assert "Access-Control-Allow-Methods" not in response, url
    assert ACAO not in client.get("/api/v2/pages/", HTTP_ORIGIN="null")


def test_only_api_paths(client, article, allowed):
    for url in ("/", article.url, "/rss/", "/sitemap.xml"):
        response = client.get(url, HTTP_ORIGIN=APP)
        assert response.status_code == 200, url
        assert ACAO not in response, url


def test_any_origin_with_a_star(client, article, settings):
    settings.CORS_ALLOW_ALL_ORIGINS = True
    response = client.get("/api/v2/pages/", HTTP_ORIGIN=OTHER)
    assert response[ACAO] == "*"
    assert preflight(client, "/api/v2/pages/", OTHER)[ACAO] == "*"
    # Still reading only.
    assert post_comment(client, article, OTHER).status_code == 403


def test_comment_origins_still_post_and_read_the_comments_api(client, article, settings):
    # COMMENT_ALLOWED_ORIGINS alone: the comments API answers these sites itself,
    # browser preflight included; they do not get the rest of the API.
    settings.COMMENT_ALLOWED_ORIGINS = [APP]
    response = preflight(client, "/api/comments/", APP, method="POST", headers="content-type")
    assert response.status_code == 200
    assert response[ACAO] == APP
    assert "POST" in response["Access-Control-Allow-Methods"]
    response = post_comment(client, article, APP)
    assert response.status_code == 201
    assert response[ACAO] == APP
    assert client.get(comments_url(article), HTTP_ORIGIN=APP)[ACAO] == APP
    assert ACAO not in client.get("/api/v2/pages/", HTTP_ORIGIN=APP)
    # In both lists: one answer, the same origin.
    settings.CORS_ALLOWED_ORIGINS = [APP]
    response = preflight(client, "/api/comments/", APP, method="POST", headers="content-type")
    assert response[ACAO] == APP and "POST" in response["Access-Control-Allow-Methods"]
    response = post_comment(client, article, f"{APP}")
    assert response.status_code == 409  # same text again: the post itself went through
    assert response[ACAO] == APP


def test_origins_from_the_environment(monkeypatch):
    monkeypatch.setenv("API_CORS_ALLOWED_ORIGINS", " https://App.Example:443/ ,http://localhost:3000,, http://x.vn:80")
    assert env_origins("API_CORS_ALLOWED_ORIGINS") == ["https://app.example", "http://localhost:3000", "http://x.vn"]
    monkeypatch.setenv("API_CORS_ALLOWED_ORIGINS", "*")
    assert env_origins("API_CORS_ALLOWED_ORIGINS") == ["*"]
    monkeypatch.delenv("API_CORS_ALLOWED_ORIGINS")
    assert env_origins("API_CORS_ALLOWED_ORIGINS") == []
