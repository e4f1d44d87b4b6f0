"""Daily view counts: recording, totals, the "most read" window, and which requests count."""

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from cms.core.models import PageViews
from cms.news.models import most_read_articles
from tests.factories import make_article

pytestmark = pytest.mark.django_db

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
CHROME = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"


def test_record_creates_todays_row_then_increments_it(article):
    PageViews.record(article.pk)
    row = PageViews.objects.get(page_id=article.pk)
    assert (row.day, row.count) == (timezone.localdate(), 1)
    PageViews.record(article.pk)
    PageViews.record(article.pk)
    assert PageViews.objects.filter(page_id=article.pk).count() == 1
    assert PageViews.objects.get(page_id=article.pk).count == 3


def test_total_and_totals_for_add_up_every_day(column):
    first = make_article(column, title="Bài thứ nhất")
    second = make_article(column, title="Bài thứ hai")
    unread = make_article(column, title="Bài chưa ai đọc")
    today = timezone.localdate()
    for day_offset in (0, 0, 1, 30):
        PageViews.record(first.pk, day=today - timedelta(days=day_offset))
    PageViews.record(second.pk)
    assert PageViews.total(first.pk) == 4
    assert PageViews.total(unread.pk) == 0
    assert PageViews.objects.totals_for([first.pk, second.pk, unread.pk]) == {first.pk: 4, second.pk: 1}


def test_most_read_counts_only_the_last_seven_days(outlet, column):
    today = timezone.localdate()
    old_hit = make_article(column, title="Bài hot tháng trước")
    steady = make_article(column, title="Bài đọc đều trong tuần")
    fresh = make_article(column, title="Bài mới hôm nay")
    PageViews.objects.create(page=old_hit, day=today - timedelta(days=7), count=1000)  # 8th day back: outside
    PageViews.objects.create(page=old_hit, day=today, count=2)
    PageViews.objects.create(page=steady, day=today - timedelta(days=6), count=40)  # 7th day back: inside
    PageViews.objects.create(page=steady, day=today - timedelta(days=1), count=5)
    PageViews.objects.create(page=fresh, day=today, count=12)

    result = most_read_articles(outlet)

    assert [page.title for page in result] == ["Bài đọc đều trong tuần", "Bài mới hôm nay", "Bài hot tháng trước"]
    assert [page.recent_views for page in result] == [45, 12, 2]


def test_most_read_ignores_unpublished_articles_and_respects_the_limit(outlet, column):
    today = timezone.localdate()
    articles = [make_article(column, title=f"Bài số {n}") for n in range(4)]
    for views, article in enumerate(articles, start=1):
        PageViews.objects.create(page=article, day=today, count=views * 10)
    articles[3].unpublish()
    result = most_read_articles(outlet, limit=2)
    assert [page.title for page in result] == ["Bài số 2", "Bài số 1"]


def pixel(client, article, **extra):
    """The article's view counter image, as the browser fetches it after the page (issue 11)."""
    response = client.get(f"/dem/{article.pk}.gif", **extra)
    assert response.status_code == 200
    return response


def test_a_reader_is_counted_and_a_robot_is_not(client, article):
    assert client.get(article.url, HTTP_USER_AGENT=GOOGLEBOT).status_code == 200
    pixel(client, article, HTTP_USER_AGENT=GOOGLEBOT)
    assert PageViews.total(article.pk) == 0
    assert client.get(article.url, HTTP_USER_AGENT="").status_code == 200
    pixel(client, article, HTTP_USER_AGENT="")
    assert PageViews.total(article.pk) == 0
    client.get(article.url, HTTP_USER_AGENT=FIREFOX)
    pixel(client, article, HTTP_USER_AGENT=FIREFOX)
    assert PageViews.total(article.pk) == 1
    assert "1 lượt xem" in client.get(article.url, HTTP_USER_AGENT=FIREFOX).content.decode()


