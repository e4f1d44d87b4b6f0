"""Issue 11: views are counted by the article's 1×1 image (cms/core/view_counter.py),
so a page served from the page cache or a cache in front still counts its readers."""

import pytest
from django.test import Client

from cms.core.models import PageViews
from tests.factories import make_article

pytestmark = pytest.mark.django_db

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
PIXEL_SRC = '<img class="view-counter" src="/dem/{}.gif" alt="" width="1" height="1">'


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def browse(client, article, ip, user_agent=FIREFOX):
    """What a browser does: the page (maybe from the cache), then the images it names."""
    page = client.get(article.url, REMOTE_ADDR=ip, HTTP_USER_AGENT=user_agent)
    assert page.status_code == 200
    html = page.content.decode()
    assert PIXEL_SRC.format(article.pk) in html
    pixel = client.get(f"/dem/{article.pk}.gif", REMOTE_ADDR=ip, HTTP_USER_AGENT=user_agent)
    assert pixel.status_code == 200 and pixel["Content-Type"] == "image/gif"
    assert pixel["Cache-Control"] == "no-store" and "X-Page-Cache" not in pixel
    assert pixel.content.startswith(b"GIF89a")
    return page


def test_n_readers_of_a_cached_page_are_n_views(article):
    readers = 25
    hits = 0
    for number in range(readers):
        page = browse(Client(), article, ip=f"198.51.100.{number + 1}")
        hits += page["X-Page-Cache"] == "hit"
    assert hits == readers - 1  # only the first read rendered the page
    assert PageViews.total(article.pk) == readers


def test_one_reader_reading_n_times_is_one_view(client, article):
    for _ in range(10):
        browse(client, article, ip="203.0.113.5")
    assert PageViews.total(article.pk) == 1


def test_robots_and_bare_page_reads_are_not_counted(client, article):
    browse(client, article, ip="203.0.113.9", user_agent=GOOGLEBOT)
    client.get(article.url, REMOTE_ADDR="203.0.113.10", HTTP_USER_AGENT=FIREFOX)  # no images loaded
    client.head(f"/dem/{article.pk}.gif", REMOTE_ADDR="203.0.113.11", HTTP_USER_AGENT=FIREFOX)
    assert PageViews.total(article.pk) == 0


def test_only_live_articles_are_counted(client, outlet, column):
    draft = make_article(column, title="Bản nháp", publish=False)
    for page_id in (draft.pk, column.pk, outlet.pk, 987654):
        response = client.get(f"/dem/{page_id}.gif", HTTP_USER_AGENT=FIREFOX)
        assert response.status_code == 200 and response["Content-Type"] == "image/gif"
    assert not PageViews.objects.exists()


def test_an_editors_preview_has_no_counter(article):
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/", HTTP_USER_AGENT=FIREFOX)
    html = article.make_preview_request(original_request=request).content.decode()
    assert article.title in html and "/dem/" not in html
