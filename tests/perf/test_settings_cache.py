"""Issue 11: the Site and the outlet's settings are read once and kept per process,
and every change an editor makes is seen on the next request, in this worker and
in the others (which learn of it through the token in the shared cache)."""

import uuid

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.comments.models import CommentSettings
from cms.core.models import SETTINGS_TOKEN_KEY, OutletSettings

READER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def _tables(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_USER_AGENT=READER)
    assert response.status_code == 200
    sql = " ".join(q["sql"] for q in captured.captured_queries)
    return response.content.decode(), sql


def test_site_and_settings_are_not_read_on_every_request(settings, article, client):
    settings.PAGE_CACHE_ENABLED = False
    client.get(article.url, HTTP_USER_AGENT=READER)
    _, sql = _tables(client, article.url)
    assert '"wagtailcore_site"' not in sql
    assert '"core_outletsettings"' not in sql
    assert '"forums_commentsettings"' not in sql


def test_an_editor_saving_outlet_settings_is_seen_at_once(settings, article, client):
    settings.PAGE_CACHE_ENABLED = False
    html, _ = _tables(client, article.url)
    outlet = OutletSettings.objects.get()
    assert outlet.name in html
    outlet.name = "Báo Điện tử Thành phố Mới"
    outlet.save()  # as the settings form in the admin does
    html, _ = _tables(client, article.url)
    assert "Báo Điện tử Thành phố Mới" in html


def test_a_change_saved_by_another_worker_is_seen_at_once(settings, article, client):
    settings.PAGE_CACHE_ENABLED = False
    _tables(client, article.url)
    # Another process saved the settings: the row changed and it replaced the token
    # in the shared cache; this process still holds the old copy in memory.
    OutletSettings.objects.update(name="Cổng tin do tiến trình khác sửa")
    cache.set(SETTINGS_TOKEN_KEY, uuid.uuid4().hex, None)
    html, _ = _tables(client, article.url)
    assert "Cổng tin do tiến trình khác sửa" in html


def test_comment_settings_change_closes_comments_at_once(settings, article, client):
    settings.PAGE_CACHE_ENABLED = False
    assert article.comment_refusal() is None
    comment_settings = CommentSettings.objects.get_or_create(site=article.get_site())[0]
    comment_settings.comment_days = 0
    comment_settings.save()
    article.refresh_from_db()
    assert article.comment_refusal() == "Đã hết thời gian nhận bình luận cho trang này."
