import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from cms.news.models import ArticlePage
from tests.factories import AuthorFactory, make_article, make_document, make_image

pytestmark = pytest.mark.django_db


def test_article_shows_dateline_views_and_comment_count(client, article):
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=datetime(2023, 5, 14, 20, 15, tzinfo=ZoneInfo("UTC"))
    )
    browser = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"
    client.get(f"/dem/{article.pk}.gif", HTTP_USER_AGENT=browser)  # the view counter image (issue 11)
    response = client.get(article.url, HTTP_USER_AGENT=browser)
    html = response.content.decode()
    assert response.status_code == 200
    # 20:15 UTC on Sunday 14 May is 03:15 on Monday 15 May in Ho Chi Minh City.
    assert "Thứ hai - 15/05/2023 03:15" in html
    assert "1 lượt xem" in html
    assert "0 bình luận" in html
    assert '<html lang="vi">' in html


def test_article_shows_lead_byline_tags_and_attachments(client, column):
    authors = [AuthorFactory(name="Trần Thị Mai", pen_name="Mai Trần"), AuthorFactory(name="Lê Văn Hùng", pen_name="")]
    document = make_document("Chỉ thị 23-CT/TU", content=b"%PDF-1.4" + b"x" * 2048)
    article = make_article(column, authors=authors, attachments=[document], tags=["Nghị quyết"])
    html = client.get(article.url).content.decode()
    assert article.lead in html
    assert html.index("Mai Trần") < html.index("Lê Văn Hùng")  # ordered authors, pen name first
    assert "File đính kèm" in html
    assert "Chỉ thị 23-CT/TU" in html and "(PDF, 2,0 KB)" in html
    assert "/chu-de/nghi-quyet/" in html


def test_updated_time_only_after_thirty_minutes(client, article):
    first = timezone.now() - timedelta(hours=3)
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=first, last_published_at=first + timedelta(minutes=20)
    )
    assert "Cập nhật:" not in client.get(article.url).content.decode()
    ArticlePage.objects.filter(pk=article.pk).update(last_published_at=first + timedelta(minutes=45))
    assert "Cập nhật:" in client.get(article.url).content.decode()


def test_json_ld_news_article_has_true_dates_and_authors(client, article):
    article.hero_image = make_image()
    article.save_revision().publish()
    published = datetime(2023, 5, 15, 3, 15, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=published, last_published_at=published + timedelta(hours=2)
    )
    html = client.get(article.url).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["datePublished"] == "2023-05-15T03:15:00+07:00"
    assert data["dateModified"] == "2023-05-15T05:15:00+07:00"
    assert [author["name"] for author in data["author"]] == ["Phương Văn"]
    assert re.fullmatch(r"http://[^/]+/tac-gia/[\w-]+/", data["author"][0]["url"])  # issue 12
    assert client.get(data["author"][0]["url"]).status_code == 200
    assert data["publisher"]["name"] == "Cổng thông tin thử nghiệm"
    assert data["image"][0].startswith("http://")
    assert '<meta property="og:title"' in html and '<meta property="og:image"' in html


def test_json_ld_cannot_be_broken_out_of_by_a_title(client, column):
    article = make_article(column, title="Tiêu đề </script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)</script>" not in html


def test_print_view_has_no_navigation(client, article):
    html = client.get(article.url + "?print=1").content.decode()
    assert "print-view" in html
    assert 'class="site-nav"' not in html
    assert article.title in html
    normal = client.get(article.url).content.decode()
    assert 'class="site-nav"' in normal and 'media="print"' in normal


def test_json_ld_has_the_section_and_a_breadcrumb_list(client, article):
    """Issue 12: articleSection and a BreadcrumbList matching the visible breadcrumb."""
    html = client.get(article.url).content.decode()
    blocks = [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    news = next(block for block in blocks if block["@type"] == "NewsArticle")
    column = article.get_parent()
    assert news["articleSection"] == column.title
    crumbs = next(block for block in blocks if block["@type"] == "BreadcrumbList")["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2, 3]
    assert [crumb["name"] for crumb in crumbs][1:] == [column.title, article.title]
    assert crumbs[-1]["item"].endswith(article.url)
