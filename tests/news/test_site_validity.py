"""Issue 12, point 3: what the W3C validator and axe-core flagged on the reader's pages."""

import re
from datetime import timedelta

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone

from tests.factories import make_article, make_forum

pytestmark = pytest.mark.django_db

MICROSECONDS = re.compile(r'datetime="[^"]*\.\d+')


def test_time_datetime_has_no_microseconds(client, outlet, column):
    published = timezone.now().replace(microsecond=123456) - timedelta(hours=2)
    article = make_article(column, title="Phường ra quân dọn vệ sinh kênh rạch", published_at=published)
    make_article(column, title="Hội nghị sơ kết công tác dân vận", published_at=published - timedelta(hours=1))
    forum = make_forum(outlet)
    for url in ("/", column.url, article.url, forum.url, forum.get_parent().url, "/tim-kiem/?q=phường"):
        html = client.get(url).content.decode()
        assert "<time" in html, url
        assert not MICROSECONDS.search(html), (url, MICROSECONDS.search(html).group())
    html = client.get(article.url).content.decode()
    assert f'datetime="{timezone.localtime(published).replace(microsecond=0).isoformat()}"' in html


def test_home_cards_sit_under_an_h2(client, outlet, column):
    make_article(column, title="Tin tiêu điểm của phường")
    html = client.get("/").content.decode()
    headings = re.findall(r"<h([1-6])", html)
    assert headings[:3] == ["1", "2", "3"], headings[:5]


def test_home_has_a_meta_description(client, outlet):
    html = client.get("/").content.decode()
    match = re.search(r'<meta name="description" content="([^"]+)">', html)
    assert match and len(match.group(1)) > 40


def test_favicon_ico_leads_to_the_svg_icon(client, outlet):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")
    assert finders.find("img/favicon.svg")  # the static file the redirect names exists
