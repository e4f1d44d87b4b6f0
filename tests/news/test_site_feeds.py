"""What robots and feed readers get: /rss/, /sitemap.xml, /sitemap-news.xml, /robots.txt."""

import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import hours_ago, make_article, quick_articles

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def hidden_articles(column):
    """A draft, an unpublished article and a password-protected one: none may leak."""
    make_article(column, title="Bản nháp chưa duyệt", publish=False)
    make_article(column, title="Bài đã gỡ xuống").unpublish()
    private = make_article(column, title="Bài nội bộ có mật khẩu")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="noibo")


def test_outlet_rss_has_the_30_newest_articles_newest_first(client, column):
    quick_articles(column, 31)
    response = client.get("/rss/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == "Cổng thông tin thử nghiệm"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [f"Tin số {n}" for n in range(30, 0, -1)]
    dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in items]
    assert dates == sorted(dates, reverse=True)


def test_outlet_rss_lists_only_live_public_articles(client, column):
    make_article(column, title="Bài công khai")
    hidden_articles(column)
    rss = ET.fromstring(client.get("/rss/").content)
    assert rss.get("version") == "2.0"
    assert [item.findtext("title") for item in rss.iter("item")] == ["Bài công khai"]


def test_every_page_links_to_the_outlet_feed(client, outlet):
    html = client.get("/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Cổng thông tin thử nghiệm – RSS" href="/rss/">' in html
    )


def test_sitemap_lists_public_pages_and_no_hidden_article(client, outlet, column, article):
    hidden_articles(column)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urls = {url.findtext(f"{SITEMAP}loc"): url for url in ET.fromstring(response.content).findall(f"{SITEMAP}url")}
    assert set(urls) == {"http://localhost/", "http://localhost/thoi-su/", article.full_url}
    assert urls[article.full_url].findtext(f"{SITEMAP}changefreq") == "weekly"


def test_news_sitemap_lists_articles_of_the_last_48_hours_with_vietnam_time(client, column):
    fresh = make_article(column, title="Tin nóng sáng nay", published_at=hours_ago(2))
    yesterday = make_article(column, title="Tin hôm qua", published_at=hours_ago(47))
    make_article(column, title="Tin ba ngày trước", published_at=hours_ago(72))
    hidden_articles(column)

    response = client.get("/sitemap-news.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    entries = ET.fromstring(response.content).findall(f"{SITEMAP}url")
    assert [entry.findtext(f"{SITEMAP}loc") for entry in entries] == [fresh.full_url, yesterday.full_url]
    for entry, article in zip(entries, [fresh, yesterday], strict=True):
        news = entry.find(f"{NEWS}news")
        assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Cổng thông tin thử nghiệm"
        assert news.findtext(f"{NEWS}publication/{NEWS}language") == "vi"
        assert news.findtext(f"{NEWS}title") == article.title
        published = news.findtext(f"{NEWS}publication_date")
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00", published), published
        assert published.startswith(timezone.localtime(article.first_published_at).strftime("%Y-%m-%dT%H:%M:%S"))


def test_robots_txt_points_to_both_sitemaps_and_keeps_robots_out_of_the_admin(client, outlet):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news.xml" in lines