def test_head_and_post_requests_are_not_views(client, article):
    assert client.head(article.url, HTTP_USER_AGENT=FIREFOX).status_code == 200
    client.post(article.url, {"q": "x"}, HTTP_USER_AGENT=FIREFOX)
    assert client.head(f"/dem/{article.pk}.gif", HTTP_USER_AGENT=FIREFOX).status_code == 200
    assert client.post(f"/dem/{article.pk}.gif", HTTP_USER_AGENT=FIREFOX).status_code == 405
    assert PageViews.total(article.pk) == 0


def test_an_editors_preview_is_not_a_view(column):
    article = make_article(column, title="Bài xem trước")
    editor_request = RequestFactory().get("/admin/", HTTP_USER_AGENT=FIREFOX)
    response = article.make_preview_request(original_request=editor_request)
    assert response.status_code == 200
    assert "Bài xem trước" in response.content.decode()
    assert PageViews.total(article.pk) == 0


def test_editor_viewing_a_revision_of_a_tagged_article_sees_it_and_adds_no_view(client, article, django_user_model):
    # The admin renders revisions (and previews) from in-memory pages whose tags are not a database queryset.
    editor = django_user_model.objects.create_superuser("bientap", "bientap@toasoan.vn", "mat-khau-thu")
    client.force_login(editor)
    client.raise_request_exception = False
    revision = article.get_latest_revision()
    url = reverse("wagtailadmin_pages:revisions_view", args=(article.pk, revision.pk))
    response = client.get(url, HTTP_USER_AGENT=FIREFOX)
    assert response.status_code == 200
    assert article.title in response.content.decode()
    assert PageViews.total(article.pk) == 0


# ---------------------------------------------------------------- one reader, one view per 30 minutes


def read(client, article, ip="203.0.113.5", user_agent=FIREFOX):
    """A browser reading the article: the page, then its view counter image."""
    response = client.get(article.url, REMOTE_ADDR=ip, HTTP_USER_AGENT=user_agent)
    assert response.status_code == 200
    pixel(client, article, REMOTE_ADDR=ip, HTTP_USER_AGENT=user_agent)
    return response


def test_300_reads_from_one_reader_are_one_view(client, article):
    """Reloading a page 300 times must not push it into "Đọc nhiều"."""
    for _ in range(300):
        response = read(client, article)
    assert PageViews.total(article.pk) == 1
    assert "1 lượt xem" in response.content.decode()  # the page rendered after the first read


def test_other_readers_each_add_a_view(client, article, column):
    read(client, article)
    read(client, article, ip="198.51.100.20")  # another address
    read(client, article, user_agent=CHROME)  # another browser behind the same address (an office, a café)
    read(client, article)
    assert PageViews.total(article.pk) == 3
    other = make_article(column, title="Bài khác cùng chuyên mục")
    read(client, other)  # the same reader, another article
    assert PageViews.total(other.pk) == 1


def test_the_same_reader_counts_again_after_30_minutes(client, article, monkeypatch):
    start = time.time()
    read(client, article)
    monkeypatch.setattr(time, "time", lambda: start + 29 * 60)
    read(client, article)
    assert PageViews.total(article.pk) == 1
    monkeypatch.setattr(time, "time", lambda: start + 30 * 60 + 1)
    read(client, article)
    assert PageViews.total(article.pk) == 2
    monkeypatch.setattr(time, "time", lambda: start + 45 * 60)
    read(client, article)
    assert PageViews.total(article.pk) == 2


def test_readers_are_remembered_without_their_addresses(client, article, settings):
    # The keys are read from a local-memory cache, also when CI runs this on Redis.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    read(client, article)  # warm the other caches (sites, templates)
    before = set(cache._cache)  # the local-memory cache of the tests
    read(client, article, ip="198.51.100.77")
    [key] = set(cache._cache) - before
    assert "198.51.100.77" not in key and "Firefox" not in key
