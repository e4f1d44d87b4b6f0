"""A column (chuyên mục): its list of articles, pagination and RSS feed."""

import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import hours_ago, make_article, make_column, quick_articles

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_articles_are_listed_newest_first(client, column):
    make_article(column, title="Hội nghị sơ kết quý I", published_at=hours_ago(30))
    make_article(column, title="Khai mạc kỳ họp HĐND", published_at=hours_ago(2))
    make_article(column, title="Ra quân bảo vệ môi trường", published_at=hours_ago(12))
    response = client.get(column.url)
    assert response.status_code == 200
    assert listed_titles(response.content.decode()) == [
        "Khai mạc kỳ họp HĐND",
        "Ra quân bảo vệ môi trường",
        "Hội nghị sơ kết quý I",
    ]


def test_twenty_articles_per_page_and_the_rest_on_page_two(client, column):
    quick_articles(column, 21)
    first = client.get(column.url).content.decode()
    assert listed_titles(first) == [f"Tin số {n}" for n in range(20, 0, -1)]
    assert "Trang 1/2" in first and 'rel="next" href="?page=2"' in first

    second = client.get(column.url + "?page=2").content.decode()
    assert listed_titles(second) == ["Tin số 0"]
    assert "Trang 2/2" in second and 'rel="prev" href="?page=1"' in second


def test_a_page_number_that_is_not_a_number_gives_the_first_page(client, column):
    quick_articles(column, 21)
    response = client.get(column.url + "?page=abc")
    assert response.status_code == 200
    assert listed_titles(response.content.decode())[0] == "Tin số 20"


def test_a_page_past_the_end_is_a_vietnamese_404(client, column):
    make_article(column, title="Bài duy nhất")
    response = client.get(column.url + "?page=99999")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html
    assert '<html lang="vi">' in html


def test_sub_column_articles_are_listed_in_the_parent_column(client, column):
    sub = make_column(column, "Tin địa phương")
    make_article(sub, title="Phường An Hòa ra mắt mô hình dân vận khéo")
    make_article(column, title="Tin trực tiếp của chuyên mục")
    html = client.get(column.url).content.decode()
    assert set(listed_titles(html)) == {"Phường An Hòa ra mắt mô hình dân vận khéo", "Tin trực tiếp của chuyên mục"}
    assert f'<a href="{sub.url}">Tin địa phương</a>' in html  # the sub-column is linked
    assert listed_titles(client.get(sub.url).content.decode()) == ["Phường An Hòa ra mắt mô hình dân vận khéo"]


def test_drafts_unpublished_and_private_articles_are_never_listed(client, column):
    make_article(column, title="Bài đã xuất bản")
    make_article(column, title="Bản nháp chưa duyệt", publish=False)
    make_article(column, title="Bài đã gỡ xuống").unpublish()
    private = make_article(column, title="Bài nội bộ có mật khẩu")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="noibo")
    html = client.get(column.url).content.decode()
    assert listed_titles(html) == ["Bài đã xuất bản"]
    for hidden in ("Bản nháp chưa duyệt", "Bài đã gỡ xuống", "Bài nội bộ có mật khẩu"):
        assert hidden not in html


def test_column_rss_is_valid_rss_2_and_linked_from_the_column(client, column, author):
    older = make_article(column, title="Tin thứ nhất", published_at=hours_ago(5), authors=[author])
    newer = make_article(column, title="Tin thứ hai & mới hơn", published_at=hours_ago(1), tags=["Nghị quyết"])
    make_article(column, title="Bản nháp", publish=False)

    html = client.get(column.url).content.decode()
    feed_url = column.url + "rss/"
    assert f'<link rel="alternate" type="application/rss+xml" title="Thời sự – RSS" href="{feed_url}">' in html

    response = client.get(feed_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(response.content)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("title") == "Thời sự"
    assert channel.findtext("link") == "http://localhost/thoi-su/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Tin thứ hai & mới hơn", "Tin thứ nhất"]
    for item, article in zip(items, [newer, older], strict=True):
        assert parsedate_to_datetime(item.findtext("pubDate")) == article.first_published_at.replace(microsecond=0)
        assert item.findtext("link") == article.full_url
        assert item.findtext("description") == article.lead
    assert items[0].findtext("category") == "Nghị quyết"
    assert items[1].findtext("{http://purl.org/dc/elements/1.1/}creator") == "Phương Văn"
