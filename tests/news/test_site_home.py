"""The outlet's front page as a reader sees it."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from cms.core.models import PageViews
from tests.factories import hours_ago, make_article, make_column, make_thematic

pytestmark = pytest.mark.django_db


def section(html, opening):
    """The HTML from `opening` up to the end of that element (no nesting of the same tag assumed)."""
    start = html.index(opening)
    tag = re.match(r"<(\w+)", opening).group(1)
    return html[start : html.index(f"</{tag}>", start)]


def lead_card(html):
    return section(html, '<article class="card card--lead">')


def test_lead_story_falls_back_to_the_newest_article(client, column):
    make_article(column, title="Tin cũ hôm kia", published_at=hours_ago(50))
    make_article(column, title="Tin mới nhất sáng nay", lead="Sapo tin mới nhất.", published_at=hours_ago(1))
    make_article(column, title="Tin hôm qua", published_at=hours_ago(25))
    html = client.get("/").content.decode()
    lead = lead_card(html)
    assert "Tin mới nhất sáng nay" in lead
    assert "Sapo tin mới nhất." in lead
    assert html.count("Tin mới nhất sáng nay") == 1  # the lead is not repeated in the lists below


def test_chosen_lead_story_wins_over_newer_articles_until_it_is_unpublished(client, outlet, column):
    chosen = make_article(column, title="Bài tiêu điểm do biên tập chọn", published_at=hours_ago(72))
    make_article(column, title="Bài mới đăng", published_at=hours_ago(1))
    outlet.lead_story = chosen
    outlet.save_revision().publish()

    assert "Bài tiêu điểm do biên tập chọn" in lead_card(client.get("/").content.decode())

    chosen.unpublish()
    html = client.get("/").content.decode()
    assert "Bài mới đăng" in lead_card(html)
    assert "Bài tiêu điểm do biên tập chọn" not in html


def test_each_column_section_lists_its_own_latest_articles(client, outlet, column):
    outlet.articles_per_column = 2
    outlet.save_revision().publish()
    economy = make_column(outlet, "Kinh tế")
    make_column(outlet, "Văn hóa")  # no articles: no section
    make_article(column, title="Thời sự 1", published_at=hours_ago(10))
    make_article(column, title="Thời sự 2", published_at=hours_ago(9))
    make_article(column, title="Thời sự 3", published_at=hours_ago(8))
    make_article(economy, title="Kinh tế 1", published_at=hours_ago(7))
    make_article(economy, title="Kinh tế 2 là bài mới nhất", published_at=hours_ago(1))

    html = client.get("/").content.decode()

    news = section(html, f'<section class="home-section" aria-labelledby="cm-{column.pk}">')
    assert ">Thời sự</a></h2>" in news
    assert news.index("Thời sự 3") < news.index("Thời sự 2")
    assert "Thời sự 1" not in news  # two per column
    assert "Kinh tế" not in news
    economy_section = section(html, f'<section class="home-section" aria-labelledby="cm-{economy.pk}">')
    assert "Kinh tế 1" in economy_section
    assert "Kinh tế 2 là bài mới nhất" not in economy_section  # it is the lead story
    assert "Văn hóa</a></h2>" not in html


def test_only_thematic_pages_in_progress_are_shown(client, outlet):
    today = date.today()
    make_thematic(outlet, title="Học tập và làm theo tư tưởng Hồ Chí Minh", start=today - timedelta(days=10))
    make_thematic(
        outlet, title="Kỷ niệm ngày thành lập", start=today - timedelta(days=60), end=today - timedelta(days=1)
    )
    make_thematic(outlet, title="Chuyên trang sắp mở", start=today + timedelta(days=5))
    make_thematic(outlet, title="Chuyên trang kết thúc hôm nay", start=today - timedelta(days=3), end=today)

    html = client.get("/").content.decode()
    box = section(html, '<section class="box thematic-box"')
    assert "Học tập và làm theo tư tưởng Hồ Chí Minh" in box
    assert "Chuyên trang kết thúc hôm nay" in box
    assert "Kỷ niệm ngày thành lập" not in html
    assert "Chuyên trang sắp mở" not in html


def test_most_read_box_orders_by_views_of_the_last_seven_days(client, column):
    today = timezone.localdate()
    viral = make_article(column, title="Bài từng rất hot")
    steady = make_article(column, title="Bài được đọc nhiều tuần này")
    new = make_article(column, title="Bài mới được quan tâm")
    PageViews.objects.create(page=viral, day=today - timedelta(days=10), count=5000)
    PageViews.objects.create(page=viral, day=today, count=3)
    PageViews.objects.create(page=steady, day=today - timedelta(days=5), count=1200)
    PageViews.objects.create(page=new, day=today, count=340)

    box = section(client.get("/").content.decode(), '<ol class="most-read__list">')

    titles = re.findall(r'<li><a href="[^"]+">([^<]+)</a>', box)
    assert titles == ["Bài được đọc nhiều tuần này", "Bài mới được quan tâm", "Bài từng rất hot"]
    assert "1.200 lượt xem" in box
    assert "5.003" not in box and "5.000" not in box


def test_empty_outlet_says_so(client, outlet):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Chưa có bài viết nào được xuất bản." in html
    assert "Chưa có số liệu lượt xem trong 7 ngày qua." in html
    assert "thematic-box" not in html


def test_home_page_title_names_the_outlet_once(client, outlet):
    html = client.get("/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    assert title.count("Cổng thông tin thử nghiệm") == 1, title
