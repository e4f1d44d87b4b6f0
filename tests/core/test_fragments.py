"""Issue 11: rendered parts of reader pages reused by the requests the page cache does not
answer (cms/core/fragments.py, {% fragment %}), and never reused once stale."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.comments.models import PENDING, Comment
from cms.comments.moderation import approve
from cms.news.models import ArticlePage
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True  # fragments follow the page cache's switch


@pytest.fixture
def reader():
    """A reader the page cache passes by: a session cookie (no session behind it)."""
    client = Client()
    client.cookies["sessionid"] = "khong-co-phien"
    return client


def _render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response  # rendered, not served from the page cache
    return response.content.decode(), len(queries)


def test_a_second_render_reuses_the_parts_and_gives_the_same_page(reader, article):
    first, first_queries = _render(reader, article.url)
    second, second_queries = _render(reader, article.url)
    assert second == first
    assert second_queries < first_queries / 2, (first_queries, second_queries)


def test_a_correction_is_rendered_at_once(reader, article):
    _render(reader, article.url)
    revision = article.save_revision()
    revision.publish()
    article.refresh_from_db()
    article.title = "Đính chính: Quán triệt Chỉ thị 23-CT/TU"
    article.save_revision().publish()
    html, _ = _render(reader, article.url)
    assert "Đính chính: Quán triệt Chỉ thị 23-CT/TU" in html


def test_an_approved_comment_is_rendered_at_once(reader, article):
    moderator = make_user("kiemduyet", is_superuser=True, is_staff=True)
    comment = Comment.objects.create(
        page=article,
        author_name="Trần Thị Góp",
        author_email="gop@example.vn",
        body="Nên mở thêm lớp học.",
        status=PENDING,
    )
    assert "Nên mở thêm lớp học." not in _render(reader, article.url)[0]
    approve([comment], moderator)
    assert "Nên mở thêm lớp học." in _render(reader, article.url)[0]


def test_staff_always_get_a_fresh_render(reader, article):
    _render(reader, article.url)
    # A change that bypasses every signal (a script, another tool): the fragments still
    # hold the old title for readers until a purge, but signed-in staff see the row as it is.
    ArticlePage.objects.filter(pk=article.pk).update(title="Tiêu đề sửa ngoài hệ thống")
    headline = '<h1 class="article__title">Tiêu đề sửa ngoài hệ thống</h1>'
    assert headline not in _render(reader, article.url)[0]
    editor = Client()
    editor.force_login(make_user("bientap", is_superuser=True, is_staff=True))
    assert headline in _render(editor, article.url)[0]


def test_a_refused_comment_keeps_what_the_reader_typed(reader, article):
    _render(reader, article.url)  # the comments block is stored for this URL
    response = reader.post(
        reverse("comments:post_comment", args=[article.pk]),
        {"author_name": "", "author_email": "sai-dia-chi", "body": "Ý kiến tôi viết dở"},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ý kiến tôi viết dở" in html


def test_the_page_cache_switch_turns_fragments_off(settings, reader, article):
    settings.PAGE_CACHE_ENABLED = False
    _render(reader, article.url)
    ArticlePage.objects.filter(pk=article.pk).update(title="Tiêu đề mới không qua bộ nhớ đệm")
    assert '<h1 class="article__title">Tiêu đề mới không qua bộ nhớ đệm</h1>' in _render(reader, article.url)[0]


def test_settings_without_the_fragments_cache_still_render(settings, reader, article):
    settings.CACHES = {"default": settings.CACHES["default"]}  # a custom settings file that predates fragments
    html, _ = _render(reader, article.url)
    assert article.title in html
