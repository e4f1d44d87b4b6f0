"""Issue 11: the readers' page cache (cms/core/page_cache.py). What is stored and what is
not, the Cache-Control it sends, and every trigger that must make pages fresh at once."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision

from cms.comments.models import APPROVED, PENDING, Comment, CommentSettings
from cms.comments.moderation import approve, reject, set_featured
from cms.core.models import OutletSettings
from cms.directives.models import STATUS_LABELS
from tests.factories import make_article, make_column, make_directive, make_library, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 300


def read(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.content.decode()


def assert_cached(client, url):
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == second.status_code == 200, url
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit", url
    assert second.content == first.content
    return second


# ---------------------------------------------------------------- what is stored, with which headers


def test_an_anonymous_read_is_stored_whole_and_marked_public(client, article):
    first = client.get(article.url)
    assert first["X-Page-Cache"] == "miss"
    second = client.get(article.url)
    assert second["X-Page-Cache"] == "hit"
    assert article.title in second.content.decode()
    words = {word.strip().split("=")[0] for word in second["Cache-Control"].split(",")}
    assert {"public", "max-age", "s-maxage", "stale-while-revalidate"} <= words
    assert "s-maxage=300" in second["Cache-Control"]
    assert not second.cookies and not first.cookies
    assert second["Content-Type"].startswith("text/html")
    # HEAD shares the entry.
    assert client.head(article.url)["X-Page-Cache"] == "hit"


def test_feeds_sitemaps_and_read_only_json_are_cached(client, article):
    for url in (
        article.get_parent().url,
        "/",
        "/rss/",
        "/sitemap.xml",
        "/api/v2/pages/?type=news.ArticlePage&fields=*",
        "/api/search/?q=ch%E1%BB%89+th%E1%BB%8B",
        f"/api/comments/?page={article.pk}",
    ):
        response = assert_cached(client, url)
        assert "public" in response["Cache-Control"]


def test_the_query_is_normalised_in_the_key(client, article):
    url = "/tim-kiem/"
    assert client.get(url + "?q=nghi+quyet&trang=1")["X-Page-Cache"] == "miss"
    assert client.get(url + "?trang=1&q=nghi+quyet")["X-Page-Cache"] == "hit"
    assert client.get(url + "?q=nghi+quyet&trang=2")["X-Page-Cache"] == "miss"


def test_tracking_parameters_from_facebook_and_zalo_share_the_entry(client, article):
    assert client.get(article.url + "?fbclid=IwAR0abc")["X-Page-Cache"] == "miss"
    for query in ("?fbclid=IwAR0xyz", "", "?zarsrc=30&utm_source=zalo&utm_medium=zalo", "?gclid=1&utm_campaign=tet"):
        response = client.get(article.url + query)
        assert response["X-Page-Cache"] == "hit", query
        assert article.title in response.content.decode()
    # Parameters that change the page keep their own entries.
    assert client.get(article.url + "?print=1&fbclid=abc")["X-Page-Cache"] == "miss"
    assert client.get(article.url + "?print=1")["X-Page-Cache"] == "hit"


def test_editors_posts_and_the_admin_are_private_and_never_stored(client, article):
    editor = make_user("bientap", is_superuser=True, is_staff=True)
    client.force_login(editor)
    response = client.get(article.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "X-Page-Cache" not in response
    assert "private" in client.get(reverse("wagtailadmin_home"))["Cache-Control"]
    client.logout()
    # What the editor saw was not stored: the reader's first read is a miss.
    assert client.get(article.url)["X-Page-Cache"] == "miss"
    posted = client.post(reverse("comments:post_comment", args=[article.pk]), {"body": ""})
    assert posted["Cache-Control"] == "private, no-store"
    assert "X-Page-Cache" not in posted


def test_a_page_holding_a_csrf_token_is_not_stored(client, outlet):
    from tests.factories import make_registry

    url = make_registry(outlet).url + "de-cu/"  # the nomination form
    first = client.get(url)
    assert first.status_code == 200 and "csrfmiddlewaretoken" in first.content.decode()
    assert first["Cache-Control"] == "private, no-store"
    second = client.__class__().get(url)
    assert "X-Page-Cache" not in second and second["Cache-Control"] == "private, no-store"


def test_switched_off_nothing_is_cached(client, article, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get(article.url)
    assert "X-Page-Cache" not in client.get(article.url)


# ---------------------------------------------------------------- fresh at once


def test_publishing_a_correction_is_seen_at_once_everywhere(client, outlet, column, article):
    for url in (article.url, column.url, outlet.url, "/rss/"):
        assert_cached(client, url)
    article.title = "Đính chính: Chỉ thị 23-CT/TU"
    article.save_revision().publish()
    for url in (article.url, column.url, outlet.url, "/rss/"):
        response, html = read(client, url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Đính chính: Chỉ thị 23-CT/TU" in html, url


def test_unpublishing_and_deleting_are_seen_at_once(client, column, article):
    other = make_article(column, title="Bài sẽ bị xóa")
    assert_cached(client, article.url)
    assert_cached(client, other.url)
    assert_cached(client, column.url)
    article.unpublish()
    assert client.get(article.url).status_code == 404
    assert article.title not in client.get(column.url).content.decode()
    other_url = other.url
    other.delete()
    assert client.get(other_url).status_code == 404
    assert "Bài sẽ bị xóa" not in client.get(column.url).content.decode()


def test_moving_a_page_is_seen_at_once(client, outlet, column, article):
    economy = make_column(outlet, "Kinh tế")
    old_url = article.url
    assert_cached(client, old_url)
    assert_cached(client, economy.url)
    article.move(economy, pos="last-child")
    article.refresh_from_db()
    moved = client.get(old_url)
    assert moved.status_code == 301 and moved["Location"] == article.url  # Wagtail's redirect
    assert article.title in client.get(economy.url).content.decode()
    assert client.get(article.url).status_code == 200


def test_a_scheduled_page_going_live_is_seen_at_once(client, outlet, column):
    assert_cached(client, column.url)
    draft = make_article(column, title="Bài hẹn giờ đăng", publish=False)
    draft.go_live_at = timezone.now() + timedelta(hours=1)
    draft.save_revision().publish()  # scheduled, not live
    assert "Bài hẹn giờ đăng" not in client.get(column.url).content.decode()
    # The hour has come.
    due = timezone.now() - timedelta(seconds=1)
    revision = Revision.page_revisions.get(object_id=str(draft.pk), approved_go_live_at__isnull=False)
    revision.content["go_live_at"] = due.isoformat()
    revision.approved_go_live_at = due
    revision.save()
    call_command("publish_scheduled")
    response, html = read(client, column.url)
    assert response["X-Page-Cache"] == "miss" and "Bài hẹn giờ đăng" in html


def test_approving_featuring_and_hiding_a_comment_is_seen_at_once(client, article):
    moderator = make_user("kiemduyet", is_superuser=True, is_staff=True)
    comment = Comment.objects.create(
        page=article,
        author_name="Lê Văn Đọc",
        author_email="doc@example.vn",
        body="Ý kiến rất xác đáng.",
        status=PENDING,
    )
    assert "Ý kiến rất xác đáng." not in assert_cached(client, article.url).content.decode()
    approve([comment], moderator)
    response, html = read(client, article.url)
    assert response["X-Page-Cache"] == "miss" and "Ý kiến rất xác đáng." in html
    assert "Nổi bật" not in html
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    set_featured([comment], moderator, True)
    assert "Nổi bật" in client.get(article.url).content.decode()
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    reject([Comment.objects.get(pk=comment.pk)], moderator, "Vi phạm quy định.")
    assert "Ý kiến rất xác đáng." not in client.get(article.url).content.decode()


def test_a_comment_waiting_for_moderation_does_not_empty_the_cache(client, article):
    assert_cached(client, article.url)
    Comment.objects.create(page=article, author_name="Robot", body="Quảng cáo", status=PENDING)
    assert client.get(article.url)["X-Page-Cache"] == "hit"
    Comment.objects.create(page=article, author_name="Bạn đọc", body="Đã đăng ngay", status=APPROVED)
    assert "Đã đăng ngay" in client.get(article.url).content.decode()


def test_editing_outlet_and_comment_settings_is_seen_at_once(client, outlet, article):
    assert_cached(client, article.url)
    settings_row = OutletSettings.objects.get()
    settings_row.name = "Báo Điện tử Phường Mới"
    settings_row.save()
    response, html = read(client, article.url)
    assert response["X-Page-Cache"] == "miss" and "Báo Điện tử Phường Mới" in html
    assert 'id="binh-luan-form"' in html
    comment_settings = CommentSettings.for_site(outlet.get_site())
    comment_settings.comment_days = 0
    comment_settings.save()
    assert client.get(article.url)["X-Page-Cache"] == "miss"


def test_editing_an_author_snippet_is_seen_at_once(client, article, author):
    assert_cached(client, article.url)
    author.pen_name = "Phương Văn Mới"
    author.save()
    response, html = read(client, article.url)
    assert response["X-Page-Cache"] == "miss" and "Phương Văn Mới" in html


def test_a_directives_status_changes_with_the_date(client, outlet, monkeypatch):
    today = timezone.localdate()
    directive = make_directive(make_library(outlet), effective_from=today - timedelta(days=30), effective_until=today)
    response = assert_cached(client, directive.url)
    assert STATUS_LABELS["con-hieu-luc"] in response.content.decode()
    # The entry never outlives the day: s-maxage stops at local midnight.
    now = timezone.localtime()
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    s_maxage = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert s_maxage <= (midnight - now).total_seconds() + 1
    tomorrow = today + timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    response, html = read(client, directive.url)
    assert response["X-Page-Cache"] == "miss"
    assert STATUS_LABELS["het-hieu-luc"] in html


def test_an_unreachable_cache_serves_the_page_uncached(client, article, monkeypatch, settings):
    from django.core.cache.backends.locmem import LocMemCache

    # A plain backend that raises (Redis has its own breaker: tests/core/test_cache_backends.py).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(LocMemCache, "get_many", broken)
    response = client.get(article.url)
    assert response.status_code == 200 and article.title in response.content.decode()
    assert "X-Page-Cache" not in response


def test_changing_a_sites_port_purges_the_cache(client, article):
    """set_site_port runs at each start: every absolute URL (sitemap, feeds) carries the port."""
    from wagtail.models import Site

    assert_cached(client, "/sitemap.xml")
    site = Site.objects.get(root_page=article.get_parent().get_parent())
    site.port = 8123
    site.save()
    response, text = read(client, "/sitemap.xml")
    assert response["X-Page-Cache"] == "miss" and ":8123/" in text
