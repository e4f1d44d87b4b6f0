"""Headless preview: the editor's draft reaches a decoupled front-end through a signed token."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.test import RequestFactory

from tests.factories import make_user

pytestmark = pytest.mark.django_db

FRONT_END = "https://app.example.vn/xem-truoc/"


def preview_link(page, user):
    request = RequestFactory().get("/admin/", HTTP_HOST="localhost")
    request.user = user
    response = page.make_preview_request(request, "headless")
    html = response.content.decode()
    src = re.search(r'<iframe[^>]+src="([^"]+)"', html).group(1).replace("&amp;", "&")
    return src


@pytest.fixture
def editor(db):
    return make_user("bientap", "Biên tập viên", is_superuser=True)


def test_the_headless_mode_is_offered_only_when_configured(article, settings):
    settings.HEADLESS_PREVIEW_URL = ""
    assert "headless" not in dict(article.preview_modes)
    settings.HEADLESS_PREVIEW_URL = FRONT_END
    assert dict(article.preview_modes)["headless"] == "Giao diện tách rời (headless)"
    assert "" in dict(article.preview_modes)  # the site's own preview stays


def test_the_front_end_reads_the_draft_not_the_live_page(client, article, editor, settings):
    settings.HEADLESS_PREVIEW_URL = FRONT_END
    live_title = article.title
    article.title = "Bản nháp: tiêu đề mới chưa xuất bản"
    article.lead = "Sapo đang sửa."
    link = preview_link(article, editor)
    assert link.startswith(FRONT_END + "?")
    params = {key: values[0] for key, values in parse_qs(urlparse(link).query).items()}
    assert params["content_type"] == "news.articlepage"

    response = client.get("/api/v2/page_preview/", params)
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Bản nháp: tiêu đề mới chưa xuất bản"
    assert data["lead"] == "Sapo đang sửa."
    assert data["id"] == article.pk
    # The public API still shows what is live.
    assert client.get(f"/api/v2/pages/{article.pk}/").json()["title"] == live_title


def test_the_site_preview_still_renders_html(article, editor, settings):
    settings.HEADLESS_PREVIEW_URL = FRONT_END
    request = RequestFactory().get("/admin/", HTTP_HOST="localhost")
    request.user = editor
    article.title = "Tiêu đề xem trước trên chính trang"
    response = article.make_preview_request(request, "")
    assert response.status_code == 200
    assert "Tiêu đề xem trước trên chính trang" in response.content.decode()
    assert "<iframe" not in response.content.decode().split("<main", 1)[1][:200]


def test_bad_preview_requests_are_4xx(client, article, editor, settings):
    settings.HEADLESS_PREVIEW_URL = FRONT_END
    params = {key: values[0] for key, values in parse_qs(urlparse(preview_link(article, editor)).query).items()}
    assert client.get("/api/v2/page_preview/").status_code == 400
    assert client.get("/api/v2/page_preview/", {"token": params["token"]}).status_code == 400
    cases = [
        {"content_type": "news.khongco", "token": params["token"]},
        {"content_type": "auth.user", "token": params["token"]},
        {"content_type": "nonsense", "token": params["token"]},
        {"content_type": "news.articlepage", "token": params["token"] + "x"},
        {"content_type": "news.articlepage", "token": "id=1:forged:signature"},
        {"content_type": "news.articlepage", "token": "' OR 1=1 --"},
    ]
    for case in cases:
        response = client.get("/api/v2/page_preview/", case)
        assert response.status_code == 404, case
        assert response.json()["message"]
    settings.HEADLESS_PREVIEW_MAX_AGE = -1
    expired = client.get("/api/v2/page_preview/", params)
    assert expired.status_code == 404 and "hết hạn" in expired.json()["message"]
