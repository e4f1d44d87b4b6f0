import pytest
from django.test import RequestFactory

from cms.core.views import page_not_found, server_error


def test_500_page_is_vietnamese_and_needs_no_database():
    # No db fixture: the page must render even when the database is what failed.
    response = server_error(RequestFactory().get("/bai-loi/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="vi">' in html and "Đã có lỗi xảy ra" in html


@pytest.mark.django_db
def test_404_page_is_vietnamese(client, outlet):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
    direct = page_not_found(RequestFactory().get("/x/"))
    assert direct.status_code == 404
