"""Issue 11: comments work from a page served by the page cache, with and without
JavaScript. The cached page carries no CSRF token (one reader's token would go to the
next); the form and report posts are checked on Origin / Referer instead."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from cms.comments.models import APPROVED, Comment, CommentReport
from tests.comments.test_public_comments import add_comment, comment_data

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.COMMENT_RATE_PER_MINUTE = 0
    settings.COMMENT_RATE_PER_DAY = 0
    settings.COMMENT_MIN_SECONDS = 3
    settings.COMMENT_ALLOWED_ORIGINS = ["https://doi-tac.example.vn"]


def form_fields(html):
    """The hidden fields of the comment form as a browser would send them."""
    form = html[html.index('class="comment-form"') :]
    form = form[: form.index("</form>")]
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))


def test_two_readers_post_from_the_same_cached_page(article):
    first_reader, second_reader = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_reader.get(article.url)
    page = second_reader.get(article.url)
    assert page["X-Page-Cache"] == "hit"
    html = page.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert not page.cookies and "csrftoken" not in second_reader.cookies
    hidden = form_fields(html)
    assert "stamp" in hidden
    url = reverse("comments:post_comment", args=[article.pk])
    for number, reader in enumerate((first_reader, second_reader), start=1):
        data = comment_data(author_name=f"Bạn đọc số {number}", body=f"Ý kiến thứ {number} về chỉ thị.")
        data["stamp"] = hidden["stamp"]
        response = reader.post(url, data, HTTP_ORIGIN=SITE, REMOTE_ADDR=f"203.0.113.{number}")
        assert response.status_code == 303, response.content.decode()[:300]
    assert sorted(Comment.objects.values_list("author_name", flat=True)) == ["Bạn đọc số 1", "Bạn đọc số 2"]


def test_a_browser_sending_only_a_referer_is_accepted(article):
    reader = Client(enforce_csrf_checks=True)
    url = reverse("comments:post_comment", args=[article.pk])
    response = reader.post(url, comment_data(), HTTP_REFERER=SITE + article.url)
    assert response.status_code == 303
    assert Comment.objects.count() == 1


def test_an_allowed_partner_site_may_post(article):
    reader = Client(enforce_csrf_checks=True)
    url = reverse("comments:post_comment", args=[article.pk])
    assert reader.post(url, comment_data(), HTTP_ORIGIN="https://doi-tac.example.vn").status_code == 303


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://trang-gia-mao.example.com"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://trang-gia-mao.example.com/bai-viet/"},
        {"HTTP_ORIGIN": "http://testserver.example.com"},
    ],
)
def test_a_post_from_another_site_is_refused_and_keeps_the_text(article, headers):
    reader = Client(enforce_csrf_checks=True)
    url = reverse("comments:post_comment", args=[article.pk])
    response = reader.post(url, comment_data(body="Nội dung tôi đã gõ rất dài."), **headers)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Không nhận được bình luận gửi từ trang khác" in html
    assert "Nội dung tôi đã gõ rất dài." in html
    assert response["Cache-Control"] == "private, no-store"
    assert not Comment.objects.exists()


def test_a_signed_in_person_needs_origin_or_referer(article, django_user_model):
    user = django_user_model.objects.create_user("bandoc", password="mat-khau-thu")
    reader = Client(enforce_csrf_checks=True)
    reader.force_login(user)
    url = reverse("comments:post_comment", args=[article.pk])
    assert reader.post(url, comment_data()).status_code == 403
    assert reader.post(url, comment_data(), HTTP_ORIGIN=SITE).status_code == 303


def test_reporting_from_a_cached_page(article):
    comment = add_comment(article, status=APPROVED)
    reader = Client(enforce_csrf_checks=True)
    reader.get(article.url)
    assert reader.get(article.url)["X-Page-Cache"] == "hit"
    url = reverse("comments:report_comment", args=[comment.pk])
    assert reader.post(url, {"reason": "xuc-pham"}, HTTP_ORIGIN=SITE).status_code == 303
    assert CommentReport.objects.count() == 1
    refused = reader.post(url, {"reason": "spam"}, HTTP_ORIGIN="https://trang-gia-mao.example.com")
    assert refused.status_code == 403
    assert CommentReport.objects.count() == 1
