"""The public Wagtail API v2 (/api/v2/): what a headless client sees of articles, images and documents."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import PageViewRestriction

from cms.core.models import PageViews
from cms.news.models import ArticlePage
from tests.factories import AuthorFactory, make_article, make_column, make_document, make_image, make_outlet

pytestmark = pytest.mark.django_db

ARTICLES = "/api/v2/pages/?type=news.ArticlePage"


@pytest.fixture
def full_article(column, author):
    """An article with everything the API exposes."""
    photographer = AuthorFactory(name="Trần Thị Mai", pen_name="", role="Phóng viên ảnh")
    document = make_document("Chỉ thị 23-CT/TU của Ban Thường vụ Thành ủy", content=b"%PDF-1.4" + b"x" * 2040)
    article = make_article(
        column,
        title="Quán triệt Chỉ thị 23-CT/TU về học tập nghị quyết",
        lead="Ban Thường vụ Thành ủy ban hành chỉ thị đổi mới việc học tập nghị quyết.",
        authors=[author, photographer],
        tags=["Chỉ thị 23", "Xây dựng Đảng"],
        attachments=[document],
        hero_image=make_image("Hội nghị quán triệt", size=(1600, 900)),
        hero_caption="Quang cảnh hội nghị quán triệt.",
        hero_credit="Ảnh: PV.",
        body=[("heading", "Bốn nhiệm vụ trọng tâm"), ("paragraph", "<p>Thứ nhất, nâng cao nhận thức.</p>")],
    )
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=datetime(2023, 5, 15, 3, 15, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    )
    for _ in range(3):
        PageViews.record(article.pk)
    return article


def test_article_listing_exposes_the_newsroom_fields(client, full_article):
    response = client.get(ARTICLES + "&fields=*")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 1
    item = data["items"][0]
    assert item["id"] == full_article.pk
    assert item["title"] == "Quán triệt Chỉ thị 23-CT/TU về học tập nghị quyết"
    assert item["lead"] == "Ban Thường vụ Thành ủy ban hành chỉ thị đổi mới việc học tập nghị quyết."
    assert item["column"] == {"id": full_article.get_parent().pk, "title": "Thời sự", "slug": "thoi-su"}
    assert [(a["name"], a["pen_name"]) for a in item["authors"]] == [
        ("Ngô Phương Văn", "Phương Văn"),
        ("Trần Thị Mai", ""),
    ]
    assert item["tag_names"] == ["Chỉ thị 23", "Xây dựng Đảng"]
    assert [(block["type"], block["value"]) for block in item["body"]] == [
        ("heading", "Bốn nhiệm vụ trọng tâm"),
        ("paragraph", "<p>Thứ nhất, nâng cao nhận thức.</p>"),
    ]
    assert item["hero_caption"] == "Quang cảnh hội nghị quán triệt."
    assert item["hero_credit"] == "Ảnh: PV."
    rendition = item["hero_image_rendition"]
    assert (rendition["width"], rendition["height"]) == (1200, 675)
    assert rendition["url"].startswith("/media/images/") and rendition["url"].endswith(".fill-1200x675.jpg")
    assert item["view_count"] == 3
    assert item["comment_count"] == 0
    assert item["meta"]["first_published_at"] == "2023-05-15T03:15:00+07:00"
    assert item["meta"]["html_url"] == full_article.full_url


def test_attachments_give_title_absolute_url_and_size(client, full_article):
    item = client.get(f"/api/v2/pages/{full_article.pk}/").json()
    [attachment] = item["attachments"]
    assert attachment["title"] == "Chỉ thị 23-CT/TU của Ban Thường vụ Thành ủy"
    assert attachment["file_extension"] == "pdf"
    assert attachment["file_size"] == 2048
    assert attachment["url"].startswith("http://testserver/documents/")
    assert client.get(attachment["url"]).status_code == 200


def test_requested_fields_only(client, full_article):
    item = client.get(ARTICLES + "&fields=lead,authors,tag_names").json()["items"][0]
    assert set(item) == {"id", "meta", "title", "lead", "authors", "tag_names"}


def test_hidden_articles_are_neither_listed_nor_served(client, column, article):
    draft = make_article(column, title="Bản nháp chưa duyệt", publish=False)
    unpublished = make_article(column, title="Bài đã gỡ xuống")
    unpublished.unpublish()
    private = make_article(column, title="Bài nội bộ có mật khẩu")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="noibo")

    listed = client.get(ARTICLES + "&limit=100").json()["items"]
    assert [item["id"] for item in listed] == [article.pk]
    all_pages = [item["id"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]]
    for hidden in (draft, unpublished, private):
        assert hidden.pk not in all_pages
        response = client.get(f"/api/v2/pages/{hidden.pk}/")
        assert response.status_code == 404, hidden.title
        assert hidden.title not in response.content.decode()
    assert client.get(f"/api/v2/pages/{article.pk}/").status_code == 200


def test_images_and_documents_endpoints_answer(client, full_article):
    images = client.get("/api/v2/images/").json()
    assert [image["title"] for image in images["items"]] == ["Hội nghị quán triệt"]
    image = client.get(f"/api/v2/images/{images['items'][0]['id']}/").json()
    assert (image["width"], image["height"]) == (1600, 900)

    documents = client.get("/api/v2/documents/").json()
    assert [document["title"] for document in documents["items"]] == ["Chỉ thị 23-CT/TU của Ban Thường vụ Thành ủy"]
    assert documents["items"][0]["meta"]["download_url"].endswith(".pdf")


def test_bad_query_parameters_are_a_400_not_a_500(client, article):
    client.raise_request_exception = False
    for query in [
        "/api/v2/pages/?limit=abc",
        "/api/v2/pages/?offset=-1",
        "/api/v2/pages/?type=nonexistent.Model",
        "/api/v2/pages/?type=news.ArticlePage&fields=doesnotexist",
        "/api/v2/pages/?order=khong_co_truong_nay",
        "/api/v2/images/?limit=abc",
    ]:
        response = client.get(query)
        assert response.status_code == 400, query
        assert response.json()["message"]


def test_links_in_api_answers_point_to_the_outlet_that_was_asked(client, outlet):
    district = make_outlet(
        title="Báo điện tử quận Ninh Kiều", slug="ninh-kieu", hostname="ninhkieu.localhost", default=False, theme="quan"
    )
    article = make_article(make_column(district, "Tin quận"), title="Ninh Kiều ra quân làm sạch kênh rạch")
    item = client.get(f"/api/v2/pages/{article.pk}/", HTTP_HOST="ninhkieu.localhost").json()
    assert item["meta"]["html_url"] == "http://ninhkieu.localhost/tin-quan/ninh-kieu-ra-quan-lam-sach-kenh-rach/"
    assert item["meta"]["detail_url"] == f"http://ninhkieu.localhost/api/v2/pages/{article.pk}/"


@pytest.fixture
def two_columns(outlet):
    politics = make_column(outlet, "Xây dựng Đảng")
    economy = make_column(outlet, "Kinh tế")
    first = make_article(politics, title="Học tập nghị quyết ở chi bộ", tags=["Nghị quyết"], published_at=_at(1))
    second = make_article(economy, title="Chợ đầu mối mở rộng", tags=["Thị trường"], published_at=_at(3))
    third = make_article(economy, title="Doanh nghiệp bàn về nghị quyết", tags=["Nghị quyết"], published_at=_at(2))
    return {"politics": politics, "economy": economy, "articles": [first, second, third]}


def _at(day):
    return datetime(2026, 3, day, 8, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


def _titles(client, query):
    response = client.get(ARTICLES + query)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_filter_by_tag_slug_or_name(client, two_columns):
    expected = {"Học tập nghị quyết ở chi bộ", "Doanh nghiệp bàn về nghị quyết"}
    assert set(_titles(client, "&tag=nghi-quyet")) == expected
    assert set(_titles(client, "&tag=Nghị quyết")) == expected
    assert _titles(client, "&tag=khong-co") == []


def test_filter_by_column_slug_or_id(client, two_columns):
    expected = {"Chợ đầu mối mở rộng", "Doanh nghiệp bàn về nghị quyết"}
    assert set(_titles(client, "&column=kinh-te")) == expected
    assert set(_titles(client, f"&child_of={two_columns['economy'].pk}")) == expected
    assert _titles(client, "&column=kinh-te&tag=nghi-quyet") == ["Doanh nghiệp bàn về nghị quyết"]


def test_ordering_and_pagination(client, two_columns):
    newest_first = _titles(client, "&order=-first_published_at")
    assert newest_first == ["Chợ đầu mối mở rộng", "Doanh nghiệp bàn về nghị quyết", "Học tập nghị quyết ở chi bộ"]
    page = client.get(ARTICLES + "&order=-first_published_at&limit=1&offset=1").json()
    assert page["meta"]["total_count"] == 3
    assert [item["title"] for item in page["items"]] == ["Doanh nghiệp bàn về nghị quyết"]


@pytest.mark.parametrize(
    "query, message",
    [
        ("/api/v2/pages/?column=kinh-te", "column: chỉ dùng kèm type=news.ArticlePage."),
        (ARTICLES + "&column=khong-co", "column: không có chuyên mục với đường dẫn này."),
        ("/api/v2/pages/?type=news.ColumnPage&tag=x", "tag: chỉ dùng kèm"),
    ],
)
def test_bad_tag_and_column_filters_are_400(client, two_columns, query, message):
    response = client.get(query)
    assert response.status_code == 400
    assert response.json()["message"].startswith(message)
